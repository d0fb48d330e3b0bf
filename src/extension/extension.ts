import * as vscode from 'vscode';
import type { NewsLensApi } from './api';
import { registerCommands } from './commands';
import { SOURCES_VIEW, SPEAKERS_VIEW } from './commandIds';
import { readConfig } from './config';
import { CorrectionActionProvider } from './correctionActions';
import { registerCorrectionCommands } from './correctionCommands';
import { CorrectionsStore } from './correctionsStore';
import { Decorator } from './decorations';
import { NewsLensHoverProvider } from './hover';
import { MentionDefinitionProvider, MentionReferenceProvider, SpeakerSymbolProvider } from './navigation';
import { ProblemLog } from './problemLog';
import { registerReportCommands } from './reportCommands';
import { ReportPanel, type ReportApi } from './reportPanel';
import { AnnotationRunner } from './runner';
import { sourcesApi, type SourcesApi } from './sourcesApi';
import { registerSourcesCommands } from './sourcesCommands';
import { SourcesIndex } from './sourcesIndex';
import { SourcesRunner } from './sourcesRunner';
import { workerCodeCacheDir } from './workerLaunchData';
import { describeSourcesView, SourcesProvider } from './sourcesView';
import { SourcesWatcher } from './sourcesWatcher';
import { SpeakersProvider, type SpeakerNode } from './speakersView';
import { StatusBar } from './statusBar';
import { AnnotationStore } from './store';
import { followCursor, speakersBadge } from './viewSync';

/** Wires the parts together; each lives in its own file, each step below connects one of them. */
export function activate(context: vscode.ExtensionContext): NewsLensApi & { sources: SourcesApi; report: ReportApi } {
  const t0 = performance.now();
  // The recognizer's worker threads, in the editor and for the Sources index, share one code cache folder.
  const codeCacheDir = workerCodeCacheDir(context);
  const { store, corrections, runner } = startRecognizer(context, codeCacheDir);
  const decorator = wireDecorations(context, store);
  const view = wireSpeakersView(context, store);
  const statusBar = wireStatusBar(context, store);
  const log = wireProblemLog(context, store);
  wireCommands(context, store, view, log);
  wireCorrections(context, store, corrections, view, log);
  wireLanguageFeatures(context, store);
  const active = wireActiveEditor(context, store, view, statusBar);
  const showVisible = wireVisibleEditors(context, store, decorator);
  watchSettings(context, store, decorator, showVisible, view);
  const sources = wireSourcesView(context, store, codeCacheDir, () => runner.whenIdle());
  const report = wireSourceReport(context, sources.index);
  showVisible();
  active.refresh();
  return {
    ...exposeApi(performance.now() - t0, { store, decorator, view, statusBar, active, log }, codeCacheDir),
    sources: sources.api,
    report,
  };
}

export function deactivate(): void {}

/** The Speakers view, its tree data, and how it follows the cursor. */
interface SpeakersViewParts {
  speakers: SpeakersProvider;
  treeView: vscode.TreeView<SpeakerNode>;
  /** Reveals the quote under `editor`'s cursor in the view (when the setting asks for it). */
  follow(editor: vscode.TextEditor | undefined): void;
}

/** What follows the active editor: `refresh` updates it, `statusItemVisible` says if the status item shows. */
interface ActiveEditorParts {
  refresh(): void;
  statusItemVisible(): boolean;
}

const ARTICLES: vscode.DocumentSelector = [{ language: 'plaintext' }];

/**
 * The recognizer in a worker thread (warmed up now, off this thread) and the store of annotations per document,
 * which applies the user's corrections (kept beside each article) to every annotation before anything shows it.
 */
