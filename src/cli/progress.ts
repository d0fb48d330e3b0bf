/**
 * "annotated 120/3400 files", rewritten in place on a terminal; silent when stderr is not a terminal
 * or when there is too little work to bother. Redrawn at most every `intervalMs`.
 */
export class Progress {
  private shown = false;
  private lastDraw = -Infinity;

  constructor(
    private readonly stream: { isTTY?: boolean; write(chunk: string): unknown },
    private readonly unit: string,
    private readonly options: { minItems?: number; intervalMs?: number; now?: () => number } = {},
  ) {}

  private get enabled(): boolean {
    return this.stream.isTTY === true;
  }

  /** Reports `done` items of `total` (total unknown: undefined). */
  update(done: number, total?: number): void {
    if (!this.enabled) return;
    const minItems = this.options.minItems ?? 20;
    if (done < minItems && (total === undefined || total < minItems)) return;
    const now = (this.options.now ?? Date.now)();
    const last = total !== undefined && done === total;
    if (!last && now - this.lastDraw < (this.options.intervalMs ?? 100)) return;
    this.lastDraw = now;
    const count = total === undefined ? `${done}` : `${done}/${total}`;
    this.stream.write(`\r\x1b[Kannotated ${count} ${this.unit}`);
    this.shown = true;
  }

  /** Wipes the progress line so that a message can be printed on a clean line. */
  clear(): void {
    if (!this.shown) return;
    this.stream.write('\r\x1b[K');
    this.shown = false;
    this.lastDraw = -Infinity;
  }
}
