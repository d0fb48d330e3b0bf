// Long texts (over WHOLE_TEXT_LIMIT) are annotated in segments; what the user gets must not depend on where
// the cuts fall, nor on how long the text is: no quote cut in two, no speaker lost at a cut.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { annotate } from '../../src/core';
import { annotateSegmented, WHOLE_TEXT_LIMIT } from '../../src/core/annotate';
import type { Annotation } from '../../src/core';

// The tests run from the repository root.
const samplesDir = path.join(process.cwd(), 'samples');

/** Each quote as [offset from `base`, length, kind, speaker's name or null, speaker mention text or null]. */
function quoteRows(a: Annotation, from: number, to: number, base = from): (string | number | null)[][] {
  const names = new Map(a.entities.map((e) => [e.id, e.name]));
  return a.quotes
    .filter((q) => q.start >= from && q.start < to)
    .map((q) => [
      q.start - base,
      q.end - q.start,
      q.kind,
      q.speaker ? (names.get(q.speaker) ?? '?') : null,
      q.speakerMention?.text ?? null,
    ]);
}

function checkOffsets(text: string, a: Annotation): void {
  for (const e of a.entities) for (const m of e.mentions) assert.strictEqual(text.slice(m.start, m.end), m.text);
  const ids = new Set(a.entities.map((e) => e.id));
  let lastEnd = 0;
  for (const q of a.quotes) {
    assert.strictEqual(text.slice(q.start, q.end), q.text);
    assert.ok(q.speaker === null || ids.has(q.speaker), `dangling speaker ${q.speaker}`);
    assert.ok(q.start >= lastEnd, `quote at ${q.start} overlaps the one before (ending at ${lastEnd})`);
    lastEnd = q.end;
  }
}

