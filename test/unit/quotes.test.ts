import * as assert from 'assert';
import { findQuotes } from '../../src/core/quotes';
import { scanQuoteMarks } from '../../src/core/quotes/marks';
import { splitSentences, tokenize } from '../../src/core/text';
import type { Quote } from '../../src/core/types';

/** Quotes found without any entities (speaker ids stay null; speakerMention still names the speaker). */
export function quotesOf(text: string): Quote[] {
  const tokens = tokenize(text);
  return findQuotes(text, tokens, splitSentences(tokens), [], {});
}

function assertValid(text: string, quotes: Quote[]): void {
  for (const q of quotes) {
    assert.ok(q.start >= 0 && q.start <= q.end && q.end <= text.length, `bad offsets ${q.start}-${q.end}`);
    assert.strictEqual(q.text, text.slice(q.start, q.end));
    for (const s of [q.speakerMention, q.cue]) if (s) assert.strictEqual(s.text, text.slice(s.start, s.end));
  }
}

describe('quotes: quotation marks', () => {
  it('finds curly and straight double quotes, marks included', () => {
    const text = '“We will win,” Ana Ruiz said. "We will not," Tom Bell replied.';
    const qs = quotesOf(text);
    assert.deepStrictEqual(
      qs.map((q) => q.text),
      ['“We will win,”', '"We will not,"'],
    );
    assert.ok(qs.every((q) => q.kind === 'direct'));
    assertValid(text, qs);
  });

  it('does not take apostrophes for quotation marks', () => {
    const spans = scanQuoteMarks('Putin’s aide said the plan’s fine and they don’t mind the Syrians’ views.');
    assert.deepStrictEqual(spans, []);
  });

  it('keeps single marks inside double ones as part of the quote', () => {
    const text = '“He told me ‘never again’ and left,” Mara Lind said.';
    const qs = quotesOf(text);
    assert.strictEqual(qs.length, 1);
    assert.strictEqual(qs[0].text, '“He told me ‘never again’ and left,”');
  });

  it('reads single quotes at the top level, as in headlines', () => {
    const spans = scanQuoteMarks("Mayor calls plan 'a disaster' for the town");
    assert.strictEqual(spans.length, 1);
    assert.strictEqual(spans[0].single, true);
  });

  it('reads two apostrophes as a double mark', () => {
    const text = "''It is over,'' said Mr. Hale.";
    const qs = quotesOf(text);
    assert.strictEqual(qs.length, 1);
    assert.strictEqual(qs[0].text, "''It is over,''");
    assert.strictEqual(qs[0].speakerMention?.text, 'Mr. Hale');
  });

  it('finds partial quotes inside a sentence, as part of the claim that holds them', () => {
    const text = 'The ministers held “frank and useful” talks on trade, Ines Moreau told reporters.';
    const qs = quotesOf(text);
    assert.strictEqual(qs.length, 1);
    assert.strictEqual(qs[0].kind, 'mixed');
    assert.ok(qs[0].text.includes('“frank and useful”'));
    assert.strictEqual(qs[0].speakerMention?.text, 'Ines Moreau');
    assert.strictEqual(qs[0].cue?.text, 'told reporters');
  });

  it('splits a quote interrupted by its attribution into two quotes with one speaker', () => {
    const text = '“The talks went well,” Putin said. “We agreed on the next steps.”';
    const qs = quotesOf(text);
    assert.deepStrictEqual(
      qs.map((q) => q.text),
      ['“The talks went well,”', '“We agreed on the next steps.”'],
    );
    assert.deepStrictEqual(
      qs.map((q) => q.speakerMention?.text),
      ['Putin', 'Putin'],
    );
    assert.strictEqual(qs[0].cue?.text, 'said');
  });

  it('handles the same interruption in mid-sentence: “…,” he said, “…”', () => {
    const text = 'Lena Park spoke last. “If we wait,” she said, “it will be too late.”';
    const qs = quotesOf(text);
    assert.deepStrictEqual(
      qs.map((q) => q.text),
      ['“If we wait,”', '“it will be too late.”'],
    );
    assert.deepStrictEqual(
      qs.map((q) => q.speakerMention?.text),
      ['she', 'she'],
    );
  });

  it('continues a quote over paragraphs when the next paragraph reopens it', () => {
    const text =
      'Rosa Diaz described the night.\n\n“We heard the first shots at ten. Nobody slept,” she said. “Then the water ran out.\n\n“By morning the children were crying.”\n\nThe army denied it.';
    const qs = quotesOf(text);
    const texts = qs.map((q) => q.text);
    assert.ok(texts.includes('“Then the water ran out.'), JSON.stringify(texts));
    assert.ok(texts.includes('“By morning the children were crying.”'));
    for (const q of qs.filter((x) => x.kind === 'direct')) assert.strictEqual(q.speakerMention?.text, 'she');
    assertValid(text, qs);
  });

  it('ignores a mark that never closes across paragraphs', () => {
    const text = 'He said "maybe\n\nThe meeting ended early.';
    const spans = scanQuoteMarks(text);
    assert.strictEqual(spans.length, 1);
    assert.strictEqual(spans[0].closed, false);
    const qs = quotesOf(text);
    assert.ok(
      qs.every((q) => q.kind !== 'direct'),
      JSON.stringify(qs),
    );
  });

  it('treats CRLF paragraph breaks like LF ones', () => {
    const text = '“First part,” Joe Kim said.\r\n\r\n“Second part.”';
    const qs = quotesOf(text);
    assert.deepStrictEqual(
      qs.map((q) => q.text),
      ['“First part,”', '“Second part.”'],
    );
    assert.deepStrictEqual(
      qs.map((q) => q.speakerMention?.text),
      ['Joe Kim', 'Joe Kim'],
    );
  });

  it('leaves short scare quotes without a cue alone', () => {
    assert.deepStrictEqual(quotesOf('The so-called “reform” passed on Tuesday.'), []);
  });
});

describe('quotes: never throws', () => {
  const inputs: [string, string][] = [
    ['empty', ''],
    ['spaces', '   \n\n  '],
    ['stray marks', '” “ " \' ‘ ’ ”” ““ said said, said'],
    ['unbalanced', '“One “two ”three” four” said Bo. "'],
    ['emoji', '🙂 “Fine 🙂,” said Zoë. 🙂'],
    ['non-English', '«Мы победим», — сказал он. 他说：“好的。”'],
    ['binary', Array.from({ length: 2000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('')],
    ['lone surrogates', '\uD800“a\uDC00” said \uDBFF'],
    ['only cues', 'said says told according to according to, said.'],
  ];
  for (const [name, text] of inputs) {
    it(`returns valid quotes for ${name}`, () => {
      const qs = quotesOf(text);
      assert.ok(Array.isArray(qs));
      assertValid(text, qs);
    });
  }

  it('copes with a long single line of quotes and cues', function () {
    this.timeout(60000);
    const text = '“Yes,” he said, and Ann Lee said the plan was fine according to aides, '.repeat(8000);
    const qs = quotesOf(text);
    assert.ok(qs.length > 1000);
    assertValid(text, qs);
  });
});
