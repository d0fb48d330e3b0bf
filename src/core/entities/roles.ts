/**
 * How the article describes a person: a title before the name ("U.S. Secretary of State John Kerry"), an
 * apposition after it ("Dmitry Peskov, Putin's spokesman,"; "Jane Doe, 42, a nurse at ...") or before it
 * ("the team's coach, Jane Doe"), or a predicate
 * ("Smith is the mayor of ..."). Every candidate must contain a role noun; the most informative one wins
 * (more words, and naming an organization or place).
 */
import { COPULAS, HONORIFICS, NOT_APPOSITION, NOT_ROLE, ROLE_MODIFIERS, ROLE_NOUNS, TITLE_JOINERS, TITLE_WORDS } from './lexicon';
import type { Mention } from './mentions';
import type { Word } from './words';

export interface RoleCandidate {
  text: string;
  score: number;
}

/** Per word: index of the mention it belongs to, or -1. */
export function mentionIndexByWord(nWords: number, mentions: Mention[]): Int32Array {
  const at = new Int32Array(nWords).fill(-1);
  mentions.forEach((m, i) => { for (let w = m.first; w < m.last; w++) at[w] = i; });
  return at;
}

const STOP_PUNCT = new Set([',', '.', ';', ':', '(', ')', '[', ']', '"', '“', '”', '‘', '’', "'", '—', '–', '--', '?', '!', '…']);
const ARTICLES = new Set(['a', 'an', 'the']);

function isPossessive(w: Word | undefined): boolean {
  return !!w && (w.text === "'s" || w.text === '’s' || w.text === "'S" || w.text === '’S');
}

function lineBreakBetween(text: string, a: Word, b: Word): boolean {
  for (let i = a.end; i < b.start; i++) { const c = text.charCodeAt(i); if (c === 10 || c === 13) return true; }
  return false;
}

function strip(s: string): string {
  return s.toLowerCase().replace(/\.$/, '');
}

/** Title before the mention: walk left over role words, modifiers, place/organization names and possessives. */
function titleBefore(text: string, words: Word[], m: Mention, mentions: Mention[], at: Int32Array): RoleCandidate | null {
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
      if (other.type === 'PERSON' && !isPossessive(words[j + 1])) break;
      if (lo < 0 && !isPossessive(words[j + 1])) break; // a name right before the name: not a title
      lo = other.first; hasName = true; j = other.first - 1; continue;
    }
    if (isPossessive(w)) { if (lo < 0) break; lo = j; j--; continue; }
    if (w.text === '.' && j > 0 && words[j - 1].end === w.start && TITLE_WORDS.has(strip(words[j - 1].text))) {
      const t = strip(words[j - 1].text);
      if (HONORIFICS.has(t)) { if (lo >= 0) break; j -= 2; hi = j; continue; }
      lo = j - 1; hasCore = true; j -= 2; continue;
    }
    if (HONORIFICS.has(lower)) { if (lo >= 0) break; j--; hi = j; continue; }
    if (ROLE_NOUNS.has(lower) || TITLE_WORDS.has(lower)) { lo = j; hasCore = true; j--; afterJoiner = false; continue; }
    // A joiner only inside a title ("Secretary of State"), never right before the name ("a spokeswoman for X").
    if (TITLE_JOINERS.has(lower) && j === hi) break;
    if (ROLE_MODIFIERS.has(lower) || TITLE_JOINERS.has(lower)) { lo = j; j--; afterJoiner = TITLE_JOINERS.has(lower); continue; }
    // Another capitalised word qualifies the title ("Fisheries Minister"), but not across a joiner
    // ("Senator Tim Kaine and Governor Mike Pence").
    if (hasCore && !afterJoiner && /^\p{Lu}/u.test(w.text) && !w.sentStart && !NOT_ROLE.has(lower)) { lo = j; j--; continue; }
    break;
  }
  if (lo < 0 || !hasCore || hi < lo) return null;
  // Trim joiners and possessives off the left edge, and joiners off the right edge.
  while (lo <= hi && (TITLE_JOINERS.has(strip(words[lo].text)) || isPossessive(words[lo]))) lo++;
  while (hi >= lo && TITLE_JOINERS.has(strip(words[hi].text))) hi--;
  if (lo > hi) return null;
  let core = false;
  for (let k = lo; k <= hi && !core; k++) core = ROLE_NOUNS.has(strip(words[k].text)) || TITLE_WORDS.has(strip(words[k].text)) && !HONORIFICS.has(strip(words[k].text));
  if (!core) return null;
  const s = text.slice(words[lo].start, words[hi].end);
  return { text: s, score: hi - lo + 1 + (hasName ? 2 : 0) };
}

