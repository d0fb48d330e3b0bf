// Merging mentions into entities: one entity per name and type in a document, unless there is a reason to
// keep two apart. The tagger's types are given by hand here (mentions are built directly), so the cases do
// not depend on the model. Fixture sentences are written for these tests.
import * as assert from 'assert';
import type { Mention } from '../../src/core/entities/mentions';
import { mergeMentions } from '../../src/core/entities/merge';
import { toWords, type Word } from '../../src/core/entities/words';
import { splitSentences, tokenize } from '../../src/core/text';
import type { EntityType } from '../../src/core/types';

function wordsOf(text: string): Word[] {
  const tokens = tokenize(text);
  return toWords(tokens, new Set(splitSentences(tokens).map((s) => s.first)));
}

/**
 * Mentions of `names` at every place they occur (not inside a name listed earlier), typed in order by `types`
 * (one per occurrence).
 */
function mentionsOf(words: Word[], occurrences: { name: string; types: EntityType[] }[]): Mention[] {
  const out: Mention[] = [];
  const taken = new Set<number>();
  for (const { name, types } of occurrences) {
    const parts = name.split(' ');
    let k = 0;
    for (let i = 0; i + parts.length <= words.length; i++) {
      if (taken.has(i) || !parts.every((p, j) => words[i + j].text === p)) continue;
      out.push({ first: i, last: i + parts.length, type: types[k++], known: -1 });
      for (let j = 0; j < parts.length; j++) taken.add(i + j);
    }
    assert.strictEqual(k, types.length, `${name}: ${k} occurrences`);
  }
  return out.sort((a, b) => a.first - b.first);
}

function summary(words: Word[], clusters: ReturnType<typeof mergeMentions>): string[] {
  return clusters.map(
    (c) =>
      `${c.type} ${c.mentions
        .map((m) =>
          words
            .slice(m.first, m.last)
            .map((w) => w.text)
            .join(' '),
        )
        .join(', ')}`,
  );
}

