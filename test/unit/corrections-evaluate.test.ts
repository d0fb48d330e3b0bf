import * as assert from 'assert';
import { applyCorrections, evaluateCorrections } from '../../src/core/corrections';
import type { Annotation, Entity, Quote, Span } from '../../src/core/types';

const TEXT =
  'Ana Ruiz, the mayor, spoke. “Yes,” Ruiz said. “No,” said Tom Hale, a clerk. “Maybe,” Hale said. “Later,” it said.';
const at = (s: string, nth = 0): Span => {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = TEXT.indexOf(s, i + 1);
  assert.ok(i >= 0, s);
  return { start: i, end: i + s.length, text: s };
};
const person = (id: string, name: string, role: string | null, mentions: Span[]): Entity => ({
  id,
  type: 'PERSON',
  name,
  role,
  aliases: [],
  mentions,
});
const quote = (s: string, speaker: string | null): Quote => ({
  ...at(s),
  kind: 'direct',
  speaker,
  speakerMention: null,
  cue: null,
});

const RECOGNIZED: Annotation = {
  entities: [
    person('e1', 'Ana Ruiz', 'mayor', [at('Ana Ruiz'), at('Ruiz', 1)]),
    person('e2', 'Tom Hale', 'clerk', [at('Tom Hale')]),
    person('e3', 'Hale', null, [at('Hale', 1)]),
  ],
  quotes: [quote('“Yes,”', 'e1'), quote('“No,”', 'e1'), quote('“Maybe,”', 'e3'), quote('“Later,”', null)],
};

describe('corrections: evaluating the recognizer by them', () => {
  it('no corrections: everything kept and unchanged', () => {
    const e = evaluateCorrections(RECOGNIZED, RECOGNIZED);
    assert.deepStrictEqual([e.quotes.precision, e.speakers.precision, e.roles.precision], [1, 1, 1]);
    assert.deepStrictEqual([e.quotes.of, e.speakers.of, e.roles.of], [4, 3, 2]);
  });

  it('counts removed quotes, changed speakers and roles; a merge is not a changed speaker', () => {
    const { annotation } = applyCorrections(TEXT, RECOGNIZED, {
      version: 1,
      corrections: [
        { quote: at('“Later,”'), notAQuote: true },
        { quote: at('“No,”'), speaker: 'Tom Hale' },
        { entity: 'Tom Hale', sameAs: 'Hale' }, // "Maybe" stays Hale's: the same person under a merged entity
        { entity: 'Ana Ruiz', role: 'Mayor of Eastport' },
        { quote: at('Ana Ruiz, the mayor, spoke'), speaker: 'Ana Ruiz', kind: 'indirect' },
      ],
    });
    const e = evaluateCorrections(RECOGNIZED, annotation);
    assert.deepStrictEqual(e.quotes, { part: 3, of: 4, precision: 0.75, kept: 3, recognized: 4, removed: 1, added: 1 });
    // Of the 3 kept quotes with a speaker ("Yes" Ruiz, "No" Ruiz -> Hale, "Maybe" Hale), 2 unchanged.
    assert.deepStrictEqual(e.speakers, { part: 2, of: 3, precision: 2 / 3, unchanged: 2, attributed: 3 });
    // Ruiz's role changed, Hale's (the clerk, now merged) did not.
    assert.deepStrictEqual(e.roles, { part: 1, of: 2, precision: 0.5, unchanged: 1, withRole: 2 });
  });

  it('nothing to judge: precision null, not NaN', () => {
    const empty: Annotation = { entities: [], quotes: [] };
    const e = evaluateCorrections(empty, empty);
    assert.strictEqual(e.quotes.precision, null);
    assert.strictEqual(e.speakers.precision, null);
    assert.strictEqual(e.roles.precision, null);
  });
});
