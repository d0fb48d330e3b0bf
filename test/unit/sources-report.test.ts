// The Source Diversity report's numbers (src/core/sources/report.ts) over a sources index built by hand from
// invented annotations: the shares by gender, named against unnamed, kinds of role, the top list and the
// quotes-per-article timeline (by order, by date, in runs).
import * as assert from 'assert';
import { collectSources, sourceReport, type ArticleAnnotation, type ReportArticle } from '../../src/core/sources';
import type { Quote } from '../../src/core/types';
import { person as entity } from './entity-fixture';

let at = 0;
function quote(speaker: string | null, mention: string | null = null): Quote {
  const text = `“Invented remark ${++at}.”`;
  return {
    start: at * 40,
    end: at * 40 + text.length,
    text,
    kind: 'direct',
    speaker,
    speakerMention: mention ? { start: 0, end: mention.length, text: mention } : null,
    cue: null,
  };
}

const female = { gender: 'female', genderEvidence: 'pronoun' } as const;
const male = { gender: 'male', genderEvidence: 'title' } as const;

/** Three articles: a.txt (Ines Moreau x3, the union x1, an unnamed official x1), b.txt (none), c.txt (rest). */
function corpus(): ArticleAnnotation[] {
  const moreau = entity('p1', 'Ines Moreau', { ...female, role: 'Mayor' });
  const union = entity('o1', 'Dockers Union', { type: 'ORG' });
  const patel = entity('p2', 'Ravi Patel', { ...male, role: 'professor of economics' });
  const lund = entity('p3', 'Sam Lund', { role: 'harbour pilot' });
  const moreau2 = entity('p9', 'Moreau', { ...female });
  return [
    {
      id: 'a.txt',
      annotation: {
        entities: [moreau, union],
        quotes: [quote('p1'), quote('p1'), quote('p1'), quote('o1'), quote(null, 'a senior official')],
      },
    },
    { id: 'b.txt', annotation: { entities: [], quotes: [quote(null, 'he')] } },
    {
      id: 'c.txt',
      annotation: { entities: [patel, lund, moreau2], quotes: [quote('p2'), quote('p2'), quote('p3'), quote('p9')] },
    },
  ];
}

const ARTICLES: ReportArticle[] = [
  { id: 'a.txt', label: 'a.txt' },
  { id: 'b.txt', label: 'b.txt' },
  { id: 'c.txt', label: 'c.txt' },
];