describe('mergeMentions: one entity per name and type', () => {
  it('joins a name tagged as a speaker (PERSON) and as a photo credit (ORG) that ends up ORG both times', () => {
    const text =
      'The probe reached orbit. (Photo: NASA)\nNASA said the probe was healthy. NASA said more images would follow.\n' +
      'The crater is wide. (Photo: NASA)';
    const words = wordsOf(text);
    // Tagged twice as each type: the type split keeps the two groups apart, then both become ORG (a known organization).
    const mentions = mentionsOf(words, [{ name: 'NASA', types: ['ORG', 'PERSON', 'PERSON', 'ORG'] }]);
    const clusters = mergeMentions(words, mentions);
    assert.deepStrictEqual(summary(words, clusters), ['ORG NASA, NASA, NASA, NASA']);
  });

  it('keeps mentions in text order and entities in order of first mention after joining', () => {
    const text = 'Rana Oduya spoke first. (Photo: NASA) NASA said yes. NASA said no. Oduya left. (Photo: NASA)';
    const words = wordsOf(text);
    const mentions = mentionsOf(words, [
      { name: 'Rana Oduya', types: ['PERSON'] },
      { name: 'Oduya', types: ['PERSON'] },
      { name: 'NASA', types: ['ORG', 'PERSON', 'PERSON', 'ORG'] },
    ]);
    const clusters = mergeMentions(words, mentions);
    assert.deepStrictEqual(summary(words, clusters), ['PERSON Rana Oduya, Oduya', 'ORG NASA, NASA, NASA, NASA']);
    for (const c of clusters)
      for (let i = 1; i < c.mentions.length; i++) assert.ok(c.mentions[i].first > c.mentions[i - 1].first);
  });

  it('keeps a name used as two types apart (a city and its team)', () => {
    const text =
      'Dorvale beat Kinton 2-1. Fans in Dorvale cheered. Dorvale play again on Sunday. Snow fell on Dorvale.';
    const words = wordsOf(text);
    const mentions = mentionsOf(words, [
      { name: 'Dorvale', types: ['ORG', 'LOC', 'ORG', 'LOC'] },
      { name: 'Kinton', types: ['ORG'] },
    ]);
    const clusters = mergeMentions(words, mentions);
    assert.deepStrictEqual(summary(words, clusters).sort(), [
      'LOC Dorvale, Dorvale',
      'ORG Dorvale, Dorvale',
      'ORG Kinton',
    ]);
  });

  it('keeps two people who share only a surname apart', () => {
    const text = 'Mara Quist met Tobias Quist in Oslo. Mara Quist spoke. Tobias Quist left.';
    const words = wordsOf(text);
    const mentions = mentionsOf(words, [
      { name: 'Mara Quist', types: ['PERSON', 'PERSON'] },
      { name: 'Tobias Quist', types: ['PERSON', 'PERSON'] },
    ]);
    const clusters = mergeMentions(words, mentions);
    assert.deepStrictEqual(summary(words, clusters), [
      'PERSON Mara Quist, Mara Quist',
      'PERSON Tobias Quist, Tobias Quist',
    ]);
  });
  it('keeps a first name introduced as a relative apart from another person with that first name', () => {
    const text =
      "Chief Joseph Brannock spoke. The victim was Jason Tull. Tull's father, Joseph, says his son loved Oslo.";
    const words = wordsOf(text);
    const mentions = mentionsOf(words, [
      { name: 'Joseph Brannock', types: ['PERSON'] },
      { name: 'Jason Tull', types: ['PERSON'] },
      { name: 'Joseph', types: ['PERSON'] },
    ]);
    assert.deepStrictEqual(summary(words, mergeMentions(words, mentions)), [
      'PERSON Joseph Brannock',
      'PERSON Jason Tull',
      'PERSON Joseph',
    ]);
  });

  it('joins a first name introduced as a relative to a full name of the same family', () => {
    const text = 'Ted Roe won. His wife, Heidi, cheered. Heidi Roe said it was a long year.';
    const words = wordsOf(text);
    const mentions = mentionsOf(words, [
      { name: 'Ted Roe', types: ['PERSON'] },
      { name: 'Heidi Roe', types: ['PERSON'] },
      { name: 'Heidi', types: ['PERSON'] },
    ]);
    assert.deepStrictEqual(summary(words, mergeMentions(words, mentions)), [
      'PERSON Ted Roe',
      'PERSON Heidi, Heidi Roe',
    ]);
  });

  it('a lone given name tagged a person twice is that person wherever else it stands (one sense per text)', () => {
    const text =
      'Garrett smiled. Garrett kissed Mia. Later Mia left Garrett at the pool, and the women talked about Garrett. ' +
      'Garrett was tired. Paris was rainy. Paris was cold. Paris sang. Paris danced.';
    const words = wordsOf(text);
    const mentions = mentionsOf(words, [
      { name: 'Garrett', types: ['PERSON', 'PERSON', 'LOC', 'ORG', 'LOC'] },
      { name: 'Mia', types: ['PERSON', 'PERSON'] },
      // A well-known place keeps its two senses.
      { name: 'Paris', types: ['LOC', 'LOC', 'PERSON', 'PERSON'] },
    ]);
    assert.deepStrictEqual(summary(words, mergeMentions(words, mentions)), [
      'PERSON Garrett, Garrett, Garrett, Garrett, Garrett',
      'PERSON Mia, Mia',
      'LOC Paris, Paris',
      'PERSON Paris, Paris',
    ]);
  });

  it('the given name of two people named in full, tagged a place, is a person of its own (not joined to either)', () => {
    const text =
      'Group date with Hannah Bell and Hannah Gray. Later, Hannah confessed she was nervous. ' +
      'Boats sailed the Nile River near Cairo. Nile is long.';
    const words = wordsOf(text);
    const mentions = mentionsOf(words, [
      { name: 'Hannah Bell', types: ['PERSON'] },
      { name: 'Hannah Gray', types: ['PERSON'] },
      { name: 'Nile River', types: ['PERSON'] },
      { name: 'Hannah', types: ['LOC'] },
      { name: 'Cairo', types: ['LOC'] },
      { name: 'Nile', types: ['LOC'] },
    ]);
    assert.deepStrictEqual(summary(words, mergeMentions(words, mentions)), [
      'PERSON Hannah Bell',
      'PERSON Hannah Gray',
      'PERSON Hannah',
      'PERSON Nile River',
      'LOC Cairo',
      'LOC Nile',
    ]);
  });

  it('the given name of one person named in full, tagged a place, joins that person', () => {
    const text = 'Group date with Hannah Bell. Later, Hannah confessed she was nervous.';
    const words = wordsOf(text);
    const mentions = mentionsOf(words, [
      { name: 'Hannah Bell', types: ['PERSON'] },
      { name: 'Hannah', types: ['LOC'] },
    ]);
    assert.deepStrictEqual(summary(words, mergeMentions(words, mentions)), ['PERSON Hannah Bell, Hannah']);
  });

  it('a surname goes to the one person named in full before its first use, not to a namesake named later', () => {
    const text =
      'The choreographer Ilse Varga opened the season. Varga is no newcomer. Varga says the piece grew. ' +
      'Her father, the late actor Tomas Varga, taught her to dance. Varga returns in May.';
    const words = wordsOf(text);
    const mentions = mentionsOf(words, [
      { name: 'Ilse Varga', types: ['PERSON'] },
      { name: 'Tomas Varga', types: ['PERSON'] },
      { name: 'Varga', types: ['PERSON', 'PERSON', 'PERSON'] },
    ]);
    assert.deepStrictEqual(summary(words, mergeMentions(words, mentions)), [
      'PERSON Ilse Varga, Varga, Varga, Varga',
      'PERSON Tomas Varga',
    ]);
  });

  it('a surname first used after two people of that name were named in full stays apart (ambiguous)', () => {
    const text = 'Mara Quist met Tobias Quist in Oslo. Quist said the talks went well.';
    const words = wordsOf(text);
    const mentions = mentionsOf(words, [
      { name: 'Mara Quist', types: ['PERSON'] },
      { name: 'Tobias Quist', types: ['PERSON'] },
      { name: 'Quist', types: ['PERSON'] },
    ]);
    assert.deepStrictEqual(summary(words, mergeMentions(words, mentions)), [
      'PERSON Mara Quist',
      'PERSON Tobias Quist',
      'PERSON Quist',
    ]);
  });
});
