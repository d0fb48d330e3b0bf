/**
 * How the article describes a person: a title before the name ("U.S. Secretary of State John Kerry"), an
 * apposition after it ("Dmitry Peskov, Putin's spokesman,"; "Jane Doe, 42, a nurse at ...") or before it
 * ("the team's coach, Jane Doe"), or a predicate
 * ("Smith is the mayor of ..."). Every candidate must contain a role noun; the most informative one wins
 * (more words, and naming an organization or place).
 */
import {
  APPOSITION_CLOSERS,
  ARTICLES,
  COPULAS,
  HONORIFICS,
  LEAD_ADVERBS,
  NOT_APPOSITION,
  NOT_ROLE,
  PHRASE_STOPS,
  ROLE_MODIFIERS,
  ROLE_NOUNS,
  ROLE_HEAD_PREPOSITIONS,
  TITLE_JOINERS,
  TITLE_WORDS,
} from '../lang';
import type { Mention } from './mentions';
import type { Word } from './words';

export interface RoleCandidate {
  text: string;
  score: number;
}

/** Per word: index of the mention it belongs to, or -1. */
export function mentionIndexByWord(nWords: number, mentions: Mention[]): Int32Array {
  const at = new Int32Array(nWords).fill(-1);
  mentions.forEach((m, i) => {
    for (let w = m.first; w < m.last; w++) at[w] = i;
  });
  return at;
}

/** True for the possessive ending that words.ts splits off a name ("'s" of "Putin's"). */
function isPossessiveSuffix(w: Word | undefined): boolean {
  return !!w && (w.text === "'s" || w.text === '’s' || w.text === "'S" || w.text === '’S');
}

function lineBreakBetween(text: string, a: Word, b: Word): boolean {
  for (let i = a.end; i < b.start; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
  }
  return false;
}

function strip(s: string): string {
  return s.toLowerCase().replace(/\.$/, '');
}

/** Title before the mention: walk left over role words, modifiers, place/organization names and possessives. */
function titleBefore(
  text: string,
  words: Word[],
  m: Mention,
  mentions: Mention[],
  at: Int32Array,
): RoleCandidate | null {
  let j = m.first - 1;
  let lo = -1;
  const hi0 = m.first - 1;
  let hi = hi0;
  let hasCore = false;
  let hasName = false;
  let steps = 0;
  let afterJoiner = false;
  while (j >= 0 && steps++ < 16) {
    const w = words[j];
    if (words[j + 1].sentStart || lineBreakBetween(text, w, words[j + 1])) break;
    const lower = strip(w.text);
    if (at[j] >= 0) {
      const other = mentions[at[j]];
      // A person only as a possessive ("Putin's spokesman").
      if (other.type === 'PERSON' && !isPossessiveSuffix(words[j + 1])) break;
      if (lo < 0 && !isPossessiveSuffix(words[j + 1])) break; // a name right before the name: not a title
      lo = other.first;
      hasName = true;
      j = other.first - 1;
      continue;
    }
    if (isPossessiveSuffix(w)) {
      if (lo < 0) break;
      lo = j;
      j--;
      continue;
    }
    if (w.text === '.' && j > 0 && words[j - 1].end === w.start && TITLE_WORDS.has(strip(words[j - 1].text))) {
      const t = strip(words[j - 1].text);
      if (HONORIFICS.has(t)) {
        if (lo >= 0) break;
        j -= 2;
        hi = j;
        continue;
      }
      lo = j - 1;
      hasCore = true;
      j -= 2;
      continue;
    }
    if (HONORIFICS.has(lower)) {
      if (lo >= 0) break;
      j--;
      hi = j;
      continue;
    }
    if (ROLE_NOUNS.has(lower) || TITLE_WORDS.has(lower)) {
      lo = j;
      hasCore = true;
      j--;
      afterJoiner = false;
      continue;
    }
    // A joiner only inside a title ("Secretary of State"), never right before the name ("a spokeswoman for X").
    if (TITLE_JOINERS.has(lower) && j === hi) break;
    if (ROLE_MODIFIERS.has(lower) || TITLE_JOINERS.has(lower)) {
      lo = j;
      j--;
      afterJoiner = TITLE_JOINERS.has(lower);
      continue;
    }
    // Another capitalised word qualifies the title ("Fisheries Minister"), but not across a joiner
    // ("Senator Tim Kaine and Governor Mike Pence").
    if (hasCore && !afterJoiner && /^\p{Lu}/u.test(w.text) && !w.sentStart && !NOT_ROLE.has(lower)) {
      lo = j;
      j--;
      continue;
    }
    break;
  }
  if (lo < 0 || !hasCore || hi < lo) return null;
  // Trim joiners and possessives off the left edge, and joiners off the right edge.
  while (lo <= hi && (TITLE_JOINERS.has(strip(words[lo].text)) || isPossessiveSuffix(words[lo]))) lo++;
  while (hi >= lo && TITLE_JOINERS.has(strip(words[hi].text))) hi--;
  if (lo > hi) return null;
  let core = false;
  for (let k = lo; k <= hi && !core; k++)
    core =
      ROLE_NOUNS.has(strip(words[k].text)) ||
      (TITLE_WORDS.has(strip(words[k].text)) && !HONORIFICS.has(strip(words[k].text)));
  if (!core) return null;
  const s = text.slice(words[lo].start, words[hi].end);
  return { text: s, score: hi - lo + 1 + (hasName ? 2 : 0) };
}

