// src/node/codeCache.ts: a CommonJS file run through a V8 code cache in a folder of its own. Real files, the real
// `vm` and V8: the cache is written, used, rejected when it does not fit, and never stops the file from running.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { cacheFileName, codeCacheControl, runWithCodeCache } from '../../src/node/codeCache';
import { cliCacheDir } from '../../src/cli/cacheDir';

/** A module of our own that uses what a bundle uses: a hashbang, require, module.exports, __filename, __dirname. */
const MODULE = `#!/usr/bin/env node
const path = require('node:path');
function shout(s) { return s.toUpperCase() + '!'; }
module.exports = { shout, file: __filename, dir: __dirname, sep: path.sep };
`;

describe('code cache (src/node/codeCache.ts)', () => {
  let tmp: string;
  let bundle: string;
  let dir: string;

  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-code-cache-'));
    bundle = path.join(tmp, 'bundle.js');
    fs.writeFileSync(bundle, MODULE);
    dir = path.join(tmp, 'cache');
  });
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  type Exports = { shout(s: string): string; file: string; dir: string; sep: string };
  /** Loads the bundle; its control's `save` is called by hand, after `worked` (the bundle has done its work). */
  const load = () => {
    const r = runWithCodeCache(bundle, { dir, save: 'never' });
    return { exports: r.exports as Exports, status: r.status };
  };
  const workedAndSaved = () => {
    codeCacheControl()?.worked();
    codeCacheControl()?.save();
  };
  const cacheName = () => cacheFileName('bundle.js', fs.readFileSync(bundle));
  const cacheFiles = () => (fs.existsSync(dir) ? fs.readdirSync(dir).sort() : []);

  it('runs the file as require would, hashbang and all, with no cache at first', () => {
    const { exports, status } = load();
    assert.equal(exports.shout('hello'), 'HELLO!');
    assert.equal(exports.file, bundle);
    assert.equal(exports.dir, tmp);
    assert.equal(exports.sep, path.sep);
    assert.equal(status.state, 'missing');
    assert.deepEqual(cacheFiles(), [], 'nothing is written before a save');
  });

  it('writes no cache before the bundle says it has worked (a --help compiles little of it)', () => {
    load();
    codeCacheControl()?.save();
    assert.equal(codeCacheControl()?.status.saved, undefined);
    assert.deepEqual(cacheFiles(), []);
  });

  it('writes a cache once the bundle has worked, and the next load compiles from it', () => {
    load();
    workedAndSaved();
    assert.equal(codeCacheControl()?.status.saved, 'written');
    assert.deepEqual(cacheFiles(), [cacheName()]);
    const again = load();
    assert.equal(again.status.state, 'used');
    assert.equal(again.exports.shout('again'), 'AGAIN!');
    workedAndSaved();
    assert.equal(codeCacheControl()?.status.saved, undefined, 'a cache that was used is not written again');
  });

  it('a worker thread writes its cache a moment after its last work, not while work keeps coming', async function () {
    this.timeout(10_000);
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
    runWithCodeCache(bundle, { dir, save: { afterWorkMs: 400 } });
    // Work every 100 ms for 800 ms: twice the wait in all, but never 400 ms without work.
    for (let i = 0; i < 8; i++) {
      codeCacheControl()?.worked();
      await sleep(100);
      assert.deepEqual(cacheFiles(), [], `written while the thread was working (after ${(i + 1) * 100} ms)`);
    }
    await sleep(900);
    assert.equal(codeCacheControl()?.status.saved, 'written');
    assert.deepEqual(cacheFiles(), [cacheName()]);
  });

  it('a thread that never stops working still writes its cache, ten times the wait after its first work', async function () {
    this.timeout(10_000);
    const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
    runWithCodeCache(bundle, { dir, save: { afterWorkMs: 100 } });
    const t0 = Date.now();
    while (codeCacheControl()?.status.saved === undefined && Date.now() - t0 < 5000) {
      codeCacheControl()?.worked();
      await sleep(20);
    }
    assert.equal(codeCacheControl()?.status.saved, 'written', 'written while work kept coming every 20 ms');
    assert.ok(Date.now() - t0 >= 900, `not before ten times the wait (${Date.now() - t0} ms)`);
  });

  it('names the cache by the content: a rebuilt bundle of the same size and time does not run the old code', () => {
    load();
    workedAndSaved();
    const { mtime } = fs.statSync(bundle);
    fs.writeFileSync(bundle, MODULE.replace("'!'", "'?'"));
    fs.utimesSync(bundle, mtime, mtime);
    const { exports, status } = load();
    assert.equal(status.state, 'missing');
    assert.equal(exports.shout('new'), 'NEW?');
  });

  it('reports errors at the lines and columns of the bundle itself', () => {
    const code = "module.exports = { fail() { throw new Error('here'); } };\n";
    fs.writeFileSync(bundle, code);
    const { exports } = runWithCodeCache(bundle, { dir, save: 'never' });
    let stack = '';
    try {
      (exports as { fail(): void }).fail();
    } catch (e) {
      stack = (e as Error).stack ?? '';
    }
    const where = `${bundle}:1:${code.indexOf('new Error') + 1}`;
    assert.ok(stack.includes(where), `the stack names ${where}:\n${stack}`);
  });

  it('rejects a cache that does not fit (corrupt), still runs the file, and replaces the cache on save', () => {
    fs.mkdirSync(dir);
    const file = path.join(dir, cacheName());
    fs.writeFileSync(file, Buffer.alloc(4096, 7));
    const { exports, status } = load();
    assert.equal(status.state, 'rejected');
    assert.equal(exports.shout('still'), 'STILL!');
    workedAndSaved();
    assert.equal(load().status.state, 'used');
  });

  it("keeps the three newest caches of a bundle (two installs of other builds), another bundle's, and clears stale temporary files", () => {
    fs.mkdirSync(dir);
    const old = new Date(Date.now() - 3600_000);
    const olds = ['0000000000000001', '0000000000000002', '0000000000000003'].map((d, i) => {
      const f = path.join(dir, `bundle.js.${d}.v8cache`);
      fs.writeFileSync(f, 'an older build');
      const t = new Date(old.getTime() + i * 1000);
      fs.utimesSync(f, t, t);
      return path.basename(f);
    });
    const other = 'other.js.0123456789abcdef.v8cache';
    fs.writeFileSync(path.join(dir, other), 'another bundle');
    const staleTmp = path.join(dir, `bundle.js.${'f'.repeat(16)}.v8cache.99999.0.tmp`);
    fs.writeFileSync(staleTmp, 'half written by a process that stopped');
    fs.utimesSync(staleTmp, old, old);
    load();
    workedAndSaved();
    assert.deepEqual(cacheFiles(), [olds[1], olds[2], cacheName(), other].sort());
  });

  it('keeps a cache another process wrote meanwhile instead of overwriting it', () => {
    load();
    fs.mkdirSync(dir);
    const file = path.join(dir, cacheName());
    fs.writeFileSync(file, 'written by another process');
    workedAndSaved();
    assert.equal(codeCacheControl()?.status.saved, 'skipped');
    assert.equal(fs.readFileSync(file, 'utf8'), 'written by another process');
  });

  it('runs the file when the cache folder cannot be made, and says why', () => {
    dir = path.join(tmp, 'a-file');
    fs.writeFileSync(dir, 'not a folder');
    const { exports } = load();
    assert.equal(exports.shout('anyway'), 'ANYWAY!');
    workedAndSaved();
    const status = codeCacheControl()?.status;
    assert.equal(status?.saved, undefined);
    assert.match(status?.problem ?? '', /cannot write .*a-file/);
  });

  it('tries to write once: a save that failed is not tried again after every answer', () => {
    // A --jobs worker saves at once after each answer; a failed write (the folder cannot be made) must not make
    // every later answer serialise the cache again.
    const blocker = path.join(tmp, 'a-file');
    fs.writeFileSync(blocker, 'not a folder');
    dir = path.join(blocker, 'cache');
    runWithCodeCache(bundle, { dir, save: { afterWorkMs: 0 } });
    codeCacheControl()?.worked();
    assert.match(codeCacheControl()?.status.problem ?? '', /cannot write/);
    fs.rmSync(blocker);
    codeCacheControl()?.worked();
    codeCacheControl()?.save();
    assert.equal(fs.existsSync(dir), false, 'no second try');
    assert.equal(codeCacheControl()?.status.saved, undefined);
  });

  it('does nothing with caches when the folder is null', () => {
    const r = runWithCodeCache(bundle, { dir: null, save: 'never' });
    assert.equal((r.exports as Exports).shout('off'), 'OFF!');
    assert.deepEqual(r.status, { state: 'off', file: null });
    workedAndSaved();
    assert.equal(r.status.saved, undefined);
  });

  it('tells the bundle which file started the thread, for its own worker threads', () => {
    runWithCodeCache(bundle, { dir: null, save: 'never', entry: '/opt/news-lens/dist/cli.js' });
    assert.equal(codeCacheControl()?.entry, '/opt/news-lens/dist/cli.js');
  });
});

