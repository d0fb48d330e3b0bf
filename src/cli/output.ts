/**
 * Writes to standard output one record at a time, waiting when the pipe is full (so nothing piles up
 * in memory) and going quiet when the reader has gone away (`news-lens annotate dir | head`).
 */
export class Output {
  /** Set once the reader closed the pipe: stop producing, nobody is listening. */
  closed = false;
  private drainWaiters: Array<() => void> = [];

  constructor(private readonly stream: NodeJS.WritableStream & { writableNeedDrain?: boolean }) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') {
        this.close();
        return;
      }
      throw error;
    });
    stream.on('drain', () => this.wake());
    stream.on('close', () => this.close());
  }

  /** Writes `chunk`; resolves once the stream can take more. */
  async write(chunk: string): Promise<void> {
    if (this.closed) return;
    const ok = this.stream.write(chunk);
    if (!ok && !this.closed) await new Promise<void>((resolve) => this.drainWaiters.push(resolve));
  }

  /** Resolves when everything written so far has been handed to the operating system. */
  flush(): Promise<void> {
    if (this.closed) return Promise.resolve();
    return new Promise((resolve) => {
      this.stream.write('', () => resolve());
      this.drainWaiters.push(resolve);
    });
  }

  private close(): void {
    this.closed = true;
    this.wake();
  }

  private wake(): void {
    const waiters = this.drainWaiters;
    this.drainWaiters = [];
    for (const w of waiters) w();
  }
}
