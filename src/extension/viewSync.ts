import * as vscode from 'vscode';
import type { SpeakerNode, SpeakersProvider } from './speakersView';
import type { AnnotationStore } from './store';

/** The Speakers view's badge: the number of quotes in the active document. */
export function speakersBadge(quotes: number): vscode.ViewBadge | undefined {
  return quotes > 0
    ? { value: quotes, tooltip: `${quotes} ${quotes === 1 ? 'quote' : 'quotes'} in this document` }
    : undefined;
}

/** Each view's reveals, one after another (see followCursor). */
const pending = new WeakMap<vscode.TreeView<SpeakerNode>, Promise<void>>();

/**
 * Reveals the quote under the cursor in the Speakers view (setting newsLens.speakersView.revealOnCursor). Reveals
 * run one after another, each reading the cursor when its turn comes: an earlier reveal that finishes late (the
 * view rebuilt when the editor became active) never leaves an older quote selected.
 */
export function followCursor(
  editor: vscode.TextEditor,
  store: AnnotationStore,
  speakers: SpeakersProvider,
  view: vscode.TreeView<SpeakerNode>,
): Promise<void> {
  const next = (pending.get(view) ?? Promise.resolve())
    .then(() => revealUnderCursor(editor, store, speakers, view))
    .catch(() => undefined);
  pending.set(view, next);
  return next;
}

async function revealUnderCursor(
  editor: vscode.TextEditor,
  store: AnnotationStore,
  speakers: SpeakersProvider,
  view: vscode.TreeView<SpeakerNode>,
): Promise<void> {
  if (!view.visible || editor.document !== speakers.document || !store.isCurrent(editor.document)) return;
  const model = store.lastModel(editor.document);
  const quote = model?.quoteAt(editor.document.offsetAt(editor.selection.active));
  const node = quote && speakers.nodeForQuote(quote);
  if (node && view.selection[0] !== node) await view.reveal(node, { select: true, focus: false, expand: true });
}
