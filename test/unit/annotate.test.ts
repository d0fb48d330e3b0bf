// annotate(): the pipeline entry's own work: ids, segmenting very long texts and merging the segments.
import * as assert from 'assert';
import { annotate } from '../../src/core';
import { WHOLE_TEXT_LIMIT } from '../../src/core/annotate';
import { mergeSegments, segmentCuts } from '../../src/core/longText';
import type { Annotation, Entity, Quote } from '../../src/core';

const entity = (
  id: string,
  type: Entity['type'],
  name: string,
  mentions: [number, number, string][],
  aliases: string[] = [],
  role: string | null = null,
): Entity => ({
  id,
  type,
  name,
  role,
  aliases,
  mentions: mentions.map(([start, end, text]) => ({ start, end, text })),
});
const quote = (start: number, text: string, speaker: string | null): Quote => ({
  start,
  end: start + text.length,
  text,
  kind: 'direct',
  speaker,
  speakerMention: null,
  cue: null,
});

describe('annotate', () => {
  it('copies the id when given, and only then', () => {
    assert.strictEqual(annotate('Hello.', { id: 'doc-7' }).id, 'doc-7');
    assert.ok(!('id' in annotate('Hello.')));
  });

  it('returns an empty annotation for empty text', () => {
    assert.deepStrictEqual(annotate(''), { entities: [], quotes: [] });
  });
});

describe('segmentCuts', () => {
  const checkCuts = (text: string, cuts: number[], length: number) => {
    assert.strictEqual(cuts[0], 0);
    assert.strictEqual(cuts[cuts.length - 1], text.length);
    for (let i = 1; i < cuts.length; i++) {
      assert.ok(cuts[i] > cuts[i - 1] && cuts[i] - cuts[i - 1] <= length, `segment ${cuts[i - 1]}..${cuts[i]}`);
      const c = text.charCodeAt(cuts[i] - 1);
      assert.ok(!(c >= 0xd800 && c <= 0xdbff) || cuts[i] === text.length, `cut inside a surrogate pair at ${cuts[i]}`);
    }
  };

  it('leaves a text that fits in one piece alone', () => {
    assert.deepStrictEqual(segmentCuts('Short text.\n\nTwo paragraphs.', 100), [0, 28]);
    assert.deepStrictEqual(segmentCuts('', 100), [0]);
  });

  it('cuts at paragraph breaks when there are some', () => {
    const para = 'A line of a paragraph.\nAnother line, still the same paragraph.\n\n';
    const text = para.repeat(200);
    const cuts = segmentCuts(text, 1000);
    checkCuts(text, cuts, 1000);
    assert.ok(cuts.length > 5);
    for (const c of cuts.slice(1, -1)) assert.ok(c % para.length === 0, `cut at ${c} is not after a blank line`);
  });

  it('falls back to line breaks, then spaces, then anywhere but inside a surrogate pair', () => {
    const lines = 'One line with no blank line after it.\n'.repeat(100);
    const lineCuts = segmentCuts(lines, 500);
    checkCuts(lines, lineCuts, 500);
    for (const c of lineCuts.slice(1, -1)) assert.strictEqual(lines[c - 1], '\n');

    const oneLine = 'word '.repeat(1000);
    const spaceCuts = segmentCuts(oneLine, 333);
    checkCuts(oneLine, spaceCuts, 333);
    for (const c of spaceCuts.slice(1, -1)) assert.strictEqual(oneLine[c - 1], ' ');

    const emoji = '😀'.repeat(1000);
    checkCuts(emoji, segmentCuts(emoji, 101), 101);
  });

  it('is used for texts longer than WHOLE_TEXT_LIMIT, keeping offsets into the whole text', function () {
    this.timeout(120000);
    const para = 'The minister, Anna Berg, spoke in Oslo on Tuesday. "We will act," Berg said.\n\n';
    const text = para.repeat(Math.ceil((WHOLE_TEXT_LIMIT * 1.1) / para.length));
    assert.ok(segmentCuts(text).length >= 3);
    const ann = annotate(text);
    const ids = new Set(ann.entities.map((e) => e.id));
    assert.strictEqual(ids.size, ann.entities.length, 'entity ids are unique');
    ann.entities.forEach((e, i) => assert.strictEqual(e.id, `e${i + 1}`));
    for (const e of ann.entities) for (const m of e.mentions) assert.strictEqual(text.slice(m.start, m.end), m.text);
    for (const q of ann.quotes) {
      assert.strictEqual(text.slice(q.start, q.end), q.text);
      assert.ok(q.speaker === null || ids.has(q.speaker));
    }
    // Segments add no entities of their own: an entity named in the first segment is the same one later.
    const countKeys = (a: Annotation) => {
      const n = new Map<string, number>();
      for (const e of a.entities) n.set(`${e.type} ${e.name}`, (n.get(`${e.type} ${e.name}`) ?? 0) + 1);
      return n;
    };
    const whole = countKeys(ann);
    const firstSegment = countKeys(annotate(text.slice(0, segmentCuts(text)[1])));
    assert.deepStrictEqual([...whole.keys()].sort(), [...firstSegment.keys()].sort());
    for (const [key, n] of whole) assert.strictEqual(n, firstSegment.get(key), key);
  });
});

