import * as assert from 'assert';
import { annotate } from '../../src/core/annotate';
import { findQuotes } from '../../src/core/quotes';
import { splitSentences, tokenize } from '../../src/core/text';
import type { Quote } from '../../src/core/types';

function quotesOf(text: string): Quote[] {
  const tokens = tokenize(text);
  return findQuotes(text, tokens, splitSentences(tokens), [], {});
}

/** [quote text, speakerMention text, cue text] of every quote. */
const triples = (text: string) =>
  quotesOf(text).map((q) => [q.text, q.speakerMention?.text ?? null, q.cue?.text ?? null]);

describe('attribution: who said it', () => {
  it('“…,” X said', () => {
    assert.deepStrictEqual(triples('“The bridge will open in May,” Karen Osei said.'), [
      ['“The bridge will open in May,”', 'Karen Osei', 'said'],
    ]);
  });

  it('“…,” said X', () => {
    assert.deepStrictEqual(triples('“We have no money left,” said Paul Brandt.'), [
      ['“We have no money left,”', 'Paul Brandt', 'said'],
    ]);
  });

  it('“…,” said <description> X: the name after a lower-case description is the speaker', () => {
    assert.deepStrictEqual(triples('“The rigs are all standing idle,” said oil and gas worker Dora Kempf.'), [
      ['“The rigs are all standing idle,”', 'Dora Kempf', 'said'],
    ]);
  });

  it('“A,” said X, “B.”: the quotation after the interruption is X’s too', () => {
    assert.deepStrictEqual(triples('“The rigs are idle,” said Dora Kempf, “and the town is empty.”'), [
      ['“The rigs are idle,”', 'Dora Kempf', 'said'],
      ['“and the town is empty.”', 'Dora Kempf', null],
    ]);
  });

  it('X with the Y says: the person before the affiliation speaks, not the organization', () => {
    const t = triples('Tom Guest with the Harbour Health Authority says the waits are far too long.');
    assert.deepStrictEqual(
      t.map((x) => x[1]),
      ['Tom Guest'],
    );
  });

  it('“…,” X, the Y, said (apposition)', () => {
    assert.deepStrictEqual(triples('“Nobody expected this,” Ivo Petrov, the port’s director, said on Monday.'), [
      ['“Nobody expected this,”', 'Ivo Petrov', 'said'],
    ]);
  });

  it('“…,” said X, a Y of Z', () => {
    const [q] = quotesOf('“Prices will rise,” said Dana Whit, an economist at the central bank.');
    assert.strictEqual(q.speakerMention?.text, 'Dana Whit');
    assert.strictEqual(q.kind, 'direct');
  });

  it('X, of Y, said (an apposition opened by a preposition)', () => {
    const [q] = quotesOf('Lead author Ada Voss, of the state health board, said the water was safe.');
    assert.deepStrictEqual([q.text, q.speakerMention?.text], ['the water was safe', 'Ada Voss']);
  });

  it('X said: “…”', () => {
    assert.deepStrictEqual(triples('Mayor Lia Stone said: “The vote is final.”'), [
      ['“The vote is final.”', 'Mayor Lia Stone', 'said'],
    ]);
  });

  it('X told reporters (a cue with a listener)', () => {
    const [q] = quotesOf('The deal is off, Omar Haddad told reporters in Cairo.');
    assert.deepStrictEqual(
      [q.text, q.speakerMention?.text, q.cue?.text, q.kind],
      ['The deal is off', 'Omar Haddad', 'told reporters', 'indirect'],
    );
  });

  it('a title and a name: White House press secretary X said', () => {
    const [q] = quotesOf('“We are ready,” city press secretary Alma Ruiz said at a briefing.');
    assert.strictEqual(q.speakerMention?.text, 'Alma Ruiz');
  });

  it('a name with a party tag in parentheses', () => {
    const [q] = quotesOf('Rep. Tom Gale (D-Ore.) said the bill would fail.');
    assert.strictEqual(q.speakerMention?.text, 'Rep. Tom Gale');
    assert.strictEqual(q.text, 'the bill would fail');
  });

  it('according to X, … and …, according to X', () => {
    const a = quotesOf('According to court records, the firm paid no tax in 2019.');
    assert.deepStrictEqual(
      [a[0].text, a[0].speakerMention?.text, a[0].cue?.text],
      ['the firm paid no tax in 2019', 'court records', 'According to'],
    );
    const b = quotesOf('The firm paid no tax in 2019, according to the Tax Office.');
    assert.deepStrictEqual([b[0].text, b[0].speakerMention?.text], ['The firm paid no tax in 2019', 'the Tax Office']);
  });

  it('an organization or a country that speaks', () => {
    const [q] = quotesOf('The Kremlin said the talks were useful.');
    assert.deepStrictEqual([q.text, q.speakerMention?.text], ['the talks were useful', 'The Kremlin']);
    const [r] = quotesOf('Norway argued that the rules were unfair.');
    assert.deepStrictEqual(
      [r.text, r.speakerMention?.text, r.cue?.text],
      ['the rules were unfair', 'Norway', 'argued'],
    );
  });

  it('pronoun speakers keep the pronoun as their mention', () => {
    const [q] = quotesOf('Sara Holm left early. “I was tired,” she said.');
    assert.strictEqual(q.speakerMention?.text, 'she');
  });

  it('a transcript line: NAME: words', () => {
    const [q] = quotesOf('HOLT: Where were you that night?');
    assert.deepStrictEqual([q.text, q.speakerMention?.text], ['Where were you that night', 'HOLT']);
  });

  it('a transcript line inside quotation marks', () => {
    const [q] = quotesOf('"HOLT: Where were you that night?\n\n"BRIGGS: At home, with my family."');
    assert.strictEqual(q.speakerMention?.text, 'HOLT');
  });

  it('a quote signed after a dash', () => {
    const [q] = quotesOf('“This city deserves better than what we got this year.” ― Mina Alvarez');
    assert.strictEqual(q.speakerMention?.text, 'Mina Alvarez');
  });

  it('unnamed sources have a mention but no speaker', () => {
    const a = annotate('The minister will resign next week, a source said.');
    assert.strictEqual(a.quotes.length, 1);
    assert.strictEqual(a.quotes[0].speakerMention?.text, 'a source');
    assert.strictEqual(a.quotes[0].speaker, null);
    const b = annotate('Officials said the road would reopen on Friday.');
    assert.strictEqual(b.quotes[0].speakerMention?.text, 'Officials');
    assert.strictEqual(b.quotes[0].speaker, null);
    const c = quotesOf('The plant will close, a senior company official said.');
    assert.strictEqual(c[0].speakerMention?.text, 'a senior company official');
  });

  it('a quote with no attribution anywhere has no speaker', () => {
    const [q] = quotesOf('“Nothing about this storm was normal, and nothing will be the same again.”');
    assert.strictEqual(q.kind, 'direct');
    assert.strictEqual(q.speakerMention, null);
    assert.strictEqual(q.speaker, null);
  });
});