/**
 * A noun phrase starting at word j, up to punctuation or a clause word, whose head is a role noun: the word
 * before its first preposition (or its last word) must be one ("director of the gallery", "Tunisia's coach";
 * not "President Obama's approval rating"). With `closed`, the phrase must end at punctuation, a line or
 * sentence end, or a relative pronoun (an apposition), not run into a verb ("Chelsea, the mayor also said").
 */
function rolePhrase(
  text: string,
  words: Word[],
  j: number,
  mentions: Mention[],
  at: Int32Array,
  closed: boolean,
): RoleCandidate | null {
  while (j < words.length && LEAD_ADVERBS.has(words[j].text.toLowerCase())) j++;
  const first = j;
  let hasName = false;
  let end = j;
  let head = -1;
  let closedOk = false;
  while (end < words.length && end - first < 14) {
    const w = words[end];
    if (PHRASE_STOPS.has(w.text)) {
      closedOk = true;
      break;
    }
    if (end > first && (w.sentStart || lineBreakBetween(text, words[end - 1], w))) {
      closedOk = true;
      break;
    }
    const lower = strip(w.text);
    if (NOT_APPOSITION.has(lower)) {
      closedOk = APPOSITION_CLOSERS.has(lower);
      break;
    }
    if (head < 0 && ROLE_HEAD_PREPOSITIONS.has(lower) && end > first) head = end - 1;
    if (at[end] >= 0) {
      const other = mentions[at[end]];
      // Another person's name, not as a possessive, ends the phrase ("X, Y and Z" is a list, not a role),
      // unless it comes after a preposition ("advisor to Vice President Joe Biden").
      if (other.type === 'PERSON' && !isPossessiveSuffix(words[other.last])) {
        const before = end > first ? words[end - 1].text.toLowerCase() : '';
        if (end === first) return null;
        if (head < 0 || before === 'and' || before === 'or') break;
      }
      hasName = true;
      end = other.last;
      continue;
    }
    end++;
  }
  if (end >= words.length) closedOk = true;
  if (closed && !closedOk) return null;
  if (end <= first) return null;
  if (head < 0) head = end - 1;
  if (!ROLE_NOUNS.has(strip(words[head].text))) return null;
  let lo = first;
  if (ARTICLES.has(words[lo].text.toLowerCase())) lo++;
  let hi = end - 1;
  while (hi > lo && (TITLE_JOINERS.has(strip(words[hi].text)) || (isPossessiveSuffix(words[hi]) && at[hi - 1] < 0)))
    hi--;
  if (hi < lo) return null;
  return { text: text.slice(words[lo].start, words[hi].end), score: hi - lo + 1 + (hasName ? 2 : 0) };
}

/** Apposition: "Name, [age,] phrase". */
function appositionAfter(
  text: string,
  words: Word[],
  m: Mention,
  mentions: Mention[],
  at: Int32Array,
): RoleCandidate | null {
  let j = m.last;
  if (words[j]?.text !== ',') return null;
  j++;
  if (words[j] && /^\p{N}+$/u.test(words[j].text) && /^[,―—–-]$/.test(words[j + 1]?.text ?? '')) j += 2;
  const w = words[j];
  if (!w || NOT_APPOSITION.has(w.text.toLowerCase())) return null;
  return rolePhrase(text, words, j, mentions, at, true);
}

