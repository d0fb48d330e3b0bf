/**
 * Descriptions that refer back to a person elsewhere in the article: a sentence that opens with a definite
 * description of one person as its subject ("The California Democrat is confident …", "The Arizona State grad
 * is beloved …") right after a sentence that names exactly one person (outside quotations) describes that
 * person. Conservative on purpose: the description must open its sentence with "The", end in a singular role
 * noun followed by a verb, and not be a bare word for any person ("The man said").
 */
import { FINITE_VERBS, GENERIC_PERSON_NOUNS, POSSESSIVE_DETERMINERS } from '../lang';
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
    const head = descriptionHead(words, i + 1, personAt);
    if (head < 0) continue;
    const [c] = before;
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

/** The index of the description's head (a singular role noun right before a verb) from word j, or -1. */
function descriptionHead(words: Word[], j: number, personAt: Int32Array): number {
  for (let k = j; k < words.length && k - j < DESCRIPTION_WORDS; k++) {
    const w = words[k];
    if (personAt[k] >= 0 || !/^[\p{L}][\p{L}.'’-]*$/u.test(w.text) || POSSESSIVE_DETERMINERS.has(w.text)) return -1;
    const next = words[k + 1];
    if (!next || next.sentStart || !FINITE_VERBS.has(next.text)) continue;
    const lower = w.text.toLowerCase();
    const singular = !(lower.endsWith('s') && !lower.endsWith('ss'));
    if (!singular || GENERIC_PERSON_NOUNS.has(lower)) return -1;
    // After "The", a capitalised head is no name ("The California Democrat"): any person noun.
    return isRoleNoun(lower) ? k : -1;
  }
  return -1;
}
