import type * as vscode from 'vscode';
import type { Annotation } from '../core/types';
import type { AppliedDecorations, PaintTimings } from './decorations';
import type { SpeakerNode } from './speakersView';
import type { DocStatus } from './store';

/**
 * What `activate()` returns. The extension-host tests read the extension's real state through it;
 * other extensions may use it too (e.g. to read an article's annotation).
 */
export interface NewsLensApi {
  /** Milliseconds from the start of `activate()` until everything was registered. */
  readonly activationMs: number;
  /** The folder where the recognizer's worker threads keep their V8 code cache (src/node/codeCache.ts). */
  readonly codeCacheDir: string;
  /** Waits until `doc` has a settled status for its current version (annotated, too large, binary, …). */
  settled(doc: vscode.TextDocument): Promise<DocStatus | undefined>;
  /** The annotation of the document's current text, computed if needed; undefined when not annotated. */
  annotation(doc: vscode.TextDocument): Promise<Annotation | undefined>;
  /**
   * Waits (up to `timeoutMs`) until `editor` shows the decorations of its document's current version, and
   * returns the offsets last passed to `setDecorations`, by decoration type key.
   */
  painted(editor: vscode.TextEditor, timeoutMs?: number): Promise<AppliedDecorations | undefined>;
  /** The line window painted in an editor of a huge document (undefined: the whole document is painted). */
  paintWindow(editor: vscode.TextEditor): { first: number; last: number } | undefined;
  /** Where the time of the editor's last repaint went. */
  paintTimings(editor: vscode.TextEditor): PaintTimings | undefined;
  /** The Speakers view's rows (top level, or the children of `node`) and their tree items. */
  speakerRows(node?: SpeakerNode): Array<{ node: SpeakerNode; item: vscode.TreeItem }>;
  /** The Speakers view's badge (number of quotes), if any. */
  speakersBadge(): vscode.ViewBadge | undefined;
  /** The rows currently selected in the Speakers view. */
  speakersSelection(): readonly SpeakerNode[];
  /** The status bar item's text and command. */
  statusBar(): { text: string; command: string | undefined; visible: boolean };
  /** The output channel where problems the recognizer recovered from are logged, once created (News Lens: Show Log creates it). */
  logChannel(): { name: string } | undefined;
  /** The last lines written to that channel, oldest first. */
  logLines(): string[];
}
