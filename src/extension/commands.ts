import * as vscode from 'vscode';
import type { Entity } from '../core/types';
import { CMD, SPEAKERS_VIEW } from './commandIds';
import { readConfig } from './config';
import { annotationJson, csvDocumentEol, quotesCsv } from './exportFormat';
import { stepQuote } from './model';
import type { ProblemLog } from './problemLog';
import { speakerToFollow, type SpeakerLinkArgs } from './speakerLinks';
import type { SpeakersProvider, SpeakerNode } from './speakersView';
import { isArticle, type AnnotationStore } from './store';

export interface CommandDeps {
  store: AnnotationStore;
  speakers: SpeakersProvider;
  speakersView: vscode.TreeView<SpeakerNode>;
  log: ProblemLog;
}

/** A jump's result: the quote now selected, and whether the search wrapped around the document. */
export interface JumpResult {
  start: number;
  end: number;
  wrapped: boolean;
}

export function registerCommands(deps: CommandDeps): vscode.Disposable[] {
  const { store } = deps;
  const reg = vscode.commands.registerCommand;
  return [
    reg(CMD.nextQuoteBySpeaker, (args?: SpeakerLinkArgs) => jump(deps, true, 1, args)),
    reg(CMD.previousQuoteBySpeaker, (args?: SpeakerLinkArgs) => jump(deps, true, -1, args)),
    reg(CMD.nextQuote, () => jump(deps, false, 1)),
    reg(CMD.previousQuote, () => jump(deps, false, -1)),
    reg(CMD.showSpeakers, () => vscode.commands.executeCommand(`${SPEAKERS_VIEW}.focus`)),
    reg(CMD.revealSpeaker, (args?: SpeakerLinkArgs) => revealSpeaker(deps, args)),
    reg(CMD.toggle, toggleAnnotations),
    reg(CMD.exportJson, () => exportAs(store, 'json')),
    reg(CMD.exportCsv, () => exportAs(store, 'csv')),
    reg(CMD.refresh, () => {
      const doc = activeArticle()?.document;
      if (doc) store.refresh(doc);
    }),
    reg(CMD.annotateAnyway, () => {
      const doc = activeArticle()?.document;
      if (doc) store.annotateAnyway(doc);
    }),
    reg(CMD.selectRange, (uri: string, start: number, end: number) => selectRange(uri, start, end)),
    reg(CMD.showLog, () => deps.log.show()),
  ];
}

function activeArticle(): vscode.TextEditor | undefined {
  const ed = vscode.window.activeTextEditor;
  return ed && isArticle(ed.document) ? ed : undefined;
}

async function editorFor(uri?: string): Promise<vscode.TextEditor | undefined> {
  if (!uri) return activeArticle();
  const visible = vscode.window.visibleTextEditors.find((ed) => ed.document.uri.toString() === uri);
  if (visible) return vscode.window.showTextDocument(visible.document, visible.viewColumn);
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(uri));
  return vscode.window.showTextDocument(doc);
}

async function jump(
  deps: CommandDeps,
  bySpeaker: boolean,
  direction: 1 | -1,
  args?: SpeakerLinkArgs,
): Promise<JumpResult | undefined> {
  const editor = await editorFor(args?.uri);
  if (!editor) {
    void vscode.window.showInformationMessage('News Lens: open a plain-text article first.');
    return undefined;
  }
  const doc = editor.document;
  const model = await deps.store.current(doc);
  if (!model) {
    void vscode.window.showInformationMessage('News Lens: this document is not annotated.');
    return undefined;
  }
  const kinds = readConfig().quoteKinds;
  const sel = editor.selection;
  const offset = args?.offset ?? doc.offsetAt(sel.active);
  const selected = args
    ? undefined
    : model.quotes.find((q) => q.start === doc.offsetAt(sel.start) && q.end === doc.offsetAt(sel.end));
  let quotes = model.quotes.filter((q) => kinds.has(q.kind));
  let current = selected ?? model.quoteAt(offset);
  let who: Entity | undefined;
  if (bySpeaker) {
    who = speakerToFollow(model, args, selected, offset);
    if (!who) {
      void vscode.window.showInformationMessage(
        'News Lens: put the cursor on a quote or on the name of someone quoted.',
      );
      return undefined;
    }
    const id = who.id;
    quotes = quotes.filter((q) => q.speaker === id);
    if (current && current.speaker !== id) current = undefined;
  }
  const step = stepQuote(quotes, current, offset, direction);
  if (!step) {
    void vscode.window.showInformationMessage(
      who ? `News Lens: no quotes by ${who.name}.` : 'News Lens: no quotes in this document.',
    );
    return undefined;
  }
  select(editor, step.quote);
  if (step.wrapped) {
    const where = direction === 1 ? 'first' : 'last';
    vscode.window.setStatusBarMessage(
      `News Lens: wrapped around to the ${where} quote${who ? ` by ${who.name}` : ''}`,
      3000,
    );
  }
  return { start: step.quote.start, end: step.quote.end, wrapped: step.wrapped };
}

