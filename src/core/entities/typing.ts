/**
 * The type of a whole entity, decided again from everything the text says around all its mentions: a second
 * stage after the tagger, which sees only a few words either side of each mention. It learns, from CoNLL-2003
 * train tagged by taggers that never saw the document (`scripts/train-types.mjs`, five-fold), what an entity of
 * each type looks like in its whole: the words of its name, the words before and after each mention ("beat
 * * Atalanta", "shares of Pirelli", "in Volgograd"), whether it stands on a line of
 * figures (a results table), whether a given name opens it, and the types its mentions were given one by one.
 * An entity changes type only when the learned score of another type beats its own by `MARGIN`, never into a
 * person, and never when the text or our word lists settle its type (`settled`, and a person with a role).
 */
import { CORPORATE, KNOWN_ORGS, NAME_HONORIFICS, ORG_HEADS, TITLE_WORDS } from '../lang';
import * as D from './data/type-model';
import { TYPES } from './features';
import { givenNameClass } from './gender';
import { SortedTable } from './lookup';
import type { Cluster } from './merge';
import { givenNameOfOtherThings, type Mention } from './mentions';
import { decodeBase64 } from './weights';
import type { Word } from './words';

/** Per line of the text: does it read as a row of a results table (two or more figures, few lower-case words)? */
export function tableLines(words: Word[]): { lineOf: Int32Array; table: Uint8Array } {
  const lineOf = new Int32Array(words.length);
  let line = -1;
  for (let i = 0; i < words.length; i++) {
    if (i === 0 || words[i].lineStart) line++;
    lineOf[i] = line;
  }
  const digits = new Int32Array(line + 1);
  const lower = new Int32Array(line + 1);
  for (let i = 0; i < words.length; i++) {
    const t = words[i].text;
    if (/^\d/.test(t)) digits[lineOf[i]]++;
    else if (/^\p{Ll}/u.test(t)) lower[lineOf[i]]++;
  }
  const table = new Uint8Array(line + 1);
  for (let l = 0; l <= line; l++) table[l] = digits[l] >= 2 && lower[l] <= digits[l] ? 1 : 0;
  return { lineOf, table };
}

const lowerWord = (w: Word | undefined): string => (w ? w.text.toLowerCase() : '<none>');

/** A word before or after a mention, or the line break between them. */
function neighbour(words: Word[], i: number, lineOf: Int32Array, line: number): string {
  const w = words[i];
  if (!w) return '<none>';
  if (lineOf[i] !== line) return '<nl>';
  if (/^\d/.test(w.text)) return '<num>';
  return w.text.toLowerCase();
}

/** How far after a mention, within its sentence, a pronoun that may refer to it is looked for. */
const PRONOUN_WINDOW = 12;
const PRONOUNS = new Map([
  ['he', 'm'],
  ['him', 'm'],
  ['his', 'm'],
  ['she', 'f'],
  ['her', 'f'],
  ['it', 'n'],
  ['its', 'n'],
  ['they', 'p'],
  ['their', 'p'],
]);

/** The first personal pronoun after a mention in its sentence (before the next name), as m/f/n/p, or null. */
function pronounAfter(words: Word[], from: number): string | null {
  for (let i = from; i < Math.min(words.length, from + PRONOUN_WINDOW); i++) {
    if (i > from && words[i].sentStart) return null;
    const p = PRONOUNS.get(words[i].text.toLowerCase());
    if (p) return p;
  }
  return null;
}

/** The features of one entity (a set of strings): what the type model scores. */
export function entityFeatures(words: Word[], c: Cluster, lines: { lineOf: Int32Array; table: Uint8Array }): string[] {
  const f = new Set<string>();
  f.add('t:' + c.type);
  let fullest: Mention = c.mentions[0];
  for (const m of c.mentions) if (m.last - m.first > fullest.last - fullest.first) fullest = m;
  const n = fullest.last - fullest.first;
  f.add('len:' + Math.min(n, 4));
  f.add('count:' + Math.min(c.mentions.length, 4));
  for (let i = fullest.first; i < fullest.last; i++) f.add('w:' + lowerWord(words[i]));
  f.add('first:' + lowerWord(words[fullest.first]));
  f.add('last:' + lowerWord(words[fullest.last - 1]));
  const given = givenNameClass(words[fullest.first].text);
  f.add((n >= 2 ? 'given2:' : 'given1:') + (given ?? 'none'));
  if (n >= 2 && CORPORATE.has(lowerWord(words[fullest.last - 1]).replace(/\.$/, ''))) f.add('corporate');
  let caps = 0;
  let table = 0;
  for (const m of c.mentions) {
    f.add('mt:' + m.type);
    const line = lines.lineOf[m.first];
    if (words[m.first].capsLine) caps++;
    if (lines.table[line]) table++;
    const p1 = neighbour(words, m.first - 1, lines.lineOf, line);
    const p2 = neighbour(words, m.first - 2, lines.lineOf, line);
    const n1 = neighbour(words, m.last, lines.lineOf, line);
    const n2 = neighbour(words, m.last + 1, lines.lineOf, line);
    f.add('p1:' + p1);
    f.add('p2:' + p2 + ' ' + p1);
    f.add('n1:' + n1);
    f.add('n2:' + n1 + ' ' + n2);
    if (words[m.first].lineStart) f.add('linestart');
    const pronoun = pronounAfter(words, m.last);
    if (pronoun) f.add('pronoun:' + pronoun);
  }
  f.add('caps:' + (caps === 0 ? 'none' : caps === c.mentions.length ? 'all' : 'some'));
  f.add('table:' + (table === 0 ? 'none' : table === c.mentions.length ? 'all' : 'some'));
  return [...f];
}

