/**
 * Names typed PERSON that the text itself shows to be organizations: "Dixon Hall, a non-profit, multi-service
 * agency that ..." (an apposition headed by an organization noun), "principal researcher at Dixon Hall" (a role
 * noun + "at"); and a lone hyphenated name with no given name anywhere in the entity ("Merriam-Webster"; not a
 * compound given name, "Jean-Pierre"): in CoNLL-2003 and GUM train, 2 of 47 gold names that are one capitalised
 * X-Y word are people. And a "person" the text also names with a corporate suffix ("Magna" beside "Magna
 * International Inc"), no given name opening it.
 */
import {
  APPOSITION_CLOSERS,
  ARTICLES,
  CORPORATE,
  MINED_ORG_NOUNS,
  NAME_HONORIFICS,
  ORG_HEADS,
  ROLE_HEAD_PREPOSITIONS,
  ROLE_NOUNS,
  TITLE_WORDS,
} from '../lang';
import { givenNameClass } from './gender';
import type { Cluster } from './merge';
import { lastWordBeforePeriod } from './mentions';
import { isRoleNoun } from './roles';
import type { Word } from './words';

/** Words of an apposition an organization noun may head ("a non-profit, multi-service agency"), at most. */
const ORG_APPOSITION_WORDS = 6;

const HYPHENATED = /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u;

/** Clusters typed PERSON that are organizations become ORG (their mentions too). */
export function organizationsTypedPerson(words: Word[], clusters: Cluster[]): Cluster[] {
  const companies = companyNames(words, clusters);
  return clusters.map((c) => {
    if (c.type !== 'PERSON' || c.known >= 0) return c;
    const hyphenOnly = c.mentions.every(
      (m) => m.last - m.first === 1 && HYPHENATED.test(words[m.first].text) && !compoundGivenName(words[m.first].text),
    );
    let org = hyphenOnly || company(words, c, companies);
    for (const m of c.mentions) {
      // "Mr. Dixon Hall", "Dr. ...": a person after all.
      if (honorificOrTitleBefore(words, m.first)) return c;
      // Not "a guest at Jane Doe's home".
      const possessive = /^['’]s$/i.test(words[m.last]?.text ?? '');
      if (!org) org = orgApposition(words, m.last) || (roleAt(words, m.first) && !possessive);
    }
    if (!org) return c;
    for (const m of c.mentions) m.type = 'ORG';
    return { ...c, type: 'ORG', settled: true };
  });
}

/**
 * An honorific or a person's title stands right before word `first` ("Mr. Dixon Hall", "Mr Hall", "Senator
 * Hall"); the tokenizer gives an abbreviation's period a word of its own.
 */
export function honorificOrTitleBefore(words: Word[], first: number): boolean {
  let k = first - 1;
  if (words[k]?.text === '.' && k > 0) k--;
  const before = words[k]?.text.toLowerCase() ?? '';
  return NAME_HONORIFICS.has(before) || TITLE_WORDS.has(before);
}

/**
 * The names of the text's organizations that carry a corporate suffix ("Magna International Inc", "LM Ericsson
 * AB"), as the lower-case words before the suffix.
 */
function companyNames(words: Word[], clusters: Cluster[]): string[][] {
  const out: string[][] = [];
  for (const c of clusters) {
    if (c.type !== 'ORG') continue;
    for (const m of c.mentions) {
      const suffix = lastWordBeforePeriod(words, m.first, m.last);
      if (suffix === m.first || !CORPORATE.has(words[suffix].text.toLowerCase())) continue;
      const name: string[] = [];
      for (let i = m.first; i < suffix; i++) if (words[i].text !== ',') name.push(words[i].text.toLowerCase());
      out.push(name);
    }
  }
  return out;
}

/**
 * A "person" the text also names as a company: every mention is words of a corporate name ("Magna" beside "Magna
 * International Inc", "Ericsson" beside "LM Ericsson AB", "Johnson Controls" beside "Johnson Controls Inc"), and
 * none opens with a given name ("Ford" beside "Ford Motor Co" is the company; "Doug Ford" is not).
 */
function company(words: Word[], c: Cluster, companies: string[][]): boolean {
  if (companies.length === 0) return false;
  return c.mentions.every((m) => {
    if (givenNameClass(words[m.first].text) !== null) return false;
    const name: string[] = [];
    for (let i = m.first; i < m.last; i++) name.push(words[i].text.toLowerCase());
    return companies.some((co) => co.some((_, k) => name.every((w, j) => co[k + j] === w)));
  });
}

/** "Jean-Pierre", "Mary-Kate": both parts given names that one gender may have. */
function compoundGivenName(t: string): boolean {
  const [a, b] = t.split('-').map((p) => givenNameClass(p));
  return !!a && !!b && (a === b || a === 'unisex' || b === 'unisex');
}

/** ", a/an/the [modifiers] <organization noun>" after word k-1, closed by a clause word or punctuation. */
function orgApposition(words: Word[], k: number): boolean {
  if (words[k]?.text !== ',' || !ARTICLES.has(words[k + 1]?.text.toLowerCase() ?? '')) return false;
  let head = -1;
  for (let j = k + 2; j < words.length && j - k - 2 < ORG_APPOSITION_WORDS; j++) {
    const t = words[j].text;
    if (/^\p{Ll}[\p{Ll}-]*$/u.test(t) && !APPOSITION_CLOSERS.has(t) && !ROLE_HEAD_PREPOSITIONS.has(t)) {
      head = j;
      continue;
    }
    // A comma between two modifiers ("non-profit, multi-service").
    if (t === ',' && /^\p{Ll}/u.test(words[j + 1]?.text ?? '') && !ROLE_NOUNS.has(words[j + 1].text)) continue;
    // "the team's captain": the organization is only a possessor.
    if (/^['’]s$/i.test(t)) return false;
    break;
  }
  if (head < 0) return false;
  const lower = words[head].text;
  return (MINED_ORG_NOUNS.has(lower) || ORG_HEADS.has(lower)) && !isRoleNoun(lower);
}

/** "principal researcher at Dixon Hall": a lower-case role noun and "at" right before word k. */
function roleAt(words: Word[], k: number): boolean {
  const at = words[k - 1];
  const role = words[k - 2];
  return !!at && !!role && at.text === 'at' && /^\p{Ll}+$/u.test(role.text) && isRoleNoun(role.text);
}
