/**
 * Loads a CommonJS bundle with a V8 code cache, so that a fresh process or worker thread skips compiling it.
 *
 * Node compiles a 1.7 MB bundle in about 20-30 ms before running a line of it, and then compiles every function
 * again lazily on its first call. A code cache made *after* the bundle has done its work holds the bytecode of
 * every function that ran, so the next process neither parses the bundle nor compiles those functions
 * (measured on the recognizer: load 26 -> 13 ms, first article 34 -> 22 ms; `npm run bench` reports it).
 *
 * The cache is a file per bundle, named by the bundle's size and modification time and by the Node, V8 and CPU
 * it was made for, in a folder of the caller's choosing (the user's cache folder for the CLI, the extension's
 * global storage in VS Code). V8 checks the rest itself: a cache made from other source or with other flags is
 * rejected (`cachedDataRejected`) and the bundle compiles as usual. Nothing in it is the user's data, and any
 * failure to read or write it only costs the time it would have saved: the bundle always runs.
 *
 * Node-only (fs, vm), shared by the CLI's launcher (src/cli/launch.ts) and the editor's worker launcher
 * (src/extension/workerLaunch.ts); not part of the recognizer.
 */
import { isAscii } from 'node:buffer';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { isMainThread, threadId } from 'node:worker_threads';

/** What became of the cache when the bundle was loaded. */
export type CacheState = 'used' | 'missing' | 'rejected' | 'off';

/** When to write a new cache, if none could be used. */
export type SavePolicy =
  /** When the process exits (the CLI's main thread: by then the bundle has done all its work). */
  | 'exit'
  /** This many milliseconds after loading (a worker thread, which may be terminated rather than exit). */
  | { afterMs: number }
  | 'never';

export interface CodeCacheOptions {
  /** The folder of cache files (created when needed); null: no cache. */
  dir: string | null;
  save: SavePolicy;
}

/** The outcome of loading: what the cache did, and, once a save was tried, whether it wrote one. */
export interface CodeCacheStatus {
  state: CacheState;
  /** The cache file for this bundle (null when off). */
  file: string | null;
  /** Why the cache could not be read or written (it never stops the bundle). */
  problem?: string;
  /** 'written' after a save, 'skipped' when another process or thread wrote it first. */
  saved?: 'written' | 'skipped';
}

/** Set by the loaded bundle through `codeCacheControl` (another bundle: the one channel is the global object). */
interface Control {
  /** False: do not write a cache from this thread (the CLI's main thread when worker threads do the work). */
  saveHere: boolean;
  status: CodeCacheStatus;
  /** Writes the cache now if the policy allows it (tests and the policy's timer or exit call this). */
  save(): void;
}

const CONTROL = Symbol.for('news-lens.code-cache');

/**
 * The control of the code cache this thread's bundle was loaded with, or undefined when it was loaded without
 * one (run directly, or in a test).
 */
export function codeCacheControl(): Control | undefined {
  return (globalThis as Record<symbol, Control | undefined>)[CONTROL];
}

/** The cache file name of `bundle`: its name, then a digest of its size, time and the runtime that compiles it. */
export function cacheFileName(bundle: string, stat: fs.Stats): string {
  const key = [stat.size, stat.mtimeMs, process.version, process.versions.v8, process.arch].join('|');
  const digest = crypto.createHash('sha256').update(key).digest('hex').slice(0, 16);
  return `${path.basename(bundle)}.${digest}.v8cache`;
}

/**
 * Runs the CommonJS file `bundle` as `require` would (its own `require`, `module`, `__filename`, `__dirname`) and
 * returns its exports, compiled from the cache in `options.dir` when one fits, and writes a cache per
 * `options.save` when none did.
 */