interface TypeModel {
  features: SortedTable;
  weights: Float32Array;
}

let cached: TypeModel | null = null;

function loadTypeModel(): TypeModel {
  if (cached) return cached;
  const codes = new Int8Array(decodeBase64(D.WEIGHTS).buffer);
  const weights = new Float32Array(codes.length);
  for (let i = 0; i < codes.length; i++) weights[i] = (codes[i] / 127) * D.SCALE;
  cached = { features: new SortedTable(D.FEATURES, 0), weights };
  return cached;
}

/** The model's score of each type (in `TYPES` order) for these features. */
export function typeScores(features: string[]): number[] {
  const model = loadTypeModel();
  const scores = [0, 0, 0, 0];
  for (const s of features) {
    const id = model.features.get(s);
    if (id === undefined) continue;
    for (let t = 0; t < 4; t++) scores[t] += model.weights[id * 4 + t];
  }
  return scores;
}

/** How far another type's score must beat the entity's own before it changes (tuned on CoNLL dev, see README). */
export const MARGIN = D.MARGIN;

/**
 * An entity whose type the text or our word lists settle, which the learned model (trained on 1996 news) must not
 * change: a known person; an organization the text shows to be one (retype.ts: "Dixon Hall, a non-profit agency"); a present-day organization the lists name (Twitter, Tesla, Uber); an organization whose
 * name ends in an organization noun ("Hill High School", "Toronto Dance Theatre"); a person after an honorific or
 * title, or whose name opens with a given name ("Nicole", "Jane Doe").
 */
function settled(words: Word[], c: Cluster): boolean {
  if (c.known >= 0 || c.settled) return true;
  if (c.type === 'ORG') {
    return c.mentions.some((m) => {
      if (KNOWN_ORGS.has(nameKey(words, m))) return true;
      return m.last - m.first >= 2 && ORG_HEADS.has(lowerWord(words[m.last - 1]));
    });
  }
  if (c.type !== 'PERSON') return false;
  return c.mentions.some((m) => {
    const before = lowerWord(words[m.first - 1]).replace(/\.$/, '');
    if (NAME_HONORIFICS.has(before) || TITLE_WORDS.has(before)) return true;
    const first = lowerWord(words[m.first]);
    return givenNameClass(first) !== null && !givenNameOfOtherThings(first);
  });
}

/** A mention's name as the word lists key it: lower case, periods out ("U.S." -> "us"). */
function nameKey(words: Word[], m: Mention): string {
  const out: string[] = [];
  for (let i = m.first; i < m.last; i++) {
    const t = words[i].text.toLowerCase().replace(/\./g, '');
    if (t) out.push(t);
  }
  return out.join(' ');
}

/**
 * Step 5b: each entity typed again from all its mentions' context, when the evidence for another type is clear;
 * never into a person, and never a person the text gives a role (`hasRole`, per cluster).
 */
export function retypeEntities(words: Word[], clusters: Cluster[], hasRole: boolean[]): Cluster[] {
  if (clusters.length === 0) return clusters;
  const lines = tableLines(words);
  return clusters.map((c, i) => {
    if (hasRole[i] || settled(words, c)) return c;
    const scores = typeScores(entityFeatures(words, c, lines));
    const own = TYPES.indexOf(c.type);
    let best = own;
    // Never a person: people come from names and titles, which give them roles and gender.
    for (let t = 1; t < 4; t++) if (scores[t] > scores[best]) best = t;
    if (best === own || scores[best] - scores[own] < MARGIN) return c;
    const type = TYPES[best];
    for (const m of c.mentions) m.type = type;
    return { ...c, type };
  });
}