function startRecognizer(
  context: vscode.ExtensionContext,
  codeCacheDir: string,
): { store: AnnotationStore; corrections: CorrectionsStore; runner: AnnotationRunner } {
  const runner = new AnnotationRunner(context.extensionPath, { codeCacheDir });
  // In a folder of .txt files News Lens starts with VS Code (package.json's workspaceContains): the worker warms up
  // before the first article opens. Turned off (newsLens.enabled), nothing starts until an article is annotated.
  if (readConfig().enabled) void runner.warmUp();
  const corrections = new CorrectionsStore();
  const store = new AnnotationStore(runner, corrections);
  context.subscriptions.push(runner, store, corrections);
  return { store, corrections, runner };
}

/**
 * Corrections: the commands and code actions that make them; a corrections file changed from outside applies at
 * once (without annotating again); one that cannot be used is logged and warned about; a closed article's file
 * is no longer watched.
 */
function wireCorrections(
  context: vscode.ExtensionContext,
  store: AnnotationStore,
  corrections: CorrectionsStore,
  view: SpeakersViewParts,
  log: ProblemLog,
): void {
  context.subscriptions.push(
    ...registerCorrectionCommands({ store, corrections, speakers: view.speakers }),
    vscode.languages.registerCodeActionsProvider(
      ARTICLES,
      new CorrectionActionProvider(store),
      CorrectionActionProvider.metadata,
    ),
    corrections.onDidChange((article) => {
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === article.toString());
      if (doc) void store.reapply(doc);
    }),
    corrections.onProblem(({ sidecar, problems }) => {
      const name = vscode.workspace.asRelativePath(sidecar, false);
      log.note(name, 'corrections', problems);
      void vscode.window
        .showWarningMessage(
          `News Lens: the corrections file ${name} cannot be used (${problems[0]}). Its corrections are not applied, and News Lens will not overwrite it.`,
          'Show Log',
        )
        .then((choice) => {
          if (choice === 'Show Log') log.show();
        });
    }),
    vscode.workspace.onDidCloseTextDocument((doc) => corrections.forget(doc)),
    vscode.window.onDidChangeActiveTextEditor((ed) => {
      if (ed) corrections.recheck(ed.document);
    }),
  );
}

/** Names and quotes painted in the editors; repainted when a document's annotation changes. */
function wireDecorations(context: vscode.ExtensionContext, store: AnnotationStore): Decorator {
  const decorator = new Decorator(store);
  context.subscriptions.push(
    decorator,
    store.onDidUpdate((doc) => void decorator.update(doc)),
  );
  return decorator;
}

/**
 * The Speakers view. It reveals the quote under the cursor when the cursor moves, when the view comes into
 * sight and when its rows are rebuilt (a selection made while the view was hidden is not lost).
 */
function wireSpeakersView(context: vscode.ExtensionContext, store: AnnotationStore): SpeakersViewParts {
  const speakers = new SpeakersProvider(store);
  const treeView = vscode.window.createTreeView(SPEAKERS_VIEW, { treeDataProvider: speakers, showCollapseAll: true });
  const follow = (ed: vscode.TextEditor | undefined): void => {
    if (ed && readConfig().revealOnCursor) void followCursor(ed, store, speakers, treeView);
  };
  context.subscriptions.push(
    treeView,
    vscode.window.onDidChangeTextEditorSelection((e) => follow(e.textEditor)),
    treeView.onDidChangeVisibility((e) => {
      if (e.visible) follow(vscode.window.activeTextEditor);
    }),
  );
  return { speakers, treeView, follow };
}

/**
 * The Sources view: sources across the workspace's articles. The index is built in its own worker thread the first
 * time the view shows (or a Sources command runs), sending an article to it only while the editor's recognizer is
 * idle (`editorIdle`), from the cache in the workspace's storage when there is one, and
 * kept current by file system watchers and settings changes. The view's message says when it is building, when the
 * workspace has more articles than newsLens.sources.maxFiles, and the filter.
 */
