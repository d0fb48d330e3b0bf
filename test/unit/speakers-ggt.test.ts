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
    const mentions: { start: number; end: number; text: string }[] = [];
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

describe('speakers: more reporting verbs, descriptions by role and other roles (issue 7)', () => {
  it('hears “blurted”, “scolded”, “sniffed”, “remarks” and “repeated” as reporting verbs', () => {
    for (const verb of ['blurted', 'scolded', 'sniffed', 'remarks', 'repeated']) {
      const text = `The hall went quiet.\n\n“You are late again,” ${verb} Nina Cole.`;
      const ents = entitiesFor(text, [{ name: 'Nina Cole', gender: 'female' }]);
      assert.strictEqual(speakerOf(text, ents, 'You are late'), 'Nina Cole', verb);
    }
  });

  it('ties “the foreign minister” to the one minister whose role says foreign', () => {
    const text =
      'Mia Lind, the foreign minister, met Omar Haddad, the defence minister, on Monday.\n\nThe foreign minister said the talks would go on for a week.';
    const ents = entitiesFor(text, [
      { name: 'Mia Lind', gender: 'female', role: 'foreign minister' },
      { name: 'Omar Haddad', gender: 'male', role: 'defence minister' },
    ]);
    assert.strictEqual(speakerOf(text, ents, 'talks would go on'), 'Mia Lind');
  });

  it('ties a description to an entity by one of its other roles', () => {
    const text =
      'Rosa Gil, a lawyer who is also the mayor, spoke first.\n\nThe mayor said the budget would be cut by a third.';
    const ents = entitiesFor(text, [{ name: 'Rosa Gil', gender: 'female', role: 'lawyer' }]);
    ents[0].otherRoles = ['mayor'];
    assert.strictEqual(speakerOf(text, ents, 'budget would be cut'), 'Rosa Gil');
  });

  it('leaves “the father” without a speaker, but ties “his father”', () => {
    const text =
      'Tom Ruiz, Ana Ruiz’s father, waited at the gate.\n\nThe father said the boat had been gone for hours.\n\nHis father said the crew had radioed at noon.';
    const ents = entitiesFor(text, [
      { name: 'Tom Ruiz', gender: 'male', role: 'Ana Ruiz’s father' },
      { name: 'Ana Ruiz', gender: 'female' },
    ]);
    assert.strictEqual(speakerOf(text, ents, 'boat had been gone'), null);
    assert.strictEqual(speakerOf(text, ents, 'crew had radioed'), 'Tom Ruiz');
  });
});

describe('speakers: a quotation after a colon (issue 7)', () => {
  it('gives the quotation to the subject of the sentence that ends in the colon', () => {
    const text = 'Lena Park, the head nurse at the clinic, is blunt: “We are out of beds and we are out of time.”';
    const ents = entitiesFor(text, [{ name: 'Lena Park', gender: 'female' }]);
    assert.strictEqual(speakerOf(text, ents, 'out of beds'), 'Lena Park');
  });

  it('goes on with the last speaker after a colon with no subject of its own', () => {
    const text =
      '“We lost two games in a row,” Ivan Soto said. And then came the big news: “I will retire at the end of this season, and I am at peace with it.”';
    const ents = entitiesFor(text, [{ name: 'Ivan Soto', gender: 'male' }]);
    assert.strictEqual(speakerOf(text, ents, 'I will retire'), 'Ivan Soto');
  });
});

describe('speakers: “was quoted as saying” and a new subject taking over (issue 7)', () => {
  it('reads “was quoted as saying” as a speech cue with the subject before it', () => {
    const text =
      'Doug Pell spoke on Monday.\n\n“The debt is far too high for a city of this size,” he was quoted as saying.';
    const ents = entitiesFor(text, [{ name: 'Doug Pell', gender: 'male' }]);
    const q = quotesWith(text, ents).find((x) => x.text.includes('debt is far'));
    assert.strictEqual(q?.speakerMention?.text, 'he');
    assert.strictEqual(q?.speaker, 'e1');
  });

  it('lets the acting subject of a new paragraph take over “he said”', () => {
    const text =
      'Ian Holt said the vote was close.\n\nIn a statement sent late on Monday, Gary Moss expressed doubt about the count.\n\n“We will ask for a recount,” he said.';
    const ents = entitiesFor(text, [
      { name: 'Ian Holt', gender: 'male' },
      { name: 'Gary Moss', gender: 'male' },
    ]);
    assert.strictEqual(speakerOf(text, ents, 'ask for a recount'), 'Gary Moss');
  });

  it('lets a paragraph that opens with a title and a name take over “he said”', () => {
    const text =
      'Ian Holt said the vote was close.\n\nLiberal MP Gary Moss went on the radio later that day.\n\n“We will ask for a recount,” he said.';
    const ents = entitiesFor(text, [
      { name: 'Ian Holt', gender: 'male' },
      { name: 'Gary Moss', gender: 'male' },
    ]);
    assert.strictEqual(speakerOf(text, ents, 'ask for a recount'), 'Gary Moss');
  });
});

