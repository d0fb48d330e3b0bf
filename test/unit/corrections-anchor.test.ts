import * as assert from 'assert';
import { anchorQuote, ANCHOR_WINDOW, locateQuote } from '../../src/core/corrections';

/** The anchor of `quote` in `text` (its first occurrence), as a correction stores it. */
function anchorOf(text: string, quote: string, from = 0) {
  const start = text.indexOf(quote, from);
  assert.ok(start >= 0, `fixture: ${quote} not in the text`);
  return { start, end: start + quote.length, text: quote };
}

const article =
  'The council met on Tuesday. “We will not raise the fees,” said Dana Whitlock. ' +
  'The budget is due in March. “Nothing is settled yet,” a clerk added.';

describe('corrections: re-anchoring a quote', () => {
  const quote = '“We will not raise the fees,”';
  const anchor = anchorOf(article, quote);

  it('keeps the exact offsets when the text there is still the quote', () => {
    assert.deepStrictEqual(anchorQuote(article, anchor), { start: anchor.start, end: anchor.end });
  });

  it('follows the quote when text is inserted before it', () => {
    const edited = 'UPDATED. ' + article;
    assert.deepStrictEqual(anchorQuote(edited, anchor), { start: anchor.start + 9, end: anchor.end + 9 });
  });

  it('follows the quote when text before it is deleted', () => {
    const edited = article.replace('The council met on Tuesday. ', '');
    assert.deepStrictEqual(anchorQuote(edited, anchor), { start: 0, end: quote.length });
  });

  it('is unaffected by edits after the quote', () => {
    const edited = article.replace('due in March', 'due in April, or perhaps later');
    assert.deepStrictEqual(anchorQuote(edited, anchor), { start: anchor.start, end: anchor.end });
  });

  it('cannot place a quote whose own text was edited', () => {
    const edited = article.replace('raise the fees', 'raise the rates');
    assert.strictEqual(anchorQuote(edited, anchor), null);
    const located = locateQuote(edited, anchor);
    assert.match('reason' in located ? located.reason : '', /no longer in the article/);
  });

  it('cannot place a quote that was removed', () => {
    const edited = article.replace(quote, '');
    assert.strictEqual(anchorQuote(edited, anchor), null);
  });

  it('finds the quote when only the words around it change', () => {
    // The quote's words are unchanged, the words around it are: still placed, by its text.
    const edited = article.replace('said Dana Whitlock', 'Dana Whitlock told the meeting');
    assert.deepStrictEqual(anchorQuote(edited, anchor), { start: anchor.start, end: anchor.end });
  });

  it('takes the occurrence nearest the old place when the text is repeated', () => {
    const repeated = `${quote} was the slogan. ${article} Later: ${quote}`;
    // The anchor's old place is the middle occurrence's; text inserted before the article shifts it a little.
    const middle = repeated.indexOf(quote, 1);
    const old = { start: middle - 5, end: middle - 5 + quote.length, text: quote };
    assert.deepStrictEqual(anchorQuote(repeated, old), { start: middle, end: middle + quote.length });
  });

  it('cannot place a repeated quote two of whose occurrences are equally near the old place', () => {
    const q = '“Yes.”';
    const text = `A: ${q} B: ${q}`; // the quote at 3 and at 13
    const old = { start: 8, end: 8 + q.length, text: q }; // exactly between them, and not the quote's text there
    assert.strictEqual(anchorQuote(text, old), null);
    const located = locateQuote(text, old);
    assert.match('reason' in located ? located.reason : '', /equally near/);
  });

  it('looks in the whole text when the quote moved farther than the window', () => {
    const padding = 'x'.repeat(ANCHOR_WINDOW * 2);
    const edited = padding + article;
    assert.deepStrictEqual(anchorQuote(edited, anchor), {
      start: anchor.start + padding.length,
      end: anchor.end + padding.length,
    });
  });

  it('prefers a near occurrence inside the window to a far one', () => {
    const padding = ' '.repeat(ANCHOR_WINDOW * 3);
    const text = `${quote}${padding}${quote}`;
    const farEnd = text.lastIndexOf(quote);
    const old = { start: farEnd - 100, end: farEnd - 100 + quote.length, text: quote };
    assert.deepStrictEqual(anchorQuote(text, old), { start: farEnd, end: farEnd + quote.length });
  });

  it('survives offsets past the end of an article that was shortened', () => {
    const old = { start: 10_000, end: 10_000 + quote.length, text: quote };
    assert.deepStrictEqual(anchorQuote(article, old), { start: anchor.start, end: anchor.end });
  });
});
