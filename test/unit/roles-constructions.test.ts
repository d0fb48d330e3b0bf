// Roles (src/core/entities/roles.ts): more constructions that state a person's role, one a test. Fixture
// sentences are written for these tests; every name, place and organization in them is made up.
import * as assert from 'assert';
import { findEntities } from '../../src/core/entities';
import { splitSentences, tokenize } from '../../src/core/text';
import type { Entity } from '../../src/core/types';

function entities(text: string): Entity[] {
  const tokens = tokenize(text);
  return findEntities(text, tokens, splitSentences(tokens), {});
}

function person(text: string, name: string): Entity {
  const list = entities(text);
  const e = list.find((x) => x.name === name && x.type === 'PERSON');
  assert.ok(e, `no person named ${JSON.stringify(name)} in ${JSON.stringify(list.map((x) => `${x.type}:${x.name}`))}`);
  return e!;
}

const roleOf = (text: string, name: string) => person(text, name).role;

describe('roles: possessives', () => {
  it('takes a possessive name written with a bare apostrophe after -s into an apposition', () => {
    const text = 'The lead goes to Lena Voss, Karl Jenkins’ daughter, in her first film.';
    assert.strictEqual(roleOf(text, 'Lena Voss'), 'Karl Jenkins’ daughter');
  });

  it('keeps the possessive determiner of a lower-case role before the name', () => {
    const text = 'Rescuers found Amal Farouk, who was trapped with his colleague Idris Wenda near the river.';
    assert.strictEqual(roleOf(text, 'Idris Wenda'), 'his colleague');
  });
});

describe('roles: descriptions set off before the name', () => {
  it('takes the description before "a man named" rather than the word for anyone', () => {
    const text = 'In May that neighbour, a man named Oren Valdt, was charged with theft.';
    assert.strictEqual(roleOf(text, 'Oren Valdt'), 'neighbour');
  });

  it('keeps "as" and the capacity after a role noun in an apposition before the name', () => {
    const text = 'The storm doomed him as surely as it did his predecessor as parks director, Ivo Marten.';
    assert.strictEqual(roleOf(text, 'Ivo Marten'), 'his predecessor as parks director');
  });
});

describe('roles: capitalised titles ending in an agent noun', () => {
  it('splits "Hall of Famer" off the name and takes it as the title', () => {
    const text = "The club's manager at the time, Hall of Famer Rick Dolan, kept the trophy.";
    const e = person(text, 'Rick Dolan');
    assert.strictEqual(e.role, 'Hall of Famer');
  });

  it('does not cut a team named in the plural off as a title', () => {
    const list = entities('The trade sent Sixers Tomas Herrin to the coast.');
    assert.ok(!list.some((e) => e.name === 'Tomas Herrin' && e.role === 'Sixers'));
  });
});

describe('roles: pageant titles', () => {
  it('cuts "Miss" and a place off a name the text uses elsewhere, and takes them as the title', () => {
    const text = 'Back at the hotel, Miss Nevada Lorna Quist mocked a rival. Later, Lorna Quist apologized.';
    const list = entities(text);
    assert.ok(!list.some((e) => e.name === 'Nevada Lorna Quist'));
    assert.strictEqual(roleOf(text, 'Lorna Quist'), 'Miss Nevada');
  });

  it('gives no title for "Miss" before the person\'s own given name', () => {
    const text = 'Miss Jane Roe and her sister were at the ball. Jane Roe danced.';
    assert.strictEqual(roleOf(text, 'Jane Roe'), null);
  });
});

describe('names: a nickname in quotation marks', () => {
  it('keeps given name, nickname and surname one person, with the title before it', () => {
    const text = 'Fans cheered as drummer Taviro “Tavo” Lindqvist walked on stage. Lindqvist waved.';
    const list = entities(text);
    assert.deepStrictEqual(
      list.map((e) => `${e.type}:${e.name}`),
      ['PERSON:Taviro “Tavo” Lindqvist'],
    );
    assert.strictEqual(list[0].role, 'drummer');
  });

  it('leaves a quoted title between capitalised words that are no name alone', () => {
    const list = entities('Critics called the album “Night Songs” Sunday a triumph.');
    assert.ok(!list.some((e) => e.type === 'PERSON'));
  });
});

describe('names: a role noun first in its sentence', () => {
  it('cuts a capitalised role noun off a given name and surname, and takes it as the title', () => {
    for (const text of [
      'It was 1958. Porter Percy Corbin, right, and a steward were shown.',
      'The depot in 1958. (Jane Roe / The Daily Ledger) Porter Percy Corbin, right, was there.',
    ]) {
      assert.ok(!entities(text).some((e) => e.name === 'Porter Percy Corbin'), text);
      assert.strictEqual(roleOf(text, 'Percy Corbin'), 'Porter', text);
    }
  });
});

