// "he said" / "she said" use the entity recognizer's gender (given names, titles, role nouns), so a pronoun
// finds its speaker among people of both genders. Fixture sentences written for this test.
import * as assert from 'assert';
import { annotate } from '../../src/core';

function speakerOf(text: string, quote: string): string | null {
  const a = annotate(text);
  const names = new Map(a.entities.map((e) => [e.id, e.name]));
  const q = a.quotes.find((x) => x.text.includes(quote));
  assert.ok(q, `no quote with ${quote}: ${JSON.stringify(a.quotes.map((x) => x.text))}`);
  return q.speaker ? (names.get(q.speaker) ?? null) : null;
}

describe("pronouns and the recognizer's gender", () => {
  it('gives "he said" to the man when a woman and a man were named, by their given names', () => {
    const text = 'Maria Lopez and David Chen met the port authority on Monday. "We will appeal the ruling," he said.';
    assert.strictEqual(speakerOf(text, 'appeal'), 'David Chen');
  });

  it('gives "she said" to the woman', () => {
    const text = 'David Chen and Maria Lopez met the port authority on Monday. "The ruling stands for now," she said.';
    assert.strictEqual(speakerOf(text, 'ruling stands'), 'Maria Lopez');
  });

  it('leaves the pronoun unresolved when two people of that gender were named', () => {
    const text = 'David Chen and Tom Hale met the port authority on Monday. "We will appeal the ruling," he said.';
    assert.strictEqual(speakerOf(text, 'appeal'), null);
  });
});
