import * as assert from 'assert';
import { findQuotes } from '../../src/core/quotes';
import { SpeakerResolver } from '../../src/core/quotes/pronouns';
import { splitSentences, tokenize } from '../../src/core/text';
import type { Entity, EntityType, Quote } from '../../src/core/types';

/** Entities built by hand: every occurrence of each name in the text is a mention. */
function entitiesFor(text: string, people: [string, EntityType, string | null][]): Entity[] {
  return people.map(([name, type, role], i) => {
    const mentions = [];
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length))
      mentions.push({ start: at, end: at + name.length, text: name });
    return { id: `e${i + 1}`, type, name, role, aliases: [], mentions };
  });
}

function quotesWith(text: string, entities: Entity[]): Quote[] {
  const tokens = tokenize(text);
  return findQuotes(text, tokens, splitSentences(tokens), entities, {});
}

describe('pronouns: resolving speakers to entities', () => {
  it('maps a named speaker to the entity whose mention it overlaps', () => {
    const text = '“We are done,” Greta Lund said.';
    const [q] = quotesWith(text, entitiesFor(text, [['Greta Lund', 'PERSON', null]]));
    assert.strictEqual(q.speaker, 'e1');
  });

  it('resolves he / she by gender learnt from titles and later pronouns', () => {
    const text =
      'Mr. Ravi Shah met Mrs. Ella Fenn on Monday. Shah left first and his car was waiting.\n\n“It went well,” she said.';
    const ents = entitiesFor(text, [
      ['Ravi Shah', 'PERSON', null],
      ['Ella Fenn', 'PERSON', null],
      ['Shah', 'PERSON', null],
    ]);
    // Merge "Shah" into Ravi Shah as the entity engineer would.
    ents[0].mentions.push(...ents[2].mentions);
    ents[0].mentions.sort((a, b) => a.start - b.start);
    const [q] = quotesWith(text, ents.slice(0, 2));
    assert.strictEqual(q.speakerMention?.text, 'she');
    assert.strictEqual(q.speaker, 'e2');
  });

  it('keeps the previous speaker for “he added” when nobody else was named since', () => {
    const text = '“Prices are too high,” Carl Moss said. The shop closed early. “We cannot go on,” he added.';
    const qs = quotesWith(text, entitiesFor(text, [['Carl Moss', 'PERSON', null]]));
    assert.deepStrictEqual(
      qs.map((q) => q.speaker),
      ['e1', 'e1'],
    );
  });

  it('leaves a pronoun unresolved when two people of unknown gender compete', () => {
    const text =
      'Kim Lee and Alex Ward spoke after the match. “We deserved it,” Kim Lee said. Alex Ward shook hands. “It was close,” he said.';
    const qs = quotesWith(
      text,
      entitiesFor(text, [
        ['Kim Lee', 'PERSON', null],
        ['Alex Ward', 'PERSON', null],
      ]),
    );
    assert.strictEqual(qs[1].speakerMention?.text, 'he');
    assert.strictEqual(qs[1].speaker, null);
  });

  it('resolves “the president said” through an entity’s role when only one has it', () => {
    const text = 'President Lara Quinn opened the session. The president said the budget was balanced.';
    const ents = entitiesFor(text, [['Lara Quinn', 'PERSON', 'President']]);
    const [q] = quotesWith(text, ents);
    assert.strictEqual(q.speakerMention?.text, 'The president');
    assert.strictEqual(q.speaker, 'e1');
  });

  it('resolves a relative pronoun through its antecedent', () => {
    const text = 'Greta Lund, who said the law was unfair, voted against it.';
    const [q] = quotesWith(text, entitiesFor(text, [['Greta Lund', 'PERSON', null]]));
    assert.strictEqual(q.speakerMention?.text, 'who');
    assert.strictEqual(q.speaker, 'e1');
  });

  it('gives no speaker to a phrase naming two entities', () => {
    const text = 'Greta Lund and Omar Haddad said the talks had failed.';
    const [q] = quotesWith(
      text,
      entitiesFor(text, [
        ['Greta Lund', 'PERSON', null],
        ['Omar Haddad', 'PERSON', null],
      ]),
    );
    assert.strictEqual(q.speaker, null);
  });

  it('SpeakerResolver.pronoun ignores mentions too far back', () => {
    const text = `Ravi Shah arrived. ${'Nothing happened. '.repeat(200)}He said so.`;
    const r = new SpeakerResolver(text, entitiesFor(text, [['Ravi Shah', 'PERSON', null]]));
    assert.strictEqual(r.pronoun('He', text.lastIndexOf('He'), null, -1), null);
    const near = 'Ravi Shah arrived. He said so.';
    const r2 = new SpeakerResolver(near, entitiesFor(near, [['Ravi Shah', 'PERSON', null]]));
    assert.strictEqual(r2.pronoun('He', near.indexOf('He'), null, -1)?.id, 'e1');
  });
});

