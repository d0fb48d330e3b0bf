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
  const load = (save: 'never' | 'exit' = 'never') => {
    const r = runWithCodeCache(bundle, { dir, save });
    return { exports: r.exports as Exports, status: r.status };
  };
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

  it('writes a cache on save, and the next load compiles from it', () => {
    load();
    codeCacheControl()?.save();
    assert.equal(codeCacheControl()?.status.saved, 'written');
    assert.deepEqual(cacheFiles(), [cacheFileName(bundle, fs.statSync(bundle))]);
    const again = load();
    assert.equal(again.status.state, 'used');
    assert.equal(again.exports.shout('again'), 'AGAIN!');
    codeCacheControl()?.save();
    assert.equal(codeCacheControl()?.status.saved, undefined, 'a cache that was used is not written again');
  });

  it('rejects a cache that does not fit (corrupt), still runs the file, and replaces the cache on save', () => {
    fs.mkdirSync(dir);
    const file = path.join(dir, cacheFileName(bundle, fs.statSync(bundle)));
    fs.writeFileSync(file, Buffer.alloc(4096, 7));
    const { exports, status } = load();
    assert.equal(status.state, 'rejected');
    assert.equal(exports.shout('still'), 'STILL!');
    codeCacheControl()?.save();
    assert.equal(load().status.state, 'used');
  });

  it('names the cache after the bundle as it is now: a changed bundle gets a new cache and the old one goes', () => {
    load();
    codeCacheControl()?.save();
    const first = cacheFiles();
    fs.writeFileSync(bundle, MODULE.replace("'!'", "'!!'"));
    const { exports, status } = load();
    assert.equal(status.state, 'missing', 'the old cache is not for this bundle');
    assert.equal(exports.shout('new'), 'NEW!!');
    fs.writeFileSync(path.join(dir, 'other.js.0123456789abcdef.v8cache'), 'another bundle');
    codeCacheControl()?.save();
    const now = cacheFiles();
    assert.equal(now.length, 2);
    assert.ok(!now.includes(first[0]), `the old cache was removed: ${now.join(', ')}`);
    assert.ok(now.includes('other.js.0123456789abcdef.v8cache'), "another bundle's cache is kept");
  });

  it('keeps a cache another process wrote meanwhile instead of overwriting it', () => {
    load();
    fs.mkdirSync(dir);
    const file = path.join(dir, cacheFileName(bundle, fs.statSync(bundle)));
    fs.writeFileSync(file, 'written by another process');
    codeCacheControl()?.save();
    assert.equal(codeCacheControl()?.status.saved, 'skipped');
    assert.equal(fs.readFileSync(file, 'utf8'), 'written by another process');
  });

  it('runs the file when the cache folder cannot be made, and says why', () => {
    dir = path.join(tmp, 'a-file');
    fs.writeFileSync(dir, 'not a folder');
    const { exports } = load();
    assert.equal(exports.shout('anyway'), 'ANYWAY!');
    codeCacheControl()?.save();
    const status = codeCacheControl()?.status;
    assert.equal(status?.saved, undefined);
    assert.match(status?.problem ?? '', /cannot write .*a-file/);
  });

  it('does nothing with caches when the folder is null', () => {
    const r = runWithCodeCache(bundle, { dir: null, save: 'never' });
    assert.equal((r.exports as Exports).shout('off'), 'OFF!');
    assert.deepEqual(r.status, { state: 'off', file: null });
    codeCacheControl()?.save();
    assert.equal(r.status.saved, undefined);
  });

  it("does not save from a thread the bundle told not to (the CLI's main thread when worker threads do the work)", () => {
    load();
    const control = codeCacheControl();
    assert.ok(control);
    control.saveHere = false;
    control.save();
    assert.deepEqual(cacheFiles(), []);
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
