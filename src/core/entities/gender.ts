/**
 * A person's gender and what it rests on, from the text around the person's mentions:
 *
 * 1. known: the user's knownPeople entry says it;
 * 2. title: a gendered honorific or role noun right before a mention ("Mrs. Doe", "actress Jane Doe",
 *    "his wife, Jane Doe") or heading the person's role ("Jane Doe, a spokeswoman for ..."); both genders -> none;
 * 3. pronoun: he/him/his/himself or she/her/hers/herself outside quotation marks whose only fitting antecedent
 *    is the person (see `pronounVotes`); the votes must be clearly one-sided;
 * 4. given name: the first word of the fullest name is a given name strongly of one gender in the US SSA
 *    birth counts (data/given-names.ts); a name both genders use gives nothing.
 *
 * Earlier evidence outranks later; pronoun evidence that contradicts a gendered given name needs a lead of three
 * pronouns to win (one stray "she" after "John Smith" is more likely a missed antecedent).
 * Linear in the number of words.
 */
import type { Gender, GenderEvidence, KnownPerson } from '../types';
import { FEMALE, MALE, RARE_FEMALE, RARE_MALE, UNISEX } from './data/given-names';
import { SortedLists } from './lookup';
import type { Cluster } from './merge';
import type { Mention } from './mentions';
import {
  FEMALE_HONORIFICS,
  FEMALE_NOUNS,
  FEMALE_PRONOUNS,
  GENERIC_PERSON_NOUNS,
  ROLE_HEAD_PREPOSITIONS,
  MALE_HONORIFICS,
  MALE_NOUNS,
  MALE_PRONOUNS,
  NOT_BEFORE_NAME,
  PREPOSITIONS,
  ROLE_MODIFIERS,
  ROLE_NOUNS,
  SURNAMES_WRITTEN_FIRST,
} from '../lang';
import { sentencesAndQuotes, type Word } from './words';

export interface GenderResult {
  gender: Gender | null;
  genderEvidence: GenderEvidence | null;
}

/** Sentences to look back over for a pronoun's antecedent when its own sentence names nobody before it. */
const LOOK_BACK = 3;
const NONE: GenderResult = { gender: null, genderEvidence: null };

type NameClass = 'female' | 'male' | 'unisex';

/**
 * The class of a lower-case given name, or null: the lists are searched as they are shipped (sorted, separated by
 * spaces; lookup.ts), so nothing is decoded on first use. They share no name (the generator puts each in one).
 */
const NAME_LISTS = new SortedLists<NameClass>(
  [
    [UNISEX, 'unisex'],
    [MALE, 'male'],
    [FEMALE, 'female'],
  ],
  ' ',
);

/** Rarer names, for gender only (not given names to the entity finder): see scripts/make-given-names.py. */
const RARE_LISTS = new SortedLists<NameClass>(
  [
    [RARE_MALE, 'male'],
    [RARE_FEMALE, 'female'],
  ],
  ' ',
);

function nameClass(w: string): NameClass | null {
  return NAME_LISTS.get(w) ?? null;
}

