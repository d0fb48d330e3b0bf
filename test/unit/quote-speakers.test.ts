import * as assert from 'assert';
import { findQuotes } from '../../src/core/quotes';
import { splitSentences, tokenize } from '../../src/core/text';
import type { Quote } from '../../src/core/types';

/** Quotes found without any entities: speakerMention names the speaker (speaker ids stay null). */
function quotesOf(text: string): Quote[] {
  const tokens = tokenize(text);
  return findQuotes(text, tokens, splitSentences(tokens), [], {});
}

describe('quote speakers: the phrase that names the speaker', () => {
  it('a speaker described by a relative clause with “whose” before the cue: “A reader, whose name is withheld, wrote: …”', () => {
    const text =
      'The letters kept coming.\n\nAnother reader of the paper, whose name is withheld, wrote: “I can only imagine the cost.”';
    const qs = quotesOf(text);
    assert.strictEqual(qs.length, 1);
    assert.strictEqual(qs[0].speakerMention?.text, 'Another reader of the paper');
  });

  it('the same after the quotation: “…,” a reader, whose name is withheld, wrote on May 2.', () => {
    const text =
      'The letters kept coming.\n\n“It was never fair to any of us,” a reader, whose name is withheld, wrote on May 2.';
    assert.strictEqual(quotesOf(text)[0]?.speakerMention?.text, 'a reader');
  });
});
