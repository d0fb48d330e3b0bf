/**
 * Loads a CommonJS bundle with a V8 code cache, so that a fresh process or worker thread skips compiling it.
 *
 * Node compiles a 1.7 MB bundle in about 20-30 ms before running a line of it, and then compiles every function
 * again lazily on its first call. A code cache made *after* the bundle has done its work holds the bytecode of
 * every function that ran, so the next process neither parses the bundle nor compiles those functions
 * (`npm run bench` measures it, with and without).
 *
 * The cache is a file per bundle, named by a digest of the bundle's content and of the Node, V8 and CPU it was
 * made for, in a folder of the caller's choosing (the user's cache folder for the CLI, the extension's global
 * storage in VS Code). V8 checks the rest itself: a cache made with other flags is rejected
 * (`cachedDataRejected`) and the bundle compiles as usual. Nothing in it is the user's data, and any failure to
 * read or write it only costs the time it would have saved: the bundle always runs.
 *
 * A cache is written only once the bundle says it has done real work (`codeCacheControl()?.worked()`: the CLI
 * after annotating an input, the editor's worker after answering a request), so a `--help` never leaves a cache
 * that lacks the recognizer; how soon after is the caller's policy.
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
import { type CodeCacheControl, type CodeCacheStatus, setCodeCacheControl } from './codeCacheControl';

export { codeCacheControl, type CodeCacheControl, type CodeCacheStatus } from './codeCacheControl';

/** When to write a new cache, if none could be used, once the bundle has worked. */
export type SavePolicy =
  /** When the process exits (the CLI's main thread: by then the bundle has done all its work). */
  | 'exit'
  /**
   * This many milliseconds after the bundle last worked, 0 at once (a worker thread: it may be terminated any time).
   * Each piece of work puts the save off, so that writing the cache (tens of milliseconds on the thread) does not
   * hold up the next request; but never more than SAVE_AT_LATEST times this after the first work.
   */
  | { afterWorkMs: number }
  | 'never';

export interface CodeCacheOptions {
  /** The folder of cache files (created when needed); null: no cache. */
  dir: string | null;
  save: SavePolicy;
  /** The file that started this thread (the launcher), for the bundle to start its own worker threads on. */
  entry?: string;
}

/** Caches kept per bundle name: the newest few, so that two installs of different builds do not evict each other. */
const KEEP = 3;
/** A thread that never stops working saves its cache this many times `afterWorkMs` after its first work. */
const SAVE_AT_LATEST = 10;
/** A temporary file older than this is left over from a process that stopped while writing, and goes. */
const STALE_TMP_MS = 60_000;

