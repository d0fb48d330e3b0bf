// `news-lens annotate --jobs N`: the built CLI as a child process, on worker threads; the output must be
// byte for byte what --jobs 1 writes, in the same order, errors included.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { CliHarness, lines } from './cli-harness';

describe('news-lens CLI --jobs', function () {
  this.timeout(60000);
  // Built as esbuild.config.mjs builds dist/cli.js (its worker threads run this same bundle).
  const harness = new CliHarness('news-lens-cli-jobs-', 'test');
  const { run, write } = harness;
  let tmp: string;
  let cli: string;

  // Articles of our own, different enough that a result written against the wrong input shows.
  const names = ['Maria Lopez', 'Tom Baker', 'Anna Schmidt', 'Kofi Mensah', 'Li Wei', 'Sara Nilsson', 'Omar Haddad'];
  const article = (i: number) => {
    const who = names[i % names.length];
    const last = who.split(' ')[1];
    return (
      `${who}, the mayor of Town ${i}, said on Monday that bridge number ${i} would reopen.\n\n` +
      `"We are not going to wait another ${i + 2} years," ${last} told reporters.\n`.repeat(1 + (i % 3))
    );
  };

  before(function () {
    harness.setUp();
    ({ tmp, cli } = harness);
    for (let i = 0; i < 14; i++) write(`news/a${String(i).padStart(2, '0')}.txt`, article(i));
    // Bad files in the middle, and a nested folder sorted between the files.
    write('news/a06-binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x0d, 0x0a]));
    write('news/a09-latin1.txt', Buffer.from('Le caf\xe9 a ferm\xe9, a dit le maire.\n', 'latin1'));
    write('news/a07/inner.txt', article(20));
    write('news/a07/notes.md', 'Not a .txt file.\n');
  });

  after(() => harness.tearDown());

  it('writes byte for byte what --jobs 1 writes, in sorted order, with the same error lines and exit status', () => {
    const one = run(['annotate', 'news', 'missing.txt']);
    assert.strictEqual(one.status, 1);
    const ids = lines(one.stdout).map((l) => JSON.parse(l).id);
    const expected = [
      ...['00', '01', '02', '03', '04', '05', '06'].map((n) => `news/a${n}.txt`),
      'news/a07/inner.txt',
      ...['07', '08', '09', '10', '11', '12', '13'].map((n) => `news/a${n}.txt`),
    ];
    assert.deepStrictEqual(ids, expected);
    assert.deepStrictEqual(lines(one.stderr), [
      'news-lens: news/a06-binary.txt: binary file (NUL byte at offset 4)',
      'news-lens: news/a09-latin1.txt: not UTF-8 text (invalid byte 0xE9 at offset 6; Latin-1? convert with iconv -f LATIN1 -t UTF-8)',
      'news-lens: missing.txt: no such file or directory',
    ]);
    // Each record is its own file's annotation, not a neighbour's.
    for (const l of lines(one.stdout)) {
      const doc = JSON.parse(l);
      const text = fs.readFileSync(path.join(tmp, doc.id), 'utf8');
      for (const e of doc.entities) for (const m of e.mentions) assert.strictEqual(text.slice(m.start, m.end), m.text);
    }
    for (const jobs of ['2', '3', 'auto']) {
      const many = run(['annotate', '--jobs', jobs, 'news', 'missing.txt']);
      assert.strictEqual(many.stdout, one.stdout, `--jobs ${jobs}: stdout`);
      assert.strictEqual(many.stderr, one.stderr, `--jobs ${jobs}: stderr`);
      assert.strictEqual(many.status, 1, `--jobs ${jobs}: status`);
    }
    const pretty = run(['annotate', '--pretty', '--jobs=2', 'news']);
    assert.strictEqual(pretty.stdout, run(['annotate', '--pretty', 'news']).stdout);
  });

  it('--jsonl --jobs 2: the same lines in input order, bad lines named by number among them', () => {
    const input: string[] = [];
    for (let i = 0; i < 30; i++) input.push(JSON.stringify({ id: `doc-${i}`, text: article(i) }));
    input.splice(5, 0, 'not json');
    input.splice(12, 0, JSON.stringify({ id: 'no-text' }));
    input.splice(20, 0, '');
    input.push(
      JSON.stringify({ id: 'known', text: article(3), knownPeople: [{ name: 'Kofi Mensah', role: 'Mayor' }] }),
    );
    const stdin = input.join('\n') + '\n';
    const one = run(['annotate', '--jsonl'], stdin);
    assert.strictEqual(one.status, 1);
    assert.deepStrictEqual(
      lines(one.stdout).map((l) => JSON.parse(l).id),
      [...Array.from({ length: 30 }, (_, i) => `doc-${i}`), 'known'],
    );
    assert.deepStrictEqual(
      lines(one.stderr).map((l) => l.replace(/\(.*$/, '')),
      ['news-lens: stdin line 6: not JSON ', 'news-lens: stdin line 13: "text" must be a string'],
    );
    for (const jobs of ['2', '0']) {
      const many = run(['annotate', '--jsonl', '--jobs', jobs], stdin);
      assert.strictEqual(many.stdout, one.stdout, `--jobs ${jobs}: stdout`);
      assert.strictEqual(many.stderr, one.stderr, `--jobs ${jobs}: stderr`);
      assert.strictEqual(many.status, 1, `--jobs ${jobs}: status`);
    }
    const good = input.filter((l) => l.startsWith('{"id":"doc-')).join('\n');
    const r = run(['annotate', '--jsonl', '--jobs', '2'], good);
    assert.strictEqual(r.status, 0);
    assert.strictEqual(r.stderr, '');
    assert.strictEqual(lines(r.stdout).length, 30);
  });

  it('a bad --jobs value is a usage error: exit 2, the reason and the usage on stderr, nothing annotated', () => {
    for (const value of ['x', '-1', '2.5', '', '1000']) {
      const r = run(['annotate', '--jobs', value, 'news']);
      assert.strictEqual(r.status, 2, value);
      assert.strictEqual(r.stdout, '');
      assert.match(r.stderr, /^news-lens: --jobs takes a number of threads from 1 to 256, or 0 or auto .*\n\nUsage:/);
    }
    const missing = run(['annotate', 'news', '--jobs']);
    assert.strictEqual(missing.status, 2);
  });

  it('stops quietly, exit 0, when the reader closes the pipe (--jobs 2 ... | head -n 1)', function () {
    if (process.platform === 'win32') this.skip();
    const records = Array.from({ length: 5000 }, (_, i) =>
      JSON.stringify({ id: `doc-${i}`, text: `Text number ${i} from Maria Lopez.` }),
    );
    write('big.jsonl', records.join('\n') + '\n');
    const script = `{ "${process.execPath}" "${cli}" annotate --jsonl --jobs 2 < big.jsonl; echo $? > status; } | head -n 1`;
    const r = spawnSync('/bin/sh', ['-c', script], { cwd: tmp, encoding: 'utf8', timeout: 30000 });
    assert.strictEqual(r.stderr, '');
    assert.strictEqual(JSON.parse(r.stdout).id, 'doc-0');
    assert.strictEqual(fs.readFileSync(path.join(tmp, 'status'), 'utf8').trim(), '0');
  });
});