describe('speakers: the person a phrase naming several entities is about (issue 7)', () => {
  const ents = (text: string) =>
    entitiesFor(text, [
      { name: 'Mina Roy', gender: 'female' },
      { name: 'Harbor Bank', type: 'ORG' },
      { name: 'Ian Holt', gender: 'male' },
      { name: 'HPP', type: 'ORG' },
    ]);

  it('takes the name that ends the phrase after an organization', () => {
    const text = '“We will vote against the budget,” HPP MP Ian Holt said on Monday.';
    assert.strictEqual(speakerOf(text, ents(text), 'vote against'), 'Ian Holt');
  });

  it('takes the name before an affiliation with “of”', () => {
    const text = '“Rates will fall before the summer,” said Mina Roy of Harbor Bank.';
    assert.strictEqual(speakerOf(text, ents(text), 'Rates will fall'), 'Mina Roy');
  });

  it('gives no single speaker to a coordination', () => {
    const text = '“We will not sign it,” Mina Roy and Ian Holt said.';
    assert.strictEqual(speakerOf(text, ents(text), 'not sign'), null);
  });
});

describe('speakers: salience breaks a tie between two fitting people (issue 7)', () => {
  it('takes the subject of the sentence before an ambiguous “he said”', () => {
    const text =
      'Ian Holt met Gary Moss on Monday. Moss had a long list of complaints. He said the deal with the city was unfair and would be fought in court.';
    const ents = entitiesFor(text, [
      { name: 'Ian Holt', gender: 'male' },
      { name: 'Gary Moss', gender: 'male', aliases: ['Moss'] },
    ]);
    assert.strictEqual(speakerOf(text, ents, 'was unfair'), 'Gary Moss');
  });

  it('still leaves the pronoun unresolved when the sentence before has no subject that fits', () => {
    const text =
      'Ian Holt met Gary Moss on Monday. The meeting ran late. He said the deal with the city was unfair and would be fought in court.';
    const ents = entitiesFor(text, [
      { name: 'Ian Holt', gender: 'male' },
      { name: 'Gary Moss', gender: 'male' },
    ]);
    assert.strictEqual(speakerOf(text, ents, 'was unfair'), null);
  });
});

describe('speakers: a quotation after a sentence another person opens (issue 7)', () => {
  it('gives a quotation with no attribution to the person who opens the sentence before it', () => {
    const text =
      '“The piece deserved a longer run,” said Rita Vance. Omar Haddad did not need to be asked twice. “I was glad to come back to it, and the dancers were ready for me.”';
    const ents = entitiesFor(text, [
      { name: 'Rita Vance', gender: 'female' },
      { name: 'Omar Haddad', gender: 'male' },
    ]);
    assert.strictEqual(speakerOf(text, ents, 'glad to come back'), 'Omar Haddad');
  });

  it('keeps the previous speaker when the sentence between names nobody as its subject', () => {
    const text =
      '“The piece deserved a longer run,” said Rita Vance. The show opens in May. “I was glad to come back to it, and the dancers were ready for me.”';
    const ents = entitiesFor(text, [{ name: 'Rita Vance', gender: 'female' }]);
    assert.strictEqual(speakerOf(text, ents, 'glad to come back'), 'Rita Vance');
  });
});