describe('mergeSegments', () => {
  it('shifts spans, joins entities by type and name or alias, renumbers by first mention, remaps speakers', () => {
    // Segment texts: "Ann Lee met Acme. "Hi," Lee said." at 0 and "Lee left Paris. "Bye," Ann Lee said." at 100.
    const first: Annotation = {
      entities: [
        entity(
          'e1',
          'PERSON',
          'Ann Lee',
          [
            [0, 7, 'Ann Lee'],
            [25, 28, 'Lee'],
          ],
          ['Lee'],
          'the mayor',
        ),
        entity('e2', 'ORG', 'Acme', [[12, 16, 'Acme']]),
      ],
      quotes: [quote(18, '"Hi,"', 'e1')],
    };
    const second: Annotation = {
      entities: [
        entity('e1', 'LOC', 'Paris', [[9, 14, 'Paris']]),
        entity(
          'e2',
          'PERSON',
          'Lee',
          [
            [0, 3, 'Lee'],
            [23, 30, 'Ann Lee'],
          ],
          ['Ann Lee'],
        ),
        entity('e3', 'ORG', 'Lee', [[40, 43, 'Lee']]),
      ],
      quotes: [
        {
          ...quote(16, '"Bye,"', 'e2'),
          speakerMention: { start: 23, end: 30, text: 'Ann Lee' },
          cue: { start: 31, end: 35, text: 'said' },
        },
      ],
    };
    const merged = mergeSegments([
      { offset: 0, annotation: first },
      { offset: 100, annotation: second },
    ]);
    assert.deepStrictEqual(
      merged.entities.map((e) => [e.id, e.type, e.name, e.role, e.aliases, e.mentions.map((m) => [m.start, m.end])]),
      [
        [
          'e1',
          'PERSON',
          'Ann Lee',
          'the mayor',
          ['Lee'],
          [
            [0, 7],
            [25, 28],
            [100, 103],
            [123, 130],
          ],
        ],
        ['e2', 'ORG', 'Acme', null, [], [[12, 16]]],
        ['e3', 'LOC', 'Paris', null, [], [[109, 114]]],
        ['e4', 'ORG', 'Lee', null, [], [[140, 143]]],
      ],
    );
    assert.deepStrictEqual(
      merged.quotes.map((q) => [q.start, q.end, q.speaker]),
      [
        [18, 23, 'e1'],
        [116, 122, 'e1'],
      ],
    );
    assert.deepStrictEqual(merged.quotes[1].speakerMention, { start: 123, end: 130, text: 'Ann Lee' });
    assert.deepStrictEqual(merged.quotes[1].cue, { start: 131, end: 135, text: 'said' });
  });

  it('numbers entities by first mention even when a later segment mentions an earlier name first', () => {
    const merged = mergeSegments([
      { offset: 0, annotation: { entities: [entity('e1', 'LOC', 'Rome', [[5, 9, 'Rome']])], quotes: [] } },
      {
        offset: 50,
        annotation: {
          entities: [entity('e1', 'PERSON', 'Ugo', [[0, 3, 'Ugo']]), entity('e2', 'LOC', 'Rome', [[10, 14, 'Rome']])],
          quotes: [quote(20, '"Ciao"', 'e1')],
        },
      },
    ]);
    assert.deepStrictEqual(
      merged.entities.map((e) => [e.id, e.name, e.mentions.length]),
      [
        ['e1', 'Rome', 2],
        ['e2', 'Ugo', 1],
      ],
    );
    assert.strictEqual(merged.quotes[0].speaker, 'e2');
  });
});
