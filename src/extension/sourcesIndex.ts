import { createHash } from 'node:crypto';
import * as vscode from 'vscode';
import { sidecarPath } from '../core/corrections/sidecar';
import type { SourcesIndex as SourcesData } from '../core/sources';
import type { Annotation } from '../core/types';
import { readConfig, type NewsLensConfig } from './config';
import type { SourcesRunner } from './sourcesRunner';
import { ThrottledProgress } from './progressThrottle';
import { readBytes } from './readFile';

/** One article of the index: the hash of its bytes (and its corrections file's), and what the worker made of it. */
export interface IndexedArticle {
  hash: string;
  /** Entities without mentions, and quotes, with the article's corrections applied. */
  annotation?: Annotation;
  /** Why it was not annotated (binary, too large, unreadable). */
  skipped?: string;
}

/** The workspace had more articles than newsLens.sources.maxFiles: only `max` are indexed. */
export interface SourcesCap {
  max: number;
}

/** Articles read and annotated at the same time: enough to keep the worker busy while files are read. */
const IN_FLIGHT = 4;
/** The build's progress notification is updated at most this often (progressThrottle.ts says why). */
const PROGRESS_EVERY_MS = 250;
/** A burst of changes to one file (a save, a formatter, a sidecar) is indexed once, this long after the last. */
const FILE_DEBOUNCE_MS = 100;
/** The cache is written this long after the last change (not on every keystroke-save). */
const SAVE_DEBOUNCE_MS = 1000;
/** Bump when the cache's shape or the annotation it holds changes meaning. */
const CACHE_VERSION = 2;
const CACHE_FILE = 'sources-index.jsonl';
/** The cache is read and written this many articles at a time, yielding to the event loop in between. */
const CACHE_SLICE = 200;
/** Changes arriving together (a build's end, several files saved) are collected into sources once. */
const COLLECT_DEBOUNCE_MS = 30;
/** Cached articles go to the worker this many per message (no long structured clone on this thread). */
const PUT_CHUNK = 500;

const EMPTY: SourcesData = {
  sources: [],
  summary: {
    articles: 0,
    quotes: 0,
    unattributedQuotes: 0,
    sources: 0,
    people: { female: { sources: 0, quotes: 0 }, male: { sources: 0, quotes: 0 }, unknown: { sources: 0, quotes: 0 } },
    organizations: { sources: 0, quotes: 0 },
    unnamed: { quotes: 0 },
    byKind: {},
    namedShare: 0,
  },
};

/** What a build looks for: the include glob and the cap (a change to either calls for another build). */
const scopeOf = (config: NewsLensConfig): string => JSON.stringify([config.sourcesInclude, config.sourcesMaxFiles]);

const sha = (bytes: Uint8Array | string): string => createHash('sha256').update(bytes).digest('hex').slice(0, 32);

/**
 * The sources index of the workspace (the Sources view's data). Per article, keyed by URI: the content hash and the
 * slim annotation the worker made (src/extension/sourcesWork.ts; recognition never runs on this thread). Kept in
 * `storageUri/sources-index.jsonl`, so a reopened workspace only reads and hashes its files; an article whose hash
 * is unchanged is not annotated again. Changes arrive through `update`/`remove` (src/extension/sourcesWatcher.ts).
 * `data()` is `collectSources` over every article, recomputed in the worker after a change (the worker keeps the
 * slim annotations it made; cached ones are handed to it), then `onDidChange` fires.
 */
