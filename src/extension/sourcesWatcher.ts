import * as vscode from 'vscode';
import { isSidecar, type SourcesIndex } from './sourcesIndex';

const SIDECAR_SUFFIX = '.newslens.json';

/**
 * Keeps the sources index current: a file system watcher on newsLens.sources.include (articles created, changed,
 * deleted) and one on corrections files (the article they belong to is indexed again). A new article counts only
 * when files.exclude does not hide it (asked of findFiles, which applies files.exclude). Recreated when the
 * include glob changes.
 */
export class SourcesWatcher implements vscode.Disposable {
  private watchers: vscode.Disposable[] = [];

  constructor(
    private readonly index: SourcesIndex,
    private include: string,
  ) {
    this.watch();
  }

  /** Watches another glob (the setting changed). */
  setInclude(include: string): void {
    if (include === this.include) return;
    this.include = include;
    this.rewatch();
  }

  /** Watches the folders of the workspace again (a folder was added or removed). */
  rewatch(): void {
    this.dispose();
    this.watch();
  }

  private watch(): void {
    // A glob string is matched against absolute paths: the include glob, like findFiles's, is relative to each folder.
    for (const folder of vscode.workspace.workspaceFolders ?? []) this.watchFolder(folder);
  }

  private watchFolder(folder: vscode.WorkspaceFolder): void {
    const articles = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, this.include));
    const sidecars = vscode.workspace.createFileSystemWatcher(
      new vscode.RelativePattern(folder, `**/*${SIDECAR_SUFFIX}`),
    );
    const article = (u: vscode.Uri): vscode.Uri => u.with({ path: u.path.slice(0, -SIDECAR_SUFFIX.length) });
    this.watchers.push(
      articles,
      sidecars,
      articles.onDidCreate((u) => void this.created(u)),
      articles.onDidChange((u) => {
        if (this.index.has(u)) this.index.update(u);
        else void this.created(u);
      }),
      articles.onDidDelete((u) => this.index.remove(u)),
      // A corrections file counts for an article of the index only.
      ...[sidecars.onDidCreate, sidecars.onDidChange, sidecars.onDidDelete].map((event) =>
        event((u) => {
          if (this.index.has(article(u))) this.index.update(article(u));
        }),
      ),
    );
  }

  private async created(uri: vscode.Uri): Promise<void> {
    if (isSidecar(uri) || this.index.has(uri)) return this.index.update(uri);
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder) return;
    const relative = uri.path.slice(folder.uri.path.replace(/\/$/, '').length + 1);
    // findFiles applies files.exclude: a file it does not find is hidden from the workspace.
    const found = await vscode.workspace.findFiles(
      new vscode.RelativePattern(folder, escapeGlob(relative)),
      undefined,
      1,
    );
    if (found.length) this.index.update(uri);
  }

  dispose(): void {
    for (const w of this.watchers) w.dispose();
    this.watchers = [];
  }
}

/** `path` as a glob that matches only itself. */
function escapeGlob(path: string): string {
  return path.replace(/[*?[\]{}!]/g, (c) => `[${c}]`);
}