export function runWithCodeCache(
  bundle: string,
  options: CodeCacheOptions,
): { exports: unknown; status: CodeCacheStatus } {
  const file = path.resolve(bundle);
  const stat = fs.statSync(file);
  let source = readSource(file);
  // A hashbang is allowed only at the very start of a script; inside the module wrapper it is a comment.
  if (source.startsWith('#!')) source = `//${source.slice(2)}`;
  const status: CodeCacheStatus = { state: 'off', file: null };
  let cachedData: Buffer | undefined;
  let before: string | null = null;
  if (options.dir !== null) {
    status.file = path.join(options.dir, cacheFileName(file, stat));
    try {
      cachedData = fs.readFileSync(status.file);
      before = fingerprint(status.file);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') status.problem = `cannot read ${status.file}: ${reason(e)}`;
    }
  }
  const script = new vm.Script(wrap(source), { filename: file, cachedData });
  if (options.dir !== null)
    status.state = cachedData === undefined ? 'missing' : script.cachedDataRejected ? 'rejected' : 'used';

  const control: Control = {
    saveHere: true,
    status,
    save() {
      if (status.saved !== undefined || status.file === null || status.state === 'used' || !control.saveHere) return;
      // Another process or thread that loaded the same bundle may have written the cache since: keep theirs.
      if (fingerprint(status.file) !== before) {
        status.saved = 'skipped';
        return;
      }
      try {
        writeCache(status.file, path.basename(file), script.createCachedData());
        status.saved = 'written';
      } catch (e) {
        status.problem = `cannot write ${status.file}: ${reason(e)}`;
      }
    },
  };
  if (status.state === 'missing' || status.state === 'rejected') {
    const policy = options.save;
    if (policy === 'exit') process.once('exit', () => control.save());
    else if (policy !== 'never') setTimeout(() => control.save(), policy.afterMs).unref();
  }
  (globalThis as Record<symbol, Control | undefined>)[CONTROL] = control;

  const mod = { exports: {} as unknown, filename: file, id: file, loaded: false };
  const run = script.runInThisContext() as (
    exports: unknown,
    require: NodeJS.Require,
    module: unknown,
    filename: string,
    dirname: string,
  ) => void;
  run.call(mod.exports, mod.exports, createRequire(file), mod, file, path.dirname(file));
  mod.loaded = true;
  return { exports: mod.exports, status };
}

/**
 * The file's text. Our bundles are ASCII only (scripts/esbuild-ascii.mjs): read as Latin-1 they need no UTF-8
 * decoding (a plain copy, and V8 keeps one byte per character); any other file is read as UTF-8.
 */
function readSource(file: string): string {
  const bytes = fs.readFileSync(file);
  return typeof isAscii === 'function' && isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}

function wrap(source: string): string {
  return `(function (exports, require, module, __filename, __dirname) { ${source}\n})`;
}

/** Size and time of a file, or null when there is none: enough to tell whether someone wrote it since. */
function fingerprint(file: string): string | null {
  try {
    const s = fs.statSync(file);
    return `${s.size}:${s.mtimeMs}:${s.ino}`;
  } catch {
    return null;
  }
}

/**
 * Writes the cache through a temporary file renamed into place (a reader never sees half a cache), then removes
 * the caches of earlier builds of the same bundle, so the folder holds one per bundle.
 */
function writeCache(file: string, bundleName: string, data: Buffer): void {
  const dir = path.dirname(file);
  fs.mkdirSync(dir, { recursive: true });
  const tmp = `${file}.${process.pid}.${isMainThread ? 0 : threadId}.tmp`;
  fs.writeFileSync(tmp, data);
  fs.renameSync(tmp, file);
  const name = path.basename(file);
  for (const other of fs.readdirSync(dir))
    if (other !== name && isCacheOf(other, bundleName)) fs.rmSync(path.join(dir, other), { force: true });
}

/** True when `name` is a cache file `cacheFileName` makes for the bundle named `bundleName`. */
function isCacheOf(name: string, bundleName: string): boolean {
  const rest = name.slice(bundleName.length);
  return name.startsWith(bundleName) && /^\.[0-9a-f]{16}\.v8cache$/.test(rest);
}

function reason(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
