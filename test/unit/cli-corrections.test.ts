// The CLI with corrections: sidecars beside files (`annotate`), --no-corrections, --corrections with --jsonl,
// and `eval`. Runs the built CLI as a child process on files made in a temp dir.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { CliHarness, lines } from './cli-harness';

const root = process.cwd();
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

// An article of our own: the recognizer finds "Fine" to be Jones's, and "the minister" as Varga's role.
const ARTICLE =
  'Elena Varga, the minister, spoke on Monday. “We will build the bridge,” Varga said.\n\n' +
  'Caleb Jones agreed. “Fine,” Jones said. Regina King was there.\n';

const anchor = (s: string, text = ARTICLE) => {
  const start = text.indexOf(s);
  assert.ok(start >= 0, s);
  return { start, end: start + s.length, text: s };
};

const FIXES = {
  version: 1,
  corrections: [
    { quote: anchor('“Fine,”'), speaker: 'Regina King' },
    { entity: 'Varga', role: 'Prime Minister' },
  ],
};

describe('news-lens CLI: corrections', function () {
  this.timeout(60000);
  const harness = new CliHarness('news-lens-cli-corrections-', pkg.version);
  const { run, write } = harness;
  const json = (stdout: string) => lines(stdout).map((l) => JSON.parse(l));
  const speakerName = (doc: any, quoteText: string) => {
    const q = doc.quotes.find((x: any) => x.text === quoteText);
    assert.ok(q, `no quote ${quoteText}`);
    return q.speaker === null ? null : doc.entities.find((e: any) => e.id === q.speaker)?.name;
  };
  const role = (doc: any, name: string) => doc.entities.find((e: any) => e.name === name)?.role;

  before(function () {
    harness.setUp();
    write('news/a.txt', ARTICLE);
    write('news/a.txt.newslens.json', JSON.stringify(FIXES));
    write('news/b.txt', ARTICLE);
    write('plain/c.txt', ARTICLE);
  });
  after(() => harness.tearDown());

  it('the recognizer alone (--no-corrections): the quote is Jones’s, the role "minister"', () => {
    const r = run(['annotate', '--no-corrections', 'news/a.txt']);
    assert.strictEqual(r.status, 0, r.stderr);
    const [doc] = json(r.stdout);
    assert.strictEqual(speakerName(doc, '“Fine,”'), 'Caleb Jones');
    assert.strictEqual(role(doc, 'Elena Varga'), 'minister');
    assert.ok(!('unplacedCorrections' in doc));
  });

  it('applies <file>.newslens.json beside a file: the corrected speaker and role, nothing on stderr', () => {
    const r = run(['annotate', 'news/a.txt', 'news/b.txt']);
    assert.strictEqual(r.stderr, '');
    assert.strictEqual(r.status, 0);
    const [a, b] = json(r.stdout);
    assert.strictEqual(a.id, 'news/a.txt');
    assert.strictEqual(speakerName(a, '“Fine,”'), 'Regina King');
    const fine = a.quotes.find((q: any) => q.text === '“Fine,”');
    assert.deepStrictEqual(fine.attribution, { rule: 'corrected', confidence: 1 });
    assert.strictEqual(role(a, 'Elena Varga'), 'Prime Minister');
    assert.ok(!('unplacedCorrections' in a), 'listed only when some are unplaced');
    // b.txt has no sidecar: the recognizer's annotation.
    assert.strictEqual(speakerName(b, '“Fine,”'), 'Caleb Jones');
  });

  it('a directory: sidecars are applied and are not articles themselves', () => {
    const r = run(['annotate', 'news']);
    assert.strictEqual(r.status, 0, r.stderr);
    const docs = json(r.stdout);
    assert.deepStrictEqual(
      docs.map((d) => d.id),
      [path.join('news', 'a.txt'), path.join('news', 'b.txt')],
    );
    assert.strictEqual(speakerName(docs[0], '“Fine,”'), 'Regina King');
  });

  it('the same output on worker threads (--jobs 2)', () => {
    const one = run(['annotate', 'news', 'plain']);
    const two = run(['annotate', '--jobs', '2', 'news', 'plain']);
    assert.strictEqual(two.status, 0, two.stderr);
    assert.strictEqual(two.stdout, one.stdout);
    assert.strictEqual(speakerName(json(two.stdout)[0], '“Fine,”'), 'Regina King');
  });

  it('an unplaced correction: said on stderr with the sidecar and reason, listed in the output, exit 0', () => {
    const edited = ARTICLE.replace('“Fine,”', '“Fine by me,”');
    write('edited/a.txt', edited);
    write('edited/a.txt.newslens.json', JSON.stringify(FIXES));
    const r = run(['annotate', 'edited/a.txt']);
    assert.strictEqual(r.status, 0);
    assert.strictEqual(
      r.stderr,
      'news-lens: edited/a.txt.newslens.json: corrections[0] not applied: ' +
        'its quote\'s text is no longer in the article ("“Fine,”")\n',
    );
    const [doc] = json(r.stdout);
    assert.deepStrictEqual(doc.unplacedCorrections, [
      {
        correction: FIXES.corrections[0],
        index: 0,
        reason: 'its quote\'s text is no longer in the article ("“Fine,”")',
      },
    ]);
    assert.strictEqual(speakerName(doc, '“Fine by me,”'), 'Caleb Jones', 'the edited quote is not touched');
    assert.strictEqual(role(doc, 'Elena Varga'), 'Prime Minister', 'the other correction is applied');
  });

  it('corrections follow their quote when text is added before it', () => {
    const edited = 'Updated at noon.\n\n' + ARTICLE;
    write('moved/a.txt', edited);
    write('moved/a.txt.newslens.json', JSON.stringify(FIXES)); // anchored in the article before the edit
    const r = run(['annotate', 'moved/a.txt']);
    assert.strictEqual(r.stderr, '');
    assert.strictEqual(speakerName(json(r.stdout)[0], '“Fine,”'), 'Regina King');
  });

  it('a bad sidecar: the file and the reason on stderr, exit 1, the article annotated without it', () => {
    write('bad/a.txt', ARTICLE);
    write('bad/a.txt.newslens.json', '{"version": 1, "corrections": [{"entity": "Varga", "role": 3}]}');
    write('bad/b.txt', ARTICLE);
    write('bad/b.txt.newslens.json', '{"version": 1, "corrections": [');
    write('bad/c.txt', ARTICLE);
    write('bad/c.txt.newslens.json', '{"version": 9, "corrections": []}');
    write('bad/d.txt', ARTICLE);
    write('bad/d.txt.newslens.json', JSON.stringify(FIXES));
    const r = run(['annotate', 'bad']);
    assert.strictEqual(r.status, 1);
    const errors = lines(r.stderr);
    assert.strictEqual(errors.length, 3, r.stderr);
    const prefix = (f: string) =>
      `news-lens: ${path.join('bad', f)}.newslens.json: corrections not applied (the article is annotated without them): `;
    assert.strictEqual(errors[0], prefix('a.txt') + 'corrections[0].role: must be a string or null');
    assert.ok(errors[1].startsWith(prefix('b.txt') + 'not JSON ('), errors[1]);
    assert.strictEqual(
      errors[2],
      prefix('c.txt') + 'version 9 was written by a newer News Lens; this one reads version 1 (update News Lens)',
    );
    const docs = json(r.stdout);
    assert.deepStrictEqual(
      docs.map((d) => d.id),
      ['a.txt', 'b.txt', 'c.txt', 'd.txt'].map((f) => path.join('bad', f)),
      'every article is still written',
    );
    const alone = json(run(['annotate', '--no-corrections', 'bad/a.txt']).stdout)[0];
    assert.deepStrictEqual({ ...docs[0], id: alone.id }, alone, 'as the recognizer alone annotates it');
    assert.strictEqual(speakerName(docs[3], '“Fine,”'), 'Regina King', 'a good sidecar still applies');
  });

  it('--jsonl --corrections FILE applies each line’s corrections by id', () => {
    const other = 'Tom Hale spoke. “Not now,” Hale said. Ann Cole listened.\n';
    write(
      'fixes.jsonl',
      [
        JSON.stringify({ id: 'first', ...FIXES }),
        '',
        JSON.stringify({
          id: 7,
          version: 1,
          corrections: [{ quote: anchor('“Not now,”', other), speaker: 'Ann Cole' }],
        }),
        JSON.stringify({ id: 'missing', version: 1, corrections: [{ entity: 'Hale', role: 'Mayor' }] }),
        '{"id": "bad", "version": 1, "corrections": [{"entity": "Hale"}]}',
      ].join('\n') + '\n',
    );
    const input =
      [
        JSON.stringify({ id: 'first', text: ARTICLE }),
        JSON.stringify({ id: 'second', text: ARTICLE }),
        `{"id": 7, "text": ${JSON.stringify(other)}}`,
      ].join('\n') + '\n';
    const r = run(['annotate', '--jsonl', '--corrections', 'fixes.jsonl'], input);
    const [first, second, seventh] = json(r.stdout);
    assert.strictEqual(speakerName(first, '“Fine,”'), 'Regina King');
    assert.strictEqual(speakerName(second, '“Fine,”'), 'Caleb Jones', 'no corrections for this id');
    assert.strictEqual(seventh.id, '7');
    assert.strictEqual(speakerName(seventh, '“Not now,”'), 'Ann Cole');
    assert.deepStrictEqual(lines(r.stderr), [
      'news-lens: fixes.jsonl line 5: corrections not applied (the article is annotated without them): ' +
        'corrections[0]: says nothing about the entity: give "role", "gender", "type" or "sameAs"',
      'news-lens: fixes.jsonl line 4: no input line has id "missing": not applied',
    ]);
    assert.strictEqual(r.status, 1, 'a bad corrections line fails the run, as a bad input line does');
  });

  it('--jsonl without --corrections applies none; an unreadable --corrections file is said, lines still annotated', () => {
    const input = JSON.stringify({ id: 'first', text: ARTICLE }) + '\n';
    const plain = run(['annotate', '--jsonl'], input);
    assert.strictEqual(speakerName(json(plain.stdout)[0], '“Fine,”'), 'Caleb Jones');
    const r = run(['annotate', '--jsonl', '--corrections=nowhere.jsonl'], input);
    assert.strictEqual(r.status, 1);
    assert.match(r.stderr, /^news-lens: nowhere\.jsonl: corrections not applied .*no such file or directory\n$/);
    assert.deepStrictEqual(json(r.stdout), json(plain.stdout));
  });

  it('usage errors: --corrections without --jsonl, --json with annotate, eval without a path', () => {
    for (const [args, message] of [
      [['annotate', '--corrections', 'f.jsonl', 'a.txt'], /--corrections FILE is for --jsonl input/],
      [['annotate', '--json', 'a.txt'], /--json is for eval/],
      [['annotate', '--jsonl', '--corrections', 'f', '--no-corrections'], /contradict/],
      [['eval'], /eval needs a FILE or DIR/],
      [['eval', '--no-corrections', 'news'], /eval compares with the corrections/],
    ] as Array<[string[], RegExp]>) {
      const r = run(args);
      assert.strictEqual(r.status, 2, args.join(' '));
      assert.match(r.stderr, message);
    }
  });

  it('eval: per article and total, as a table', () => {
    write('ev/a.txt', ARTICLE);
    write('ev/a.txt.newslens.json', JSON.stringify(FIXES));
    write('ev/b.txt', ARTICLE);
    write(
      'ev/b.txt.newslens.json',
      JSON.stringify({ version: 1, corrections: [{ quote: anchor('“We will build the bridge,”'), notAQuote: true }] }),
    );
    write('ev/c.txt', ARTICLE); // no corrections: not evaluated
    const r = run(['eval', 'ev']);
    assert.strictEqual(r.stderr, '');
    assert.strictEqual(r.status, 0);
    const rows = lines(r.stdout).slice(0, 4);
    const cells = (line: string) => line.split(/\s{2,}/);
    assert.deepStrictEqual(cells(rows[0]), ['article', 'quotes', 'speakers', 'roles', 'unplaced']);
    // a: 2 quotes kept, 1 of 2 speakers changed, the 1 role changed; b: 1 of 2 quotes removed, its 1 speaker kept.
    assert.deepStrictEqual(rows.slice(1).map(cells), [
      [path.join('ev', 'a.txt'), '2/2', '100.0%', '1/2', '50.0%', '0/1', '0.0%', '0'],
      [path.join('ev', 'b.txt'), '1/2', '50.0%', '1/1', '100.0%', '1/1', '100.0%', '0'],
      ['total (2 articles)', '3/4', '75.0%', '2/3', '66.7%', '1/2', '50.0%', '0'],
    ]);
  });

  it('eval --json: the counts behind each figure', () => {
    const r = run(['eval', '--json', '--jobs', '2', 'ev/a.txt', 'ev/b.txt', 'ev/c.txt']);
    assert.strictEqual(r.status, 0, r.stderr);
    const result = JSON.parse(r.stdout);
    assert.deepStrictEqual(
      result.articles.map((a: any) => a.file),
      ['ev/a.txt', 'ev/b.txt'],
    );
    assert.deepStrictEqual(result.articles[1].quotes, {
      part: 1,
      of: 2,
      precision: 0.5,
      kept: 1,
      recognized: 2,
      removed: 1,
      added: 0,
    });
    assert.deepStrictEqual(result.total, {
      articles: 2,
      quotes: { part: 3, of: 4, precision: 0.75 },
      speakers: { part: 2, of: 3, precision: 2 / 3 },
      roles: { part: 1, of: 2, precision: 0.5 },
      unplaced: 0,
    });
  });

  it('eval with no corrections anywhere says so and exits 1', () => {
    const r = run(['eval', 'plain']);
    assert.strictEqual(r.status, 1);
    assert.strictEqual(r.stdout, '');
    assert.match(r.stderr, /^news-lens: eval: no article with corrections found/);
  });
});
