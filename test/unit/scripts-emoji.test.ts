// Emoji and scripts without case: an emoji is no word (it never breaks "Name said" or swallows a sentence
// end), and a sentence can start with a letter that has no capital. Fixture sentences are written here.
import * as assert from 'assert';
import { annotate } from '../../src/core';
import { splitSentences, tokenize } from '../../src/core/text';

const sentences = (text: string) => splitSentences(tokenize(text)).map((s) => text.slice(s.start, s.end));
const quotes = (text: string) => {
  const a = annotate(text);
  const names = new Map(a.entities.map((e) => [e.id, e.name]));
  return a.quotes.map((q) => [q.text, q.kind, q.speaker ? names.get(q.speaker) : null]);
};

describe('emoji and caseless scripts', () => {
  it('skips emoji (with skin tones, ZWJ sequences, flags) when tokenizing, keeping offsets', () => {
    const text = 'Varga 👍🏽 said 👨‍👩‍👧 yes 🇨🇦.';
    assert.deepStrictEqual(
      tokenize(text).map((t) => t.text),
      ['Varga', 'said', 'yes', '.'],
    );
    for (const t of tokenize(text)) assert.strictEqual(text.slice(t.start, t.end), t.text);
  });

  it('finds the quote when an emoji stands between the speaker and the cue', () => {
    const plain = quotes('Prime Minister Elena Varga said "We will win," on Monday.');
    assert.ok(plain.length > 0);
    assert.deepStrictEqual(
      quotes('Prime Minister Elena Varga 👍 said "We will win," on Monday.').map((q) => q.slice(1)),
      plain.map((q) => q.slice(1)),
    );
  });

  it('ends a sentence at a full stop followed by an emoji, so the next quote stays whole and direct', () => {
    assert.deepStrictEqual(sentences('The port is closed.👍 "We will win," Elena Varga said.'), [
      'The port is closed.',
      '"We will win," Elena Varga said.',
    ]);
    assert.deepStrictEqual(quotes('The port is closed.👍 "We will win," Elena Varga said on Monday.'), [
      ['"We will win,"', 'direct', 'Elena Varga'],
    ]);
  });

  it('ends a sentence before a word of a script without case (Hebrew, Arabic, Chinese)', () => {
    assert.deepStrictEqual(sentences('"We will win." שלום עולם.'), ['"We will win."', 'שלום עולם.']);
    assert.deepStrictEqual(sentences('She left. مرحبا بكم.'), ['She left.', 'مرحبا بكم.']);
    assert.deepStrictEqual(sentences('He agreed. 我们会赢。'), ['He agreed.', '我们会赢。']);
    // Lower-case Latin still does not start a sentence ("e.g. this").
    assert.deepStrictEqual(sentences('It rose 3 p.c. this year.'), ['It rose 3 p.c. this year.']);
  });

  it('keeps a claim or a quotation from running on into a following sentence in another script', () => {
    assert.deepStrictEqual(quotes('Elena Varga said the port would stay closed. שלום עולם גדול.'), [
      ['the port would stay closed', 'indirect', 'Elena Varga'],
    ]);
    const q = quotes('"We will win." שלום עולם. "Next one," Tom Hale said.');
    assert.ok(
      q.some((x) => x[0] === '"Next one,"' && x[2] === 'Tom Hale'),
      JSON.stringify(q),
    );
    assert.ok(
      q.every((x) => !(x[0] as string).includes('שלום')),
      JSON.stringify(q),
    );
  });
});