describe('merge: a full name spelt two ways', () => {
  const names = (text: string) => entities(text).map((e) => `${e.type}:${e.name}`);

  it('joins a given name with two letters swapped under the same surname', () => {
    const list = names('The caption shows Rhianna Volk on set. Critics praised Rihanna Volk for her work.');
    assert.deepStrictEqual(list, ['PERSON:Rhianna Volk']);
  });

  it('keeps apart given names that end in another letter or are short', () => {
    const list = names('Maria Stone met Marie Stone and Myra Stone at the fair.');
    for (const n of ['PERSON:Maria Stone', 'PERSON:Marie Stone', 'PERSON:Myra Stone'])
      assert.ok(list.includes(n), `${n} in ${JSON.stringify(list)}`);
  });
});

describe('roles: the character a player plays', () => {
  it('takes the character from "Player (as Character)"', () => {
    const text = 'The film has action, heart, a crazy-haired Lorne Peltier (as “old” Merlin) and a few good gags.';
    assert.strictEqual(roleOf(text, 'Lorne Peltier'), '“old” Merlin');
  });

  it('takes the character from "Character (a wonderful Player)"', () => {
    const text = 'He protects his buddy, Tobbs (a truly wonderful Kiran Maddox), from bullies.';
    assert.strictEqual(roleOf(text, 'Kiran Maddox'), 'Tobbs');
  });
});

describe('roles: not from a neighbour', () => {
  it('takes no object of an earlier clause before a comma as the role of the subject after it', () => {
    const text = 'The group was led by Tomas Reyna, whose first job was as a bus driver, Ilse Marr writes in her book.';
    assert.strictEqual(roleOf(text, 'Ilse Marr'), null);
    assert.strictEqual(roleOf(text, 'Tomas Reyna'), 'bus driver');
  });
});

describe('roles: a description in the next sentence', () => {
  it('takes "The <show title> star said" after the sentence naming the person, the title holding a word of the name', () => {
    const text =
      'What could be more fun than games? Having Tobin Ashgrove show up to tell jokes, that’s what.\n\n' +
      'The Tobin on the Street star said he was happy. Tobin left.';
    assert.strictEqual(roleOf(text, 'Tobin Ashgrove'), 'Tobin on the Street star');
  });
});

describe('roles: "one of them"', () => {
  it('takes the counted plural role of the sentence before', () => {
    const text =
      'On Saturday about 100 protesters dressed in vests rallied outside the hall. Vern Sparkes was one of them.';
    assert.strictEqual(roleOf(text, 'Vern Sparkes'), 'protesters');
  });
});

describe('roles: a description that introduces the person named next', () => {
  it('takes a possessive description that is the subject of a relative clause after a noun', () => {
    const text =
      "Staff said the line would cost more. That's a claim Dunmore's premier didn't buy. “I care not,” Jane Roe told reporters.";
    assert.strictEqual(roleOf(text, 'Jane Roe'), 'premier');
  });
});

describe('roles: the player after "by" or "from" in parentheses', () => {
  it('takes the character before "(played by Player)" and "(featuring a performance from Player)"', () => {
    for (const text of [
      'Then comes Young Tobbs (featuring a brilliant comedic performance from Kiran Maddox), and the enemy.',
      'Then comes Young Tobbs (played by Kiran Maddox), and the enemy.',
    ])
      assert.strictEqual(roleOf(text, 'Kiran Maddox'), 'Young Tobbs', text);
  });
});

describe('roles: "That would be Name"', () => {
  it('takes the definite description that ends the sentence before', () => {
    const text =
      'He bonded with them all, but he never kissed the group date rose recipient. That would be Tessa Marl, who confessed.';
    assert.strictEqual(roleOf(text, 'Tessa Marl'), 'group date rose recipient');
  });

  it('takes nothing when the sentence before ends in no word for a person', () => {
    const text = 'He never found the missing key. That would be Tessa Marl, who hid it.';
    assert.strictEqual(roleOf(text, 'Tessa Marl'), null);
  });
});

describe('roles: more appositions and titles', () => {
  it('takes "the <noun> of ..." set off by commas after a name, when no role noun heads it', () => {
    assert.strictEqual(roleOf('Later, Vera, the target of the joke, laughed it off.', 'Vera'), 'target of the joke');
  });

  it('keeps an object apposition before a name that no verb follows', () => {
    const text = 'Ruiz has praised the moderator of the debate, Lena Holtz of Channel Nine, but with an edge.';
    assert.strictEqual(roleOf(text, 'Lena Holtz'), 'moderator of the debate');
  });

  it('takes no WordNet noun for a person first in a sentence as a title', () => {
    assert.strictEqual(roleOf('Derelict Tomas Brandt left the city last year.', 'Tomas Brandt'), null);
  });

  it('ends a pageant title where the name begins', () => {
    const text = 'He insulted Miss Universe Alicia Marquez. Alicia Marquez answered him.';
    assert.strictEqual(roleOf(text, 'Alicia Marquez'), 'Miss Universe');
  });
});

describe('roles: predicates after an age', () => {
  it('takes a predicate role after an age set off by commas', () => {
    assert.strictEqual(
      roleOf('Officials said Jane Roe, 42, is a nurse at the clinic.', 'Jane Roe'),
      'nurse at the clinic',
    );
  });

  it('takes no part of something as an apposition', () => {
    assert.strictEqual(roleOf('The coach praised Tom Kell, the rest of the squad, and the fans.', 'Tom Kell'), null);
  });
});
