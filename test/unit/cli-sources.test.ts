// `news-lens sources`: who is quoted across a folder of articles (or JSON lines), with the articles' corrections
// applied; as a table, JSON or CSV. Runs the built CLI as a child process on articles of our own.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseArgs } from '../../src/cli/args';
import { CliHarness, lines } from './cli-harness';

const root = process.cwd();
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

const A =
  'Finance Minister Marta Kovac said that the budget would balance. “We have done the work,” Kovac said.\n\n' +
  '“It is a fantasy,” said opposition critic Ivo Bernard.\n';
const B =
  '“The numbers do not add up,” Kovac told reporters in the capital on Tuesday.\n\n' +
  'Mrs. Marta Kovac, the finance minister, spoke after the vote. “We will see,” a senior official said.\n';

describe('news-lens CLI: sources', function () {
  this.timeout(60000);
  const harness = new CliHarness('news-lens-cli-sources-', pkg.version);
  const { run, write } = harness;
  before(() => {
    harness.setUp();
    write('news/a.txt', A);
    write('news/b.txt', B);
  });
  after(() => harness.tearDown());

  it('--json: one source for one person across articles, the unnamed group, and the summary', () => {
    const r = run(['sources', '--json', 'news']);
    assert.strictEqual(r.status, 0, r.stderr);
    const index = JSON.parse(r.stdout);
    const kovac = index.sources.find((s: any) => s.name === 'Marta Kovac');
    assert.ok(kovac, JSON.stringify(index.sources.map((s: any) => s.name)));
    assert.deepStrictEqual(
      kovac.articles.map((a: string) => path.basename(a)),
      ['a.txt', 'b.txt'],
    );
    assert.strictEqual(kovac.gender, 'female');
    assert.ok(kovac.quotes.length >= 3, JSON.stringify(kovac.quotes));
    assert.ok(index.sources.some((s: any) => s.unnamed && s.quotes.length === 1));
    assert.strictEqual(index.summary.articles, 2);
    assert.strictEqual(index.summary.unnamed.quotes, 1);
  });

  it('--csv: a header and a row per source', () => {
    const r = run(['sources', '--csv', 'news']);
    assert.strictEqual(r.status, 0, r.stderr);
    const rows = lines(r.stdout.replace(/\r/g, ''));
    assert.strictEqual(rows[0], 'name,type,unnamed,roles,kind,gender,gender_evidence,articles,quotes,aliases,similar');
    assert.ok(rows.some((l) => l.startsWith('Marta Kovac,PERSON,false,')));
  });

  it('the table names the most quoted first and counts women and men', () => {
    const r = run(['sources', 'news']);
    assert.strictEqual(r.status, 0, r.stderr);
    assert.match(r.stdout, /^2 articles, /);
    assert.match(r.stdout, /women\s+1\s/);
    const first = r.stdout.split('\n').findIndex((l) => l.startsWith('source'));
    assert.match(r.stdout.split('\n')[first + 1], /^Marta Kovac\s/);
  });

  it('applies corrections beside an article, and --no-corrections leaves them out', () => {
    const start = A.indexOf('“It is a fantasy,”');
    write(
      'news/a.txt.newslens.json',
      JSON.stringify({
        version: 1,
        corrections: [{ quote: { start, end: start + 18, text: '“It is a fantasy,”' }, speaker: 'Marta Kovac' }],
      }),
    );
    try {
      const corrected = JSON.parse(run(['sources', '--json', 'news']).stdout);
      assert.ok(!corrected.sources.some((s: any) => s.name === 'Ivo Bernard'));
      const alone = JSON.parse(run(['sources', '--json', '--no-corrections', 'news']).stdout);
      assert.ok(alone.sources.some((s: any) => s.name === 'Ivo Bernard'));
    } finally {
      fs.rmSync(path.join(harness.tmp, 'news/a.txt.newslens.json'));
    }
  });

  it('--jsonl: the same index from JSON lines on standard input', () => {
    const input = [JSON.stringify({ id: 'a', text: A }), JSON.stringify({ id: 'b', text: B })].join('\n') + '\n';
    const r = run(['sources', '--jsonl', '--json'], input);
    assert.strictEqual(r.status, 0, r.stderr);
    const index = JSON.parse(r.stdout);
    assert.deepStrictEqual(index.sources.find((s: any) => s.name === 'Marta Kovac').articles, ['a', 'b']);
  });

  it('a file that cannot be read: named with its reason, the others still counted, exit 1', () => {
    write('news2/good.txt', A);
    write('news2/bad.txt', Buffer.from([0xff, 0xfe, 0x00, 0x00, 0x41]));
    const r = run(['sources', '--json', 'news2']);
    assert.strictEqual(r.status, 1);
    assert.match(r.stderr, /bad\.txt/);
    assert.strictEqual(JSON.parse(r.stdout).summary.articles, 1);
  });
});

describe('news-lens CLI: sources arguments', () => {
  it('reads the format and input options, and refuses ones that contradict', () => {
    const c = parseArgs(['sources', '--csv', '--jobs', '2', 'news']);
    assert.strictEqual(c.kind, 'sources');
    if (c.kind === 'sources') {
      assert.strictEqual(c.format, 'csv');
      assert.strictEqual(c.jobs, 2);
      assert.deepStrictEqual(c.paths, ['news']);
    }
    const usage = (args: string[]) => {
      const r = parseArgs(args);
      return r.kind === 'usage-error' ? r.message : r.kind;
    };
    assert.strictEqual(usage(['sources', '--json', '--csv', 'news']), 'sources writes --json or --csv, not both');
    assert.strictEqual(usage(['sources']), 'sources needs a FILE or DIR, or --jsonl');
    assert.strictEqual(usage(['annotate', '--csv', 'a.txt']), '--csv is for sources');
    assert.match(usage(['sources', '--corrections', 'c.jsonl', 'news']), /--corrections FILE is for --jsonl input/);
  });
});
