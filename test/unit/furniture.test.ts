// Page furniture (src/core/quotes/furniture.ts): link paragraphs ("READ MORE: …") and signed photo captions report
// nothing, so the quote finder takes no claims or quotations from them. Fixture sentences are made up.
import * as assert from 'assert';
import { findQuotes } from '../../src/core/quotes';
import { splitSentences, tokenize } from '../../src/core/text';
import type { Quote } from '../../src/core/types';

function quotesOf(text: string): Quote[] {
  const tokens = tokenize(text);
  return findQuotes(text, tokens, splitSentences(tokens), [], {});
}

describe('quotes: page furniture', () => {
  it('a "READ MORE:" or "WATCH:" paragraph links another story: no claim, no quotation', () => {
    assert.deepStrictEqual(
      quotesOf('READ MORE: Mayor Ruth Okafor says the budget is balanced\n\nThe council met on Monday.'),
      [],
    );
    assert.deepStrictEqual(quotesOf('WATCH: “We will rebuild,” Okafor says\n\nThe council met on Monday.'), []);
  });

  it('the paragraph after a link is read as usual', () => {
    const qs = quotesOf('READ MORE: Budget talks stall\n\nMayor Ruth Okafor says the budget is balanced.');
    assert.deepStrictEqual(
      qs.map((q) => q.text),
      ['the budget is balanced'],
    );
  });

  it('a paragraph signed with a photo credit "(Name/Outlet)" is a caption: no claim', () => {
    const caption =
      'Mayor Ruth Okafor says the library will reopen in May. (Jan Novak/Valley Herald)\n\nThe council met on Monday.';
    assert.deepStrictEqual(quotesOf(caption), []);
    assert.deepStrictEqual(
      quotesOf('Okafor said: “We will reopen in May.” (Jan Novak / Valley Herald)\n\nThe council met.'),
      [],
    );
  });

  it('the same sentence with no credit, or ending in another parenthesis, is a claim', () => {
    const [a] = quotesOf('Mayor Ruth Okafor says the library will reopen in May.\n\nThe council met on Monday.');
    assert.strictEqual(a?.text, 'the library will reopen in May');
    const [b] = quotesOf('Mayor Ruth Okafor says the library will reopen in May (in French).\n\nThe council met.');
    assert.strictEqual(b?.text, 'the library will reopen in May (in French)');
  });
});
