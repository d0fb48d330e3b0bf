/**
 * Descriptions that refer back to a person elsewhere in the article: a sentence that opens with a definite
 * description of one person as its subject ("The California Democrat is confident …", "The Arizona State grad
 * is beloved …") right after a sentence that names exactly one person (outside quotations) describes that
 * person. Conservative on purpose: the description must open its sentence with "The", end in a singular role
 * noun followed by a verb, and not be a bare word for any person ("The man said").
 */
import {
  DESCRIPTION_PREPOSITIONS,
  DETERMINERS,
  FINITE_VERBS,
  GENERIC_PERSON_NOUNS,
  LEAD_CONJUNCTIONS,
  PERSON_NOUNS,
  POSSESSIVE_DETERMINERS,
  SUBORDINATORS,
} from '../lang';
import type { Cluster } from './merge';
import { isRoleNoun, type RoleCandidate } from './roles';
import { sentencesAndQuotes, type Word } from './words';

/** A description has at most this many words after "The" ("The Billy on the Street star" has five). */
const DESCRIPTION_WORDS = 6;

/** Per cluster (by index): the descriptions elsewhere that refer back to it, in order. */
export function descriptionsElsewhere(text: string, words: Word[], clusters: Cluster[]): Map<number, RoleCandidate[]> {
  const out = new Map<number, RoleCandidate[]>();
  const n = words.length;
  if (n === 0) return out;
  // Sentence of each word; quotation state (persons named inside quotations are no antecedents).
  const { sent, quoted } = sentencesAndQuotes(words);
  // The person clusters named (outside quotations) in each sentence.
  const named = new Map<number, Set<number>>();
  const personAt = new Int32Array(n).fill(-1);
  clusters.forEach((cluster, c) => {
    if (cluster.type !== 'PERSON') return;
    for (const m of cluster.mentions) {
      for (let i = m.first; i < m.last; i++) personAt[i] = c;
      if (quoted[m.first]) continue;
      const set = named.get(sent[m.first]) ?? new Set<number>();
      set.add(c);
      named.set(sent[m.first], set);
    }
  });
  for (let i = 0; i + 2 < n; i++) {
    const w = words[i];
    if (!w.sentStart || w.text !== 'The' || quoted[i] || sent[i] === 0) continue;
    const before = named.get(sent[i] - 1);
    if (!before || before.size !== 1) continue;
    const [c] = before;
    const head = descriptionHead(words, i + 1, personAt, c);
    if (head < 0) continue;
    const list = out.get(c) ?? [];
    list.push({
      text: text.slice(words[i + 1].start, words[head].end),
      start: words[i + 1].start,
      end: words[head].end,
      score: head - i,
    });
    out.set(c, list);
  }
  return out;
}

/**
 * The index of the description's head (a singular role noun right before a verb) from word j, or -1. No other
 * person may be named in it; a word the tagger took for a name of the person `c` it describes may ("The Billy on
 * the Street star", with "Billy" a mention of Billy Eichner).
 */
