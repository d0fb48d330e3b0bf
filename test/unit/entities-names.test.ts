// People the tagger types as places or organizations: a given name followed by a surname is a person
// (src/core/entities/mentions.ts, givenNamePersons). Fixture sentences are written for these tests (the names
// are ordinary given names and surnames; the people are invented).
import * as assert from 'assert';
import { findEntities } from '../../src/core/entities';
import { splitSentences, tokenize } from '../../src/core/text';
import type { Entity } from '../../src/core/types';

function entities(text: string): Entity[] {
  const tokens = tokenize(text);
  return findEntities(text, tokens, splitSentences(tokens), {});
}

function typeOf(list: Entity[], name: string): string {
  const e = list.find((x) => x.name === name);
  assert.ok(e, `no entity named ${JSON.stringify(name)} in ${JSON.stringify(list.map((x) => `${x.type} ${x.name}`))}`);
  return e!.type;
}

describe('findEntities: a given name and a surname make a person', () => {
  it('whatever the tagger made of a given name that is also a place ("Jordan", "Florence", "Regina")', () => {
    assert.strictEqual(
      typeOf(entities('Jordan Pelley said the bridge would reopen in May.'), 'Jordan Pelley'),
      'PERSON',
    );
    assert.strictEqual(typeOf(entities('Florence Adeyemi thanked the nurses.'), 'Florence Adeyemi'), 'PERSON');
    const list = entities('Guests included Regina King and Candice Bergen.');
    assert.strictEqual(typeOf(list, 'Regina King'), 'PERSON');
    assert.strictEqual(typeOf(list, 'Candice Bergen'), 'PERSON');
  });

  it('splits a title and a name tagged as one organization, keeping the organization', () => {
    const list = entities('Harbourline CEO Kevin Ostrander said fares would rise.');
    assert.strictEqual(typeOf(list, 'Kevin Ostrander'), 'PERSON');
    assert.strictEqual(typeOf(list, 'Harbourline'), 'ORG');
    assert.strictEqual(list.find((e) => e.name === 'Kevin Ostrander')!.role, 'Harbourline CEO');
    const rep = entities('Dunmore Trade Representative Robert Quillfeather said talks would resume.');
    assert.strictEqual(typeOf(rep, 'Robert Quillfeather'), 'PERSON');
    assert.strictEqual(rep.find((e) => e.name === 'Robert Quillfeather')!.role, 'Dunmore Trade Representative');
  });

  it('finds each person in a run of titles and names tagged as one organization', () => {
    const list = entities('Harbour MP Nigel Ashdown and Liberal Leader Andrew Pellow met Regina King.');
    assert.strictEqual(typeOf(list, 'Nigel Ashdown'), 'PERSON');
    assert.strictEqual(typeOf(list, 'Andrew Pellow'), 'PERSON');
    assert.strictEqual(typeOf(list, 'Regina King'), 'PERSON');
  });

  it('leaves places and teams that start with a given name alone', () => {
    const list = entities(
      'Georgia Tech beat Victoria Park Rovers. Hong Kong and Kansas City were quiet. Water ran low at the Jordan Valley dam.',
    );
    // Not a person, whatever the tagger makes of the span ("Georgia Tech" may come out as the place "Georgia").
    for (const name of [
      'Georgia',
      'Georgia Tech',
      'Victoria Park Rovers',
      'Hong Kong',
      'Kansas City',
      'Jordan Valley',
    ]) {
      assert.notStrictEqual(list.find((e) => e.name === name)?.type, 'PERSON', name);
    }
    assert.ok(!list.some((e) => e.type === 'PERSON'), JSON.stringify(list.map((e) => [e.type, e.name])));
  });

  it('makes a given name tagged as a place a person in a list of people', () => {
    const list = entities('The winners were Tavi Orlen, Dusa Marrow, Katie and Caitlin.');
    assert.strictEqual(typeOf(list, 'Caitlin'), 'PERSON');
    assert.strictEqual(typeOf(list, 'Katie'), 'PERSON');
    // A list of places stays places.
    const places = entities('Exports to Britain, France and Jordan rose.');
    for (const name of ['Britain', 'France', 'Jordan']) assert.strictEqual(typeOf(places, name), 'LOC', name);
  });

  it('cuts a description off the front of a person span ("Nova Scotia Liberal MP Sean Ashdown")', () => {
    const list = entities('Nova Scotia Liberal MP Sean Ashdown said the plan was sound.');
    assert.strictEqual(typeOf(list, 'Sean Ashdown'), 'PERSON');
  });
});