/** Whether every character is ASCII. */
function isAscii(w: string): boolean {
  for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** The word without diacritics ("françois" -> "francois"): the name counts record names without accents. */
function withoutAccents(w: string): string {
  return w.normalize('NFD').replace(/\p{M}/gu, '');
}

/** The class of a given name ("Jean-Yves": the first part with a class), or null when it is no given name. */
export function givenNameClass(word: string): NameClass | null {
  const w = word.toLowerCase().replace(/’/g, "'");
  const whole = nameClass(w) ?? (isAscii(w) ? null : nameClass(withoutAccents(w)));
  if (whole) return whole;
  if (w.includes('-')) {
    for (const part of w.split('-')) {
      const c = nameClass(part);
      if (c) return c;
    }
  }
  return null;
}

/** The gender of a rare given name ("Tayshia", "Kirpa"), or null. */
function rareNameClass(word: string): NameClass | null {
  const w = withoutAccents(word.toLowerCase());
  return RARE_LISTS.get(w) ?? null;
}

function lower(w: Word | undefined): string {
  return w ? w.text.toLowerCase().replace(/’/g, "'") : '';
}

function nounGender(s: string): Gender | null {
  if (FEMALE_NOUNS.has(s)) return 'female';
  if (MALE_NOUNS.has(s)) return 'male';
  return null;
}

/** Gender from the words right before a mention: an honorific, or a gendered role noun. */
function titleBefore(words: Word[], m: Mention): Gender | null {
  let j = m.first - 1;
  if (j < 0) return null;
  if (words[j].text === '.' && j > 0) j--;
  const w = lower(words[j]);
  if (FEMALE_HONORIFICS.has(w)) return 'female';
  if (MALE_HONORIFICS.has(w)) return 'male';
  if (words[j].text === ',') {
    // "his wife, Jane Doe": a kin or role noun after a determiner or possessive, then a comma.
    const noun = lower(words[j - 1]);
    const det = lower(words[j - 2]);
    if (!/^(?:his|her|their|the|a|an|'s)$/.test(det) && !det.endsWith("'s")) return null;
    return NOT_BEFORE_NAME.has(noun) ? null : nounGender(noun);
  }
  if (m.first - j > 1) return null;
  return NOT_BEFORE_NAME.has(w) ? null : nounGender(w);
}

/** Gender of a role's head: the word before its first preposition, else its last word ("spokeswoman for X"). */
function roleGender(role: string | null): Gender | null {
  if (!role) return null;
  const ws = role
    .toLowerCase()
    .replace(/’/g, "'")
    .split(/[\s,]+/)
    .filter(Boolean);
  let end = ws.length;
  for (let i = 1; i < ws.length; i++)
    if (ROLE_HEAD_PREPOSITIONS.has(ws[i])) {
      end = i;
      break;
    }
  const head = ws[end - 1]?.replace(/'s$/, '');
  return head ? nounGender(head) : null;
}

/** Gender of the entity's given name: the first word of its fullest name, when that word is a gendered given name. */
function nameGender(words: Word[], c: Cluster): Gender | null {
  let best = c.mentions[0];
  let bestN = 0;
  for (const m of c.mentions) {
    let n = 0;
    for (let i = m.first; i < m.last; i++) if (/\p{L}/u.test(words[i].text)) n++;
    if (n > bestN) {
      best = m;
      bestN = n;
    }
  }
  const first = words[best.first].text;
  // Initials ("C.J.", "J.") are no given names; nor is an East Asian surname written first ("Lu Kang").
  if (!/^\p{L}[\p{L}'’-]+$/u.test(first)) return null;
  if (best.last - best.first > 1 && SURNAMES_WRITTEN_FIRST.has(first.toLowerCase())) return null;
  // A rare name counts before a surname, or alone where no title stands before it: "Judge Lopez" is a surname.
  const alone = best.last - best.first === 1;
  const titled = alone && c.mentions.some((m) => m.first > 0 && /^\p{Lu}/u.test(words[m.first - 1].text));
  const cls = givenNameClass(first) ?? (titled ? null : rareNameClass(first));
  return cls === 'female' || cls === 'male' ? cls : null;
}

/**
 * Pronoun votes per cluster. A third-person pronoun outside quotation marks votes for the person it most
 * plausibly refers to: the PERSON mentions (outside quotes) before it in its sentence, else those of the nearest
 * of the LOOK_BACK sentences before that names someone (a quotation often stands between "Jane Doe said" and
 * "she added"); persons whose gender is already known (title, given name) to be the other one are set aside; the
 * vote counts when exactly one person remains, or when several do and the first of them opens its sentence
 * (the subject). "his or her" and the like are skipped.
 */
function pronounVotes(words: Word[], clusters: Cluster[], prior: (Gender | null)[]): Int32Array {
  const votes = new Int32Array(clusters.length * 2); // [female, male] per cluster
  const n = words.length;
  const owner = new Int32Array(n).fill(-1);
  clusters.forEach((c, ci) => {
    if (c.type !== 'PERSON') return;
    for (const m of c.mentions) for (let w = m.first; w < m.last; w++) owner[w] = ci;
  });
  // Sentence index and quotation state per word.
  const { sent, quoted } = sentencesAndQuotes(words);
  // Start word of each sentence.
  const sentFirst: number[] = [];
  for (let i = 0; i < n; i++) if (i === 0 || sent[i] !== sent[i - 1]) sentFirst.push(i);
  const cands = new Set<number>();
  const firstSeen = new Map<number, number>();
  const firstAt = (c: number) => firstSeen.get(c) ?? 1e9;
  // The candidate's first mention opens its sentence (after quotation marks, capitalised words, or a title or
  // description: "Chinese Foreign Ministry spokesperson Lu Kang said"): the subject.
  const subjectStart = (c: number) => {
    const w = firstAt(c);
    for (let i = sentFirst[sent[w]]; i < w; i++) {
      const t = words[i].text;
      if (quoted[i] || /^\p{Lu}/u.test(t)) continue;
      const l = t.toLowerCase();
      if (ROLE_NOUNS.has(l) || ROLE_MODIFIERS.has(l) || l === 'the' || l === "'s" || l === '’s' || l === '-') continue;
      return false;
    }
    return true;
  };
  const collect = (a: number, b: number) => {
    for (let i = a; i < b; i++) {
      if (owner[i] < 0 || quoted[i] || cands.has(owner[i])) continue;
      cands.add(owner[i]);
      firstSeen.set(owner[i], i);
    }
  };
  for (let p = 0; p < n; p++) {
    if (quoted[p]) continue;
    const raw = words[p].text;
    const c0 = raw.charCodeAt(0) | 32;
    if (raw.length > 7 || (c0 !== 104 && c0 !== 115)) continue; // he..., hi..., she..., he'd, h/s only
    // A contraction the tokenizer keeps whole ("he’d", "she'll") is the pronoun.
    const t = lower(words[p]).replace(/'(?:d|ll|s|ve|re)$/, '');
    const g: Gender | null = FEMALE_PRONOUNS.has(t) ? 'female' : MALE_PRONOUNS.has(t) ? 'male' : null;
    if (!g) continue;
    const next = lower(words[p + 1]);
    const prev = lower(words[p - 1]);
    if (next === 'or' || next === '/' || prev === 'or' || prev === '/') continue;
    cands.clear();
    collect(sentFirst[sent[p]], p);
    // "Woods told him": an object pronoun is not its verb's subject (that would be "himself"); someone else.
    const subject = objectOf(words, owner, quoted, p, t, next);
    if (subject >= 0) cands.delete(subject);
    // Back over sentences with no person named outside quotes (a quotation between the person and "he said").
    for (let back = 1; cands.size === 0 && back <= LOOK_BACK && sent[p] - back >= 0; back++) {
      collect(sentFirst[sent[p] - back], sentFirst[sent[p] - back + 1]);
      if (subject >= 0) cands.delete(subject);
    }
    if (cands.size > 0 && nounBetween(words, owner, quoted, p, g)) continue;
    let only = -1;
    let count = 0;
    for (const c of cands) {
      const pg = prior[c];
      if (pg && pg !== g) continue;
      if (count === 0 || firstAt(c) < firstAt(only)) only = c;
      count++;
    }
    // Several fit: the one that opens the sentence (its subject) when there is one.
    if (count > 1 && subjectStart(only)) count = 1;
    if (count === 1) votes[only * 2 + (g === 'female' ? 0 : 1)]++;
  }
  return votes;
}

/** Words that may follow "her" as an object ("told her that", "asked her to"), not as a possessive. */
const AFTER_OBJECT_HER = new Set(['that', 'to', 'about', 'in', 'on', 'at', 'for', 'with', 'if', 'how', 'what', 'when']);
/** Lower-case words at most between a subject and its object pronoun ("Woods then told him"). */
const VERB_WORDS = 2;

/**
 * The person whose verb has the object pronoun at p ("Woods told him", "Ruiz then asked her to …"): the cluster
 * named right before the verb (at most VERB_WORDS lower-case words), or -1. "him", and "her" before punctuation or
 * a word that cannot follow a possessive.
 */
function objectOf(words: Word[], owner: Int32Array, quoted: Uint8Array, p: number, t: string, next: string): number {
  if (t !== 'him' && !(t === 'her' && (next === '' || /^[^\p{L}\p{N}]/u.test(next) || AFTER_OBJECT_HER.has(next))))
    return -1;
  if (p === 0 || PREPOSITIONS.has(lower(words[p - 1]))) return -1;
  // The words between: lower case, at most VERB_WORDS of them ("Lee said doctors told him" has three: no subject).
  let k = p - 1;
  while (k >= 0 && p - k <= VERB_WORDS + 1 && /^\p{Ll}+$/u.test(words[k].text) && !quoted[k]) k--;
  if (k === p - 1 || k < 0 || quoted[k] || p - k > VERB_WORDS + 1) return -1;
  return owner[k];
}

/**
 * Whether a word for a person of the pronoun's gender, or for anyone, stands between the pronoun at p and the last
 * person named before it (outside quotations): "the father repeated into his phone", "the family of a man
 * collapsed ... with his papers" -- the pronoun more likely refers to that noun than to the person named earlier.
 */
function nounBetween(words: Word[], owner: Int32Array, quoted: Uint8Array, p: number, g: Gender): boolean {
  for (let i = p - 1; i >= 0; i--) {
    if (owner[i] >= 0 && !quoted[i]) return false;
    if (quoted[i]) continue;
    const t = words[i].text;
    if (!/^\p{Ll}/u.test(t)) continue;
    const ng = nounGender(t);
    if (ng === g || (!ng && GENERIC_PERSON_NOUNS.has(t))) return true;
  }
  return false;
}

/** Gender and evidence for each cluster (null for non-persons). */
export function findGenders(
  words: Word[],
  clusters: Cluster[],
  roles: (string | null)[],
  known: KnownPerson[],
): GenderResult[] {
  const out: GenderResult[] = clusters.map(() => NONE);
  const titles: (Gender | null)[] = clusters.map(() => null);
  const names: (Gender | null)[] = clusters.map(() => null);
  const prior: (Gender | null)[] = clusters.map(() => null);
  clusters.forEach((c, ci) => {
    if (c.type !== 'PERSON') return;
    const kg = c.known >= 0 ? known[c.known]?.gender : undefined;
    if (kg === 'female' || kg === 'male') {
      out[ci] = { gender: kg, genderEvidence: 'known' };
      prior[ci] = kg;
      return;
    }
    let f = 0;
    let m = 0;
    for (const mention of c.mentions) {
      const g = titleBefore(words, mention);
      if (g === 'female') f++;
      else if (g === 'male') m++;
    }
    const rg = roleGender(roles[ci]);
    if (rg === 'female') f++;
    else if (rg === 'male') m++;
    titles[ci] = f > 0 && m === 0 ? 'female' : m > 0 && f === 0 ? 'male' : null;
    names[ci] = nameGender(words, c);
    prior[ci] = titles[ci] ?? names[ci];
  });
  const votes = pronounVotes(words, clusters, prior);
  clusters.forEach((c, ci) => {
    if (c.type !== 'PERSON' || out[ci].genderEvidence === 'known') return;
    if (titles[ci]) {
      out[ci] = { gender: titles[ci], genderEvidence: 'title' };
      return;
    }
    const f = votes[ci * 2];
    const m = votes[ci * 2 + 1];
    const name = names[ci];
    // One-sided pronouns (at least three times as many of one gender); against the given name, two more.
    const margin = (g: Gender) => (name && name !== g ? 2 : 0);
    if (f > 0 && f >= 3 * m && f - m > margin('female')) {
      out[ci] = { gender: 'female', genderEvidence: 'pronoun' };
      return;
    }
    if (m > 0 && m >= 3 * f && m - f > margin('male')) {
      out[ci] = { gender: 'male', genderEvidence: 'pronoun' };
      return;
    }
    if (name) out[ci] = { gender: name, genderEvidence: 'given name' };
  });
  return out;
}