/**
 * Apposition before the name: "the Afghan team's coach, Name", "the president of the Lombardy region, Name",
 * "Co-founder of Google, Name" (at the start of a sentence). An article (or the sentence start) opens the phrase,
 * and its head (the word before its first preposition, else its last word) is a role noun.
 */
function appositionBefore(
  text: string,
  words: Word[],
  m: Mention,
  mentions: Mention[],
  at: Int32Array,
): RoleCandidate | null {
  const comma = m.first - 1;
  if (comma < 1 || words[comma].text !== ',' || words[m.first].lineStart) return null;
  let hasName = false;
  // Candidate openings, nearest first: an article (one after a preposition may be inside the phrase, so the
  // walk goes on past it if the phrase is not valid yet) or the start of the sentence.
  const tryPhrase = (start: number): RoleCandidate | null => {
    if (start >= comma) return null;
    let head = comma - 1;
    for (let k = start + 1; k < comma; k++) {
      if (at[k] < 0 && ROLE_HEAD_PREPOSITIONS.has(words[k].text.toLowerCase())) {
        head = k - 1;
        break;
      }
    }
    const ok =
      at[head] < 0
        ? ROLE_NOUNS.has(strip(words[head].text))
        : head === comma - 1 && mentions[at[head]].type !== 'PERSON' && hasRoleNoun(words, start, head);
    return ok
      ? { text: text.slice(words[start].start, words[comma - 1].end), score: comma - start + (hasName ? 2 : 0) }
      : null;
  };
  for (let j = comma - 1; j >= 0 && comma - j <= 12; j--) {
    const w = words[j];
    if (words[j + 1].sentStart || PHRASE_STOPS.has(w.text) || lineBreakBetween(text, w, words[j + 1])) return null;
    const lower = w.text.toLowerCase();
    if (at[j] >= 0) {
      const other = mentions[at[j]];
      if (other.type === 'PERSON' && !isPossessiveSuffix(words[other.last])) return null;
      hasName = true;
      j = other.first;
      if (words[j].sentStart) return tryPhrase(j);
      continue;
    }
    if (ARTICLES.has(lower)) {
      const c = tryPhrase(j + 1);
      if (c) return c;
      if (j > 0 && ROLE_HEAD_PREPOSITIONS.has(words[j - 1].text.toLowerCase())) continue;
      return null;
    }
    if (NOT_APPOSITION.has(lower)) return null;
    if (w.sentStart) {
      if (!ROLE_NOUNS.has(strip(w.text)) && !ROLE_MODIFIERS.has(lower)) return null;
      return tryPhrase(j);
    }
  }
  return null;
}

function hasRoleNoun(words: Word[], a: number, b: number): boolean {
  for (let k = a; k <= b; k++) if (ROLE_NOUNS.has(strip(words[k].text))) return true;
  return false;
}

/** Predicate: "Name is/was/became [the|a] phrase". */
function predicateAfter(
  text: string,
  words: Word[],
  m: Mention,
  mentions: Mention[],
  at: Int32Array,
): RoleCandidate | null {
  let j = m.last;
  if (!words[j] || !COPULAS.has(words[j].text.toLowerCase())) return null;
  j++;
  while (words[j] && (words[j].text.toLowerCase() === 'now' || words[j].text.toLowerCase() === 'also')) j++;
  const w = words[j];
  if (!w) return null;
  const lower = w.text.toLowerCase();
  // Only phrases that clearly name a position: an article, a possessive name or a role word first.
  if (!ARTICLES.has(lower) && !(at[j] >= 0) && !ROLE_NOUNS.has(lower) && !ROLE_MODIFIERS.has(lower)) return null;
  return rolePhrase(text, words, j, mentions, at, false);
}

/** The best role among the given mentions of one person, or null. */
export function findRole(
  text: string,
  words: Word[],
  own: Mention[],
  mentions: Mention[],
  at: Int32Array,
): string | null {
  let best: RoleCandidate | null = null;
  for (const m of own) {
    const candidates = [
      titleBefore(text, words, m, mentions, at),
      appositionAfter(text, words, m, mentions, at),
      appositionBefore(text, words, m, mentions, at),
      predicateAfter(text, words, m, mentions, at),
    ];
    for (const c of candidates) {
      if (c && (!best || c.score > best.score)) best = c;
    }
  }
  return best ? best.text : null;
}
