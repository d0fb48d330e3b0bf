import * as assert from 'assert';
import { findQuotes } from '../../src/core/quotes';
import { backgroundMention } from '../../src/core/quotes/pronouns';
import { splitSentences, tokenize } from '../../src/core/text';
import type { Entity, EntityType, Gender, Quote } from '../../src/core/types';

/** Entities built by hand: every occurrence of each name (or of its aliases) in the text is a mention. */
function entitiesFor(
  text: string,
  people: { name: string; type?: EntityType; gender?: Gender | null; role?: string | null; aliases?: string[] }[],
): Entity[] {
  return people.map((p, i) => {
    const mentions = [];
    for (const name of [p.name, ...(p.aliases ?? [])])
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length))
        if (!mentions.some((m) => m.start <= at && at < m.end))
          mentions.push({ start: at, end: at + name.length, text: name });
    mentions.sort((a, b) => a.start - b.start);
    return {
      id: `e${i + 1}`,
      type: p.type ?? 'PERSON',
      name: p.name,
      role: p.role ?? null,
      aliases: p.aliases ?? [],
      mentions,
      gender: p.gender ?? null,
    };
  });
}

function quotesWith(text: string, entities: Entity[]): Quote[] {
  const tokens = tokenize(text);
  return findQuotes(text, tokens, splitSentences(tokens), entities, {});
}

/** The speaker's name of the quote whose text includes `words`. */
function speakerOf(text: string, entities: Entity[], words: string): string | null {
  const q = quotesWith(text, entities).find((x) => x.text.includes(words));
  assert.ok(q, `no quote with ${words}`);
  return entities.find((e) => e.id === q.speaker)?.name ?? null;
}

describe('speakers: background mentions do not compete with the subject (issue 7)', () => {
  it('tells background mentions from subjects', () => {
    const t =
      'The fund grew with the help of activist Paul Dorn, and Luis Ortega’s budget (Ana Ruiz/CBC) passed. Sam Okoro';
    const at = (name: string) => [t.indexOf(name), t.indexOf(name) + name.length] as const;
    assert.strictEqual(backgroundMention(t, ...at('Paul Dorn')), true);
    assert.strictEqual(backgroundMention(t, ...at('Luis Ortega')), true);
    assert.strictEqual(backgroundMention(t, ...at('Ana Ruiz')), true);
    assert.strictEqual(backgroundMention(t, ...at('Sam Okoro')), false);
  });

  it('keeps the previous speaker over a name after a preposition', () => {
    const text =
      'Tom Reyes said the plan was ready. The money came with the help of Paul Dorn.\n\n“We start in May,” he said.';
    const ents = entitiesFor(text, [
      { name: 'Tom Reyes', gender: 'male' },
      { name: 'Paul Dorn', gender: 'male' },
    ]);
    assert.strictEqual(speakerOf(text, ents, 'We start in May'), 'Tom Reyes');
  });

  it('keeps the previous speaker over a name inside a quotation', () => {
    const text = 'Ray Kolb said the report was late. “Even Dan Wu agrees with me,” he said.';
    const ents = entitiesFor(text, [
      { name: 'Ray Kolb', gender: 'male' },
      { name: 'Dan Wu', gender: 'male' },
    ]);
    assert.strictEqual(speakerOf(text, ents, 'Even Dan Wu'), 'Ray Kolb');
  });

  it('does not take a possessive as the nearest antecedent', () => {
    const text =
      'Omar Haddad spoke at the town hall. Then came the vote on Luis Ortega’s budget.\n\n“It is a disgrace,” he said.';
    const ents = entitiesFor(text, [
      { name: 'Omar Haddad', gender: 'male' },
      { name: 'Luis Ortega', gender: 'male' },
    ]);
    assert.strictEqual(speakerOf(text, ents, 'It is a disgrace'), 'Omar Haddad');
  });

  it('does not let the subject of a photo caption take over', () => {
    const text =
      'Sam Okoro said the clinic would open soon.\n\nPeter Lund waits outside the clinic on Monday. ( FILE PHOTO )\n\n“We are ready,” he said.';
    const ents = entitiesFor(text, [
      { name: 'Sam Okoro', gender: 'male' },
      { name: 'Peter Lund', gender: 'male' },
    ]);
    assert.strictEqual(speakerOf(text, ents, 'We are ready'), 'Sam Okoro');
  });
});
