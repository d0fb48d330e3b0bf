/**
 * Progress reports at most every `everyMs`: the increments in between are summed and sent with the next report.
 *
 * Every `progress.report` is a message to VS Code's window, which lays out and paints the notification again.
 * The Sources index reported once per article, hundreds of times a second on a large folder, and the window's
 * renderer took a whole core for it (measured in `npm run bench`'s editor part: the workbench renderer at
 * 75-110% CPU for the whole build), leaving the article being read waiting for the CPU. A person reads a
 * counter a few times a second at most. No `vscode` import, so the unit tests drive it with their own clock.
 */
export interface ProgressStep {
  increment?: number;
  message?: string;
}

export class ThrottledProgress {
  private pendingIncrement = 0;
  private pendingMessage: string | undefined;
  private pending = false;
  private last = -Infinity;

  constructor(
    private readonly report: (step: ProgressStep) => void,
    private readonly everyMs: number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Records a step; sends it (with the ones held back) when `everyMs` have passed since the last report. */
  step(step: ProgressStep): void {
    this.pendingIncrement += step.increment ?? 0;
    if (step.message !== undefined) this.pendingMessage = step.message;
    this.pending = true;
    if (this.now() - this.last >= this.everyMs) this.flush();
  }

  /** Sends what is held back, if anything (at the end of the work, so the last count is shown). */
  flush(): void {
    if (!this.pending) return;
    const step: ProgressStep = {};
    if (this.pendingIncrement) step.increment = this.pendingIncrement;
    if (this.pendingMessage !== undefined) step.message = this.pendingMessage;
    this.pendingIncrement = 0;
    this.pendingMessage = undefined;
    this.pending = false;
    this.last = this.now();
    this.report(step);
  }
}
