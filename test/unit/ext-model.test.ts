// src/extension/model.ts in plain Node: the annotation indexed for the editor (lookups by offset, speakers
// ranked and colored) and the helpers the jump commands, hovers and the Speakers view use. The annotation is
// built by hand on a text written for this test.
import * as assert from 'node:assert/strict';
import type { Annotation, Entity, Quote, Span } from '../../src/core/types';
import {
  AnnotationModel,
  PALETTE_SIZE,
  firstWords,
  genderLabel,
  kindLabel,
  stepQuote,
  typeLabel,
  upperBound,
} from '../../src/extension/model';

const TEXT =
  'Mayor Ann Lee opened Harbor Bridge. "It is a good day," Lee said. ' +
  'Police chief Bo Chen said the roads were clear. "We are ready," Chen told reporters. ' +
  '"Traffic will be light," Lee added. Chen said more officers would patrol. Someone shouted "Finally!"\n';

/** The `nth` occurrence of `needle` in TEXT as a span. */
function at(needle: string, nth = 0): Span {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = TEXT.indexOf(needle, start + 1);
  assert.ok(start >= 0, `"${needle}" #${nth} in the text`);
  return { start, end: start + needle.length, text: needle };
}

function quote(
  words: string,
  kind: Quote['kind'],
  speaker: string | null,
  speakerMention: Span | null,
  cue: Span | null,
): Quote {
  return { ...at(words), kind, speaker, speakerMention, cue };
}

const lee: Entity = {
  id: 'e1',
  type: 'PERSON',
  name: 'Ann Lee',
  role: 'Mayor',
  aliases: ['Lee'],
  mentions: [at('Ann Lee'), at('Lee', 1), at('Lee', 2)],
};
const bridge: Entity = {
  id: 'e2',
  type: 'LOC',
  name: 'Harbor Bridge',
  role: null,
  aliases: [],
  mentions: [at('Harbor Bridge')],
};
const chen: Entity = {
  id: 'e3',
  type: 'PERSON',
  name: 'Bo Chen',
  role: 'Police chief',
  aliases: ['Chen'],
  mentions: [at('Bo Chen'), at('Chen', 1), at('Chen', 2)],
};

const Q = {
  goodDay: quote('"It is a good day,"', 'direct', 'e1', at('Lee', 1), at('said')),
  roads: quote('the roads were clear', 'indirect', 'e3', at('Bo Chen'), at('said', 1)),
  ready: quote('"We are ready,"', 'direct', 'e3', at('Chen', 1), at('told')),
  traffic: quote('"Traffic will be light,"', 'direct', 'e1', at('Lee', 2), at('added')),
  officers: quote('more officers would patrol', 'indirect', 'e3', at('Chen', 2), at('said', 2)),
  finally: quote('"Finally!"', 'direct', null, null, at('shouted')),
};
const inOrder = [Q.goodDay, Q.roads, Q.ready, Q.traffic, Q.officers, Q.finally];

/** The annotation with its quotes shuffled (the model must not rely on their order). */
function annotation(): Annotation {
  return { entities: [lee, bridge, chen], quotes: [Q.officers, Q.goodDay, Q.finally, Q.ready, Q.traffic, Q.roads] };
}

