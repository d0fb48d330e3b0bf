import * as assert from 'assert';
import { annotate, annotateSegmented, type AnnotateProblem } from '../../src/core/annotate';
import { findQuotes } from '../../src/core/quotes';
import { confidenceOf } from '../../src/core/quotes/confidence';
import { CONFIDENCE } from '../../src/core/quotes/data/confidence';
import { withoutOverlaps } from '../../src/core/quotes/overlaps';
import { splitSentences, tokenize } from '../../src/core/text';
import type { AnnotateOptions, Attribution, Quote } from '../../src/core/types';
import { checkQuotes } from '../../src/core/validate';

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

// Issue 11: every quote says how its speaker was found (attribution.rule) and how sure that is
// (attribution.confidence, from the table scripts/calibrate.mjs learns; docs/calibration.md).
describe('attribution: rule and confidence', () => {
  /** [quote text, speaker entity name, rule] of every quote, and every confidence checked to lie in [0, 1]. */
  function rules(text: string, options: AnnotateOptions = {}): [string, string | null, string][] {
    const a = annotate(text, options);
    const names = new Map(a.entities.map((e) => [e.id, e.name]));
    return a.quotes.map((q) => {
      assert.ok(q.attribution, `quote ${JSON.stringify(q.text)} has no attribution`);
      const c = q.attribution.confidence;
      assert.ok(Number.isFinite(c) && c >= 0 && c <= 1, `confidence ${c} of ${JSON.stringify(q.text)}`);
      return [q.text, q.speaker === null ? null : (names.get(q.speaker) ?? '?'), q.attribution.rule];
    });
  }

  it('“…,” X said: cue after', () => {
    assert.deepStrictEqual(rules('“The ferry will run again in April,” Ingrid Solberg said.'), [
      ['“The ferry will run again in April,”', 'Ingrid Solberg', 'cue after'],
    ]);
  });

  it('X said that …: cue before', () => {
    assert.deepStrictEqual(rules('Ingrid Solberg said the ferry would run again in April after the repairs.'), [
      ['the ferry would run again in April after the repairs', 'Ingrid Solberg', 'cue before'],
    ]);
  });

  it('“…,” she said: pronoun', () => {
    assert.deepStrictEqual(
      rules('Ingrid Solberg runs the ferry service.\n\n“The boat will sail in April,” she said.'),
      [['“The boat will sail in April,”', 'Ingrid Solberg', 'pronoun']],
    );
  });

  it('a quotation paragraph with no attribution: continuation', () => {
    const text = '“We lost the harvest,” grower Tomas Reyes said.\n\n“The hail flattened every row in the valley.”';
    assert.deepStrictEqual(rules(text), [
      ['“We lost the harvest,”', 'Tomas Reyes', 'cue after'],
      ['“The hail flattened every row in the valley.”', 'Tomas Reyes', 'continuation'],
    ]);
  });

  it('“the mayor said” for the one mayor named: description (a role)', () => {
    const text = 'Mayor Hilde Vang opened the new pool on Monday. The mayor said the town would hire forty lifeguards.';
    assert.deepStrictEqual(rules(text), [['the town would hire forty lifeguards', 'Hilde Vang', 'description']]);
  });

  it('“the company said” for the one company named: description (an organization)', () => {
    const text =
      'Shares of Pellworth Corp. fell on Monday. Pellworth Corp. makes boats in Maine. The company said sales would recover next year.';
    assert.deepStrictEqual(rules(text), [['sales would recover next year', 'Pellworth Corp.', 'description']]);
  });

  it('…, according to X: according to', () => {
    assert.deepStrictEqual(rules('The ferry will run again in April, according to Ingrid Solberg.'), [
      ['The ferry will run again in April', 'Ingrid Solberg', 'according to'],
    ]);
  });

  it('a name tied to its person only by a knownPeople alias: known person; a surname alias is the text’s own', () => {
    const known = { knownPeople: [{ name: 'Samuel Oduya', aliases: ['Big Sam', 'Oduya'] }] };
    assert.deepStrictEqual(rules('Samuel Oduya runs the shelter. “We are ready for the storm,” Big Sam said.', known), [
      ['“We are ready for the storm,”', 'Samuel Oduya', 'known person'],
    ]);
    assert.deepStrictEqual(rules('Samuel Oduya runs the shelter. “We are ready for the storm,” Oduya said.', known), [
      ['“We are ready for the storm,”', 'Samuel Oduya', 'cue after'],
    ]);
    // Without knownPeople, the same words are just a name.
    assert.deepStrictEqual(
      rules('“We are ready for the storm,” Big Sam said.').map((r) => r[2]),
      ['cue after'],
    );
  });

  it('no speaker: none (a quotation on its own, an unnamed source, an unresolved pronoun)', () => {
    assert.deepStrictEqual(rules('“Nothing about this winter was normal, and nothing will be the same again.”'), [
      ['“Nothing about this winter was normal, and nothing will be the same again.”', null, 'none'],
    ]);
    assert.deepStrictEqual(rules('The mill will close next year, a senior company official said.'), [
      ['The mill will close next year', null, 'none'],
    ]);
    assert.deepStrictEqual(rules('“The mill will close next year,” he said.'), [
      ['“The mill will close next year,”', null, 'none'],
    ]);
  });

  it('the confidence is the table’s: per path, kind and detail, else the path’s, else the overall one', () => {
    const [q] = annotate('“The ferry will run again in April,” Ingrid Solberg said.').quotes;
    const cueAfter = { rule: 'cue after', path: 'cue after', detail: 'name' } as const;
    assert.strictEqual(q.attribution?.confidence, confidenceOf(cueAfter, 'direct'));
    assert.strictEqual(confidenceOf(cueAfter, 'direct'), CONFIDENCE.cells['cue after|direct|name']);
    assert.strictEqual(
      confidenceOf({ ...cueAfter, detail: 'a detail the table never saw' }, 'direct'),
      CONFIDENCE.paths['cue after'],
    );
    // A quote with no speaker words is less sure than a named speaker right after the quotation.
    const [none] = annotate('“Nothing about this winter was normal, and nothing will be the same again.”').quotes;
    assert.ok((none.attribution?.confidence ?? 1) < (q.attribution?.confidence ?? 0));
  });

  it('every confidence in the table is a number in [0, 1]', () => {
    const values = [CONFIDENCE.overall, ...Object.values(CONFIDENCE.paths), ...Object.values(CONFIDENCE.cells)];
    assert.ok(Object.keys(CONFIDENCE.cells).length > 0);
    for (const v of values) assert.ok(Number.isFinite(v) && v >= 0 && v <= 1, String(v));
  });

  it('a quote cut down by an overlap keeps its attribution', () => {
    const text = '“The ferry will run in April and then all summer long,” she said, adding that fares will rise.';
    const direct: Quote = {
      start: 0,
      end: 55,
      text: text.slice(0, 55),
      kind: 'direct',
      speaker: 'e1',
      speakerMention: null,
      cue: null,
      attribution: { rule: 'pronoun', confidence: 0.75 },
    };
    const claim: Quote = {
      ...direct,
      start: 30,
      end: text.length - 1,
      text: text.slice(30, text.length - 1),
      kind: 'indirect',
      attribution: { rule: 'cue before', confidence: 0.5 },
    };
    const out = withoutOverlaps(text, [direct, claim]);
    assert.strictEqual(out.length, 2);
    assert.ok(out[1].start >= out[0].end);
    assert.deepStrictEqual(
      out.map((q) => q.attribution),
      [direct.attribution, claim.attribution],
    );
  });

  it('a long text annotated in segments keeps every quote’s attribution', () => {
    const para = (i: number) =>
      `“The ferry number ${i} will run again in April,” Ingrid Solberg said.\n\nShe spoke at the harbor on day ${i}. “We fixed the engines,” she said.\n\n`;
    const text = Array.from({ length: 12 }, (_, i) => para(i)).join('');
    const whole = annotateSegmented(text, {}, { segmentLength: text.length + 1, context: 0 });
    const parts = annotateSegmented(text, {}, { segmentLength: 700, context: 400 });
    assert.ok(whole.quotes.length >= 24);
    assert.deepStrictEqual(
      parts.quotes.map((q) => [q.start, q.attribution?.rule, q.speaker === null]),
      whole.quotes.map((q) => [q.start, q.attribution?.rule, q.speaker === null]),
    );
    for (const q of parts.quotes) assert.ok(q.attribution && q.attribution.confidence >= 0);
  });
});

