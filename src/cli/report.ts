import type { Progress } from './progress';

/** Error lines on stderr ("news-lens: FILE: reason"), kept off the progress line; remembers that one was printed. */
export class Problems {
  count = 0;

  constructor(private readonly stderr: { write(chunk: string): unknown }, private progress?: Progress) {}

  setProgress(progress: Progress): void {
    this.progress = progress;
  }

  error(where: string, reason: string): void {
    this.count++;
    this.progress?.clear();
    this.stderr.write(`news-lens: ${where}: ${oneLine(reason)}\n`);
  }
}

/** Keeps a message on one line, so that each error is exactly one line of stderr. */
export function oneLine(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}