describe('long texts: annotated in segments without losing quotes', function () {
  this.timeout(300000);

  it('keeps every quote of one long line whole, with its speaker (2,561 copies, over the limit)', () => {
    const line =
      'Elena Varga told reporters: "We will win. We will never give up. The port stays closed until the ministry talks to us." ';
    const text = line.repeat(2561);
    assert.ok(text.length > WHOLE_TEXT_LIMIT);
    const a = annotate(text);
    checkOffsets(text, a);
    const quoteText = '"We will win. We will never give up. The port stays closed until the ministry talks to us."';
    const wrong = a.quotes.filter((q) => q.text !== quoteText);
    assert.deepStrictEqual(
      wrong.slice(0, 3).map((q) => [q.start, q.text]),
      [],
      `${wrong.length} quotes are not the whole quotation`,
    );
    assert.strictEqual(a.quotes.length, 2561);
    const names = new Map(a.entities.map((e) => [e.id, e.name]));
    const speakers = new Set(a.quotes.map((q) => (q.speaker ? names.get(q.speaker) : null)));
    assert.deepStrictEqual([...speakers], ['Elena Varga']);
  });

  for (const [label, eol] of [
    ['LF', '\n'],
    ['CR', '\r'],
    ['CRLF', '\r\n'],
  ] as const) {
    it(`gives the samples repeated N times N times the same quotes and speakers (${label} line ends)`, () => {
      for (const file of fs.readdirSync(samplesDir).filter((f) => f.endsWith('.txt'))) {
        const sample = fs.readFileSync(path.join(samplesDir, file), 'utf8').replace(/\r?\n/g, eol);
        const copy = sample + eol + eol;
        // The reference: three copies annotated whole; the middle one has a copy before it, as every later copy does.
        const small = annotate(copy.repeat(3));
        const expected = quoteRows(small, copy.length, 2 * copy.length);
        assert.ok(expected.length > 0, `${file} has quotes`);
        const n = Math.ceil((WHOLE_TEXT_LIMIT * 1.2) / copy.length);
        const text = copy.repeat(n);
        const a = annotate(text);
        checkOffsets(text, a);
        for (let k = 1; k < n; k++) {
          assert.deepStrictEqual(
            quoteRows(a, k * copy.length, (k + 1) * copy.length),
            expected,
            `${file}, copy ${k + 1} of ${n}`,
          );
        }
      }
    });
  }

  it('gives the same quotes wherever a cut falls relative to a quote (small segments, every offset)', () => {
    const story =
      'The mayor, Ana Ruiz, spoke on Monday.\n\n"The bridge will open in May. We have the money,\n\n' +
      '"and we have the workers," Ruiz said. She added that the council had agreed.\n\n' +
      'Tom Hale, a union leader, disagreed. "Nobody asked us," he said. ';
    const text = story.repeat(12);
    const reference = quoteRows(annotate(text), 0, text.length, 0);
    assert.ok(reference.length >= 36, `${reference.length} quotes in the reference`);
    // A pad before the text moves every cut through every offset of the story.
    for (let pad = 0; pad < story.length; pad += 3) {
      const padded = ' '.repeat(pad) + text;
      const a = annotateSegmented(padded, {}, { segmentLength: 700, context: 400 });
      checkOffsets(padded, a);
      assert.deepStrictEqual(quoteRows(a, 0, padded.length, pad), reference, `pad ${pad}`);
    }
  });

  it('keeps a quotation continued over many paragraphs whole, whatever its length against the context', () => {
    // “… (no closing mark) ¶ “… ¶ … “…,” Ruiz said: one quotation in the news convention, longer than a window.
    const para =
      '“' + 'The port stays closed until the ministry talks to us, and we will not move. '.repeat(10) + '\n\n';
    const story =
      'Ana Ruiz, the union leader, spoke on Monday.\n\n' + para.repeat(30) + '“That is all we ask,” Ruiz said.\n\n';
    const text = story.repeat(Math.ceil((WHOLE_TEXT_LIMIT * 1.1) / story.length));
    const whole = annotateSegmented(text, {}, { segmentLength: text.length + 1, context: 0 });
    const cut = annotate(text);
    // Every piece is kept with its span and kind. (A piece's speaker may come from a quotation far before,
    // beyond any context, in the whole text; compared here: the closing pieces, attributed on the spot.)
    const spans = (a: Annotation) => quoteRows(a, 0, text.length, 0).map((r) => r.slice(0, 3));
    assert.ok(whole.quotes.length >= 31, `${whole.quotes.length} quotes in the whole text`);
    assert.deepStrictEqual(spans(cut), spans(whole));
    const closing = (a: Annotation) =>
      quoteRows(a, 0, text.length, 0).filter((r) => r[1] === '“That is all we ask,”'.length);
    assert.strictEqual(closing(cut).length, text.split('” Ruiz said').length - 1);
    assert.deepStrictEqual(closing(cut), closing(whole));
    assert.ok(
      closing(cut).every((r) => r[3] === 'Ana Ruiz'),
      JSON.stringify(closing(cut).slice(0, 3)),
    );
  });

  it('keeps a quotation longer than a segment whole', () => {
    const quote =
      '"' +
      'We will not move from this harbour until the ministry comes to the table. '.repeat(300) +
      '," she said.\n\n';
    const unit = 'Ana Ruiz spoke on Monday.\n\n' + 'The harbour was quiet in the morning.\n\n'.repeat(30) + quote;
    const text = unit.repeat(Math.ceil((WHOLE_TEXT_LIMIT * 1.1) / unit.length));
    const a = annotate(text);
    checkOffsets(text, a);
    const long = a.quotes.filter((q) => q.text.length > 20000 && q.text.endsWith(',"'));
    assert.strictEqual(long.length, text.split('," she said.').length - 1);
  });

  it('joins a surname named in a later segment to the one person of that surname named before', () => {
    const filler = 'The harbour was quiet in the morning and the boats stayed in.\n\n'.repeat(4500);
    const text =
      'Jeff Fraser, a farmer, spoke on Monday.\n\n' + filler + '"We need rain before the harvest," Fraser said.\n';
    assert.ok(text.length > WHOLE_TEXT_LIMIT);
    const a = annotate(text);
    const frasers = a.entities.filter((e) => e.type === 'PERSON' && /Fraser/.test(e.name));
    assert.deepStrictEqual(
      frasers.map((e) => e.name),
      ['Jeff Fraser'],
    );
    const q = a.quotes.find((x) => x.text.includes('rain'));
    assert.strictEqual(q?.speaker, frasers[0].id);
  });

  it('points a role found in a later segment at its place in the whole text', () => {
    const filler = 'The harbour was quiet in the morning and the boats stayed in.\n\n'.repeat(4500);
    const text = filler + 'Union leader Ana Ruiz spoke on Monday.\n';
    assert.ok(text.length > WHOLE_TEXT_LIMIT);
    const ruiz = annotate(text).entities.find((e) => e.name === 'Ana Ruiz');
    assert.ok(ruiz?.role && ruiz.roleMention, JSON.stringify(ruiz));
    assert.strictEqual(text.slice(ruiz.roleMention.start, ruiz.roleMention.end), ruiz.roleMention.text);
  });
});