describe('validate: attribution', () => {
  const text = '“We are ready,” Ana Lund said.';
  const base: Quote = {
    start: 0,
    end: 15,
    text: '“We are ready,”',
    kind: 'direct',
    speaker: 'e1',
    speakerMention: { start: 16, end: 24, text: 'Ana Lund' },
    cue: { start: 25, end: 29, text: 'said' },
    attribution: { rule: 'cue after', confidence: 0.9 },
  };
  const check = (q: Quote, ids = ['e1']) => {
    const problems: AnnotateProblem[] = [];
    const out = checkQuotes(text, [q], new Set(ids), (p) => problems.push(p));
    return { q: out[0], problems: problems.map((p) => p.message) };
  };

  it('passes a valid attribution unchanged and says nothing', () => {
    const r = check(base);
    assert.strictEqual(r.q, base);
    assert.deepStrictEqual(r.problems, []);
  });

  it('drops an attribution with an unknown rule or a confidence outside [0, 1], and reports it', () => {
    const bad: unknown[] = [
      { rule: 'guess', confidence: 0.5 },
      { rule: 'cue after', confidence: 1.5 },
      { rule: 'cue after', confidence: -0.1 },
      { rule: 'cue after', confidence: Number.NaN },
      { rule: 'cue after', confidence: '0.9' },
      { rule: 'cue after' },
      null,
    ];
    for (const attribution of bad) {
      const r = check({ ...base, attribution: attribution as Attribution });
      assert.strictEqual(r.q.attribution, undefined, JSON.stringify(attribution));
      assert.ok('attribution' in r.q === false);
      assert.strictEqual(r.problems.length, 1, JSON.stringify(attribution));
      assert.match(r.problems[0], /^quote 0\.\.15: dropped attribution/);
    }
  });

  it('rule "none" with a speaker is dropped; a speaker cleared here leaves rule "none"', () => {
    const r = check({ ...base, attribution: { rule: 'none', confidence: 0.4 } });
    assert.strictEqual(r.q.attribution, undefined);
    assert.match(r.problems.join('\n'), /dropped attribution "none" of a quote with speaker e1/);

    const cleared = check(base, []);
    assert.strictEqual(cleared.q.speaker, null);
    assert.strictEqual(cleared.q.attribution?.rule, 'none');
    assert.deepStrictEqual(cleared.problems, ['quote 0..15: speaker e1 is no entity']);

    const noSpeaker = check({ ...base, speaker: null });
    assert.strictEqual(noSpeaker.q.attribution?.rule, 'none');
    assert.match(noSpeaker.problems.join('\n'), /attribution "cue after" with no speaker made "none"/);
  });

  it('leaves a quote without attribution as it is (quotes built by hand need none)', () => {
    const { attribution: _attribution, ...plain } = base;
    const r = check(plain);
    assert.strictEqual(r.q, plain);
    assert.deepStrictEqual(r.problems, []);
  });
});
