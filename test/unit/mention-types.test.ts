// One name, two things (src/core/entities/mentionTypes.ts): a mention of an organization that reads as a place,
// or the other way round, split off into an entity of that type. Fixture texts are written for these tests.
import * as assert from 'assert';
import { findEntities } from '../../src/core/entities';
import type { Cluster } from '../../src/core/entities/merge';
import { MENTION_MARGIN, mentionType, splitMentionTypes } from '../../src/core/entities/mentionTypes';
import { tableLines } from '../../src/core/entities/typing';
import { toWords } from '../../src/core/entities/words';
import { splitSentences, tokenize } from '../../src/core/text';
import type { Entity } from '../../src/core/types';

function entities(text: string): Entity[] {
  const tokens = tokenize(text);
  return findEntities(text, tokens, splitSentences(tokens), {});
}

/** The type of the entity holding the mention that starts at `text.indexOf(needle) + offset`. */
function typeAt(text: string, list: Entity[], needle: string, offset = 0): string | null {
  const at = text.indexOf(needle) + offset;
  assert.ok(at >= offset, `no "${needle}" in the text`);
  const e = list.find((x) => x.mentions.some((m) => m.start === at));
  return e ? e.type : null;
}

// A results page of an invented league: the standings name the teams by city, the schedule says where they play.
const STANDINGS =
  'HOCKEY - NORTHERN LEAGUE STANDINGS.\n' +
  'NORTHERN LEAGUE\n' +
  'W L PCT GB\n' +
  'HALIFAX 61 40 .604 -\n' +
  'REGINA 55 46 .545 6\n' +
  'SASKATOON 50 51 .495 11\n' +
  'THUNDER BAY 44 57 .436 17\n' +
  'MONDAY SCHEDULE\n' +
  'SASKATOON AT HALIFAX\n' +
  'THUNDER BAY AT REGINA\n';

describe('mention types: one name, two things', () => {
  it('makes the city a team plays at a place, and leaves the teams in the standings organizations', () => {
    const list = entities(STANDINGS);
    // Before this step every mention of HALIFAX took its entity's one type (an organization).
    assert.strictEqual(typeAt(STANDINGS, list, 'HALIFAX 61'), 'ORG');
    assert.strictEqual(typeAt(STANDINGS, list, 'SASKATOON AT HALIFAX', 'SASKATOON AT '.length), 'LOC');
    assert.strictEqual(typeAt(STANDINGS, list, 'THUNDER BAY AT REGINA', 'THUNDER BAY AT '.length), 'LOC');
    // The visiting team stays an organization.
    assert.strictEqual(typeAt(STANDINGS, list, 'SASKATOON AT HALIFAX'), 'ORG');
    // The place is an entity of its own: the team keeps only its own mentions.
    const team = list.find((e) => e.type === 'ORG' && e.name.toUpperCase() === 'HALIFAX');
    assert.ok(team);
    assert.strictEqual(team!.mentions.length, 1);
    assert.ok(list.some((e) => e.type === 'LOC' && e.name.toUpperCase() === 'HALIFAX'));
  });

  it('makes a dateline a place when the same name is a club elsewhere in the article', () => {
    const text =
      'SOCCER - MILAN SIGN STRIKER.\n' +
      'MILAN 2019-08-30\n' +
      'Milan signed striker Paolo Ferrante from Torino on Friday. Milan finished fourth last season and Milan ' +
      'coach Luca Bianchi said the club needed goals.\n';
    const list = entities(text);
    assert.strictEqual(typeAt(text, list, 'MILAN 2019'), 'LOC');
    assert.strictEqual(typeAt(text, list, 'Milan signed'), 'ORG');
  });

  it('leaves a place named only in running text in one piece', () => {
    // In running text, with no table or dateline, nothing is split.
    const text = 'Mayor Ann Ross said Halifax will build a new bridge. Halifax has grown fast, she said.';
    const list = entities(text);
    const halifax = list.filter((e) => e.name === 'Halifax');
    assert.strictEqual(halifax.length, 1);
    assert.strictEqual(halifax[0].mentions.length, 2);
  });

  it('gives a mention the other type only past the margin', () => {
    assert.ok(MENTION_MARGIN > 0 && MENTION_MARGIN < 1e9, 'the trainer chose a margin');
    assert.strictEqual(mentionType('ORG', MENTION_MARGIN), 'LOC');
    assert.strictEqual(mentionType('ORG', MENTION_MARGIN - 0.01), 'ORG');
    assert.strictEqual(mentionType('LOC', -MENTION_MARGIN), 'ORG');
    assert.strictEqual(mentionType('LOC', -MENTION_MARGIN + 0.01), 'LOC');
    // Never a person or a MISC name.
    assert.strictEqual(mentionType('PERSON', 1e6), 'PERSON');
    assert.strictEqual(mentionType('MISC', -1e6), 'MISC');
  });

  it('joins a split-off mention to an entity of that type named the same way, and carries what travels with it', () => {
    const list = entities(STANDINGS);
    // REGINA: the team in the standings, the place in the schedule; one place entity, one team entity.
    const regina = list.filter((e) => e.name.toUpperCase() === 'REGINA');
    assert.deepStrictEqual(regina.map((e) => e.type).sort(), ['LOC', 'ORG']);
    // Direct: a cluster moved whole keeps its extra value; the order is that of first mentions.
    const tokens = tokenize(STANDINGS);
    const words = toWords(tokens, new Set(splitSentences(tokens).map((s) => s.first)));
    const at = words.findIndex((w, i) => w.text === 'HALIFAX' && words[i - 1]?.text === 'AT');
    const clusters: Cluster[] = [
      { mentions: [{ first: at, last: at + 1, type: 'ORG', known: -1 }], type: 'ORG', known: -1 },
    ];
    const out = splitMentionTypes(words, tableLines(words), clusters, ['x']);
    assert.strictEqual(out.clusters.length, 1);
    assert.deepStrictEqual(out.extra, ['x']);
    assert.strictEqual(out.clusters[0].mentions.length, 1);
    assert.strictEqual(out.clusters[0].mentions[0].type, out.clusters[0].type);
  });
});
