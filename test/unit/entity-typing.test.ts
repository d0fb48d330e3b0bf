// The whole-entity typing (src/core/entities/typing.ts): an entity typed again from the context of all its
// mentions, and the entities it must leave as they are. Fixture sentences are written for these tests.
import * as assert from 'assert';
import { entityClusters, findEntities } from '../../src/core/entities';
import { entityFeatures, featureKey, retypeEntities, tableLines } from '../../src/core/entities/typing';
import { loadModel } from '../../src/core/entities/weights';
import { toWords } from '../../src/core/entities/words';
import { splitSentences, tokenize } from '../../src/core/text';
import type { Entity } from '../../src/core/types';

function entities(text: string): Entity[] {
  const tokens = tokenize(text);
  return findEntities(text, tokens, splitSentences(tokens), {});
}

function typeOf(text: string, name: string): string {
  const e = entities(text).find((x) => x.name === name);
  assert.ok(e, `no entity ${name}`);
  return e!.type;
}

function clustersOf(text: string) {
  const tokens = tokenize(text);
  const words = toWords(tokens, new Set(splitSentences(tokens).map((s) => s.first)));
  return { words, ...entityClusters(words, [], loadModel()) };
}

const COMPANY = 'Kestrova Holdings shares fell. Kestrova said its sales dropped. Shares of Kestrova lost 3 percent.';

describe('entity typing from all mentions', () => {
  it('keys a feature by FNV-1a of its written form, without building it', () => {
    // FNV-1a 32 of "t:ORG", "p2:shares of", "linestart", computed by hand from the definition.
    const fnv = (s: string) => {
      let h = 0x811c9dc5;
      for (const ch of s) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
      return h | 0;
    };
    assert.strictEqual(featureKey('t', 'ORG'), fnv('t:ORG'));
    assert.strictEqual(featureKey('p2', 'shares', 'of'), fnv('p2:shares of'));
    assert.strictEqual(featureKey('linestart'), fnv('linestart'));
    assert.notStrictEqual(featureKey('p1', 'a b'), featureKey('p2', 'a', 'b'));
  });

  it('makes an organization of a name whose mentions read as a company (the tagger said place)', () => {
    const text =
      'Shares in Veltrano rose 4 percent on Friday after Veltrano said its first-half profit doubled.\n' +
      'Analysts expect Veltrano to raise its dividend. Veltrano shares closed at 12.40.';
    assert.strictEqual(typeOf(text, 'Veltrano'), 'ORG');
  });

  it('makes an organization of a lone word the tagger took for a person beside the company name', () => {
    assert.strictEqual(typeOf(COMPANY, 'Kestrova'), 'ORG');
  });

  it('leaves a person the text gives a role', () => {
    const { words, clusters } = clustersOf(COMPANY);
    const i = clusters.findIndex((c) => c.type === 'PERSON');
    assert.ok(i >= 0, 'the tagger no longer types Kestrova a person: pick another fixture');
    const withoutRole = retypeEntities(
      words,
      clusters,
      clusters.map(() => false),
    );
    assert.strictEqual(withoutRole[i].type, 'ORG');
    const { words: w2, clusters: c2 } = clustersOf(COMPANY);
    const withRole = retypeEntities(
      w2,
      c2,
      c2.map((_, j) => j === i),
    );
    assert.strictEqual(withRole[i].type, 'PERSON');
  });

  it('leaves a person whose name opens with a given name, whatever the context', () => {
    const text = 'Shares of Nicole Varga rose. Nicole Varga said its profit rose. Shares in Varga fell.';
    assert.strictEqual(typeOf(text, 'Nicole Varga'), 'PERSON');
  });

  it('leaves an entity whose type the text settles (retype.ts), where it would change another', () => {
    const text =
      'Shares in Veltrano rose 4 percent after Veltrano said its profit doubled. Veltrano shares closed higher.';
    const run = (settle: boolean) => {
      const { words, clusters } = clustersOf(text);
      const i = clusters.findIndex((c) => words[c.mentions[0].first].text === 'Veltrano');
      assert.ok(i >= 0);
      const input = clusters.map((c, j) => (j === i && settle ? { ...c, settled: true } : c));
      return [
        clusters[i].type,
        retypeEntities(
          words,
          input,
          input.map(() => false),
        )[i].type,
      ];
    };
    const [before, changed] = run(false);
    assert.notStrictEqual(changed, before, 'the model no longer retypes this fixture: pick another');
    assert.deepStrictEqual(run(true), [before, before]);
  });

  it('marks the organizations the text shows (an apposition) as settled', () => {
    const text =
      'Dixmoor Vale, a non-profit agency that runs shelters, opened a new site. Dixmoor Vale said more beds are needed.';
    const { clusters, words } = clustersOf(text);
    const c = clusters.find((x) => words[x.mentions[0].first].text === 'Dixmoor');
    assert.ok(c);
    assert.strictEqual(c!.type, 'ORG');
    assert.strictEqual(c!.settled, true);
  });

  it('reads a line of figures as a table row, a figure after a name as a number', () => {
    const text = 'Results on Saturday:\nVeldhoven 2 Marenburg 1\nThe coach said the team played well.';
    const { words, clusters } = clustersOf(text);
    const lines = tableLines(words);
    assert.deepStrictEqual(Array.from(lines.table), [0, 1, 0]);
    const c = clusters.find((x) => words[x.mentions[0].first].text === 'Veldhoven');
    assert.ok(c);
    const f = entityFeatures(words, c!, lines);
    assert.ok(f.has(featureKey('table', 'all')));
    assert.ok(f.has(featureKey('n1', '<num>')));
    assert.ok(!f.has(featureKey('table', 'none')));
  });
});
