import * as assert from 'assert';
import {
  applyCorrections,
  type AppliedCorrections,
  type Correction,
  type CorrectionsFile,
} from '../../src/core/corrections';
import type { Annotation, Entity, Quote, Span } from '../../src/core/types';
import { checkEntities, checkQuotes, type AnnotateProblem } from '../../src/core/validate';

// A small article of our own, and an annotation of it written by hand (as the recognizer might have made it,
// with its mistakes), so that each correction's effect is known exactly.
const ARTICLE =
  'Elena Varga, the finance minister, spoke on Monday. “We will cut the deficit,” Varga said. ' +
  'A senior official said the plan was late. “Read the label,” the sign said. ' +
  'City Hall said the roads were closed. Caleb Jones agreed. “Fine,” Jones said. Regina King was there.';

/** The span of the `nth` (from 0) occurrence of `s` in `text`. */
function at(text: string, s: string, nth = 0): Span {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(s, i + 1);
    assert.ok(i >= 0, `fixture: occurrence ${nth} of ${s} is not in the text`);
  }
  return { start: i, end: i + s.length, text: s };
}

const person = (id: string, name: string, mentions: Span[], extra: Partial<Entity> = {}): Entity => ({
  id,
  type: 'PERSON',
  name,
  role: null,
  roleMention: null,
  otherRoles: [],
  aliases: [],
  mentions,
  gender: null,
  genderEvidence: null,
  ...extra,
});

const quote = (span: Span, kind: Quote['kind'], speaker: string | null, mention: Span | null): Quote => ({
  ...span,
  kind,
  speaker,
  speakerMention: mention,
  cue: null,
  attribution: { rule: speaker ? 'cue after' : 'none', confidence: 0.6 },
});

/** The recognizer's annotation of `text` (ARTICLE, or ARTICLE edited: spans are found by their text). */
function recognized(text = ARTICLE, roads = 'the roads were closed'): Annotation {
  return {
    id: 'article',
    entities: [
      person('e1', 'Elena Varga', [at(text, 'Elena Varga'), at(text, 'Varga', 1)], {
        role: 'finance minister',
        roleMention: at(text, 'finance minister'),
        aliases: ['Varga'],
        gender: 'female',
        genderEvidence: 'given name',
      }),
      { ...person('e2', 'City Hall', [at(text, 'City Hall')]), type: 'LOC' },
      person('e3', 'Caleb Jones', [at(text, 'Caleb Jones')], { gender: 'male', genderEvidence: 'given name' }),
      person('e4', 'Jones', [at(text, 'Jones', 1)]),
    ],
    quotes: [
      quote(at(text, '“We will cut the deficit,”'), 'direct', 'e1', at(text, 'Varga', 1)),
      quote(at(text, 'the plan was late'), 'indirect', null, at(text, 'A senior official')),
      quote(at(text, '“Read the label,”'), 'direct', null, null),
      quote(at(text, roads), 'indirect', 'e2', at(text, 'City Hall')),
      quote(at(text, '“Fine,”'), 'direct', 'e4', at(text, 'Jones', 1)),
    ],
  };
}

/** The anchor of a quote as a correction stores it. */
const anchor = (s: string, text = ARTICLE) => at(text, s);

/** Applies `corrections` and checks the result is valid: no repair needed, every speaker an entity. */
function apply(corrections: Correction[], text = ARTICLE, annotation = recognized(text)): AppliedCorrections {
  const result = applyCorrections(text, annotation, { version: 1, corrections });
  assert.deepStrictEqual(result.repairs, [], 'nothing to repair');
  const { entities, quotes } = result.annotation;
  const problems: AnnotateProblem[] = [];
  checkEntities(text, entities, (p) => problems.push(p));
  const ids = new Set(entities.map((e) => e.id));
  checkQuotes(text, quotes, ids, (p) => problems.push(p));
  assert.deepStrictEqual(problems, [], 'the corrected annotation needs no repair');
  assert.strictEqual(ids.size, entities.length, 'entity ids are unique');
  for (const q of quotes) if (q.speaker !== null) assert.ok(ids.has(q.speaker), `speaker ${q.speaker} is an entity`);
  return result;
}