describe('source report: counts', () => {
  const report = sourceReport(collectSources(corpus()), ARTICLES);

  it('counts quotes, named sources, people and organizations; the unattributed quote stays out', () => {
    assert.strictEqual(report.articles, 3);
    assert.strictEqual(report.quotes, 9);
    assert.strictEqual(report.unattributedQuotes, 1);
    assert.strictEqual(report.sources, 4);
    assert.strictEqual(report.people, 3);
    assert.strictEqual(report.organizations, 1);
  });

  it('shares of quotes and of sources by gender, over people', () => {
    const q = report.gender.quotes;
    assert.deepStrictEqual([q.female.count, q.male.count, q.unknown.count], [4, 2, 1]);
    assert.ok(Math.abs(q.female.share - 4 / 7) < 1e-9);
    const s = report.gender.sources;
    assert.deepStrictEqual([s.female.count, s.male.count, s.unknown.count], [1, 1, 1]);
    assert.ok(Math.abs(s.unknown.share - 1 / 3) < 1e-9);
  });

  it('named against unnamed quotes', () => {
    assert.deepStrictEqual(report.named.named, { count: 8, share: 8 / 9 });
    assert.deepStrictEqual(report.named.unnamed, { count: 1, share: 1 / 9 });
  });

  it('sources by kind of role, in the taxonomy order, only kinds that occur', () => {
    assert.deepStrictEqual(report.kinds, [
      { kind: 'politician', sources: 1, quotes: 4 },
      { kind: 'expert', sources: 1, quotes: 2 },
      // The Dockers Union has no role: placed by its name.
      { kind: 'labour and advocacy', sources: 1, quotes: 1 },
      { kind: 'other', sources: 1, quotes: 1 },
    ]);
  });

  it('the top list: named sources only, most quoted first, with gender or organization', () => {
    assert.deepStrictEqual(
      report.top.map((t) => [t.name, t.quotes, t.category, t.role]),
      [
        ['Ines Moreau', 4, 'female', 'Mayor'],
        ['Ravi Patel', 2, 'male', 'professor of economics'],
        ['Dockers Union', 1, 'organization', null],
        ['Sam Lund', 1, 'unknown', 'harbour pilot'],
      ],
    );
    assert.strictEqual(sourceReport(collectSources(corpus()), ARTICLES, { top: 2 }).top.length, 2);
  });

  it('quotes per article, by category, in the given order (an article without quotes keeps its place)', () => {
    const bars = report.timeline.bars;
    assert.strictEqual(report.timeline.by, 'order');
    assert.deepStrictEqual(
      bars.map((b) => [b.label, b.quotes]),
      [
        ['a.txt', 5],
        ['b.txt', 0],
        ['c.txt', 4],
      ],
    );
    assert.deepStrictEqual(bars[0].perArticle, { female: 3, male: 0, unknown: 0, organization: 1, unnamed: 1 });
    assert.deepStrictEqual(bars[2].perArticle, { female: 1, male: 2, unknown: 1, organization: 0, unnamed: 0 });
    // The bars hold every quote of the report.
    assert.strictEqual(
      bars.reduce((n, b) => n + b.quotes, 0),
      report.quotes,
    );
  });

  it('an empty index gives zero shares, not NaN', () => {
    const empty = sourceReport(collectSources([]), []);
    assert.deepStrictEqual(empty.gender.quotes.female, { count: 0, share: 0 });
    assert.deepStrictEqual(empty.named.unnamed, { count: 0, share: 0 });
    assert.deepStrictEqual(empty.timeline.bars, []);
    assert.deepStrictEqual(empty.top, []);
  });
});

describe('source report: the quotes-per-article timeline', () => {
  it('follows dates when every article with a quote has one, undated articles without quotes left out', () => {
    const report = sourceReport(collectSources(corpus()), [
      { id: 'a.txt', label: 'a.txt', date: '2024-05-02' },
      { id: 'b.txt', label: 'b.txt' },
      { id: 'c.txt', label: 'c.txt', date: '2024-03-15' },
    ]);
    assert.strictEqual(report.timeline.by, 'date');
    assert.deepStrictEqual(
      report.timeline.bars.map((b) => [b.date, b.label, b.quotes]),
      [
        ['2024-03-15', 'c.txt', 4],
        ['2024-05-02', 'a.txt', 5],
      ],
    );
  });

  it('keeps the order when one quoted article has no date', () => {
    const report = sourceReport(collectSources(corpus()), [
      { id: 'a.txt', label: 'a.txt' },
      { id: 'b.txt', label: 'b.txt' },
      { id: 'c.txt', label: 'c.txt', date: '2024-03-15' },
    ]);
    assert.strictEqual(report.timeline.by, 'order');
    assert.deepStrictEqual(
      report.timeline.bars.map((b) => b.label),
      ['a.txt', 'b.txt', 'c.txt'],
    );
  });

  it('groups runs of consecutive articles when there are more than maxBars, as quotes per article', () => {
    const report = sourceReport(collectSources(corpus()), ARTICLES, { maxBars: 2 });
    assert.strictEqual(report.timeline.articlesPerBar, 2);
    const [first, second] = report.timeline.bars;
    assert.strictEqual(first.label, 'a.txt – b.txt');
    assert.strictEqual(first.articles, 2);
    assert.strictEqual(first.quotes, 5);
    assert.deepStrictEqual(first.perArticle, { female: 1.5, male: 0, unknown: 0, organization: 0.5, unnamed: 0.5 });
    assert.strictEqual(second.label, 'c.txt');
    assert.strictEqual(second.articles, 1);
  });

  it('adds articles the sources name but the list lacks, at the end', () => {
    const report = sourceReport(collectSources(corpus()), [{ id: 'c.txt', label: 'c.txt' }]);
    assert.deepStrictEqual(
      report.timeline.bars.map((b) => b.label),
      ['c.txt', 'a.txt'],
    );
    assert.strictEqual(report.articles, 3);
  });
});
