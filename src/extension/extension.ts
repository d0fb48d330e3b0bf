import * as vscode from 'vscode';
import type { NewsLensApi } from './api';
import { registerCommands } from './commands';
import { SPEAKERS_VIEW } from './commandIds';
import { readConfig } from './config';
import { Decorator } from './decorations';
import { NewsLensHoverProvider } from './hover';
import { MentionDefinitionProvider, MentionReferenceProvider, SpeakerSymbolProvider } from './navigation';
import { AnnotationRunner } from './runner';
import { SpeakersProvider } from './speakersView';
import { StatusBar } from './statusBar';
import { AnnotationStore } from './store';
import { followCursor, speakersBadge } from './viewSync';

/** Wires the parts together; each lives in its own file. */
export function activate(context: vscode.ExtensionContext): NewsLensApi {
  const t0 = performance.now();
  const runner = new AnnotationRunner(context.extensionPath);
  runner.warmUp();
  const store = new AnnotationStore(runner);
  const decorator = new Decorator(store);
  const speakers = new SpeakersProvider(store);
  const speakersView = vscode.window.createTreeView(SPEAKERS_VIEW, { treeDataProvider: speakers, showCollapseAll: true });
  const statusBar = new StatusBar(store);
  const selector: vscode.DocumentSelector = [{ language: 'plaintext' }];
  let statusItemVisible = false;

  // The Speakers view reveals the quote under the cursor when the cursor moves, when the view comes into
  // sight and when its rows are rebuilt (a selection made while the view was hidden is not lost).
  const follow = (ed: vscode.TextEditor | undefined): void => {
    if (ed && readConfig().revealOnCursor) void followCursor(ed, store, speakers, speakersView);
  };
  const refreshActive = (): void => {
    const ed = vscode.window.activeTextEditor;
    const doc = ed && store.handles(ed.document) ? ed.document : undefined;
    void vscode.commands.executeCommand('setContext', 'newsLens.hasArticle', !!doc);
    speakers.update(doc);
    speakersView.badge = speakersBadge(speakers.quoteCount());
    statusBar.update(doc);
    statusItemVisible = !!doc && !!store.status(doc);
    follow(ed);
  };
  const showVisible = (): void => {
    for (const ed of vscode.window.visibleTextEditors) store.ensure(ed.document);
    void decorator.update();
  };

  context.subscriptions.push(
    runner,
    store,
    decorator,
    speakersView,
    statusBar,
    ...registerCommands({ store, speakers, speakersView }),
    vscode.languages.registerHoverProvider(selector, new NewsLensHoverProvider(store)),
    vscode.languages.registerDocumentSymbolProvider(selector, new SpeakerSymbolProvider(store), { label: 'News Lens' }),
    vscode.languages.registerReferenceProvider(selector, new MentionReferenceProvider(store)),
    vscode.languages.registerDefinitionProvider(selector, new MentionDefinitionProvider(store)),
    store.onDidUpdate((doc) => {
      void decorator.update(doc);
      if (vscode.window.activeTextEditor?.document === doc) refreshActive();
    }),
    vscode.window.onDidChangeActiveTextEditor(refreshActive),
    vscode.window.onDidChangeVisibleTextEditors(showVisible),
    vscode.window.onDidChangeTextEditorSelection((e) => follow(e.textEditor)),
    speakersView.onDidChangeVisibility((e) => {
      if (e.visible) follow(vscode.window.activeTextEditor);
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (['enabled', 'knownPeople', 'maxDocumentSizeMB'].some((k) => e.affectsConfiguration(`newsLens.${k}`))) {
        store.refreshAll();
        showVisible();
      } else if (e.affectsConfiguration('newsLens.entityTypes') || e.affectsConfiguration('newsLens.quoteKinds')) {
        void decorator.update();
      }
    }),
  );
  showVisible();
  refreshActive();

  const activationMs = performance.now() - t0;
  return {
    activationMs,
    settled: (doc) => store.settled(doc),
    annotation: async (doc) => (await store.current(doc))?.annotation,
    painted: async (editor, timeoutMs = 10_000) => {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const applied = decorator.appliedTo(editor);
        const status = store.status(editor.document);
        if (applied && applied.version === editor.document.version && status && status.kind !== 'pending') return applied.spans;
        await new Promise((r) => setTimeout(r, 10));
      }
      return undefined;
    },
    paintWindow: (editor) => decorator.windowOf(editor),
    paintTimings: (editor) => decorator.appliedTo(editor)?.timings,
    speakerRows: (node) => speakers.getChildren(node).map((n) => ({ node: n, item: speakers.getTreeItem(n) })),
    speakersBadge: () => speakersView.badge,
    speakersSelection: () => speakersView.selection,
    statusBar: () => ({ text: statusBar.item.text, command: commandId(statusBar.item.command), visible: statusItemVisible }),
  };
}

function commandId(c: string | vscode.Command | undefined): string | undefined {
  return typeof c === 'string' ? c : c?.command;
}

export function deactivate(): void {}
