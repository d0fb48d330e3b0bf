import * as vscode from 'vscode';
import {
  anchorQuote,
  applyCorrections,
  parseCorrections,
  serializeCorrections,
  sidecarPath,
  withCorrection,
  withoutCorrection,
  type Correction,
  type CorrectionsFile,
  type UnplacedCorrection,
} from '../core/corrections';
import type { Annotation, Entity, Quote } from '../core/types';
import type { Corrector } from './store';
import { readBytes } from './readFile';

/** How long after a file watcher is created its corrections file is read once more (see `sidecar`). */
const WATCHER_START_MS = 2000;

/** One article's corrections file, `<article>.newslens.json`, as last read or written. */
interface Sidecar {
  article: vscode.Uri;
  uri: vscode.Uri;
  /** The corrections; null when there is no file (or it is empty) or it could not be read. */
  file: CorrectionsFile | null;
  /** Why the file could not be read or used: while there are any, News Lens never writes it. */
  problems: string[];
  /** The file's text as last read or written (a watcher event for our own write changes nothing). */
  text: string | undefined;
  loading: Promise<void>;
  /** Watches the file (its changes) and its folder (its creation): disposed when the article closes. */
  watcher: vscode.Disposable;
  /** Writes to this file, one after another. */
  queue: Promise<unknown>;
}

/** What a problem report says: the article, its corrections file, and why the file cannot be used. */
export interface SidecarProblem {
  article: vscode.Uri;
  sidecar: vscode.Uri;
  problems: string[];
}

/**
 * The user's corrections of each open article, kept stand-off beside it in `<article>.newslens.json` (read and
 * written through `vscode.workspace.fs`; the article itself is never touched). Each file is watched, so an
 * edit from outside (another editor, a git checkout) applies at once: `onDidChange` fires with the article.
 * A file that cannot be read or parsed is reported (`onProblem`) and never overwritten; its corrections do
 * not apply until it is fixed. Untitled documents have no place for a corrections file.
 */
export class CorrectionsStore implements Corrector, vscode.Disposable {
  private readonly sidecars = new Map<string, Sidecar>();
  private readonly changeEmitter = new vscode.EventEmitter<vscode.Uri>();
  private readonly problemEmitter = new vscode.EventEmitter<SidecarProblem>();
  /** Fires with an article whose corrections file changed from outside (or was fixed, or deleted). */
  readonly onDidChange = this.changeEmitter.event;
  /** Fires when an article's corrections file cannot be used, with why. */
  readonly onProblem = this.problemEmitter.event;

  /** True when `doc` can have corrections: it is a file (or another saved resource), not untitled. */
  supports(doc: vscode.TextDocument): boolean {
    return doc.uri.scheme !== 'untitled';
  }

  /** The corrections file of `doc`. */
  sidecarUri(doc: vscode.TextDocument): vscode.Uri {
    return doc.uri.with({ path: sidecarPath(doc.uri.path) });
  }

  async ready(doc: vscode.TextDocument): Promise<void> {
    const sc = this.sidecar(doc);
    if (sc) await sc.loading;
  }

  correct(
    doc: vscode.TextDocument,
    text: string,
    annotation: Annotation,
  ): { annotation: Annotation; unplaced: UnplacedCorrection[] } | undefined {
    const file = this.sidecars.get(doc.uri.toString())?.file;
    if (!file || file.corrections.length === 0) return undefined;
    const { annotation: corrected, unplaced } = applyCorrections(text, annotation, file);
    return { annotation: corrected, unplaced };
  }

  /** The corrections of `doc` as last read or written (none when there is no file or it cannot be used). */
  list(doc: vscode.TextDocument): readonly Correction[] {
    return this.sidecars.get(doc.uri.toString())?.file?.corrections ?? [];
  }

  /** Why `doc` cannot be corrected now (untitled, or its corrections file cannot be used), or undefined. */
  async cannotCorrect(doc: vscode.TextDocument): Promise<string | undefined> {
    if (!this.supports(doc))
      return 'save the article first: News Lens keeps corrections in a file beside it (<article>.newslens.json).';
    const sc = this.sidecar(doc)!;
    await sc.loading;
    return sc.problems.length ? unusable(sc) : undefined;
  }

  /**
   * Adds `correction` to the article's corrections file (replacing what it overrides) and writes the file.
   * `text` is the article's text now (to recognise the same quote under an older anchor). Resolves false,
   * without writing, when the file cannot be used (see cannotCorrect).
   */
  add(doc: vscode.TextDocument, correction: Correction, text: string): Promise<boolean> {
    return this.change(doc, (file) => withCorrection(file, correction, text));
  }

  /** Removes the correction at `index` (of `list(doc)`), which must still be `expected`; resolves false if not. */
  remove(doc: vscode.TextDocument, index: number, expected: Correction): Promise<boolean> {
    return this.change(doc, (file) => {
      const at = file?.corrections[index];
      if (!file || !at || !sameCorrection(at, expected)) return undefined;
      return withoutCorrection(file, index);
    });
  }

  /** Indices (in `list(doc)`) of the corrections about `quote`, placed in `text`. */
  quoteCorrections(doc: vscode.TextDocument, text: string, quote: Pick<Quote, 'start' | 'end'>): number[] {
    const out: number[] = [];
    this.list(doc).forEach((c, i) => {
      if (!('quote' in c)) return;
      const at = anchorQuote(text, c.quote);
      if (at && at.start < quote.end && quote.start < at.end) out.push(i);
    });
    return out;
  }

  /** Indices (in `list(doc)`) of the corrections about `entity` (named by its name or another name). */
  entityCorrections(doc: vscode.TextDocument, entity: Entity): number[] {
    const names = new Set([entity.name, ...entity.aliases]);
    const out: number[] = [];
    this.list(doc).forEach((c, i) => {
      if ('entity' in c && (names.has(c.entity) || (c.sameAs !== undefined && names.has(c.sameAs)))) out.push(i);
    });
    return out;
  }