/** A noun phrase starting at word j, up to punctuation or a clause word; null unless it holds a role noun. */
function rolePhrase(text: string, words: Word[], j: number, mentions: Mention[], at: Int32Array): RoleCandidate | null {
  const first = j;
  let hasCore = false;
  let hasName = false;
  let end = j;
  while (end < words.length && end - first < 14) {
    const w = words[end];
    if (STOP_PUNCT.has(w.text)) break;
    if (end > first && (w.sentStart || lineBreakBetween(text, words[end - 1], w))) break;
    const lower = strip(w.text);
    if (NOT_APPOSITION.has(lower)) break;
    if (at[end] >= 0) {
      const other = mentions[at[end]];
      // Another person's name, not as a possessive, ends the phrase ("X, Y and Z" is a list, not a role).
      // ("advisor to Vice President Joe Biden" keeps the name once a role noun has been seen).
      if (other.type === 'PERSON' && !isPossessive(words[other.last])) {
        const before = end > first ? words[end - 1].text.toLowerCase() : '';
        if (end === first) return null;
        if (!hasCore || before === 'and' || before === 'or') break;
      }
      hasName = true;
      end = other.last;
      continue;
    }
    if (ROLE_NOUNS.has(lower)) hasCore = true;
    end++;
  }
  if (!hasCore) return null;
  let lo = first;
  if (ARTICLES.has(words[lo].text.toLowerCase())) lo++;
  let hi = end - 1;
  while (hi > lo && (TITLE_JOINERS.has(strip(words[hi].text)) || isPossessive(words[hi]) && at[hi - 1] < 0)) hi--;
  if (hi < lo) return null;
  return { text: text.slice(words[lo].start, words[hi].end), score: hi - lo + 1 + (hasName ? 2 : 0) };
}

/** Apposition: "Name, [age,] phrase". */
function appositionAfter(text: string, words: Word[], m: Mention, mentions: Mention[], at: Int32Array): RoleCandidate | null {
  let j = m.last;
  if (words[j]?.text !== ',') return null;
  j++;
  if (words[j] && /^\p{N}+$/u.test(words[j].text) && /^[,―—–-]$/.test(words[j + 1]?.text ?? '')) j += 2;
  const w = words[j];
  if (!w || NOT_APPOSITION.has(w.text.toLowerCase())) return null;
  return rolePhrase(text, words, j, mentions, at);
}

/** Apposition before the name: "the Afghan team's coach, Name" (an article first, a role noun right before the comma). */
function appositionBefore(text: string, words: Word[], m: Mention, mentions: Mention[], at: Int32Array): RoleCandidate | null {
  const comma = m.first - 1;
  if (comma < 1 || words[comma].text !== ',' || words[m.first].lineStart) return null;
  const head = comma - 1;
  // The phrase ends in a role noun ("the team's coach") or an organization or place ("co-founder of Google").
  if (at[head] >= 0 ? mentions[at[head]].type === 'PERSON' : !ROLE_NOUNS.has(strip(words[head].text))) return null;
  let hasName = at[head] >= 0;
  let hasCore = !hasName;
  for (let j = at[head] >= 0 ? mentions[at[head]].first - 1 : head - 1; j >= 0 && head - j <= 10; j--) {
    const w = words[j];
    if (words[j + 1].sentStart || STOP_PUNCT.has(w.text) || lineBreakBetween(text, w, words[j + 1])) return null;
    const lower = w.text.toLowerCase();
    if (ARTICLES.has(lower)) {
      if (j + 1 > head || !hasCore) return null;
      return { text: text.slice(words[j + 1].start, words[head].end), score: head - j + (hasName ? 2 : 0) };
    }
    if (at[j] >= 0) {
      const other = mentions[at[j]];
      if (other.type === 'PERSON' && !isPossessive(words[other.last])) return null;
      hasName = true;
      j = other.first;
      continue;
    }
    if (NOT_APPOSITION.has(lower)) return null;
    if (ROLE_NOUNS.has(strip(w.text))) hasCore = true;
    // At the start of the sentence: "Co-founder of Google, Sergey Brin, ..."
    if (w.sentStart) {
      if (!hasCore || (!ROLE_NOUNS.has(lower) && !ROLE_MODIFIERS.has(lower))) return null;
      return { text: text.slice(w.start, words[head].end), score: head - j + 1 + (hasName ? 2 : 0) };
    }
  }
  return null;
}

/** Predicate: "Name is/was/became [the|a] phrase". */
function predicateAfter(text: string, words: Word[], m: Mention, mentions: Mention[], at: Int32Array): RoleCandidate | null {
  let j = m.last;
  if (!words[j] || !COPULAS.has(words[j].text.toLowerCase())) return null;
  j++;
  while (words[j] && (words[j].text.toLowerCase() === 'now' || words[j].text.toLowerCase() === 'also')) j++;
  const w = words[j];
  if (!w) return null;
  const lower = w.text.toLowerCase();
  // Only phrases that clearly name a position: an article, a possessive name or a role word first.
  if (!ARTICLES.has(lower) && !(at[j] >= 0) && !ROLE_NOUNS.has(lower) && !ROLE_MODIFIERS.has(lower)) return null;
  return rolePhrase(text, words, j, mentions, at);
}

/** The best role among the given mentions of one person, or null. */
export function findRole(text: string, words: Word[], own: Mention[], mentions: Mention[], at: Int32Array): string | null {
  let best: RoleCandidate | null = null;
  for (const m of own) {
    const candidates = [
      titleBefore(text, words, m, mentions, at), appositionAfter(text, words, m, mentions, at),
      appositionBefore(text, words, m, mentions, at), predicateAfter(text, words, m, mentions, at),
    ];
    for (const c of candidates) {
      if (c && (!best || c.score > best.score)) best = c;
    }
  }
  return best ? best.text : null;
}
