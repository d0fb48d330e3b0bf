// No two quotes overlap: nested attribution gives the innermost content to the innermost speaker, a
// partial overlap keeps the stronger quote whole. Fixture sentences are written for these tests.
import * as assert from 'assert';
import { annotate } from '../../src/core';
import { withoutOverlaps } from '../../src/core/quotes/overlaps';
import type { Quote } from '../../src/core';

function rows(text: string): [string, string | null, string | null][] {
  const a = annotate(text);
  return a.quotes.map((q) => [q.text, q.kind, q.speakerMention?.text ?? null]);
}

function assertNoOverlap(quotes: Quote[]): void {
  for (let i = 1; i < quotes.length; i++) {
    assert.ok(
      quotes[i].start >= quotes[i - 1].end,
      `${JSON.stringify(quotes[i - 1].text)} overlaps ${JSON.stringify(quotes[i].text)}`,
    );
  }
}

const q = (
  text: string,
  inner: string,
  kind: Quote['kind'],
  speaker: string | null = null,
  mention?: string,
): Quote => {
  const start = text.indexOf(inner);
  const m = mention ? text.indexOf(mention) : -1;
  return {
    start,
    end: start + inner.length,
    text: inner,
    kind,
    speaker,
    speakerMention: m >= 0 ? { start: m, end: m + mention!.length, text: mention! } : null,
    cue: null,
  };
};

describe('quotes never overlap', () => {
  it('nested attribution: one quote, the innermost content to the innermost speaker', () => {
    const text = 'Varga said that Harris said that the union said "no deal."';
    assert.deepStrictEqual(rows(text), [['"no deal."', 'direct', 'the union']]);
  });

  it('an outer claim keeps its own words before the inner attribution', () => {
    const text = 'The minister insists the port stays closed this winter and the union said "no deal."';
    const outer = q(
      text,
      'the port stays closed this winter and the union said "no deal."',
      'mixed',
      'e1',
      'The minister',
    );
    const inner = q(text, '"no deal."', 'direct', null, 'the union');
    const out = withoutOverlaps(text, [outer, inner]);
    assert.deepStrictEqual(
      out.map((x) => [x.text, x.kind]),
      [
        ['the port stays closed this winter', 'indirect'],
        ['"no deal."', 'direct'],
      ],
    );
  });

  it("a quotation stays whole: a claim found inside it is its speaker's words", () => {
    const text = '"They told us that the port stays closed," Varga said.';
    const outer = q(text, '"They told us that the port stays closed,"', 'direct', 'e1', 'Varga');
    const inner = q(text, 'the port stays closed', 'indirect', null, 'They');
    assert.deepStrictEqual(
      withoutOverlaps(text, [inner, outer]).map((x) => x.text),
      ['"They told us that the port stays closed,"'],
    );
  });

  it('a partial overlap keeps the stronger quote whole and trims or drops the other', () => {
    const text = 'Hale argued that the deal was dead and "nobody will sign it, not now, not ever," he said.';
    const claim = q(text, 'the deal was dead and "nobody will sign it', 'mixed', 'e1', 'Hale');
    const direct = q(text, '"nobody will sign it, not now, not ever,"', 'direct', 'e1', 'he');
    const out = withoutOverlaps(text, [claim, direct]);
    assertNoOverlap(out);
    assert.deepStrictEqual(
      out.map((x) => x.text),
      ['the deal was dead', '"nobody will sign it, not now, not ever,"'],
    );
  });

  it('holds on texts with many attributions', () => {
    const texts = [
      'Varga said that Harris said that the union said "no deal." Hale said "We agree," and Ruiz told reporters that Hale said that the port would reopen.',
      'Ruiz said: "Varga told me \'the union said no\' and I believe her," adding that "nobody" had asked.',
      '"Yes," he said, "and she said that they said that it was over."',
    ];
    for (const text of texts) {
      // Asserted before annotate's own check could drop an overlap: it must have had nothing to drop.
      const problems: string[] = [];
      const a = annotate(text, { onProblem: (p) => problems.push(p.message) });
      assert.deepStrictEqual(problems, []);
      assertNoOverlap(a.quotes);
    }
  });
});
