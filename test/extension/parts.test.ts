// The extension's pure parts, checked directly (they run in the extension host like the rest).
import * as assert from 'node:assert/strict';
import { annotate } from '../../src/core/annotate';
import type { Quote } from '../../src/core/types';
import { parseKnownPeople } from '../../src/extension/config';
import { csvField } from '../../src/extension/exportFormat';
import { AnnotationModel, firstWords, stepQuote } from '../../src/extension/model';
import { looksBinary } from '../../src/core/binary';
import { decode, encode } from '../../src/extension/wire';
import { fixtureText } from './helpers';

const q = (start: number, end: number): Quote => ({
  start,
  end,
  text: 'x'.repeat(end - start),
  kind: 'direct',
  speaker: null,
  speakerMention: null,
  cue: null,
});

suite('News Lens parts', () => {
  test('the wire format round-trips a real annotation, spans sorted', async () => {
    const text = fixtureText('harbor-bridge.txt');
    const a = annotate(text, { id: 'harbor' });
    const { annotation, mentions } = await decode(text, encode(a), () => new Promise((r) => setImmediate(r)), 3);
    assert.equal(annotation.id, 'harbor');
    assert.deepEqual(
      annotation.entities.map((e) => ({ ...e, mentions: [...e.mentions].sort((x, y) => x.start - y.start) })),
      a.entities.map((e) => ({ ...e, mentions: [...e.mentions].sort((x, y) => x.start - y.start) })),
    );
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

  test('stepQuote: from a quote, from a cursor, wrapping both ways', () => {
    const qs = [q(0, 5), q(10, 15), q(20, 25)];
    assert.deepEqual(stepQuote(qs, qs[0], 3, 1), { quote: qs[1], wrapped: false });
    assert.deepEqual(stepQuote(qs, qs[2], 22, 1), { quote: qs[0], wrapped: true });
    assert.deepEqual(stepQuote(qs, qs[0], 3, -1), { quote: qs[2], wrapped: true });
    assert.deepEqual(stepQuote(qs, undefined, 7, 1), { quote: qs[1], wrapped: false });
    assert.deepEqual(stepQuote(qs, undefined, 7, -1), { quote: qs[0], wrapped: false });
    assert.deepEqual(stepQuote(qs, undefined, 30, 1), { quote: qs[0], wrapped: true });
    assert.equal(stepQuote([], undefined, 0, 1), undefined);
  });

  test('the model finds quotes and mentions at an offset, ends inclusive', () => {
    const text = fixtureText('harbor-bridge.txt');
    const model = new AnnotationModel(annotate(text));
    const at = text.indexOf('Tomas Berg');
    assert.equal(model.mentionAt(at)?.entity.name, 'Tomas Berg');
    assert.equal(model.mentionAt(at + 'Tomas Berg'.length)?.entity.name, 'Tomas Berg');
    assert.equal(model.mentionAt(text.indexOf('postponed')), undefined);
    const quote = text.indexOf('"We will not');
    assert.equal(model.quoteAt(quote + 3)?.start, quote);
  });

  test('CSV fields are quoted when needed', () => {
    assert.equal(csvField('plain'), 'plain');
    assert.equal(csvField('a, b'), '"a, b"');
    assert.equal(csvField('say "no"'), '"say ""no"""');
    assert.equal(csvField('two\nlines'), '"two\nlines"');
  });

  test('knownPeople setting: object form, role-only string form, malformed entries ignored', () => {
    assert.deepEqual(
      parseKnownPeople({ 'Vladimir Putin': { role: 'President', aliases: ['Putin', 3] }, 'Ann Lee': 'Mayor', ' ': {} }),
      [
        { name: 'Vladimir Putin', role: 'President', aliases: ['Putin'] },
        { name: 'Ann Lee', role: 'Mayor' },
      ],
    );
    assert.deepEqual(parseKnownPeople(['x']), []);
    assert.deepEqual(parseKnownPeople(null), []);
  });

  test('binary detection: NULs or many control characters, not ordinary text', () => {
    assert.equal(looksBinary(''), false);
    assert.equal(looksBinary(fixtureText('harbor-bridge.txt')), false);
    assert.equal(looksBinary('Zürich – “quoted” — 東京 😀\tand tabs\r\n'), false);
    assert.equal(looksBinary('abc\u0000def'), true);
    assert.equal(looksBinary('\u0001\u0002\u0003\u0004 some words \u0005\u0006'), true);
  });

  test('firstWords cuts long quotes with an ellipsis', () => {
    assert.equal(firstWords('one two three', 5), 'one two three');
    assert.equal(firstWords('one  two\nthree four', 2), 'one two…');
  });
});
