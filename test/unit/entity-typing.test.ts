// The whole-entity typing (src/core/entities/typing.ts): an entity typed again from the context of all its
// mentions, and the entities it must leave as they are. Fixture sentences are written for these tests.
import * as assert from 'assert';
import { entityClusters, findEntities } from '../../src/core/entities';
import { entityFeatures, featureKey, retypeEntities, settled, tableLines } from '../../src/core/entities/typing';
import { honorificOrTitleBefore } from '../../src/core/entities/retype';
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
    // FNV-1a 32 over the UTF-16 code units of "t:ORG", "p2:shares of", "linestart", "w:café", "w:😀".
    const fnv = (s: string) => {
      let h = 0x811c9dc5;
      for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
      return h | 0;
    };
    assert.strictEqual(featureKey('t', 'ORG'), fnv('t:ORG'));
    assert.strictEqual(featureKey('p2', 'shares', 'of'), fnv('p2:shares of'));
    assert.strictEqual(featureKey('linestart'), fnv('linestart'));
    assert.strictEqual(featureKey('w', 'café'), fnv('w:café'));
    assert.strictEqual(featureKey('w', '😀'), fnv('w:😀'));
    assert.notStrictEqual(featureKey('p1', 'shares'), featureKey('n1', 'shares'));
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

  it('leaves a person after an honorific with its period, or one a "he" or "she" follows', () => {
    assert.strictEqual(
      typeOf(
        'Shares of Mr. Kestrova rose. Kestrova said its sales fell. Shares in Kestrova lost 3 percent.',
        'Kestrova',
      ),
      'PERSON',
    );
    const { words, clusters } = clustersOf(
      'Kestrova Holdings shares fell. Kestrova said he was sorry. Shares of Kestrova lost 3 percent.',
    );
    const c = clusters.find((x) => x.type === 'PERSON');
    assert.ok(c, 'the tagger no longer types Kestrova a person: pick another fixture');
    assert.strictEqual(settled(words, c!), true);
    assert.strictEqual(
      settled(
        clustersOf(COMPANY).words,
        clustersOf(COMPANY).clusters.find((x) => x.type === 'PERSON')!,
      ),
      false,
    );
  });

  it('sees an honorific before a name past its period', () => {
    const at = (text: string, name: string) => {
      const { words } = clustersOf(text);
      return honorificOrTitleBefore(
        words,
        words.findIndex((w) => w.text === name),
      );
    };
    assert.strictEqual(at('They thanked Mr. Hale.', 'Hale'), true);
    assert.strictEqual(at('They thanked Mr Hale.', 'Hale'), true);
    assert.strictEqual(at('They thanked Senator Hale.', 'Hale'), true);
    assert.strictEqual(at('They thanked Hale.', 'Hale'), false);
    assert.strictEqual(at('It ended. Hale left.', 'Hale'), false);
  });

  it('gives the retyped entity mentions of its own, leaving those it was given as they were', () => {
    const { words, clusters } = clustersOf(COMPANY);
    const types = clusters.map((c) => c.mentions.map((m) => m.type).join());
    const out = retypeEntities(
      words,
      clusters,
      clusters.map(() => false),
    );
    assert.ok(out.some((c, i) => c.type !== clusters[i].type));
    assert.deepStrictEqual(
      clusters.map((c) => c.mentions.map((m) => m.type).join()),
      types,
    );
    for (const c of out) for (const m of c.mentions) assert.strictEqual(m.type, c.type);
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
