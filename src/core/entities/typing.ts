/**
 * The type of a whole entity, decided again from everything the text says around all its mentions: a second
 * stage after the tagger, which sees only a few words either side of each mention. It learns, from CoNLL-2003
 * train tagged by taggers that never saw the document (`scripts/train-types.mjs`, five-fold), what an entity of
 * each type looks like in its whole: the words of its name, the words before and after each mention ("beat
 * Atalanta", "shares of Pirelli", "in Volgograd"), whether it stands on a line of figures (a results table),
 * whether a given name opens it, and the types its mentions were given one by one.
 * An entity changes type only when the learned score of another type beats its own by `MARGIN`, never into a
 * person, and never when the text or our word lists settle its type (`settled`, and a person with a role).
 */
import { CORPORATE, KNOWN_ORGS, ORG_HEADS } from '../lang';
import type { EntityType } from '../types';
import * as D from './data/type-model';
import { TYPES } from './features';
import { givenNameClass } from './gender';
import { LinearModel } from './linearModel';
import type { Cluster } from './merge';
import { honorificOrTitleBefore } from './retype';
import { givenNameOfOtherThings, lastWordBeforePeriod, nameWords, type Mention } from './mentions';
import type { Word } from './words';

/** Per line of the text: does it read as a row of a results table (two or more figures, few lower-case words)? */
export function tableLines(words: Word[]): Lines {
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
    const c = t.charCodeAt(0);
    if (c >= 48 && c <= 57) digits[lineOf[i]]++;
    else if ((c >= 97 && c <= 122) || (c > 127 && /^\p{Ll}/u.test(t))) lower[lineOf[i]]++;
  }
  const table = new Uint8Array(line + 1);
  for (let l = 0; l <= line; l++) table[l] = digits[l] >= 2 && lower[l] <= digits[l] ? 1 : 0;
  return { lineOf, table, lower: new Array<string | undefined>(words.length) };
}

/** Per word its line and per line whether it is a table row; the words' lower-case forms, made once each. */
export interface Lines {
  lineOf: Int32Array;
  table: Uint8Array;
  lower: (string | undefined)[];
}

/** Word i in lower case, made once per text. */
export function lowerAt(words: Word[], i: number, lines: Lines): string {
  const w = words[i];
  if (!w) return '<none>';
  return (lines.lower[i] ??= w.text.toLowerCase());
}

const lowerWord = (w: Word | undefined): string => (w ? w.text.toLowerCase() : '<none>');