/** The cache file name of the bundle named `name` with content `bytes`, for this Node, V8 and CPU. */
export function cacheFileName(name: string, bytes: Buffer): string {
  const digest = crypto
    .createHash('sha256')
    .update(bytes)
    .update([process.version, process.versions.v8, process.arch].join('|'))
    .digest('hex')
    .slice(0, 16);
  return `${name}.${digest}.v8cache`;
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
  const bytes = fs.readFileSync(file);
  let source = textOf(bytes);
  // A hashbang is allowed only at the very start of a script; inside the module wrapper it is a comment.
  if (source.startsWith('#!')) source = `//${source.slice(2)}`;
  const status: CodeCacheStatus = { state: 'off', file: null };
  let cachedData: Buffer | undefined;
  let before: string | null = null;
  if (options.dir !== null) {
    status.file = path.join(options.dir, cacheFileName(path.basename(file), bytes));
    try {
      cachedData = fs.readFileSync(status.file);
      before = fingerprint(status.file);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') status.problem = `cannot read ${status.file}: ${reason(e)}`;
    }
  }
  // The wrapper's head on a line of its own (lineOffset -1), so that lines and columns are the bundle's own.
  const script = new vm.Script(`${WRAPPER_HEAD}\n${source}\n})`, { filename: file, lineOffset: -1, cachedData });
  if (options.dir !== null)
    status.state = cachedData === undefined ? 'missing' : script.cachedDataRejected ? 'rejected' : 'used';

  const wanted = status.state === 'missing' || status.state === 'rejected';
  let worked = false;
  /** A save was tried (written, skipped or failed): one try per process or thread, never one per answer. */
  let tried = false;
  let firstWork = 0;
  let timer: NodeJS.Timeout | undefined;
  const control: CodeCacheControl = {
    status,
    entry: options.entry,
    worked() {
      const policy = options.save;
      const first = !worked;
      worked = true;
      if (!wanted || policy === 'never' || tried) return;
      if (policy === 'exit') {
        if (first) process.once('exit', () => control.save());
        return;
      }
      // At once: a worker thread that may be terminated any time after its first answer (the CLI's --jobs).
      if (policy.afterWorkMs <= 0) return control.save();
      // Put off while the thread keeps working (the editor's next article comes first), up to a limit.
      const now = Date.now();
      if (first) firstWork = now;
      const wait = Math.min(policy.afterWorkMs, Math.max(0, firstWork + SAVE_AT_LATEST * policy.afterWorkMs - now));
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => control.save(), wait);
      timer.unref();
    },
    save() {
      if (!wanted || !worked || tried || status.file === null) return;
      tried = true;
      if (timer !== undefined) clearTimeout(timer);
      // Another process or thread that loaded the same bundle may have written the cache since: keep theirs.
      if (fingerprint(status.file) !== before) {
        status.saved = 'skipped';
        return;
      }
      try {
        writeCache(status.file, path.basename(file), () => script.createCachedData());
        status.saved = 'written';
      } catch (e) {
        status.problem = `cannot write ${status.file}: ${reason(e)}`;
      }
    },
  };
  setCodeCacheControl(control);

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

const WRAPPER_HEAD = '(function (exports, require, module, __filename, __dirname) {';

/**
 * The file's text. Our bundles are ASCII only (scripts/esbuild-ascii.mjs): read as Latin-1 they need no UTF-8
 * decoding (a plain copy, and V8 keeps one byte per character); any other file is read as UTF-8.
 */
function textOf(bytes: Buffer): string {
  return typeof isAscii === 'function' && isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}

/** Size, time and inode of a file, or null when there is none: enough to tell whether someone wrote it since. */
function fingerprint(file: string): string | null {
  const s = statOrNull(file);
  return s ? `${s.size}:${s.mtimeMs}:${s.ino}` : null;
}

/**
 * Writes the cache through a temporary file renamed into place (a reader never sees half a cache), the folder
 * made first so that a folder that cannot be made costs no cache data; then keeps the KEEP newest caches of the
 * bundle and removes temporary files a stopped process left.
 */
function writeCache(file: string, bundleName: string, data: () => Buffer): void {
  const dir = path.dirname(file);
  fs.mkdirSync(dir, { recursive: true });
  const tmp = `${file}.${process.pid}.${isMainThread ? 0 : threadId}.tmp`;
  fs.writeFileSync(tmp, data());
  fs.renameSync(tmp, file);
  const now = Date.now();
  const ours: Array<{ name: string; mtimeMs: number }> = [];
  for (const name of fs.readdirSync(dir)) {
    if (!name.startsWith(`${bundleName}.`)) continue;
    const stat = statOrNull(path.join(dir, name));
    if (!stat) continue;
    if (name.endsWith('.tmp') && now - stat.mtimeMs > STALE_TMP_MS) fs.rmSync(path.join(dir, name), { force: true });
    else if (isCacheOf(name, bundleName)) ours.push({ name, mtimeMs: stat.mtimeMs });
  }
  ours.sort((a, b) => b.mtimeMs - a.mtimeMs);
  for (const old of ours.slice(KEEP)) fs.rmSync(path.join(dir, old.name), { force: true });
}

function statOrNull(file: string): fs.Stats | null {
  try {
    return fs.statSync(file);
  } catch {
    return null;
  }
}

/** True when `name` is a cache file `cacheFileName` makes for the bundle named `bundleName`. */
function isCacheOf(name: string, bundleName: string): boolean {
  return name.startsWith(bundleName) && /^\.[0-9a-f]{16}\.v8cache$/.test(name.slice(bundleName.length));
}

function reason(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