function wireSourcesView(
  context: vscode.ExtensionContext,
  store: AnnotationStore,
  codeCacheDir: string,
  editorIdle: () => Promise<void>,
): { api: SourcesApi; index: SourcesIndex } {
  const runner = SourcesRunner.forExtension(context.extensionPath, codeCacheDir);
  const index = new SourcesIndex(runner, context.storageUri, editorIdle);
  const provider = new SourcesProvider(index);
  const treeView = vscode.window.createTreeView(SOURCES_VIEW, { treeDataProvider: provider, showCollapseAll: true });
  const watcher = new SourcesWatcher(index, readConfig().sourcesInclude);
  const describe = (): void => describeSourcesView(treeView, provider, index);
  provider.onRedraw = describe;
  const start = (): void => {
    const building = index.ensure();
    describe();
    void building.then(describe, describe);
  };
  if (treeView.visible) start();
  context.subscriptions.push(
    runner,
    index,
    provider,
    treeView,
    watcher,
    treeView.onDidChangeVisibility((e) => {
      if (e.visible) start();
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(() => {
      watcher.rewatch();
      void index.reconcile().then(describe, describe);
    }),
    ...registerSourcesCommands({ index, provider, treeView, ignore: (doc) => store.ignore(doc) }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('newsLens.sources.include')) watcher.setInclude(readConfig().sourcesInclude);
      if (
        ['sources', 'knownPeople', 'attributions', 'maxDocumentSizeMB'].some((k) =>
          e.affectsConfiguration(`newsLens.${k}`),
        )
      ) {
        const building = index.reconcile();
        describe();
        void building.then(describe, describe);
      }
    }),
  );
  return { api: sourcesApi(index, provider, treeView), index };
}

/** The Source Diversity report: a webview panel over the sources index, and its show and save commands. */
function wireSourceReport(context: vscode.ExtensionContext, index: SourcesIndex): ReportApi {
  const panel = new ReportPanel(context.extensionUri, index);
  context.subscriptions.push(panel, ...registerReportCommands(panel));
  return panel.api();
}

/** The status bar item: counts of the active article, or why it is not annotated (updated by wireActiveEditor). */
function wireStatusBar(context: vscode.ExtensionContext, store: AnnotationStore): StatusBar {
  const statusBar = new StatusBar(store);
  context.subscriptions.push(statusBar);
  return statusBar;
}

/** The "News Lens" output channel: what the recognizer recovered from in each annotation, one line each. */
function wireProblemLog(context: vscode.ExtensionContext, store: AnnotationStore): ProblemLog {
  const log = new ProblemLog((name) => vscode.window.createOutputChannel(name));
  context.subscriptions.push(
    log,
    store.onDidReportProblems(({ doc, problems }) =>
      log.write(vscode.workspace.asRelativePath(doc.uri, false), problems),
    ),
  );
  return log;
}

/** Every command in package.json's contributes.commands. */
function wireCommands(
  context: vscode.ExtensionContext,
  store: AnnotationStore,
  view: SpeakersViewParts,
  log: ProblemLog,
): void {
  context.subscriptions.push(...registerCommands({ store, speakers: view.speakers, speakersView: view.treeView, log }));
}

/** Hover cards, and the built-in navigation: Outline and Go to Symbol, Find All References, Go to Definition. */
function wireLanguageFeatures(context: vscode.ExtensionContext, store: AnnotationStore): void {
  context.subscriptions.push(
    vscode.languages.registerHoverProvider(ARTICLES, new NewsLensHoverProvider(store)),
    vscode.languages.registerDocumentSymbolProvider(ARTICLES, new SpeakerSymbolProvider(store), { label: 'News Lens' }),
    vscode.languages.registerReferenceProvider(ARTICLES, new MentionReferenceProvider(store)),
    vscode.languages.registerDefinitionProvider(ARTICLES, new MentionDefinitionProvider(store)),
  );
}

/**
 * The Speakers view, its badge, the status bar and the `newsLens.hasArticle` context key show the active
 * editor's article: updated when another editor becomes active and when the active document's annotation changes.
 */