export class SourcesIndex implements vscode.Disposable {
  private entries = new Map<string, IndexedArticle>();
  private cached = new Map<string, IndexedArticle>();
  private fingerprint = '';
  private data_: SourcesData | undefined;
  private building: Promise<void> | undefined;
  /** The build asked for while one runs (a setting changed, Rebuild): one build after the current serves them all. */
  private queued: { fresh: boolean; run: Promise<void> } | undefined;
  /** The files the last build looked for (include glob and cap): settled() builds again when the settings differ. */
  private scope = '';
  private built = false;
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly updating = new Set<Promise<void>>();
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private collectTimer: ReturnType<typeof setTimeout> | undefined;
  private collecting: Promise<void> | undefined;
  /** The entry the worker keeps for each article (sent by `annotate` or `put`), for the worker `sentGeneration`. */
  private readonly sent = new Map<string, IndexedArticle>();
  private sentGeneration = -1;
  private readonly emitter = new vscode.EventEmitter<void>();
  /** Fires when the sources changed (after a build, or a file's change), once they are collected. */
  readonly onDidChange = this.emitter.event;
  /** Set when the workspace has more articles than newsLens.sources.maxFiles. */
  cap: SourcesCap | undefined;
  /** The last build: its time, articles annotated (not from the cache), files, and files it could not index. */
  lastBuild: { ms: number; annotated: number; files: number; failed: number; problem?: string } | undefined;
  /** Milliseconds from the last file event (`update`/`remove`) to the sources collected with it. */
  lastUpdateMs: number | undefined;
  private eventAt: number | undefined;
  /** Counts changes: a test waits for it to move. */
  version = 0;

  /**
   * @param editorIdle resolves when the editor's own recognizer has no article in hand: indexing sends the next
   * article to its worker only then, so that on a machine with few cores the article being read is never slowed by
   * the index (both threads would share the cores).
   */
  constructor(
    private readonly runner: SourcesRunner,
    private readonly storage: vscode.Uri | undefined,
    private readonly editorIdle: () => Promise<void> = () => Promise.resolve(),
  ) {}

  /** The URIs of the indexed articles. */
  articles(): string[] {
    return [...this.entries.keys()];
  }

  entry(uri: vscode.Uri): IndexedArticle | undefined {
    return this.entries.get(uri.toString());
  }

  /** True once a build has finished (the view shows rows, not "indexing"). */
  isReady(): boolean {
    return this.built && !!this.data_;
  }

  isBuilding(): boolean {
    return !!this.building;
  }

  /** The sources over every indexed article, as last collected (none before the first build). */
  data(): SourcesData {
    return this.data_ ?? EMPTY;
  }

  /** Builds the index unless it is built or building (the first time from the cache, if there is one). */
  ensure(): Promise<void> {
    if (this.built && !this.building) return Promise.resolve();
    return this.building ?? this.build(false);
  }

  /** Annotates every article again, ignoring the cache. */
  rebuild(): Promise<void> {
    return this.buildAfterCurrent(true);
  }

  /** Reconciles the index with the workspace (a setting changed): unchanged articles are not annotated again. */
  reconcile(): Promise<void> {
    if (!this.built && !this.building) return Promise.resolve();
    return this.buildAfterCurrent(false);
  }

  /**
   * A build once the current one is done. Asked for again meanwhile, the same queued build serves (fresh if any
   * asker wanted it fresh): two setting changes in quick succession make one build after the running one, and
   * there is no moment when a build is due but neither running nor queued (settled() would return too early).
   */
  private buildAfterCurrent(fresh: boolean): Promise<void> {
    if (this.queued) {
      this.queued.fresh ||= fresh;
      return this.queued.run;
    }
    const current = this.building;
    if (!current) return this.startBuild(fresh);
    const queued = { fresh, run: Promise.resolve() };
    queued.run = current
      .catch(() => undefined)
      .then(() => {
        this.queued = undefined;
        // Someone started a build in between (the view opened): queue behind that one.
        return this.building ? this.buildAfterCurrent(queued.fresh) : this.startBuild(queued.fresh);
      });
    this.queued = queued;
    return queued.run;
  }

  private startBuild(fresh: boolean): Promise<void> {
    if (fresh) {
      this.entries.clear();
      this.cached.clear();
    }
    return this.build(fresh);
  }

