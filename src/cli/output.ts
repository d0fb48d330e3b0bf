/**
 * Writes to standard output one record at a time, waiting when the pipe is full (so nothing piles up
 * in memory) and going quiet when the reader has gone away (`news-lens annotate dir | head`). Any other
 * write error (a full disk: `> /dev/full`) is one line on stderr, "news-lens: cannot write output: no
 * space left on device (ENOSPC)", and `failed` is set, for exit status 1; nothing more is written.
 */
export class Output {
  /** Set once nothing more can be written (the reader closed the pipe, or a write failed): stop producing. */
  closed = false;
  /** Set when a write failed for another reason than a reader gone away (the error has been reported). */
  failed = false;
  private drainWaiters: Array<() => void> = [];

  constructor(
    private readonly stream: NodeJS.WritableStream & { writableNeedDrain?: boolean },
    private readonly stderr: { write(chunk: string): unknown } = process.stderr,
  ) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (!this.closed && !this.failed && error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') {
        this.failed = true;
        this.stderr.write(`news-lens: cannot write output: ${writeReason(error)}\n`);
      }
      this.close();
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

  /**
   * Resolves when everything written so far has been handed to the operating system, or has failed
   * (a write error is emitted after the write's callback, so `failed` is only sure after this).
   */
  flush(): Promise<void> {
    if (this.closed) return Promise.resolve();
    return new Promise((resolve) => {
      this.stream.write('', () => setImmediate(resolve));
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

/** "no space left on device (ENOSPC)": a write error as one short phrase and its code. */
export function writeReason(error: NodeJS.ErrnoException): string {
  const known: Record<string, string> = {
    ENOSPC: 'no space left on device',
    EDQUOT: 'disk quota exceeded',
    EFBIG: 'file too large',
    EIO: 'input/output error',
    EBADF: 'standard output is closed',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
  };
  const code = error.code;
  const text =
    (code && known[code]) ?? (error.message.replace(/^[A-Z]+: /, '').replace(/, write$/, '') || 'write failed');
  return code ? `${text} (${code})` : text;
}