function select(editor: vscode.TextEditor, q: { start: number; end: number }): void {
  const doc = editor.document;
  const range = new vscode.Range(doc.positionAt(q.start), doc.positionAt(q.end));
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

async function selectRange(uri: string, start: number, end: number): Promise<void> {
  const editor = await editorFor(uri);
  if (editor) select(editor, { start, end });
}

async function revealSpeaker(deps: CommandDeps, args?: SpeakerLinkArgs): Promise<void> {
  await vscode.commands.executeCommand(`${SPEAKERS_VIEW}.focus`);
  if (!args) return;
  const node = deps.speakers.nodeForLink(args);
  if (node) await deps.speakersView.reveal(node, { select: true, focus: true, expand: true });
}

async function toggleAnnotations(): Promise<void> {
  const config = vscode.workspace.getConfiguration('newsLens');
  const info = config.inspect<boolean>('enabled');
  const target =
    info?.workspaceFolderValue !== undefined
      ? vscode.ConfigurationTarget.WorkspaceFolder
      : info?.workspaceValue !== undefined
        ? vscode.ConfigurationTarget.Workspace
        : vscode.ConfigurationTarget.Global;
  await config.update('enabled', !readConfig().enabled, target);
}

/** Opens the export as a new untitled document beside the article; never touches the article. */
async function exportAs(store: AnnotationStore, format: 'json' | 'csv'): Promise<vscode.TextDocument | undefined> {
  const editor = activeArticle();
  if (!editor) {
    void vscode.window.showInformationMessage('News Lens: open a plain-text article to export its annotations.');
    return undefined;
  }
  const doc = editor.document;
  const model = await store.current(doc);
  if (!model) {
    void vscode.window.showWarningMessage('News Lens: this document is not annotated, so there is nothing to export.');
    return undefined;
  }
  const content =
    format === 'json'
      ? annotationJson({ ...model.annotation, id: vscode.workspace.asRelativePath(doc.uri, false) })
      : quotesCsv(model, (offset) => doc.positionAt(offset).line + 1);
  // A fresh untitled name for every export ("harbor-bridge.quotes.csv", then "…quotes-2.csv"): with
  // openTextDocument({ content }) VS Code may hand back the just-closed "Untitled-1" with the previous
  // export's text, and a named export also suggests a sensible file name when saved.
  const out = await vscode.workspace.openTextDocument(exportUri(doc, format));
  store.ignore(out);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(out.uri, new vscode.Range(0, 0, out.lineCount, 0), content);
  await vscode.workspace.applyEdit(edit);
  const shown = await vscode.window.showTextDocument(out, { viewColumn: vscode.ViewColumn.Beside, preview: false });
  // The edit above took the editor's default line ending. CSV rows end in CRLF (RFC 4180), unless a quote
  // holds an LF line break: a document has one line ending, and the quote's text must stay as in the article.
  if (format === 'csv') {
    const eol = csvDocumentEol(content) === '\n' ? vscode.EndOfLine.LF : vscode.EndOfLine.CRLF;
    await shown.edit((b) => b.setEndOfLine(eol));
  }
  return out;
}

/** An untitled URI named after the article that no open document has yet. */
function exportUri(article: vscode.TextDocument, format: 'json' | 'csv'): vscode.Uri {
  const base = (article.uri.path.split('/').pop() || 'article').replace(/\.[^.]*$/, '') || 'article';
  const kind = format === 'json' ? 'annotations' : 'quotes';
  const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
  for (let n = 1; ; n++) {
    const uri = vscode.Uri.from({ scheme: 'untitled', path: `${base}.${kind}${n > 1 ? `-${n}` : ''}.${format}` });
    if (!open.has(uri.toString())) return uri;
  }
}