function wireActiveEditor(
  context: vscode.ExtensionContext,
  store: AnnotationStore,
  view: SpeakersViewParts,
  statusBar: StatusBar,
): ActiveEditorParts {
  let statusItemVisible = false;
  const refresh = (): void => {
    const ed = vscode.window.activeTextEditor;
    const doc = ed && store.handles(ed.document) ? ed.document : undefined;
    void vscode.commands.executeCommand('setContext', 'newsLens.hasArticle', !!doc);
    view.speakers.update(doc);
    view.treeView.badge = speakersBadge(view.speakers.quoteCount());
    statusBar.update(doc);
    statusItemVisible = !!doc && !!store.status(doc);
    view.follow(ed);
  };
  context.subscriptions.push(
    store.onDidUpdate((doc) => {
      if (vscode.window.activeTextEditor?.document === doc) refresh();
    }),
    vscode.window.onDidChangeActiveTextEditor(refresh),
  );
  return { refresh, statusItemVisible: () => statusItemVisible };
}

/** Every visible editor's document is annotated and painted; returns the function that does it now. */
function wireVisibleEditors(
  context: vscode.ExtensionContext,
  store: AnnotationStore,
  decorator: Decorator,
): () => void {
  const showVisible = (): void => {
    for (const ed of vscode.window.visibleTextEditors) store.ensure(ed.document);
    void decorator.update();
  };
  context.subscriptions.push(vscode.window.onDidChangeVisibleTextEditors(showVisible));
  return showVisible;
}

/** Settings that change the annotation re-annotate every document; display settings only repaint. */
function watchSettings(
  context: vscode.ExtensionContext,
  store: AnnotationStore,
  decorator: Decorator,
  showVisible: () => void,
  view: SpeakersViewParts,
): void {
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (
        ['enabled', 'knownPeople', 'attributions', 'maxDocumentSizeMB'].some((k) =>
          e.affectsConfiguration(`newsLens.${k}`),
        )
      ) {
        store.refreshAll();
        showVisible();
      } else if (e.affectsConfiguration('newsLens.entityTypes') || e.affectsConfiguration('newsLens.quoteKinds')) {
        void decorator.update();
      } else if (e.affectsConfiguration('newsLens.reviewBelow')) {
        view.speakers.redraw();
      }
    }),
  );
}

/** What activate returns (src/extension/api.ts): the extension's real state, read by the tests. */
function exposeApi(
  activationMs: number,
  parts: {
    store: AnnotationStore;
    decorator: Decorator;
    view: SpeakersViewParts;
    statusBar: StatusBar;
    active: ActiveEditorParts;
    log: ProblemLog;
  },
  codeCacheDir: string,
): NewsLensApi {
  const { store, decorator, view, statusBar, active, log } = parts;
  return {
    activationMs,
    codeCacheDir,
    settled: (doc) => store.settled(doc),
    annotation: async (doc) => (await store.current(doc))?.annotation,
    painted: async (editor, timeoutMs = 10_000) => {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const applied = decorator.appliedTo(editor);
        const status = store.status(editor.document);
        // The paint of the current model: after a correction the version is the same, the model is not.
        const model = status?.kind === 'ready' ? store.lastModel(editor.document) : undefined;
        if (
          applied &&
          applied.version === editor.document.version &&
          status &&
          status.kind !== 'pending' &&
          applied.model === model
        )
          return applied.spans;
        await new Promise((r) => setTimeout(r, 10));
      }
      return undefined;
    },
    paintWindow: (editor) => decorator.windowOf(editor),
    paintTimings: (editor) => decorator.appliedTo(editor)?.timings,
    speakerRows: (node) =>
      view.speakers.getChildren(node).map((n) => ({ node: n, item: view.speakers.getTreeItem(n) })),
    speakersBadge: () => view.treeView.badge,
    speakersSelection: () => view.treeView.selection,
    statusBar: () => ({
      text: statusBar.item.text,
      command: commandId(statusBar.item.command),
      visible: active.statusItemVisible(),
    }),
    logChannel: () => (log.outputChannel ? { name: log.outputChannel.name } : undefined),
    logLines: () => log.lines(),
  };
}

function commandId(c: string | vscode.Command | undefined): string | undefined {
  return typeof c === 'string' ? c : c?.command;
}