describe('pronouns: unnamed sources', () => {
  it('gives no speaker to “a Kremlin official” even though it names the Kremlin', () => {
    const text = 'The Kremlin said the talks were useful. The talks will go on, a Kremlin official said.';
    const qs = quotesWith(text, entitiesFor(text, [['Kremlin', 'ORG', null]]));
    assert.deepStrictEqual(
      qs.map((q) => [q.speakerMention?.text, q.speaker]),
      [
        ['The Kremlin', 'e1'],
        ['a Kremlin official', null],
      ],
    );
  });

  it('gives no speaker to an indefinite role phrase even when one entity has that role', () => {
    const text = 'President Lara Quinn opened the session. A president of another club said the rules were unfair.';
    const [q] = quotesWith(text, entitiesFor(text, [['Lara Quinn', 'PERSON', 'President']]));
    assert.strictEqual(q.speaker, null);
  });

  it('“her” after a verb says nothing of the subject’s gender: “X disputed her figures. … he said”', () => {
    const text =
      'Mayor Ruth Okafor said her budget was balanced.\n\nPaul Denning, the leader of the council group, disputed her figures. “The sums do not add up,” he said.';
    const ents = entitiesFor(text, [
      ['Ruth Okafor', 'PERSON', 'Mayor'],
      ['Paul Denning', 'PERSON', null],
    ]);
    const direct = quotesWith(text, ents).find((q) => q.kind === 'direct');
    assert.strictEqual(direct?.speaker, 'e2');
  });

  it('a pronoun right after the previous speaker in the same paragraph continues it, gender unknown', () => {
    const text =
      'Ann Corley left the board in May. “I am proud of it,” she said.\n\nDana Whitfield said the plan for the new depot and the two schools would be ready in May. “If the vote passes next week, the work can start at once,” she said.';
    const ents = entitiesFor(text, [
      ['Ann Corley', 'PERSON', null],
      ['Dana Whitfield', 'PERSON', null],
    ]);
    const last = quotesWith(text, ents).pop();
    assert.strictEqual(last?.speakerMention?.text, 'she');
    assert.strictEqual(last?.speaker, 'e2');
  });

  it('a paragraph break between the previous speaker and an unmatched pronoun leaves it open', () => {
    const text =
      'Ann Corley left the board in May. “I am proud of it,” she said.\n\nDana Whitfield said the plan for the new depot and the two schools would be ready in May.\n\n“If the vote passes next week, the work can start at once,” she said.';
    const ents = entitiesFor(text, [
      ['Ann Corley', 'PERSON', null],
      ['Dana Whitfield', 'PERSON', null],
    ]);
    assert.strictEqual(quotesWith(text, ents).pop()?.speaker, null);
  });

  it('matches a role phrase by the role’s head noun, not its last word: “the guild” is not “the head of the guild”', () => {
    const text =
      'Lars Eck, the head of the Fenwick Weavers Guild, spoke first. According to the guild, orders fell by half in a year. The head of the guild said the loom would stay.';
    const ents = entitiesFor(text, [['Lars Eck', 'PERSON', 'head of the Fenwick Weavers Guild']]);
    const qs = quotesWith(text, ents);
    const guild = qs.find((q) => q.speakerMention?.text === 'the guild');
    assert.strictEqual(guild?.speaker, null);
    const head = qs.find((q) => q.speakerMention?.text === 'The head of the guild');
    assert.strictEqual(head?.speaker, 'e1');
  });
  it('a person of the same gender introduced as a paragraph’s subject after the previous speaker takes over “he said”', () => {
    const text =
      '“Costs rose again,” Tom Hale said. He then left the hall.\n\nRoy Banks drove in from his farm, and he stayed all day.\n\n“We cannot wait another year,” he said.';
    const ents = entitiesFor(text, [
      ['Tom Hale', 'PERSON', null],
      ['Roy Banks', 'PERSON', null],
    ]);
    assert.deepStrictEqual(
      quotesWith(text, ents).map((q) => q.speaker),
      ['e1', 'e2'],
    );
  });

  it('a description read as a name in apposition to the previous speaker is no rival: “Roy Banks, Grain Board, said”', () => {
    const text = 'Roy Banks, Grain Board, said he was worried as well.\n\n“We cannot wait another year,” he said.';
    const ents = entitiesFor(text, [
      ['Roy Banks', 'PERSON', null],
      ['Grain Board', 'PERSON', null],
    ]);
    assert.deepStrictEqual(
      quotesWith(text, ents).map((q) => q.speaker),
      ['e1', 'e1'],
    );
  });

  it('a rival named inside the previous speaker’s sentence does not take over “he said”', () => {
    const text =
      '“Costs rose again,” Tom Hale said of Roy Banks, who he said was worried as well.\n\n“We cannot wait another year,” he said.';
    const ents = entitiesFor(text, [
      ['Tom Hale', 'PERSON', null],
      ['Roy Banks', 'PERSON', null],
    ]);
    // Roy Banks is only the object of "said of" (a background mention): the previous speaker goes on.
    assert.strictEqual(quotesWith(text, ents).pop()?.speaker, 'e1');
  });
  it('a name of unknown gender later in the speaker’s own sentence is no rival for “she said”', () => {
    const text =
      'Ms. Sarah Buckley, who was a pupil at Calder Hill, the old boarding school up in the hills, said the rules of the place were far too harsh for any child to bear.\n\n“We were never heard at all,” she said.';
    const ents = entitiesFor(text, [
      ['Sarah Buckley', 'PERSON', null],
      ['Calder Hill', 'PERSON', null],
    ]);
    assert.strictEqual(quotesWith(text, ents).pop()?.speaker, 'e1');
  });
  it('a man named only as an object after the previous speaker is no rival for “he said”', () => {
    const text =
      '“It is cold,” Mr. Tom Hale said of the winter.\n\nAsked what he would tell Mr. Roy Banks about the shelters, he said: “Come and see them.”';
    const ents = entitiesFor(text, [
      ['Tom Hale', 'PERSON', null],
      ['Roy Banks', 'PERSON', null],
    ]);
    assert.strictEqual(quotesWith(text, ents).pop()?.speaker, 'e1');
  });

  it('two people joined by “and” are no rival for a later “he said”', () => {
    const text =
      '“The vote is in,” Mr. Tom Hale said.\n\nThe owners, Dana Roe and Kim Vale, said they accepted it.\n\nLater, he said the talks would start soon.';
    const ents = entitiesFor(text, [
      ['Tom Hale', 'PERSON', null],
      ['Dana Roe', 'PERSON', null],
      ['Kim Vale', 'PERSON', null],
    ]);
    assert.strictEqual(quotesWith(text, ents).pop()?.speaker, 'e1');
  });

  it('a man who acts after the previous speaker still takes “he said” over', () => {
    const text =
      '“The vote is in,” Mr. Tom Hale said.\n\nLater that day Mr. Roy Banks arrived at the hall with the results.\n\n“It is over,” he said.';
    const ents = entitiesFor(text, [
      ['Tom Hale', 'PERSON', null],
      ['Roy Banks', 'PERSON', null],
    ]);
    assert.strictEqual(quotesWith(text, ents).pop()?.speaker, 'e2');
  });

  it('“the mayor said” is the one person described by a word derived from it (“mayoral candidate”)', () => {
    const text =
      'Tom Hale won the race in October.\n\nThe mayor said the new police force would cost less than the old one.';
    const ents = entitiesFor(text, [
      ['Tom Hale', 'PERSON', 'then-Fenwick mayoral candidate'],
      ['Roy Banks', 'PERSON', 'councillor'],
    ]);
    assert.strictEqual(quotesWith(text, ents).pop()?.speaker, 'e1');
  });

  it('“the company said” is the organization named before it, named more than once', () => {
    const text =
      'Harlow Mills cut 200 jobs on Monday. Harlow Mills had warned of losses in May.\n\nThe company said the cuts would be the last this year.';
    const ents = entitiesFor(text, [['Harlow Mills', 'ORG', null]]);
    assert.strictEqual(quotesWith(text, ents).pop()?.speaker, 'e1');
  });

  it('“the company said” with two organizations named just before it is left open', () => {
    const text =
      'Harlow Mills and Brecon Steel cut 200 jobs on Monday, Harlow Mills and Brecon Steel said.\n\nThe company said the cuts would be the last this year.';
    const ents = entitiesFor(text, [
      ['Harlow Mills', 'ORG', null],
      ['Brecon Steel', 'ORG', null],
    ]);
    assert.strictEqual(quotesWith(text, ents).pop()?.speaker, null);
  });
});