describe('AnnotationModel', () => {
  const model = new AnnotationModel(annotation());

  it('sorts quotes and mentions by offset', () => {
    assert.deepEqual(model.quotes, inOrder);
    const starts = model.mentions.map((m) => m.span.start);
    assert.deepEqual(
      starts,
      [...starts].sort((a, b) => a - b),
    );
    assert.equal(model.mentions.length, 7);
    assert.equal(model.mentions[1].entity, bridge);
  });

  it('uses the sorted mentions it is given instead of making its own', () => {
    const given = [{ span: at('Ann Lee'), entity: lee }];
    assert.equal(new AnnotationModel(annotation(), given).mentions, given);
  });

  it('ranks speakers most quoted first, with quote and claim counts; a quote without a known speaker is unattributed', () => {
    assert.deepEqual(
      model.speakers.map((s) => [s.entity.name, s.quotes.length, s.quoteCount, s.claimCount]),
      [
        ['Bo Chen', 3, 1, 2],
        ['Ann Lee', 2, 2, 0],
      ],
    );
    assert.deepEqual(model.speakers[0].quotes, [Q.roads, Q.ready, Q.officers], "a speaker's quotes in document order");
    assert.deepEqual(model.unattributed, [Q.finally]);
    assert.equal(model.speakerById.get('e2'), undefined, 'never quoted: not a speaker');
    const ghost = new AnnotationModel({ entities: [lee], quotes: [{ ...Q.ready, speaker: 'e9' }] });
    assert.deepEqual(
      ghost.unattributed.map((q) => q.text),
      ['"We are ready,"'],
      'a speaker id with no entity',
    );
  });

  it('colors speakers in order of first mention, not of rank, so colors stay put as counts change', () => {
    assert.equal(model.speakerById.get('e1')!.color, 0);
    assert.equal(model.speakerById.get('e3')!.color, 1);
    // More speakers than colors: the palette repeats.
    const many: Entity[] = [];
    const quotes: Quote[] = [];
    for (let i = 0; i < PALETTE_SIZE + 2; i++) {
      many.push({
        id: `p${i}`,
        type: 'PERSON',
        name: `P${i}`,
        role: null,
        aliases: [],
        mentions: [{ start: i, end: i + 1, text: 'x' }],
      });
      quotes.push({
        start: 100 + i,
        end: 101 + i,
        text: 'q',
        kind: 'direct',
        speaker: `p${i}`,
        speakerMention: null,
        cue: null,
      });
    }
    const colors = new AnnotationModel({ entities: many, quotes }).speakers.map((s) => s.color);
    assert.deepEqual(colors, [0, 1, 2, 3, 4, 5, 0, 1]);
  });

  it('ties in quote count go to the speaker mentioned first', () => {
    const tie = new AnnotationModel({ entities: [chen, lee], quotes: [Q.ready, Q.goodDay] });
    assert.deepEqual(
      tie.speakers.map((s) => s.entity.name),
      ['Ann Lee', 'Bo Chen'],
    );
  });

  it('quoteAt: the quote containing an offset, its end included', () => {
    assert.equal(model.quoteAt(Q.ready.start), Q.ready);
    assert.equal(model.quoteAt(Q.ready.start + 3), Q.ready);
    assert.equal(model.quoteAt(Q.ready.end), Q.ready, 'a cursor just after the quote');
    assert.equal(model.quoteAt(Q.ready.end + 2), undefined);
    assert.equal(model.quoteAt(0), undefined);
  });

  it('mentionAt, speakerMentionAt and entityAt', () => {
    assert.equal(model.mentionAt(at('Harbor Bridge').start + 4)?.entity, bridge);
    assert.equal(model.mentionAt(at('Bo Chen').end)?.entity, chen, 'end included');
    assert.equal(model.mentionAt(at('opened').start + 2), undefined);
    const said = model.speakerMentionAt(at('Lee', 2).start + 1);
    assert.equal(said?.quote, Q.traffic);
    assert.equal(said?.entity, lee);
    assert.equal(model.speakerMentionAt(at('Someone').start), undefined);
    assert.equal(model.entityAt(at('Chen', 2).start), chen);
    // A speaker mention that is not among the entity's mentions still names the speaker.
    const onlyQuote = new AnnotationModel({ entities: [{ ...lee, mentions: [at('Ann Lee')] }], quotes: [Q.traffic] });
    assert.equal(onlyQuote.mentionAt(at('Lee', 2).start), undefined);
    assert.equal(onlyQuote.entityAt(at('Lee', 2).start)?.id, 'e1');
  });

  it('quotesBy and definitionOf', () => {
    assert.deepEqual(model.quotesBy('e1'), [Q.goodDay, Q.traffic]);
    assert.deepEqual(model.quotesBy('e2'), []);
    assert.deepEqual(model.definitionOf(lee), at('Ann Lee'), 'the first full-name mention');
    const lateFull: Entity = { ...lee, mentions: [at('Lee', 1), at('Ann Lee')] };
    assert.deepEqual(model.definitionOf(lateFull), at('Ann Lee'), 'a full-name mention after a short one');
    const shortOnly: Entity = { ...lee, mentions: [at('Lee', 2), at('Lee', 1)] };
    assert.deepEqual(model.definitionOf(shortOnly), at('Lee', 2), 'no full-name mention: the first mention');
    assert.equal(model.definitionOf({ ...lee, mentions: [] }), undefined);
  });
});

