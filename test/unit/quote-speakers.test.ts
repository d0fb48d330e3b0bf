import * as assert from 'assert';
import { findQuotes } from '../../src/core/quotes';
import { splitSentences, tokenize } from '../../src/core/text';
import type { AttributionScope, Quote } from '../../src/core/types';

/** Quotes found without any entities: speakerMention names the speaker (speaker ids stay null). */
function quotesOf(text: string, attributions: AttributionScope = 'speech'): Quote[] {
  const tokens = tokenize(text);
  return findQuotes(text, tokens, splitSentences(tokens), [], { attributions });
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

describe('quote speakers: an inverted verb of any kind', () => {
  it('“…,” echoes Robert Hale. — the verb between the quotation and the name reports it', () => {
    const text = 'When you ask, it may upset him. “Confidence is the most attractive thing,” echoes Robert Hale.';
    const q = quotesOf(text).find((x) => x.kind === 'direct');
    assert.strictEqual(q?.speakerMention?.text, 'Robert Hale');
    assert.strictEqual(q?.cue?.text, 'echoes');
  });

  it('no cue without the comma that closes a quoted sentence: “The Kid” opens Friday.', () => {
    const qs = quotesOf('The film “The Kid Who Would Be King” opens Friday.');
    assert.ok(qs.every((q) => q.cue?.text !== 'opens'));
  });
});

describe('quote speakers: long appositions before the cue', () => {
  it('a title with commas inside the apposition: “Dana Roe, Minister of Trade, Industry and Energy, said …”', () => {
    const text =
      'Dana Roe, Minister of Trade, Industry and Energy, said on Thursday that the policy was meant for all firms.';
    assert.strictEqual(quotesOf(text)[0]?.speakerMention?.text, 'Dana Roe');
  });

  it('a full name between commas after a description: “the director of operations for EHS, Jeff Hale, says …”', () => {
    const text = 'But the director of operations for EHS, Jeff Hale, says the system is designed for that to happen.';
    assert.strictEqual(quotesOf(text)[0]?.speakerMention?.text, 'Jeff Hale');
  });

  it('but a title between commas after a name stays the apposition: “Jim Hale, Yellowhead MP, said …”', () => {
    const text = 'Jim Hale, Yellowhead MP, said he drove around with flags on his truck all week.';
    assert.strictEqual(quotesOf(text)[0]?.speakerMention?.text, 'Jim Hale');
  });

  it('a description holding an institution’s name with “of the”: “…,” University of the Fenwick Valley scientist Tom Hale said.', () => {
    const text =
      '“So I think there is an element of that going on,” University of the Fenwick Valley scientist Tom Hale said.';
    assert.strictEqual(quotesOf(text)[0]?.speakerMention?.text, 'Tom Hale');
  });

  it('the author of what the subject names: “A statement e-mailed by Ana Ruiz, who joined the board, said “…””', () => {
    const text =
      'A statement e-mailed to the paper by Ana Ruiz, who joined the board last month, said “The station will respect the order of the court.” When asked for more, she declined.';
    const q = quotesOf(text).find((x) => x.text.includes('respect the order'));
    assert.strictEqual(q?.speakerMention?.text, 'Ana Ruiz');
    assert.strictEqual(q?.kind, 'direct');
    assert.strictEqual(q?.text, '“The station will respect the order of the court.”');
  });

  it('a name with a lower-case Arabic article: “…, al-Fajr said: “…””', () => {
    const text =
      'In its statement claiming the attack, al-Fajr said: “This operation was a response to the remarks of the president.”';
    assert.strictEqual(quotesOf(text)[0]?.speakerMention?.text, 'al-Fajr');
  });

  it('an apposition with a place and its abbreviated state: “Will Hale, a mechanic based in Kansas City, Mo., and …, said”', () => {
    const text =
      'Will Hale, a mechanic based in Kansas City, Mo., and an organizer at the union, said cold weather takes a toll on the trains.';
    assert.strictEqual(quotesOf(text)[0]?.speakerMention?.text, 'Will Hale');
  });
});

describe('quote speakers: speech is a clause', () => {
  it('a noun phrase after a reporting verb is no claim: “Harlow Mills disclosed a profit of $3 billion …”', () => {
    const text = 'Harlow Mills disclosed a profit of $3 billion on revenue of $39 billion for the year.';
    assert.deepStrictEqual(quotesOf(text), []);
  });

  it('a clause after the verb stays a claim, even with a long subject: “Dana Roe said the plan for the new bridge was dead”', () => {
    assert.strictEqual(
      quotesOf('Dana Roe said the plan for the new bridge was dead.')[0]?.text,
      'the plan for the new bridge was dead',
    );
    assert.strictEqual(quotesOf('Dana Roe said she’ll vote against it.')[0]?.text, 'she’ll vote against it');
  });

  it('a word that is a noun more often than a verb makes no clause (“posted a photo of the team”); an irregular past does (“grew”)', () => {
    assert.deepStrictEqual(quotesOf('The club posted a photo of the team on its site.'), []);
    assert.strictEqual(
      quotesOf('Dana Roe said the team grew quickly in Halifax.')[0]?.text,
      'the team grew quickly in Halifax',
    );
  });

  it('“that” before a comma still opens the clause: “told the court that, over the last months, “…””', () => {
    const text =
      'Mr. Hale also told the court that, over the last five months of her life, "the illness played a devastating role in her health."';
    const q = quotesOf(text)[0];
    assert.strictEqual(q?.speakerMention?.text, 'Mr. Hale');
    assert.ok(q?.text.startsWith('over the last five months'));
  });

  it('with attributions “all” the noun phrase may still be reported content', () => {
    const text = 'Harlow Mills disclosed a profit of $3 billion on revenue of $39 billion for the year.';
    assert.strictEqual(quotesOf(text, 'all').length, 1);
  });
});

describe('quote speakers: sub-headings are no quotes', () => {
  it('a paragraph that is only a quoted phrase with no punctuation inside is a sub-heading', () => {
    const text =
      'The shelter opened in May.\n\n‘Hard to be in such close quarters’\n\nResidents fear losing their beds, the study found.';
    assert.ok(quotesOf(text).every((q) => !q.text.includes('close quarters')));
  });

  it('a title in quotation marks opening a sentence, with no attribution, is no quote: “The Boy Who Would Be Mayor” opens …', () => {
    const text = 'Critics were kind this week. “The Boy Who Would Be Mayor” opens across the country on Friday.';
    assert.deepStrictEqual(quotesOf(text), []);
  });

  it('a paragraph that is a quoted sentence stays a quote', () => {
    const text = 'Dana Roe spoke last.\n\n“It is hard to be in such close quarters.”\n\nThe meeting ended at noon.';
    assert.ok(quotesOf(text).some((q) => q.text.includes('close quarters')));
  });
});