function descriptionHead(words: Word[], j: number, personAt: Int32Array, c: number): number {
  for (let k = j; k < words.length && k - j < DESCRIPTION_WORDS; k++) {
    const w = words[k];
    if (
      (personAt[k] >= 0 && personAt[k] !== c) ||
      !/^[\p{L}][\p{L}.'’-]*$/u.test(w.text) ||
      POSSESSIVE_DETERMINERS.has(w.text)
    )
      return -1;
    const next = words[k + 1];
    // The word list has a few function words among its verbs ("the" of "The Billy on the Street star").
    if (!next || next.sentStart || !FINITE_VERBS.has(next.text) || DETERMINERS.has(next.text)) continue;
    const lower = w.text.toLowerCase();
    const singular = !(lower.endsWith('s') && !lower.endsWith('ss'));
    if (!singular || GENERIC_PERSON_NOUNS.has(lower)) return -1;
    // After "The", a capitalised head is no name ("The California Democrat"): any person noun.
    return isRoleNoun(lower) ? k : -1;
  }
  return -1;
}

/** Words of a description before its verb, at most ("One former director", "a veteran Boston-based engineer"). */
const FORWARD_WORDS = 8;

/** Sentences after a description within which the person it introduces must be named. */
const FORWARD_SENTENCES = 3;

/**
 * Descriptions that introduce a person named just after: a sentence whose subject is an indefinite or possessive
 * description of one person ("A spokeswoman for the mayor said ...", "Dunmore's transport minister has ordered
 * ...", "But a veteran engineer said ...", "One former director indicated ...") and that names no one else,
 * followed within FORWARD_SENTENCES by the first sentence that names someone outside quotations, which names
 * exactly one person, for the first time ("... said Jane Doe."; "Jane Doe told reporters ..."). Per cluster.
 */
export function descriptionsBefore(text: string, words: Word[], clusters: Cluster[]): Map<number, RoleCandidate[]> {
  const out = new Map<number, RoleCandidate[]>();
  const n = words.length;
  if (n === 0) return out;
  const { sent, quoted } = sentencesAndQuotes(words);
  const personAt = new Int32Array(n).fill(-1);
  const otherAt = new Uint8Array(n);
  const firstSent = new Map<number, number>();
  const named = new Map<number, Set<number>>();
  clusters.forEach((cluster, c) => {
    for (const m of cluster.mentions) {
      for (let i = m.first; i < m.last; i++) {
        if (cluster.type === 'PERSON') personAt[i] = c;
        else otherAt[i] = 1;
      }
      if (cluster.type !== 'PERSON') continue;
      const s = sent[m.first];
      if (!firstSent.has(c) || s < firstSent.get(c)!) firstSent.set(c, s);
      if (quoted[m.first]) continue;
      const set = named.get(s) ?? new Set<number>();
      set.add(c);
      named.set(s, set);
    }
  });
  const lastSent = n > 0 ? sent[n - 1] : 0;
  // Per sentence, the description that opens it, if any.
  const found = new Map<number, [number, number]>();
  let first = 0;
  for (let i = 0; i < n; i++) {
    if (words[i].sentStart) first = i;
    // The subject of the sentence, or of a clause opened by a subordinator ("..., where a young refugee thanked him").
    // Also a place's or organization's possessive description right after a noun, as the subject of a relative
    // clause with no "that" ("That's a claim B.C.'s premier didn't buy").
    const opens =
      words[i].sentStart ||
      i === 0 ||
      (i > 0 && SUBORDINATORS.has(words[i - 1].text.toLowerCase())) ||
      (otherAt[i] === 1 && i > 1 && !otherAt[i - 1] && afterNoun(words, i));
    if (!opens || quoted[i] || found.has(sent[i])) continue;
    const d = forwardDescription(words, i, personAt, otherAt);
    if (!d) continue;
    // No one named in the sentence outside quotations but in the description ("A spokeswoman for Doe said").
    let other = false;
    for (let k = first; k < n && sent[k] === sent[i] && !other; k++)
      other = personAt[k] >= 0 && !quoted[k] && (k < d[0] || k > d[1]);
    if (!other) found.set(sent[i], d);
  }
  for (const [s0, d] of found) {
    for (let s = s0 + 1; s <= Math.min(lastSent, s0 + FORWARD_SENTENCES); s++) {
      // Another description opens a sentence first: the person named next is that one's.
      if (found.has(s)) break;
      const here = named.get(s);
      if (!here) continue;
      if (here.size === 1) {
        const [c] = here;
        if (firstSent.get(c) === s) {
          const list = out.get(c) ?? [];
          list.push({
            text: text.slice(words[d[0]].start, words[d[1]].end),
            start: words[d[0]].start,
            end: words[d[1]].end,
            score: 0,
          });
          out.set(c, list);
        }
      }
      break;
    }
  }
  return out;
}

/** Whether the word before i is a lower-case word right after an article, so a noun ("a claim"). */
function afterNoun(words: Word[], i: number): boolean {
  const noun = words[i - 1].text;
  return (
    /^\p{Ll}+$/u.test(noun) &&
    !DETERMINERS.has(noun) &&
    (words[i - 2].text.toLowerCase() === 'a' || words[i - 2].text.toLowerCase() === 'the')
  );
}

/** The first and last word of a description that opens the sentence at word i and is its subject, or null. */
function forwardDescription(
  words: Word[],
  i: number,
  personAt: Int32Array,
  otherAt: Uint8Array,
): [number, number] | null {
  const lowerAt = (k: number) => (words[k] ? words[k].text.toLowerCase() : '');
  // The word list has a few function words among its verbs ("the").
  // A negated auxiliary is one token ("didn't", "won’t").
  const verbAt = (k: number) =>
    (FINITE_VERBS.has(lowerAt(k)) && !DETERMINERS.has(lowerAt(k))) || /^\p{Ll}+n['’]t$/u.test(lowerAt(k));
  let j = i;
  // A dateline ("CALGARY —") and a conjunction ("But") before the subject.
  for (let k = i; k < i + 4 && k < words.length; k++) {
    if (/^[—–-]$/.test(words[k].text) && k > i) {
      j = k + 1;
      break;
    }
    if (!/^\p{Lu}[\p{Lu}.,]*$/u.test(words[k].text)) break;
  }
  if (LEAD_CONJUNCTIONS.has(lowerAt(j))) j += lowerAt(j + 1) === ',' ? 2 : 1;
  let k: number;
  if (lowerAt(j) === 'a' || lowerAt(j) === 'an' || lowerAt(j) === 'one') k = j + 1;
  else if (POSSESSIVE_DETERMINERS.has(lowerAt(j))) k = j + 1;
  else if (otherAt[j]) {
    // A place or organization's possessive ("Dunmore's transport minister").
    let e = j;
    while (e < words.length && otherAt[e]) e++;
    // "Dunmore's", or "B.C.’s" written as "B.C." + "’" + "s".
    if (/^['’]s$/i.test(words[e]?.text ?? '')) k = e + 1;
    else if (/^['’]$/.test(words[e]?.text ?? '') && words[e + 1]?.text === 's' && words[e + 1].start === words[e].end)
      k = e + 2;
    else return null;
  } else return null;
  const first = k;
  for (; k < words.length && k - first < FORWARD_WORDS; k++) {
    const w = words[k];
    if (personAt[k] >= 0 || w.sentStart) return null;
    // A place or organization, or a hyphen, inside the description ("a veteran Boston-based engineer").
    if (otherAt[k] || /^[-–]$/.test(w.text)) continue;
    if (!/^[\p{L}][\p{L}.'’-]*$/u.test(w.text)) return null;
    const lower = w.text.toLowerCase();
    if (DETERMINERS.has(lower) || /^\p{Ll}+ed$/u.test(w.text)) return null;
    const singular = !(lower.endsWith('s') && !lower.endsWith('ss'));
    // A listed, mined or WordNet noun for a person; no agent noun by its ending alone ("career").
    if (!singular || !(isRoleNoun(lower, false) || (PERSON_NOUNS.has(lower) && isRoleNoun(lower)))) continue;
    // A word for any person needs a modifier ("a veteran engineer", not "a man").
    if (GENERIC_PERSON_NOUNS.has(lower) && k === first) return null;
    let v = k + 1;
    // "A spokeswoman for the mayor said": a short phrase after the head, which may name the person it serves.
    if (DESCRIPTION_PREPOSITIONS.has(lowerAt(v))) {
      v++;
      while (v < words.length && v - k <= 5 && !verbAt(v) && /^[\p{L}'’.-]+$/u.test(words[v].text)) v++;
    }
    // Else a modifier of a later head ("a veteran engineer", "a union representative").
    if (!words[v] || !verbAt(v) || !/^\p{Ll}/u.test(words[v].text)) continue;
    return [first, v - 1];
  }
  return null;
}