  /**
   * Reads `doc`'s corrections file again (its editor became active): a change the watcher missed (made while
   * it was starting, or on a file system it cannot watch) applies now; onDidChange fires if the file changed.
   */
  recheck(doc: vscode.TextDocument): void {
    const sc = this.sidecars.get(doc.uri.toString());
    if (sc) void this.reload(sc);
  }

  /** Forgets `doc` (closed): stops watching its corrections file. */
  forget(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    this.sidecars.get(key)?.watcher.dispose();
    this.sidecars.delete(key);
  }

  private change(
    doc: vscode.TextDocument,
    edit: (file: CorrectionsFile | null) => CorrectionsFile | undefined,
  ): Promise<boolean> {
    if (!this.supports(doc)) return Promise.resolve(false);
    const sc = this.sidecar(doc)!;
    const run = async (): Promise<boolean> => {
      await sc.loading;
      // Read the file again just before writing: an edit from outside that the watcher has not reported yet
      // is kept, and a file that became unreadable is not overwritten.
      await this.read(sc);
      if (sc.problems.length) return false;
      const next = edit(sc.file);
      if (!next) return false;
      const text = serializeCorrections(next);
      await vscode.workspace.fs.writeFile(sc.uri, new TextEncoder().encode(text));
      sc.text = text;
      sc.file = next;
      return true;
    };
    const result = sc.queue.then(run, run);
    sc.queue = result.catch(() => undefined);
    return result;
  }

  private sidecar(doc: vscode.TextDocument): Sidecar | undefined {
    if (!this.supports(doc)) return undefined;
    const key = doc.uri.toString();
    const known = this.sidecars.get(key);
    if (known) return known;
    const uri = this.sidecarUri(doc);
    // The file itself (an existing file's changes) and its folder (a watcher on a file that does not exist yet
    // misses its creation); an event both report is read once (same text: nothing changes).
    const slash = uri.path.lastIndexOf('/');
    const folder = uri.with({ path: uri.path.slice(0, slash) || '/' });
    const watchers = [
      vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, uri.path.slice(slash + 1))),
      vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, '*.newslens.json')),
    ];
    const watcher = vscode.Disposable.from(...watchers);
    const created: Sidecar = {
      article: doc.uri,
      uri,
      file: null,
      problems: [],
      text: undefined,
      loading: Promise.resolve(),
      watcher,
      queue: Promise.resolve(),
    };
    const changed = (changedUri: vscode.Uri): void => {
      if (changedUri.toString() === uri.toString()) void this.reload(created);
    };
    for (const w of watchers) {
      w.onDidCreate(changed);
      w.onDidChange(changed);
      w.onDidDelete(changed);
    }
    created.loading = this.read(created).then((problems) => {
      if (problems) this.problemEmitter.fire({ article: created.article, sidecar: created.uri, problems });
    });
    // A watcher takes a moment to start (longer outside the workspace): read once more after it, so a change
    // made meanwhile is not missed.
    const settle = setTimeout(() => void this.reload(created), WATCHER_START_MS);
    created.watcher = vscode.Disposable.from(watcher, { dispose: () => clearTimeout(settle) });
    this.sidecars.set(key, created);
    return created;
  }

  /** Reads the file again after the watcher saw it change; fires onDidChange when its text changed. */
  private async reload(sc: Sidecar): Promise<void> {
    await sc.loading;
    const before = sc.text;
    const problems = await this.read(sc);
    if (this.sidecars.get(sc.article.toString()) !== sc || sc.text === before) return;
    if (problems) this.problemEmitter.fire({ article: sc.article, sidecar: sc.uri, problems });
    this.changeEmitter.fire(sc.article);
  }

  /** Reads and parses the file into `sc`; returns the problems when it cannot be used (and they are new). */
  private async read(sc: Sidecar): Promise<string[] | undefined> {
    let text: string | undefined;
    try {
      const bytes = await readBytes(sc.uri);
      text = bytes === undefined ? undefined : new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch (e) {
      return this.setProblems(sc, `<unreadable ${String(e)}>`, [`cannot read it (${describe(e)})`]);
    }
    if (text === undefined || text.trim() === '') {
      sc.text = text;
      sc.file = null;
      sc.problems = [];
      return undefined;
    }
    if (text === sc.text && sc.problems.length === 0) return undefined;
    const { file, problems } = parseCorrections(text);
    if (!file) return this.setProblems(sc, text, problems.length ? problems : ['not a corrections file']);
    sc.text = text;
    sc.file = file;
    sc.problems = [];
    return undefined;
  }

  private setProblems(sc: Sidecar, text: string, problems: string[]): string[] | undefined {
    const fresh = sc.text !== text || sc.problems.length === 0;
    sc.text = text;
    sc.file = null;
    sc.problems = problems;
    return fresh ? problems : undefined;
  }

  dispose(): void {
    for (const sc of this.sidecars.values()) sc.watcher.dispose();
    this.sidecars.clear();
    this.changeEmitter.dispose();
    this.problemEmitter.dispose();
  }
}

/** Why a corrections file cannot be used, for a message. */
function unusable(sc: Sidecar): string {
  const name = sc.uri.path.slice(sc.uri.path.lastIndexOf('/') + 1);
  return `the corrections file ${name} cannot be used (${sc.problems[0]}). Fix or delete it first: News Lens does not overwrite it.`;
}

function describe(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function sameCorrection(a: Correction, b: Correction): boolean {
  return (
    serializeCorrections({ version: 1, corrections: [a] }) === serializeCorrections({ version: 1, corrections: [b] })
  );
}
