// Direct quotations found inside longer constructions (issue 7): the quoted words are the quote, and the words
// around them (a lead, a listener, a second clause, another speaker's report) are not. Fixture sentences
// written here. Each rule's test fails on the recognizer before it; the tests that say "keeps" or "must not fire"
// guard the rules against reaching too far (a review found each of those sentences going wrong).
import * as assert from 'assert';
import { annotate } from '../../src/core';
import type { AttributionScope } from '../../src/core';

interface Seen {
  kind: string;
  text: string;
  speaker: string | null;
  cue: string | null;
}

function quotes(text: string, attributions?: AttributionScope): Seen[] {
  const a = annotate(text, attributions ? { attributions } : {});
  return a.quotes.map((q) => ({
    kind: q.kind,
    text: q.text,
    speaker: q.speakerMention?.text ?? null,
    cue: q.cue?.text ?? null,
  }));
}

/** The one quote whose text starts with `opening` (after its quotation mark, if any). */
function quoteOpening(all: Seen[], opening: string): Seen {
  const found = all.filter((q) => q.text.replace(/^["“]/u, '').startsWith(opening));
  assert.strictEqual(found.length, 1, `one quote opening "${opening}" in ${JSON.stringify(all)}`);
  return found[0];
}

describe('direct quotations inside longer constructions (issue 7)', () => {
  it('takes the quotation after a colon that ends the content, not the lead before the colon', () => {
    const all = quotes(
      'The harbour staff explained the delay this way: “The cranes were booked for another ship until Friday.”',
    );
    const q = quoteOpening(all, 'The cranes');
    assert.strictEqual(q.kind, 'direct');
    assert.strictEqual(q.text, '“The cranes were booked for another ship until Friday.”');
    assert.strictEqual(q.speaker, 'The harbour staff');
    assert.ok(!all.some((x) => x.text.includes('the delay this way')), JSON.stringify(all));
  });

  it('leaves a label before the colon out of a quotation attributed after it', () => {
    const all = quotes(
      'MARKET VIEW: "Will the lender cut its rates in the spring? A cut may weaken the dollar," Lena Osei, chief economist at Fenwick Bank, said in a note.',
    );
    const q = quoteOpening(all, 'Will the lender');
    assert.strictEqual(q.kind, 'direct');
    assert.ok(q.text.startsWith('"Will'), q.text);
    assert.strictEqual(q.speaker, 'Lena Osei');
  });

  it('takes the quotation after adverbs and a comma ("wondered aloud, “…”")', () => {
    const all = quotes('A neighbour wondered loudly, “Who parks a tractor on a bike lane?” Nobody answered.');
    const q = quoteOpening(all, 'Who parks');
    assert.strictEqual(q.kind, 'direct');
    assert.strictEqual(q.text, '“Who parks a tractor on a bike lane?”');
    assert.strictEqual(q.speaker, 'A neighbour');
  });

  it('takes a quoted request after its listener ("urged the council “to …”")', () => {
    const all = quotes('The fire chief urged the county council “to fund two more pumper trucks before the summer.”');
    const q = quoteOpening(all, 'to fund');
    assert.strictEqual(q.kind, 'direct');
    assert.strictEqual(q.cue, 'urged');
    // Not a listener: a clause with its own verb before the quotation stays a partly quoted claim.
    const mixed = quotes('The fire chief said the county council “has to fund two more pumper trucks.”');
    assert.ok(
      mixed.some((x) => x.kind === 'mixed' && x.text.startsWith('the county council')),
      JSON.stringify(mixed),
    );
  });

  it('starts a quotation attributed after it at its opening mark when a kept abbreviation ends the sentence before', () => {
    const all = quotes(
      'He went on about how the van was the best-selling vehicle by revenue in the U.S. “Forget about the sedans,” Ruiz said.',
    );
    const q = quoteOpening(all, 'Forget about');
    assert.strictEqual(q.kind, 'direct');
    assert.strictEqual(q.text, '“Forget about the sedans,”');
    assert.strictEqual(q.speaker, 'Ruiz');
  });

  it('splits “A,” and B after one cue into the quotation and the second thing said', () => {
    const all = quotes(
      'Mara Quill said “it was never right to close the library on Sundays,” and the council’s vote “speaks for itself.”',
    );
    const q = quoteOpening(all, 'it was never right');
    assert.strictEqual(q.kind, 'direct');
    assert.strictEqual(q.text, '“it was never right to close the library on Sundays,”');
    assert.strictEqual(q.speaker, 'Mara Quill');
    // "and then" + a verb is the subject's next act, handled before: not split as a second claim.
    const act = quotes('Mara Quill said “I will not vote for this,” and then left the room.');
    assert.deepStrictEqual(
      act.map((x) => x.text),
      ['“I will not vote for this,”'],
    );
  });

  it('gives a quoted sentence after its own subject, verb and comma inside a report to that subject', () => {
    const all = quotes('But Ortiz said he heard fans shout, “Sell the team!” and “Fire the coach!” Some left early.');
    const first = quoteOpening(all, 'Sell the team');
    const second = quoteOpening(all, 'Fire the coach');
    for (const q of [first, second]) {
      assert.strictEqual(q.kind, 'direct');
      assert.strictEqual(q.speaker, 'fans');
    }
    // The report keeps what comes before the quotation, the inner attribution included: Ortiz stays a source.
    const report0 = all.find((q) => q.speaker === 'Ortiz');
    assert.ok(report0, JSON.stringify(all));
    assert.strictEqual(report0.text, 'he heard fans shout');
    assert.strictEqual(report0.kind, 'indirect');
    // Without the comma ("told the paper that “…”") the quotation stays in the report around it.
    const report = quotes('Ortiz told the paper that “the fans deserve better than this.”');
    assert.strictEqual(report.length, 1, JSON.stringify(report));
    assert.notStrictEqual(report[0].kind, 'direct');
  });
});

describe('speakers of coordinated speech verbs (issue 7)', () => {
  it('goes on with a description that spoke earlier in the segment ("The … star said … and then quipped")', () => {
    const all = quotes(
      'The talk-show star said he was nervous and then quipped to the host, “Maybe you should try this. It is harder than it looks.”',
    );
    const q = quoteOpening(all, 'Maybe you should');
    assert.strictEqual(q.kind, 'direct');
    assert.strictEqual(q.cue, 'quipped');
    assert.strictEqual(q.speaker, 'The talk-show star');
    assert.ok(
      all.some((x) => x.kind === 'indirect' && x.text === 'he was nervous'),
      JSON.stringify(all),
    );
  });

  it('gives a later sentence of the segment to its own subject, not to the last speaker', () => {
    const all = quotes(
      'The talk-show star said she would run and then joked to Tom Hale, “You should try it. Maybe you will win.” Hale laughed and stuttered, “I … I do not know.”',
    );
    const q = quoteOpening(all, 'I … I');
    assert.strictEqual(q.cue, 'stuttered');
    assert.strictEqual(q.speaker, 'Hale');
  });

  it('reads manner-of-speech verbs as cues ("stuttered", "muttered", "exclaimed")', () => {
    for (const verb of ['stuttered', 'muttered', 'exclaimed']) {
      const all = quotes(`The goalie ${verb}, “We were not ready for that.”`);
      const q = quoteOpening(all, 'We were not ready');
      assert.strictEqual(q.cue, verb);
      assert.strictEqual(q.speaker, 'The goalie');
    }
  });
});

describe('quoted words with no speaker inside a sentence (issue 7)', () => {
  const cited = [
    'The festival is billed as “a weekend of music, food and art for every family in the valley.”',
    'The accord is a framework that “affirms the right of every member to set its own fishing quotas.”',
  ];
  for (const text of cited) {
    it(`counts no speech in "${text.slice(0, 36)}…" by default, a quote with attributions 'all'`, () => {
      assert.deepStrictEqual(quotes(text), []);
      assert.strictEqual(quotes(text, 'all').length, 1, JSON.stringify(quotes(text, 'all')));
    });
  }

  it('keeps a quotation introduced by a comma, and one opening its sentence', () => {
    const commaed = quotes(
      'In the words of the coroner, Dr. Ines Bauer, “the victim had been dead for at least two days before the fire.”',
    );
    assert.strictEqual(commaed.length, 1, JSON.stringify(commaed));
    const opening = quotes('“The bridge will stay closed through the winter and into the spring.” That was all.');
    assert.strictEqual(opening.length, 1, JSON.stringify(opening));
  });
});

describe('who the source is in reported speech (issue 7, PolNeAR speakers)', () => {
  it('keeps a belief or plan reported inside someone’s speech as their claim, with attributions all', () => {
    for (const [text, speaker, opening] of [
      [
        'Press secretary Dana Wolfe said on Monday that the mayor has long called for lower transit fares and fewer fees.',
        'Dana Wolfe',
        'the mayor',
      ],
      [
        'The survey suggests the council understands that it needs a new plan for the harbour.',
        'The survey',
        'the council',
      ],
    ]) {
      const all = quotes(text, 'all');
      assert.strictEqual(all.length, 1, JSON.stringify(all));
      assert.strictEqual(all[0].speaker, speaker);
      assert.ok(all[0].text.startsWith(opening), all[0].text);
    }
    // Speech inside speech still goes to the innermost speaker (issue 13).
    const nested = quotes('Varga said that Harris said that the union rejected the offer.', 'all');
    assert.deepStrictEqual(
      nested.map((q) => q.speaker),
      ['Harris'],
    );
  });

  it('finds the subject across an aside between commas ("Ruiz, at a later briefing, said, “…”")', () => {
    const all = quotes('Mayor Ana Ruiz, at a later briefing, said, “We will reopen the bridge on Monday.”');
    const q = quoteOpening(all, 'We will reopen');
    assert.strictEqual(q.speaker, 'Mayor Ana Ruiz');
  });

  it('reads a document as the source of its words ("“…,” the letter reads.")', () => {
    const all = quotes(
      'The parents wrote to the board last week.\n\n“Our children deserve a choice,” the letter reads. “We will not stop asking.”',
    );
    assert.strictEqual(quoteOpening(all, 'Our children').speaker, 'the letter');
    assert.strictEqual(quoteOpening(all, 'Our children').cue, 'reads');
    assert.strictEqual(quoteOpening(all, 'We will not').speaker, 'the letter');
    // "reads" with no document before it is no cue.
    assert.deepStrictEqual(quotes('She reads the paper every morning.'), []);
  });

  it('goes on with the speaker after "said, and" ("…,” Jordan said, and still “…”")', () => {
    const all = quotes(
      'The aide “had a deal,” Tom Hale said, and still “got to sit in on every meeting the board held.”',
    );
    assert.strictEqual(quoteOpening(all, 'got to sit in').speaker, 'Tom Hale');
  });

  it('takes a description opening with a number before the name ("said 9/11 widow Terry Strada")', () => {
    for (const [description, name] of [
      ['9/11 widow', 'Lena Park'],
      ['42-year-old nurse', 'Ana Ruiz'],
    ]) {
      const all = quotes(
        `Families met on Friday.\n\n“The veto does not hold. It never did,” said ${description} ${name}.`,
      );
      assert.strictEqual(quoteOpening(all, 'The veto').speaker, name);
    }
  });
});

describe('where the new quote rules must not fire (issue 7, review)', () => {
  it('keeps narration after “A,” and out of what was said', () => {
    assert.deepStrictEqual(
      quotes('Ana Ruiz said “the plan is dead,” and Tom Hale agreed.').map((q) => q.text),
      ['“the plan is dead,”'],
    );
  });

  it('keeps a lead with a verb of its own before the colon in the claim', () => {
    const all = quotes('Ana Ruiz said the choice facing the town was simple: “We leave or we die.”');
    assert.strictEqual(all.length, 1, JSON.stringify(all));
    assert.strictEqual(all[0].kind, 'mixed');
  });

  it('gives a long quotation after "described … as" to the subject, a short one is a phrase', () => {
    const long = quotes('Ana Ruiz described the plan as “a complete waste of money and time for everyone involved.”');
    assert.deepStrictEqual(
      long.map((q) => [q.kind, q.speaker]),
      [['direct', 'Ana Ruiz']],
    );
    assert.deepStrictEqual(quotes('Tracy described herself as “short of breath” after the climb.'), []);
  });

  it('keeps a quotation after a dash, and no one-word quotation after "said, and"', () => {
    assert.strictEqual(
      quotes('She had one message for the council — “Stop wasting money on consultants and fix the roads now.”').length,
      1,
    );
    const storm = quotes(
      'The storm knocked out power to 40,000 homes, Hydro Quebec said, and “significant” delays are expected.',
    );
    assert.ok(!storm.some((q) => q.text.includes('significant')), JSON.stringify(storm));
  });

  it('reads no words in a statement read out, nor in a manner verb with no quotation beside it', () => {
    for (const text of [
      'In a statement read outside the courthouse by her lawyer, the family thanked the jurors.',
      'Oil gushed from the ruptured pipeline for three days before crews could stop it.',
      'Smith muttered an apology and walked out of the courtroom.',
      'The boy screamed for help as the water rose around him.',
    ])
      assert.deepStrictEqual(quotes(text), [], text);
  });

  it('looks past an aside only to a subject that opens its clause', () => {
    const coach = quotes('The coach, who replaced Bill Hale, at a news conference Friday, said the team was ready.');
    assert.strictEqual(quoteOpening(coach, 'the team').speaker, 'The coach');
  });

  it('does not give the words shouted by someone named in the report to the description that reports them', () => {
    const all = quotes(
      'A senior official said the talks had collapsed after the envoy stood up and shouted, “This is an insult!”',
    );
    assert.ok(!all.some((q) => q.kind === 'direct' && q.speaker === 'A senior official'), JSON.stringify(all));
  });
});
