// src/extension/wire.ts in plain Node: the annotation as a worker sends it, and back.
import * as assert from 'node:assert/strict';
import { annotate } from '../../src/core/annotate';
import type { Annotation, Entity } from '../../src/core/types';
import { decode, encode } from '../../src/extension/wire';

const TEXT =
  'Photo: NASA\n\n"We are confident," NASA said. Mayor Elena Ruiz said the bridge would open. "Soon," she added.\n';

/** Entities with their mentions in document order (decode sorts them; the recognizer need not). */
const sortedMentions = (a: Annotation): Entity[] =>
  a.entities.map((e) => ({ ...e, mentions: [...e.mentions].sort((x, y) => x.start - y.start) }));

describe('wire: encode/decode', () => {
  it('round-trips a hand-built annotation: same-name entities stay apart, every entity field kept', async () => {
    const span = (needle: string, nth = 0) => {
      let start = -1;
      for (let i = 0; i <= nth; i++) start = TEXT.indexOf(needle, start + 1);
      return { start, end: start + needle.length, text: needle };
    };
    const a: Annotation = {
      id: 'launch.txt',
      entities: [
        { id: 'e1', type: 'ORG', name: 'NASA', role: null, aliases: [], mentions: [span('NASA', 0)] },
        { id: 'e2', type: 'ORG', name: 'NASA', role: null, aliases: [], mentions: [span('NASA', 1)] },
        // A field the editor does not know of (the recognizer's gender fields) crosses too.
        {
          id: 'e3',
          type: 'PERSON',
          name: 'Elena Ruiz',
          role: 'Mayor',
          aliases: ['Ruiz'],
          mentions: [span('Elena Ruiz')],
          gender: 'female',
          genderEvidence: 'pronoun',
        } as Entity,
      ],
      quotes: [
        { ...span('"Soon,"'), kind: 'direct', speaker: 'e3', speakerMention: span('she'), cue: span('added') },
        {
          ...span('"We are confident,"'),
          kind: 'direct',
          speaker: 'e2',
          speakerMention: span('NASA', 1),
          cue: span('said'),
        },
        { ...span('the bridge would open'), kind: 'indirect', speaker: null, speakerMention: null, cue: null },
      ],
    };
    const { annotation, mentions } = await decode(TEXT, encode(a), () => new Promise((r) => setImmediate(r)), 1);
    assert.equal(annotation.id, 'launch.txt');
    assert.deepEqual(annotation.entities, a.entities);
    assert.deepEqual(
      annotation.quotes,
      [...a.quotes].sort((x, y) => x.start - y.start),
    );
    assert.deepEqual(
      mentions.map((m) => [m.span.start, m.entity.id]),
      [
        [span('NASA', 0).start, 'e1'],
        [span('NASA', 1).start, 'e2'],
        [span('Elena Ruiz').start, 'e3'],
      ],
    );
    for (const m of mentions)
      assert.equal(
        m.entity,
        annotation.entities.find((e) => e.id === m.entity.id),
        'mentions point at the decoded entities',
      );
  });

  it("round-trips the recognizer's annotation, spans sorted, no id when none was given", async () => {
    const a = annotate(TEXT);
    const { annotation, mentions } = await decode(TEXT, encode(a));
    assert.ok(!('id' in annotation));
    assert.deepEqual(sortedMentions(annotation), sortedMentions(a));
    assert.deepEqual(
      annotation.quotes,
      [...a.quotes].sort((x, y) => x.start - y.start),
    );
    assert.equal(
      mentions.length,
      a.entities.reduce((n, e) => n + e.mentions.length, 0),
    );
    for (let i = 1; i < mentions.length; i++) assert.ok(mentions[i - 1].span.start <= mentions[i].span.start);
  });

  it('sends spans as transferable numbers, without their text', () => {
    const w = encode(annotate(TEXT));
    assert.ok(w.mentions instanceof Int32Array && w.quotes instanceof Int32Array);
    assert.ok(!JSON.stringify(w.entities).includes('"mentions"'));
  });
});