/** A word before or after a mention, or the line break between them. */
export function neighbour(words: Word[], i: number, lines: Lines, line: number): string {
  const w = words[i];
  if (!w) return '<none>';
  if (lines.lineOf[i] !== line) return '<nl>';
  const c = w.text.charCodeAt(0);
  if (c >= 48 && c <= 57) return '<num>';
  return lowerAt(words, i, lines);
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

/** The first personal pronoun after a mention, within PRONOUN_WINDOW words and its sentence, as m/f/n/p, or null. */
function pronounAfter(words: Word[], from: number): string | null {
  for (let i = from; i < Math.min(words.length, from + PRONOUN_WINDOW); i++) {
    if (i > from && words[i].sentStart) return null;
    const p = PRONOUNS.get(words[i].text.toLowerCase());
    if (p) return p;
  }
  return null;
}

/** FNV-1a over a string, from hash `h`. */
function fnv(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h;
}

/**
 * The 32-bit key of the feature written `kind:a b` ("p2:shares of", "table:all", "linestart"): FNV-1a (over UTF-16
 * code units) of that string, computed without building it. Two features written alike are one ("p2" of "a b" and
 * of "a", "b"; a word has no space in it).
 */
export function featureKey(kind: string, a?: string, b?: string): number {
  let h = fnv(0x811c9dc5, kind);
  if (a !== undefined) h = fnv(Math.imul(h ^ 58, 16777619), a);
  if (b !== undefined) h = fnv(Math.imul(h ^ 32, 16777619), b);
  return h | 0;
}

/**
 * The features of one entity, as a set of keys (`featureKey`): what the type model scores. Written out they are
 * t:TYPE, len:N, count:N, w:WORD (each word of the fullest name), first:WORD, last:WORD, given1:/given2:CLASS,
 * corporate; per mention mt:TYPE, p1:WORD, p2:WORD WORD, n1:WORD, n2:WORD WORD (<nl> across a line break, <num>
 * for a figure, <none> at either end), linestart, pronoun:m/f/n/p; caps: and table:none/some/all.
 */
export function entityFeatures(words: Word[], c: Cluster, lines: Lines): Set<number> {
  const f = new Set<number>();
  f.add(featureKey('t', c.type));
  let fullest: Mention = c.mentions[0];
  for (const m of c.mentions) if (m.last - m.first > fullest.last - fullest.first) fullest = m;
  const n = fullest.last - fullest.first;
  f.add(featureKey('len', String(Math.min(n, 4))));
  f.add(featureKey('count', String(Math.min(c.mentions.length, 4))));
  for (let i = fullest.first; i < fullest.last; i++) f.add(featureKey('w', lowerAt(words, i, lines)));
  f.add(featureKey('first', lowerAt(words, fullest.first, lines)));
  f.add(featureKey('last', lowerAt(words, fullest.last - 1, lines)));
  const given = givenNameClass(words[fullest.first].text);
  f.add(featureKey(n >= 2 ? 'given2' : 'given1', given ?? 'none'));
  const lastWord = lastWordBeforePeriod(words, fullest.first, fullest.last);
  if (lastWord > fullest.first && CORPORATE.has(lowerAt(words, lastWord, lines))) f.add(featureKey('corporate'));
  let caps = 0;
  let table = 0;
  for (const m of c.mentions) {
    f.add(featureKey('mt', m.type));
    const line = lines.lineOf[m.first];
    if (words[m.first].capsLine) caps++;
    if (lines.table[line]) table++;
    const p1 = neighbour(words, m.first - 1, lines, line);
    const n1 = neighbour(words, m.last, lines, line);
    f.add(featureKey('p1', p1));
    f.add(featureKey('p2', neighbour(words, m.first - 2, lines, line), p1));
    f.add(featureKey('n1', n1));
    f.add(featureKey('n2', n1, neighbour(words, m.last + 1, lines, line)));
    if (words[m.first].lineStart) f.add(featureKey('linestart'));
    const pronoun = pronounAfter(words, m.last);
    if (pronoun) f.add(featureKey('pronoun', pronoun));
  }
  f.add(featureKey('caps', caps === 0 ? 'none' : caps === c.mentions.length ? 'all' : 'some'));
  f.add(featureKey('table', table === 0 ? 'none' : table === c.mentions.length ? 'all' : 'some'));
  return f;
}

let model: LinearModel | null = null;

/** The model's score of each type (in `TYPES` order) for these features. */
export function typeScores(features: Iterable<number>): number[] {
  model ??= new LinearModel(D.KEYS, D.WEIGHTS, D.SCALE, 4, 'type model');
  return model.scores(features);
}

/** How far another type's score must beat the entity's own before it changes (chosen by scripts/train-types.mjs). */
export const MARGIN = D.MARGIN;

/** Changes of type (FROM>TO) that did not pay in the cross-validation (scripts/train-types.mjs): never made. */
const BLOCKED = new Set((D.BLOCKED as string).split(' ').filter(Boolean));

/**
 * An entity whose type the text or our word lists settle, which the learned model (trained on 1996 news) must not
 * change: a known person; an organization the text shows to be one (retype.ts: "Dixon Hall, a non-profit
 * agency"); a present-day organization the lists name (Twitter, Tesla, Uber); an organization whose name ends in
 * an organization noun ("Harlow City Council"); a person after an honorific or title ("Mr. Kestrova"), followed by
 * "he" or "she", or whose name opens with a given name ("Nicole", "Jane Doe").
 */
export function settled(words: Word[], c: Cluster): boolean {
  if (c.known >= 0 || c.settled) return true;
  if (c.type === 'ORG') {
    return c.mentions.some((m) => {
      if (KNOWN_ORGS.has(nameWords(words, m).join(' '))) return true;
      return m.last - m.first >= 2 && ORG_HEADS.has(lowerWord(words[m.last - 1]));
    });
  }
  if (c.type !== 'PERSON') return false;
  return c.mentions.some((m) => {
    if (honorificOrTitleBefore(words, m.first)) return true;
    // "Trump said he ...": a pronoun for a man or a woman after a mention.
    const pronoun = pronounAfter(words, m.last);
    if (pronoun === 'm' || pronoun === 'f') return true;
    const first = lowerWord(words[m.first]);
    return givenNameClass(first) !== null && !givenNameOfOtherThings(first);
  });
}

/** Cluster `c` made of type `type`, its mentions too (new objects; `c`'s are left as they were). */
export function withType(c: Cluster, type: EntityType): Cluster {
  return { ...c, type, mentions: c.mentions.map((m) => ({ ...m, type })) };
}

/**
 * Step 5b: each entity typed again from all its mentions' context, when the evidence for another type is clear;
 * never into a person, and never a person the text gives a role (`hasRole`, per cluster).
 */
export function retypeEntities(
  words: Word[],
  clusters: Cluster[],
  hasRole: boolean[],
  lines: Lines = tableLines(words),
): Cluster[] {
  if (clusters.length === 0) return clusters;
  return clusters.map((c, i) => {
    if (hasRole[i] || settled(words, c)) return c;
    const scores = typeScores(entityFeatures(words, c, lines));
    const own = TYPES.indexOf(c.type);
    let best = own;
    // Never a person: people come from names and titles, which give them roles and gender.
    for (let t = 1; t < 4; t++) if (scores[t] > scores[best]) best = t;
    if (best === own || scores[best] - scores[own] < MARGIN || BLOCKED.has(c.type + '>' + TYPES[best])) return c;
    return withType(c, TYPES[best]);
  });
}
