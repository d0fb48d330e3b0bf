// The published `news-lens` (dist/cli.js, src/cli/launch.ts) runs the command line (dist/cli-main.js) through a
// V8 code cache: built as esbuild.config.mjs builds them, run as child processes with the cache in a folder of
// the test's own. Output is byte for byte the same with the cache, without it, and with a broken one.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { CliHarness } from './cli-harness';

describe('news-lens launcher and its code cache', function () {
  this.timeout(60000);
  const harness = new CliHarness('news-lens-cli-launcher-', 'test', true, true);
  const { run, write } = harness;
  let cacheDir: string;
  const caches = () => (fs.existsSync(cacheDir) ? fs.readdirSync(cacheDir).filter((f) => f.endsWith('.v8cache')) : []);
  const withCache = (dir: string) => {
    harness.env = { ...process.env, NEWS_LENS_CODE_CACHE: dir };
  };

  const article =
    'Mayor Elena Ruiz said on Monday that the bridge would reopen.\n\n"We are not going to wait," Ruiz told reporters.\n';

  before(() => {
    harness.setUp();
    cacheDir = path.join(harness.tmp, 'cache');
    write('news/a.txt', article);
    for (let i = 0; i < 6; i++) write(`news/b${i}.txt`, article.replace('Elena Ruiz', `Elena Ruiz${'z'.repeat(i)}`));
  });
  after(() => harness.tearDown());

  it('writes no cache on --help, --version, a usage error or a run that annotated nothing (it would lack the recognizer)', () => {
    withCache(cacheDir);
    for (const args of [['--help'], ['--version'], ['annotate', '--no-such-option'], ['annotate', 'news/missing.txt']])
      run(args);
    assert.deepEqual(caches(), []);
  });

  it('writes the cache on the first run and uses it on the next, with the same output as without one', () => {
    withCache('off');
    const plain = run(['annotate', 'news/a.txt']);
    assert.equal(plain.status, 0, plain.stderr);
    assert.equal(caches().length, 0);
    withCache(cacheDir);
    const first = run(['annotate', 'news/a.txt']);
    assert.equal(first.status, 0, first.stderr);
    assert.equal(first.stdout, plain.stdout);
    assert.equal(caches().length, 1, 'the first run leaves a cache');
    const cache = path.join(cacheDir, caches()[0]);
    const written = fs.statSync(cache).mtimeMs;
    const second = run(['annotate', 'news/a.txt']);
    assert.equal(second.stdout, plain.stdout);
    assert.equal(fs.statSync(cache).mtimeMs, written, 'a cache that fits is read, not written again');
    assert.ok(JSON.parse(plain.stdout).entities.some((e: { name: string }) => e.name === 'Elena Ruiz'));
  });

  it('runs as usual on a broken cache and writes a good one in its place', () => {
    withCache(cacheDir);
    assert.equal(caches().length, 1);
    const cache = path.join(cacheDir, caches()[0]);
    fs.writeFileSync(cache, Buffer.alloc(1000, 1));
    const r = run(['annotate', 'news/a.txt']);
    assert.equal(r.status, 0, r.stderr);
    withCache('off');
    assert.equal(r.stdout, run(['annotate', 'news/a.txt']).stdout);
    assert.ok(fs.statSync(cache).size > 100_000, 'the broken cache was replaced by a real one');
  });

  it('--jobs 2: the worker threads start through the launcher, write the cache, and write what --jobs 1 writes', () => {
    const fresh = path.join(harness.tmp, 'cache-jobs');
    withCache(fresh);
    const two = run(['annotate', '--jobs', '2', 'news']);
    assert.equal(two.status, 0, two.stderr);
    const written = fs.existsSync(fresh) ? fs.readdirSync(fresh).filter((f) => f.endsWith('.v8cache')) : [];
    assert.equal(written.length, 1, 'a worker thread wrote the cache (the main thread annotates nothing)');
    const one = run(['annotate', '--jobs', '1', 'news']);
    assert.equal(two.stdout, one.stdout);
    for (const f of ['a.txt', 'b0.txt', 'b5.txt']) assert.ok(two.stdout.includes(f), `the output has ${f}`);
  });

  it('a cache folder it cannot write costs nothing but time: exit 0, and --verbose says why', () => {
    const blocked = write('not-a-folder', 'a file where the cache folder should be');
    withCache(blocked);
    const quiet = run(['annotate', 'news/a.txt']);
    assert.equal(quiet.status, 0, quiet.stderr);
    assert.equal(quiet.stderr, '');
    const verbose = run(['annotate', '--verbose', 'news/a.txt']);
    assert.equal(verbose.status, 0);
    assert.match(verbose.stderr, /news-lens: code cache: cannot write .*not-a-folder.*start-up is only slower/);
    withCache('off');
    assert.equal(verbose.stdout, run(['annotate', 'news/a.txt']).stdout);
  });
});