const quoteAt = (result: AppliedCorrections, s: string) => {
  const q = result.annotation.quotes.find((x) => x.text === s);
  assert.ok(q, `no quote ${s}`);
  return q;
};
const entityNamed = (result: AppliedCorrections, name: string) => {
  const e = result.annotation.entities.find((x) => x.name === name);
  assert.ok(e, `no entity ${name}`);
  return e;
};

describe('corrections: applying them', () => {
  it('an empty file changes nothing', () => {
    const result = apply([]);
    assert.deepStrictEqual(result.annotation, recognized());
    assert.deepStrictEqual(result.unplaced, []);
    assert.strictEqual(result.applied, 0);
  });

  it('a speaker named by an entity’s name: speaker, nearest mention, attribution "corrected"', () => {
    const result = apply([{ quote: anchor('“We will cut the deficit,”'), speaker: 'Caleb Jones' }]);
    const q = quoteAt(result, '“We will cut the deficit,”');
    assert.strictEqual(q.speaker, 'e3');
    assert.deepStrictEqual(q.speakerMention, at(ARTICLE, 'Caleb Jones'));
    assert.deepStrictEqual(q.attribution, { rule: 'corrected', confidence: 1 });
    assert.strictEqual(result.applied, 1);
  });

  it('a speaker named by another name or a mention finds the entity', () => {
    const byAlias = apply([{ quote: anchor('“Fine,”'), speaker: 'Varga' }]);
    assert.strictEqual(quoteAt(byAlias, '“Fine,”').speaker, 'e1');
    // The mention nearest the quote, not the first one.
    assert.deepStrictEqual(quoteAt(byAlias, '“Fine,”').speakerMention, at(ARTICLE, 'Varga', 1));
  });

  it('a confirmed speaker keeps the recognizer’s mention and is marked corrected', () => {
    const result = apply([{ quote: anchor('“We will cut the deficit,”'), speaker: 'Elena Varga', confirmed: true }]);
    const q = quoteAt(result, '“We will cut the deficit,”');
    assert.strictEqual(q.speaker, 'e1');
    assert.deepStrictEqual(q.speakerMention, at(ARTICLE, 'Varga', 1));
    assert.deepStrictEqual(q.attribution, { rule: 'corrected', confidence: 1 });
  });

  it('a speaker the recognizer did not find as an entity but in the text: a new person', () => {
    const result = apply([{ quote: anchor('“Read the label,”'), speaker: 'Regina King' }]);
    const king = entityNamed(result, 'Regina King');
    assert.strictEqual(king.type, 'PERSON');
    assert.deepStrictEqual(king.mentions, [at(ARTICLE, 'Regina King')]);
    assert.ok(!['e1', 'e2', 'e3', 'e4'].includes(king.id), `a fresh id, not ${king.id}`);
    assert.strictEqual(quoteAt(result, '“Read the label,”').speaker, king.id);
  });

  it('a speaker whose name is not in the text: unplaced with the reason, the quote unchanged', () => {
    const correction: Correction = { quote: anchor('“Read the label,”'), speaker: 'Martin Oduya' };
    const result = apply([correction]);
    assert.deepStrictEqual(quoteAt(result, '“Read the label,”'), recognized().quotes[2]);
    assert.strictEqual(result.unplaced.length, 1);
    assert.strictEqual(result.unplaced[0].index, 0);
    assert.deepStrictEqual(result.unplaced[0].correction, correction);
    assert.match(result.unplaced[0].reason, /Martin Oduya.*not in the article/);
    assert.strictEqual(result.applied, 0);
  });

  it('an unnamed source: no speaker, its description kept, its words as the mention', () => {
    const result = apply([{ quote: anchor('the roads were closed'), speaker: null, unnamed: 'a senior official' }]);
    const q = quoteAt(result, 'the roads were closed');
    assert.strictEqual(q.speaker, null);
    assert.strictEqual(q.unnamed, 'a senior official');
    assert.deepStrictEqual(q.speakerMention, at(ARTICLE, 'A senior official'));
  });

  it('speaker null without a description: no speaker, no mention', () => {
    const q = quoteAt(apply([{ quote: anchor('“Fine,”'), speaker: null }]), '“Fine,”');
    assert.strictEqual(q.speaker, null);
    assert.strictEqual(q.speakerMention, null);
    assert.strictEqual(q.unnamed, undefined);
  });

  it('not a quote: the quote is removed, the others stay', () => {
    const result = apply([{ quote: anchor('“Read the label,”'), notAQuote: true }]);
    assert.deepStrictEqual(
      result.annotation.quotes.map((q) => q.text),
      ['“We will cut the deficit,”', 'the plan was late', 'the roads were closed', '“Fine,”'],
    );
    assert.strictEqual(result.applied, 1);
  });

  it('a kind correction changes the kind and nothing else', () => {
    const result = apply([{ quote: anchor('the plan was late'), kind: 'mixed' }]);
    const before = recognized().quotes[1];
    assert.deepStrictEqual(quoteAt(result, 'the plan was late'), { ...before, kind: 'mixed' });
  });

  it('a quote the recognizer did not find is added, in order, as direct unless the correction says', () => {
    const result = apply([{ quote: anchor('Caleb Jones agreed'), speaker: 'Caleb Jones', kind: 'indirect' }]);
    const texts = result.annotation.quotes.map((q) => q.text);
    assert.deepStrictEqual(texts, [
      '“We will cut the deficit,”',
      'the plan was late',
      '“Read the label,”',
      'the roads were closed',
      'Caleb Jones agreed',
      '“Fine,”',
    ]);
    const added = quoteAt(result, 'Caleb Jones agreed');
    assert.strictEqual(added.kind, 'indirect');
    assert.strictEqual(added.speaker, 'e3');
    const plain = apply([{ quote: anchor('Regina King was there'), speaker: null }]);
    assert.strictEqual(quoteAt(plain, 'Regina King was there').kind, 'direct');
  });

  it('a quote whose span the recognizer found a little differently is that quote, not a new one', () => {
    const annotation = recognized();
    const deficit = at(ARTICLE, 'We will cut the deficit'); // without the marks
    annotation.quotes[0] = { ...annotation.quotes[0], ...deficit };
    const result = apply(
      [{ quote: anchor('“We will cut the deficit,”'), speaker: 'Caleb Jones' }],
      ARTICLE,
      annotation,
    );
    assert.strictEqual(result.annotation.quotes.length, 5);
    const q = quoteAt(result, 'We will cut the deficit');
    assert.strictEqual(q.start, deficit.start);
    assert.strictEqual(q.speaker, 'e3');
  });

  it('a quote overlapping a found one too little to be the same: unplaced, neither changed nor added', () => {
    // "the sign said. City Hall said the roads" shares only "the roads" with the quote "the roads were closed".
    const correction: Correction = { quote: anchor('the sign said. City Hall said the roads'), notAQuote: true };
    const result = apply([correction]);
    assert.deepStrictEqual(result.annotation, recognized());
    assert.strictEqual(result.unplaced.length, 1);
    assert.match(result.unplaced[0].reason, /overlaps another quote .*the roads were closed/);
  });

  it('a name found only inside a longer name is that entity, not a new one', () => {
    const text = 'Elena Varga spoke. “Soon,” she said.';
    const annotation: Annotation = {
      entities: [person('e1', 'Elena Varga', [at(text, 'Elena Varga')])],
      quotes: [quote(at(text, '“Soon,”'), 'direct', null, null)],
    };
    const result = apply(
      [
        { entity: 'Varga', role: 'Prime Minister' },
        { quote: at(text, '“Soon,”'), speaker: 'Varga' },
      ],
      text,
      annotation,
    );
    assert.strictEqual(result.annotation.entities.length, 1, 'no entity added');
    assert.strictEqual(result.annotation.entities[0].role, 'Prime Minister');
    assert.strictEqual(result.annotation.quotes[0].speaker, 'e1');
  });

  it('role and gender of an entity named by its other name', () => {
    const result = apply([{ entity: 'Varga', role: 'Prime Minister', gender: 'female' }]);
    const varga = entityNamed(result, 'Elena Varga');
    assert.strictEqual(varga.role, 'Prime Minister');
    assert.strictEqual(varga.roleMention, null);
    assert.strictEqual(varga.gender, 'female');
    assert.strictEqual(varga.genderEvidence, 'known');
  });

  it('role null and gender null clear them', () => {
    const varga = entityNamed(apply([{ entity: 'Elena Varga', role: null, gender: null }]), 'Elena Varga');
    assert.strictEqual(varga.role, null);
    assert.strictEqual(varga.gender, null);
    assert.strictEqual(varga.genderEvidence, null);
  });

  it('a new type; a place made an organization keeps its quotes', () => {
    const result = apply([{ entity: 'City Hall', type: 'ORG' }]);
    assert.strictEqual(entityNamed(result, 'City Hall').type, 'ORG');
    assert.strictEqual(quoteAt(result, 'the roads were closed').speaker, 'e2');
  });

  it('type of a name the recognizer missed: a new entity of that type', () => {
    const result = apply([{ entity: 'Regina King', type: 'PERSON' }]);
    const king = entityNamed(result, 'Regina King');
    assert.strictEqual(king.type, 'PERSON');
    assert.deepStrictEqual(king.mentions, [at(ARTICLE, 'Regina King')]);
  });

  it('type null: the entity is dropped and no quote keeps it as speaker', () => {
    const result = apply([{ entity: 'City Hall', type: null }]);
    assert.ok(!result.annotation.entities.some((e) => e.name === 'City Hall'));
    const q = quoteAt(result, 'the roads were closed');
    assert.strictEqual(q.speaker, null);
    assert.strictEqual(q.speakerMention, null);
  });

  it('sameAs merges into the other entity: its id, the fuller name, both names and mentions, its quotes', () => {
    const result = apply([
      { quote: anchor('“Read the label,”'), speaker: 'Caleb Jones' },
      { entity: 'Caleb Jones', sameAs: 'Jones' },
    ]);
    const joneses = result.annotation.entities.filter((e) => e.name.includes('Jones'));
    assert.strictEqual(joneses.length, 1);
    const jones = joneses[0];
    assert.strictEqual(jones.id, 'e4', 'the entity merged into keeps its id');
    assert.strictEqual(jones.name, 'Caleb Jones');
    assert.deepStrictEqual(jones.aliases, ['Jones']);
    assert.deepStrictEqual(jones.mentions, [at(ARTICLE, 'Caleb Jones'), at(ARTICLE, 'Jones', 1)]);
    assert.strictEqual(jones.gender, 'male');
    assert.strictEqual(quoteAt(result, '“Read the label,”').speaker, 'e4');
    assert.strictEqual(quoteAt(result, '“Fine,”').speaker, 'e4');
  });

  it('sameAs an entity not in the text: unplaced, nothing merged', () => {
    const result = apply([{ entity: 'Caleb Jones', sameAs: 'Chris Jones' }]);
    assert.strictEqual(result.unplaced.length, 1);
    assert.match(result.unplaced[0].reason, /Chris Jones/);
    assert.deepStrictEqual(result.annotation.entities, recognized().entities);
  });

  it('a later correction of the same quote or the same fact overrides an earlier one', () => {
    const result = apply([
      { quote: anchor('“Fine,”'), speaker: 'Varga' },
      { entity: 'Varga', role: 'Prime Minister' },
      { quote: anchor('“Fine,”'), speaker: 'Caleb Jones' },
      { entity: 'Elena Varga', role: 'Deputy Prime Minister' },
    ]);
    assert.strictEqual(quoteAt(result, '“Fine,”').speaker, 'e3');
    assert.strictEqual(entityNamed(result, 'Elena Varga').role, 'Deputy Prime Minister');
    assert.strictEqual(result.applied, 4);
  });

  it('not a quote, then a speaker for it: the quote is back with that speaker', () => {
    const result = apply([
      { quote: anchor('“Read the label,”'), notAQuote: true },
      { quote: anchor('“Read the label,”'), speaker: 'Regina King' },
    ]);
    assert.strictEqual(quoteAt(result, '“Read the label,”').speaker, entityNamed(result, 'Regina King').id);
  });

  it('after the article is edited, corrections find their quotes again; one whose quote changed is unplaced', () => {
    const corrections: Correction[] = [
      { quote: anchor('“Fine,”'), speaker: 'Varga' },
      { quote: anchor('“Read the label,”'), notAQuote: true },
      { quote: anchor('the roads were closed'), speaker: 'Regina King' },
    ];
    const edited = ('UPDATE: a new paragraph at the top.\n\n' + ARTICLE).replace(
      'the roads were closed',
      'the roads were open',
    );
    // The recognizer's annotation of the edited article: the same, moved, with the new wording.
    const result = apply(corrections, edited, recognized(edited, 'the roads were open'));
    assert.strictEqual(quoteAt(result, '“Fine,”').speaker, 'e1');
    assert.ok(!result.annotation.quotes.some((q) => q.text === '“Read the label,”'));
    assert.deepStrictEqual(
      result.unplaced.map((u) => u.index),
      [2],
    );
    assert.match(result.unplaced[0].reason, /no longer in the article/);
    assert.strictEqual(quoteAt(result, 'the roads were open').speaker, 'e2', 'the changed quote is not touched');
  });

  it('an ambiguous quote is unplaced rather than applied to the wrong one', () => {
    const text = '“No.” Varga said. Jones said: “No.”';
    const annotation: Annotation = {
      entities: [person('e1', 'Varga', [at(text, 'Varga')]), person('e2', 'Jones', [at(text, 'Jones')])],
      quotes: [
        quote(at(text, '“No.”'), 'direct', 'e1', at(text, 'Varga')),
        quote(at(text, '“No.”', 1), 'direct', 'e2', at(text, 'Jones')),
      ],
    };
    // Its old place lay exactly between the two.
    const first = at(text, '“No.”').start;
    const second = at(text, '“No.”', 1).start;
    const middle = (first + second) / 2;
    const result = apply(
      [{ quote: { start: middle, end: middle + 5, text: '“No.”' }, speaker: 'Jones' }],
      text,
      annotation,
    );
    assert.strictEqual(result.unplaced.length, 1);
    assert.deepStrictEqual(result.annotation, annotation);
  });

  it('does not change its input', () => {
    const annotation = recognized();
    const before = JSON.parse(JSON.stringify(annotation));
    const file: CorrectionsFile = {
      version: 1,
      corrections: [
        { quote: anchor('“We will cut the deficit,”'), speaker: 'Regina King' },
        { quote: anchor('“Read the label,”'), notAQuote: true },
        { entity: 'Varga', role: 'Prime Minister', gender: 'female' },
        { entity: 'Caleb Jones', sameAs: 'Jones' },
        { entity: 'City Hall', type: null },
      ],
    };
    const fileBefore = JSON.parse(JSON.stringify(file));
    const result = applyCorrections(ARTICLE, annotation, file);
    assert.deepStrictEqual(annotation, before);
    assert.deepStrictEqual(file, fileBefore);
    assert.strictEqual(result.applied, 5);
    assert.notStrictEqual(result.annotation.entities, annotation.entities);
  });
});