describe("the CLI's code cache folder (src/cli/cacheDir.ts)", () => {
  it('is $NEWS_LENS_CODE_CACHE when set, none when that says off', () => {
    assert.equal(cliCacheDir({ NEWS_LENS_CODE_CACHE: '/var/cache/nl' }, 'linux', '/home/u'), '/var/cache/nl');
    for (const off of ['off', 'OFF', '0', 'false', 'no'])
      assert.equal(cliCacheDir({ NEWS_LENS_CODE_CACHE: off }, 'linux', '/home/u'), null);
  });
  it("is the user's cache folder otherwise, per platform", () => {
    assert.equal(cliCacheDir({}, 'linux', '/home/u'), path.join('/home/u', '.cache', 'news-lens'));
    assert.equal(cliCacheDir({ XDG_CACHE_HOME: '/xdg' }, 'linux', '/home/u'), path.join('/xdg', 'news-lens'));
    assert.equal(cliCacheDir({}, 'darwin', '/Users/u'), path.join('/Users/u', 'Library', 'Caches', 'news-lens'));
    assert.equal(
      cliCacheDir({ LOCALAPPDATA: 'C:\\Users\\u\\AppData\\Local' }, 'win32', 'C:\\Users\\u'),
      path.join('C:\\Users\\u\\AppData\\Local', 'news-lens', 'Cache'),
    );
  });
});