describe('upperBound', () => {
  const items = [1, 3, 3, 5];
  it('the index of the first item whose key is greater than the value', () => {
    assert.equal(
      upperBound(items, 0, (x) => x),
      0,
    );
    assert.equal(
      upperBound(items, 3, (x) => x),
      3,
    );
    assert.equal(
      upperBound(items, 4, (x) => x),
      3,
    );
    assert.equal(
      upperBound(items, 5, (x) => x),
      4,
    );
    assert.equal(
      upperBound([], 5, (x: number) => x),
      0,
    );
  });
});

describe('stepQuote', () => {
  it('no quotes: nothing', () => {
    assert.equal(stepQuote([], undefined, 0, 1), undefined);
  });

  it('from the current quote to the next or previous, wrapping around', () => {
    assert.deepEqual(stepQuote(inOrder, Q.roads, 0, 1), { quote: Q.ready, wrapped: false });
    assert.deepEqual(stepQuote(inOrder, Q.roads, 0, -1), { quote: Q.goodDay, wrapped: false });
    assert.deepEqual(stepQuote(inOrder, Q.finally, 0, 1), { quote: Q.goodDay, wrapped: true });
    assert.deepEqual(stepQuote(inOrder, Q.goodDay, 0, -1), { quote: Q.finally, wrapped: true });
  });

  it('from the cursor when it is in no quote', () => {
    const between = at('Police').start;
    assert.deepEqual(stepQuote(inOrder, undefined, between, 1), { quote: Q.roads, wrapped: false });
    assert.deepEqual(stepQuote(inOrder, undefined, between, -1), { quote: Q.goodDay, wrapped: false });
    assert.deepEqual(stepQuote(inOrder, undefined, TEXT.length, 1), { quote: Q.goodDay, wrapped: true });
    assert.deepEqual(stepQuote(inOrder, undefined, 0, -1), { quote: Q.finally, wrapped: true });
  });

  it("a current quote not in the list (another speaker's) counts as the cursor", () => {
    const lees = [Q.goodDay, Q.traffic];
    assert.deepEqual(stepQuote(lees, Q.ready, Q.ready.start, 1), { quote: Q.traffic, wrapped: false });
  });
});

describe('labels', () => {
  it('firstWords: the first words, whitespace collapsed, an ellipsis when cut', () => {
    assert.equal(firstWords('  "It is\n a   good day,"  '), '"It is a good day,"');
    assert.equal(firstWords('one two three four', 2), 'one two…');
    assert.equal(firstWords('one two', 2), 'one two');
    assert.equal(
      firstWords('one two three four five six seven eight nine'),
      'one two three four five six seven eight…',
    );
  });

  it('genderLabel: the gender with its evidence in words, nothing when unknown', () => {
    assert.equal(
      genderLabel({ gender: 'female', genderEvidence: 'title' }),
      'female (from a title or a gendered role noun)',
    );
    assert.equal(genderLabel({ gender: 'male', genderEvidence: 'given name' }), 'male (from the given name)');
    assert.equal(genderLabel({ gender: 'male', genderEvidence: null }), 'male');
    assert.equal(genderLabel({ gender: null, genderEvidence: null }), null);
    assert.equal(genderLabel({}), null);
  });

  it('kindLabel and typeLabel', () => {
    assert.deepEqual((['direct', 'mixed', 'indirect'] as const).map(kindLabel), [
      'direct quote',
      'partial quote',
      'reported claim',
    ]);
    assert.deepEqual((['PERSON', 'ORG', 'LOC', 'MISC'] as const).map(typeLabel), [
      'Person',
      'Organization',
      'Place',
      'Other name',
    ]);
  });
});
