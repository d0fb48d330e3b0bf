import type { AnnotateProblem } from '../core';
import type { Progress } from './progress';

/**
 * Error lines on stderr ("news-lens: FILE: reason"), kept off the progress line; remembers that one was
 * printed. File names come from the command line or a directory and may hold any character but '/' and
 * NUL: control characters are escaped, so a name cannot split its line or drive the terminal.
 */
export class Problems {
  count = 0;

  /**
   * With `verbose` (--verbose), what the recognizer recovered from while annotating an input (a stage that
   * threw, a span it had to repair) is shown too, one line each; the input is still annotated and the
   * exit status does not change.
   */
  constructor(
    private readonly stderr: { write(chunk: string): unknown },
    private progress?: Progress,
    readonly verbose = false,
  ) {}

  /** The per-call listener for annotating `where`: shows what was recovered from under --verbose, else none. */
  listener(where: string): ((problem: AnnotateProblem) => void) | undefined {
    if (!this.verbose) return undefined;
    return (problem) => {
      this.progress?.clear();
      const message = problem.message.split('\n')[0];
      this.stderr.write(
        `news-lens: ${printable(where)}: recovered (${problem.stage}): ${printable(oneLine(message))}\n`,
      );
    };
  }

  setProgress(progress: Progress): void {
    this.progress = progress;
  }

  error(where: string, reason: string): void {
    this.count++;
    this.warn(where, reason);
  }

  /** A line about an input that does not make the run fail (a correction that could not be placed). */
  warn(where: string, reason: string): void {
    this.progress?.clear();
    this.stderr.write(`news-lens: ${printable(where)}: ${printable(oneLine(reason))}\n`);
  }

  /** Says each note: an error or a warning. */
  notes(notes: ReadonlyArray<{ where: string; reason: string; error: boolean }> | undefined): void {
    for (const n of notes ?? []) {
      if (n.error) this.error(n.where, n.reason);
      else this.warn(n.where, n.reason);
    }
  }
}

/** Keeps a message on one line, so that each error is exactly one line of stderr. */
export function oneLine(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

const ESCAPES: Record<string, string> = { '\b': '\\b', '\t': '\\t', '\n': '\\n', '\f': '\\f', '\r': '\\r' };

/**
 * `s` safe to print on a terminal line: C0 and C1 control characters, DEL, the line and paragraph
 * separators and the bidirectional overrides written JSON style (`\n`, `\u001b`), the rest unchanged.
 * Backslashes are left alone, so Windows paths stay readable.
 */
export function printable(s: string): string {
  return s.replace(
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g,
    (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
