import * as assert from 'assert';
import { findQuotes } from '../../src/core/quotes';
import { scanQuoteMarks } from '../../src/core/quotes/marks';
import { splitSentences, tokenize } from '../../src/core/text';

/** The text of every span the scanner finds. */
const spans = (text: string): string[] => scanQuoteMarks(text).map((s) => text.slice(s.start, s.end));

/** [quote text, speakerMention text] of every quote found with no entities. */
function quotes(text: string): [string, string | null][] {
  const tokens = tokenize(text);
  return findQuotes(text, tokens, splitSentences(tokens), [], {}).map((q) => [q.text, q.speakerMention?.text ?? null]);
}

describe('marks: quotation marks of every kind', () => {
  it('German „…“ closes with “ (and „…” with ”)', () => {
    assert.deepStrictEqual(spans('Er sagte: „Wir bleiben hier.“ Dann ging er. Sie rief „Nein!”'), [
      '„Wir bleiben hier.“',
      '„Nein!”',
    ]);
  });

  it('German „…“ carries an attribution like curly quotes', () => {
    assert.deepStrictEqual(
      quotes('„The vote was fair“, Greta Lund said.\n\n„We will go on with the count tomorrow.“'),
      [
        ['„The vote was fair“', 'Greta Lund'],
        ['„We will go on with the count tomorrow.“', 'Greta Lund'],
      ],
    );
  });

  it('German single ‚…‘ inside „…“ is part of the quote; at the top level it is a quote', () => {
    assert.deepStrictEqual(spans('„Sie nannte es ‚Unsinn‘ und ging“, sagte er.'), [
      '„Sie nannte es ‚Unsinn‘ und ging“',
    ]);
    assert.deepStrictEqual(spans('Das Wort ‚Unsinn‘ fiel oft.'), ['‚Unsinn‘']);
  });

  it('French « … » with inner spaces, and «…» without (as before)', () => {
    assert.deepStrictEqual(spans('Il a dit : « Nous restons ici. » Puis «non» encore.'), [
      '« Nous restons ici. »',
      '«non»',
    ]);
  });

  it('reversed guillemets »…« and single ›…‹, ‹…›', () => {
    assert.deepStrictEqual(spans('Er sagte: »Wir bleiben.« Dann ›gut‹ und ‹ja›.'), ['»Wir bleiben.«', '›gut‹', '‹ja›']);
  });

  it('corner brackets 「…」 with 『…』 nested inside, and 『…』 alone', () => {
    assert.deepStrictEqual(spans('彼は「私は『はい』と言った」と述べた。『本』もある。'), [
      '「私は『はい』と言った」',
      '『本』',
    ]);
  });

  it('apostrophes are never marks, next to any kind of quote', () => {
    assert.deepStrictEqual(spans('„Putin’s plan isn’t ours“, he said, and Ann’s «don’t» stood.'), [
      '„Putin’s plan isn’t ours“',
      '«don’t»',
    ]);
  });

  it('no kind of quote crosses a paragraph; an unclosed one continues when the next paragraph opens with its mark', () => {
    const text = '„Erstens bleiben wir.\n\n„Zweitens gehen wir nicht.“\n\n「開く\n\n別の段落」';
    const s = scanQuoteMarks(text);
    assert.deepStrictEqual(
      s.map((x) => [text.slice(x.start, x.end), x.continues]),
      [
        ['„Erstens bleiben wir.', false],
        ['„Zweitens gehen wir nicht.“', true],
        ['「開く', false],
      ],
    );
  });

  it('‘’ typed for an opening “ opens a double quote closed by ”; a lone ‘…’ stays a single quote', () => {
    assert.deepStrictEqual(spans('Then Ray Oda spoke. ‘’Nobody wins in a shutdown, we all lose.” Others left.'), [
      '‘’Nobody wins in a shutdown, we all lose.”',
    ]);
    assert.deepStrictEqual(spans('He called it ‘fine’ and left.'), ['‘fine’']);
    // An opening single mark before an elided word: no double quote running to the paragraph's end.
    assert.deepStrictEqual(spans('‘’Tis the season to be jolly,’ she told the crowd. Then she left.'), []);
  });
});
