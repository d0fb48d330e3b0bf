// The entity recognizer on the seed article the product was first specified with, read from ../shared
// (never copied into the repository). This tier runs only when the shared data is there.
import * as assert from 'assert';
import * as fs from 'fs';
import { findEntities } from '../../src/core/entities';
import { splitSentences, tokenize } from '../../src/core/text';
import type { Entity } from '../../src/core/types';
import { sharedFile } from './shared';

function entities(text: string): Entity[] {
  const tokens = tokenize(text);
  return findEntities(text, tokens, splitSentences(tokens), {});
}

function checkOffsets(text: string, list: Entity[]): void {
  list.forEach((e, i) => {
    assert.strictEqual(e.id, `e${i + 1}`);
    for (const m of e.mentions) assert.strictEqual(text.slice(m.start, m.end), m.text);
  });
  for (let i = 1; i < list.length; i++) assert.ok(list[i].mentions[0].start > list[i - 1].mentions[0].start);
}

function byName(list: Entity[], name: string): Entity {
  const e = list.find((x) => x.name === name);
  assert.ok(e, `no entity named ${JSON.stringify(name)} in ${JSON.stringify(list.map((x) => x.name))}`);
  return e!;
}

describe('findEntities: the seed article', () => {
  // Read in a hook, not while loading: when the data is missing, the tier is reported skipped, not broken.
  let text = '';
  let list: Entity[] = [];
  before(() => {
    text = fs.readFileSync(sharedFile('seeds', 'sochi-syria.txt'), 'utf8');
    list = entities(text);
  });

  it('finds each of the six people once, with the role the text gives', () => {
    const expected: [string, string, string][] = [
      ['Putin', 'Vladimir Putin', 'President'],
      ['Cameron', 'David Cameron', 'Prime Minister'],
      ['Assad', 'Bashar al-Assad', 'President'],
      ['Kerry', 'John Kerry', 'U.S. Secretary of State'],
      ['Lavrov', 'Sergei Lavrov', 'Russian Foreign Minister'],
      ['Peskov', 'Dmitry Peskov', 'Putin’s spokesman'],
    ];
    for (const [surname, name, role] of expected) {
      const found = list.filter((e) => e.type === 'PERSON' && e.mentions.some((m) => m.text.includes(surname)));
      assert.strictEqual(found.length, 1, `${surname}: ${JSON.stringify(found.map((e) => e.name))}`);
      assert.strictEqual(found[0].name, name);
      assert.strictEqual(found[0].role, role, `${name}'s role`);
    }
  });

  it('ties every mention of Putin, Cameron and Kerry to one entity, possessives excluded', () => {
    const count = (re: RegExp) => (text.match(re) || []).length;
    const putin = byName(list, 'Vladimir Putin');
    assert.strictEqual(putin.mentions.length, count(/Putin/g));
    assert.ok(putin.mentions.every((m) => m.text === 'Putin' || m.text === 'Vladimir Putin'));
    assert.deepStrictEqual(putin.aliases, ['Putin']);
    assert.strictEqual(byName(list, 'David Cameron').mentions.length, count(/Cameron/g));
    assert.strictEqual(byName(list, 'John Kerry').mentions.length, count(/Kerry/g));
  });

  it('types places and organizations, and joins U.K. with Britain and UN with United Nations', () => {
    assert.strictEqual(byName(list, 'Russia').type, 'LOC');
    assert.strictEqual(byName(list, 'Sochi').type, 'LOC');
    const un = byName(list, 'United Nations');
    assert.strictEqual(un.type, 'ORG');
    assert.ok(un.aliases.includes('UN'));
    assert.ok(byName(list, 'Britain').aliases.includes('U.K.'));
    assert.strictEqual(byName(list, 'Google Inc.').type, 'ORG');
  });

  it('keeps offsets valid and ids in order', () => checkOffsets(text, list));
});