describe('quotes: an upper-case heading before a colon is no speaker (issue 7)', () => {
  it('finds no quote after “KEEPING SCORE:” or “THE DAY IN ASIA:”', () => {
    const text =
      'KEEPING SCORE: Crude oil fell 40 cents to $52.10 per barrel in trading on Thursday.\n\nTHE DAY IN ASIA: Shares in Tokyo closed 2 per cent lower after a weak day.';
    assert.deepStrictEqual(quotesWith(text, []), []);
  });

  it('a one-word label is a heading too in an article with such headings: “ENERGY:” after “THE DAY IN EUROPE:”', () => {
    const text =
      'THE DAY IN EUROPE: Shares in Paris closed 1 per cent lower after a weak day.\n\nENERGY: Crude oil fell 40 cents to $52.10 per barrel in trading on Thursday.\n\nCURRENCIES: The dollar rose to 109.7 yen from 109.6 yen late on Wednesday.';
    const ents = entitiesFor(text, [
      { name: 'Paris', type: 'LOC' },
      { name: 'EUROPE', type: 'LOC' },
    ]);
    assert.deepStrictEqual(quotesWith(text, ents), []);
  });

  it('keeps a transcript line whose label names someone in the article', () => {
    const text = 'Tom Hale spoke to the host on Sunday.\n\nHALE: We will appeal the ruling as soon as the court opens.';
    const ents = entitiesFor(text, [{ name: 'Tom Hale', gender: 'male', aliases: ['HALE'] }]);
    assert.strictEqual(speakerOf(text, ents, 'We will appeal'), 'Tom Hale');
  });
});

describe('speakers: what an organization issued (issue 7)', () => {
  it('“according to the union’s Friday release”: the union speaks, the organization named before', () => {
    const text =
      'The Fenwick Weavers Union held a vote at two shops. The Fenwick Weavers Union won both.\n\nThe union will represent all cooks and servers, according to the union’s Friday release.';
    const ents = entitiesFor(text, [{ name: 'The Fenwick Weavers Union', type: 'ORG' }]);
    const q = quotesWith(text, ents).find((x) => x.text.startsWith('The union will'));
    assert.strictEqual(q?.speakerMention?.text, 'the union');
    assert.strictEqual(q?.speaker, 'e1');
  });
});

describe('speakers: “her statement said” (issue 7)', () => {
  it('gives what “her statement” says to the person “her” stands for', () => {
    const text =
      'Rosa Gil resigned on Friday.\n\n“I leave with a clear conscience and no regrets,” her statement said.';
    const ents = entitiesFor(text, [{ name: 'Rosa Gil', gender: 'female' }]);
    assert.strictEqual(speakerOf(text, ents, 'clear conscience'), 'Rosa Gil');
  });

  it('does not give what “his spokesman” says to the person “his” stands for', () => {
    const text =
      'Ian Holt resigned on Friday.\n\n“He leaves with a clear conscience and no regrets,” his spokesman said.';
    const ents = entitiesFor(text, [{ name: 'Ian Holt', gender: 'male' }]);
    assert.strictEqual(speakerOf(text, ents, 'clear conscience'), null);
  });
});

describe('attribution: no comma before the closing mark (issue 7)', () => {
  it('reads “…” Harbor Union Local 12 president Ana Ruiz said as an attribution after the quotation', () => {
    const text =
      'The strike went on.\n\n“We will not back down on any of this” Harbor Union Local 12 president Ana Ruiz said on Monday.';
    const ents = entitiesFor(text, [
      { name: 'Ana Ruiz', gender: 'female' },
      { name: 'Harbor Union', type: 'ORG' },
    ]);
    const q = quotesWith(text, ents).find((x) => x.text.includes('back down'));
    assert.strictEqual(q?.kind, 'direct');
    assert.strictEqual(q?.speaker, 'e1');
  });
});

describe('speakers: “a spokeswoman for X” is not X (issue 7)', () => {
  it('keeps the described person as the speaker phrase, with no entity', () => {
    const text =
      'Mia Lind spoke on Monday.\n\nA spokeswoman for Mia Lind said the trip to the coast would go ahead as planned.';
    const ents = entitiesFor(text, [{ name: 'Mia Lind', gender: 'female' }]);
    const q = quotesWith(text, ents).find((x) => x.text.includes('trip to the coast'));
    assert.strictEqual(q?.speakerMention?.text, 'A spokeswoman for Mia Lind');
    assert.strictEqual(q?.speaker, null);
  });

  it('still ties “an aide to Ana Ruiz” to nobody but “Ana Ruiz said” to her', () => {
    const text = 'An aide to Ana Ruiz said the vote was lost. Ana Ruiz said the fight was not over at all.';
    const ents = entitiesFor(text, [{ name: 'Ana Ruiz', gender: 'female' }]);
    assert.strictEqual(speakerOf(text, ents, 'vote was lost'), null);
    assert.strictEqual(speakerOf(text, ents, 'fight was not over'), 'Ana Ruiz');
  });
});
