import type * as vscode from 'vscode';
import type { WireProblem } from './wire';

/** The output channel's name, as the Output panel lists it. */
export const LOG_CHANNEL = 'News Lens';

/** What the log needs of an output channel (a `vscode.OutputChannel`; tests pass a stand-in). */
export interface LogChannel {
  readonly name: string;
  appendLine(line: string): void;
  show(preserveFocus?: boolean): void;
  dispose(): void;
}

/** How many of the last lines written the log keeps in memory. */
const RECENT_LINES = 200;

/** One line per problem: time (UTC), document, stage, and the first line of the message (a stack stays out). */
export function problemLine(time: Date, document: string, problem: WireProblem): string {
  const message = String(problem.message)
    .split(/\r\n|\r|\n/, 1)[0]
    .trim();
  return `[${time.toISOString()}] ${document}: ${problem.stage}: ${message}`;
}

/**
 * The "News Lens" output channel, where the problems the recognizer recovered from while annotating a document
 * are written. The channel is created on first use (a problem, or News Lens: Show Log), so a session without
 * problems adds nothing to the Output panel's list. Imports `vscode` for types only: the channel is made by
 * the function it is given.
 */
export class ProblemLog implements vscode.Disposable {
  private channel: LogChannel | undefined;
  /** The last lines written (an output channel cannot be read back; tests and the API read these). */
  private readonly recent: string[] = [];

  constructor(
    private readonly createChannel: (name: string) => LogChannel,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The channel, once created. */
  get outputChannel(): LogChannel | undefined {
    return this.channel;
  }

  /** Writes one line per problem found in `document` (its name as the user sees it). */
  write(document: string, problems: readonly WireProblem[]): void {
    if (problems.length === 0) return;
    const channel = this.open();
    const time = this.now();
    for (const p of problems) this.append(channel, problemLine(time, document, p));
  }

  /** The last lines written, oldest first (at most RECENT_LINES). */
  lines(): string[] {
    return [...this.recent];
  }

  private append(channel: LogChannel, line: string): void {
    channel.appendLine(line);
    this.recent.push(line);
    if (this.recent.length > RECENT_LINES) this.recent.shift();
  }

  /** Writes one line per message about `document` under `topic` (e.g. "corrections": a sidecar it cannot read). */
  note(document: string, topic: string, messages: readonly string[]): void {
    if (messages.length === 0) return;
    const channel = this.open();
    const time = this.now().toISOString();
    for (const m of messages) {
      const first = String(m)
        .split(/\r\n|\r|\n/, 1)[0]
        .trim();
      this.append(channel, `[${time}] ${document}: ${topic}: ${first}`);
    }
  }

  /** Shows the channel in the Output panel, without taking the focus from the editor. */
  show(): void {
    this.open().show(true);
  }

  private open(): LogChannel {
    return (this.channel ??= this.createChannel(LOG_CHANNEL));
  }

  dispose(): void {
    this.channel?.dispose();
    this.channel = undefined;
  }
}