  /**
   * Waits until the index reflects the settings and files as they are now: the build (and one queued after it)
   * and every pending file update done, and the sources collected. A built index whose include glob or cap is not
   * the settings' (their change event not yet handled) is reconciled first.
   */
  async settled(): Promise<void> {
    for (;;) {
      if (this.queued) await this.queued.run.catch(() => undefined);
      else if (this.building) await this.building.catch(() => undefined);
      else if (this.built && this.scope !== scopeOf(readConfig())) await this.reconcile().catch(() => undefined);
      else if (this.timers.size) await new Promise((r) => setTimeout(r, FILE_DEBOUNCE_MS));
      else if (this.updating.size) await Promise.all(this.updating);
      else if (this.collectTimer || this.collecting) await (this.collecting ?? this.collectNow());
      else if (!this.building && !this.queued) return;
    }
  }

  /** Indexes `uri` again soon (created or changed, or its corrections file was). */
  update(uri: vscode.Uri): void {
    if (!this.built && !this.building) return; // not built yet: the build will read it
    if (isSidecar(uri)) return;
    const key = uri.toString();
    this.eventAt ??= performance.now();
    if (!this.entries.has(key) && this.cap && this.entries.size >= this.cap.max) return;
    clearTimeout(this.timers.get(key));
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        const job = this.refreshFile(uri).finally(() => this.updating.delete(job));
        this.updating.add(job);
      }, FILE_DEBOUNCE_MS),
    );
  }

  /** Drops `uri` from the index (deleted). */
  remove(uri: vscode.Uri): void {
    const key = uri.toString();
    this.eventAt ??= performance.now();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    if (this.entries.delete(key)) this.changed();
  }

  /** True when `uri` (an article) is in the index. */
  has(uri: vscode.Uri): boolean {
    return this.entries.has(uri.toString());
  }

  /** Where the cache is kept (undefined without a workspace). */
  cacheUri(): vscode.Uri | undefined {
    return this.storage && vscode.Uri.joinPath(this.storage, CACHE_FILE);
  }

  private async refreshFile(uri: vscode.Uri): Promise<void> {
    if (this.building) await this.building.catch(() => undefined);
    const config = readConfig();
    this.checkFingerprint(config);
    const entry = await this.indexFile(uri, config).catch(() => undefined);
    if (!entry) {
      if (this.entries.delete(uri.toString())) this.changed();
      return;
    }
    if (this.entries.get(uri.toString()) === entry) return;
    this.entries.set(uri.toString(), entry);
    this.changed();
  }

  private build(fresh: boolean): Promise<void> {
    const run = (async () => {
      const t0 = performance.now();
      const config = readConfig();
      if (!fresh && !this.built && this.cached.size === 0) await this.loadCache(config);
      this.checkFingerprint(config);
      this.scope = scopeOf(config);
      const found = await vscode.workspace.findFiles(config.sourcesInclude, undefined, config.sourcesMaxFiles + 1);
      const uris = found.filter((u) => !isSidecar(u));
      uris.sort((a, b) => (a.toString() < b.toString() ? -1 : 1));
      this.cap = uris.length > config.sourcesMaxFiles ? { max: config.sourcesMaxFiles } : undefined;
      const todo = uris.slice(0, config.sourcesMaxFiles);
      const known = todo.filter((u) => this.entries.has(u.toString()) || this.cached.has(u.toString())).length;
      // A notification the first time (nothing cached); a reopened workspace checks its files in the status bar.
      const location = known < todo.length / 2 ? vscode.ProgressLocation.Notification : vscode.ProgressLocation.Window;
      let annotated = 0;
      const next = new Map<string, IndexedArticle>();
      // Files that could not be indexed (read, worker) are tried once more at the end, one at a time; those that fail
      // again are counted and said in the view, never dropped in silence.
      let failed: vscode.Uri[] = [];
      let problem: string | undefined;
      const index = async (uri: vscode.Uri): Promise<boolean> => {
        const before = this.entries.get(uri.toString()) ?? this.cached.get(uri.toString());
        try {
          const entry = await this.indexFile(uri, config);
          if (entry === undefined) return true; // deleted since it was listed: nothing to index
          next.set(uri.toString(), entry);
          if (entry !== before) annotated++;
          return true;
        } catch (e) {
          problem = e instanceof Error ? e.message : String(e);
          return false;
        }
      };
      await vscode.window.withProgress(
        {
          location,
          title: 'News Lens: indexing sources',
          // Not cancellable: in loaded runs of the extension tests, builds of 6 articles ended with 0-5 of them and
          // none failed, most likely because the notification was closed by something other than a person, which
          // cancelled the build and left the index short until the next change. Closing it now only hides it.
          cancellable: false,
        },
        async (progress) => {
          let i = 0;
          let done = 0;
          const step = 100 / Math.max(1, todo.length);
          const shown = new ThrottledProgress((s) => progress.report(s), PROGRESS_EVERY_MS);
          const worker = async (): Promise<void> => {
            while (i < todo.length) {
              const uri = todo[i++];
              if (!(await index(uri))) failed.push(uri);
              done++;
              shown.step({ increment: step, message: `${done} of ${todo.length} articles` });
            }
          };
          await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
          const again = failed;
          failed = [];
          for (const uri of again) if (!(await index(uri))) failed.push(uri);
          shown.flush();
        },
      );
      this.entries = next;
      this.cached.clear();
      this.built = true;
      this.lastBuild = { ms: performance.now() - t0, annotated, files: todo.length, failed: failed.length };
      if (failed.length) this.lastBuild.problem = problem;
      this.changed();
    })();
    this.building = run;
    return run.finally(() => {
      if (this.building === run) this.building = undefined;
    });
  }

  /**
   * The article's entry: the one it has when its bytes and corrections are unchanged, else the worker's; undefined
   * when there is no such file (any more).
   */
  private async indexFile(uri: vscode.Uri, config: NewsLensConfig): Promise<IndexedArticle | undefined> {
    const [bytes, sidecar] = await Promise.all([readBytes(uri), readSidecar(uri)]);
    if (!bytes) return undefined;
    const hash = sha(bytes) + (sidecar === undefined ? '' : `+${sha(sidecar)}`);
    const key = uri.toString();
    const old = this.entries.get(key) ?? this.cached.get(key);
    if (old?.hash === hash) return old;
    const options = { knownPeople: config.knownPeople, attributions: config.attributions };
    await this.editorIdle();
    this.syncGeneration();
    const r = await this.runner.annotate(key, bytes, sidecar, options, config.maxLength);
    const entry = 'skipped' in r ? { hash, skipped: r.skipped } : { hash, annotation: r.annotation };
    if (this.sentGeneration === this.runner.generation) this.sent.set(key, entry);
    return entry;
  }

  /** Settings that change the annotations (known people, attributions, the size limit) void every entry. */
  private checkFingerprint(config: NewsLensConfig): void {
    const fp = JSON.stringify([CACHE_VERSION, config.knownPeople, config.attributions, config.maxLength]);
    if (fp === this.fingerprint) return;
    if (this.fingerprint) this.entries = new Map([...this.entries].map(([k, e]) => [k, { ...e, hash: '' }]));
    this.cached.clear();
    this.fingerprint = fp;
  }

  private changed(): void {
    this.version++;
    clearTimeout(this.collectTimer);
    this.collectTimer = setTimeout(() => void this.collectNow(), COLLECT_DEBOUNCE_MS);
    this.scheduleSave();
  }

  /** A new worker keeps no articles: everything is sent again. */
  private syncGeneration(): void {
    if (this.sentGeneration === this.runner.generation) return;
    this.sent.clear();
    this.sentGeneration = this.runner.generation;
  }

  /** Hands the worker the articles it lacks, and has it collect the sources; then the view hears of it. */
  private collectNow(): Promise<void> {
    clearTimeout(this.collectTimer);
    this.collectTimer = undefined;
    const run = (async () => {
      if (this.collecting) await this.collecting.catch(() => undefined);
      const version = this.version;
      this.syncGeneration();
      const missing: Array<[string, IndexedArticle]> = [];
      for (const [uri, e] of this.entries) if (this.sent.get(uri) !== e) missing.push([uri, e]);
      for (let i = 0; i < missing.length; i += PUT_CHUNK) {
        const chunk = missing.slice(i, i + PUT_CHUNK);
        await this.runner.put(chunk.map(([uri, e]) => [uri, e.annotation ?? null]));
        for (const [uri, e] of chunk) this.sent.set(uri, e);
      }
      const uris = [...this.entries.keys()].sort();
      for (const uri of [...this.sent.keys()]) if (!this.entries.has(uri)) this.sent.delete(uri);
      const data = await this.runner.collect(uris, readConfig().knownPeople);
      if (version !== this.version) return; // a newer change is on its way
      this.data_ = data;
      if (this.eventAt !== undefined) this.lastUpdateMs = performance.now() - this.eventAt;
      this.eventAt = undefined;
      this.emitter.fire();
    })();
    const tracked = run.catch(() => undefined);
    this.collecting = tracked;
    void tracked.finally(() => {
      if (this.collecting === tracked) this.collecting = undefined;
    });
    return tracked;
  }

  /** Collects the sources again (knownPeople changed: the same annotations, other merges). */
  recollect(): void {
    if (this.built) this.changed();
  }

  /**
   * Reads the cache: JSON lines, a header `{"fingerprint"}` and one `[uri, entry]` per article, parsed a slice at a
   * time with a yield between slices (a large workspace's cache never blocks this thread for long).
   */
  private async loadCache(config: NewsLensConfig): Promise<void> {
    const uri = this.cacheUri();
    if (!uri) return;
    try {
      const lines = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)).split('\n');
      const header = JSON.parse(lines[0]) as { fingerprint?: unknown };
      this.checkFingerprint(config);
      if (header.fingerprint !== this.fingerprint) return;
      const cached = new Map<string, IndexedArticle>();
      for (let i = 1; i < lines.length; i += CACHE_SLICE) {
        for (const line of lines.slice(i, i + CACHE_SLICE)) {
          if (!line) continue;
          const [key, entry] = JSON.parse(line) as [string, IndexedArticle];
          if (typeof key === 'string' && typeof entry?.hash === 'string') cached.set(key, entry);
        }
        await yieldNow();
      }
      this.cached = cached;
    } catch {
      // No cache yet, or one that cannot be read: the build annotates everything.
    }
  }

  private scheduleSave(): void {
    if (!this.storage) return;
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => void this.save(), SAVE_DEBOUNCE_MS);
  }

  /** Writes the cache now (tests call it instead of waiting for the debounce). */
  async save(): Promise<void> {
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
    const uri = this.cacheUri();
    if (!uri || !this.storage) return;
    const entries = [...this.entries];
    const parts = [JSON.stringify({ version: CACHE_VERSION, fingerprint: this.fingerprint })];
    for (let i = 0; i < entries.length; i += CACHE_SLICE) {
      for (const entry of entries.slice(i, i + CACHE_SLICE)) parts.push(JSON.stringify(entry));
      await yieldNow();
    }
    try {
      await vscode.workspace.fs.createDirectory(this.storage);
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(parts.join('\n') + '\n'));
    } catch {
      // A cache that cannot be written only costs time at the next start.
    }
  }

  dispose(): void {
    clearTimeout(this.collectTimer);
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    if (this.saveTimer) void this.save();
    this.emitter.dispose();
  }
}

const yieldNow = (): Promise<void> => new Promise((r) => setImmediate(r));

export function isSidecar(uri: vscode.Uri): boolean {
  return uri.path.endsWith('.newslens.json');
}

/** The article's corrections file's text, or undefined when it has none. */
async function readSidecar(article: vscode.Uri): Promise<string | undefined> {
  try {
    const bytes = await readBytes(article.with({ path: sidecarPath(article.path) }));
    return bytes && new TextDecoder().decode(bytes);
  } catch {
    return undefined;
  }
}