describe('attribution: continuation paragraphs', () => {
  it('gives a quote paragraph with no attribution the speaker of the previous one', () => {
    const text =
      '“We lost everything,” farmer Ben Ott said.\n\n“The river took the barn, the fences and the road to town.”';
    const qs = quotesOf(text);
    assert.strictEqual(qs.length, 2);
    assert.strictEqual(qs[1].speakerMention?.text, 'Ben Ott');
    assert.strictEqual(qs[1].cue, null);
  });

  it('does not reach back over more than one paragraph', () => {
    const text =
      '“We lost everything,” Ben Ott said.\n\nThe storm moved east overnight.\n\nThe roads stayed closed.\n\n“It was the worst night of my life and I hope to never see another one.”';
    const qs = quotesOf(text);
    const last = qs[qs.length - 1];
    assert.strictEqual(last.text.startsWith('“It was the worst'), true);
    assert.strictEqual(last.speakerMention, null);
  });

  it('takes “He said:” closing a paragraph as the attribution of the quote that follows', () => {
    const text =
      'Later he spoke to the crowd. Omar Diaz said:\n\n“We will rebuild this town together, street by street.”';
    const qs = quotesOf(text);
    const q = qs.find((x) => x.kind === 'direct');
    assert.ok(q);
    assert.strictEqual(q.speakerMention?.text, 'Omar Diaz');
  });
});
