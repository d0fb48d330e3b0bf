/**
 * From tagged spans to clean name mentions: titles and leading articles stripped, corporate suffixes made
 * organizations, and names of people the user told us about (options.knownPeople) found and forced to PERSON.
 */
import { tokenize } from '../text';
import type { EntityType, KnownPerson } from '../types';
import { lowerOf, type Lexicon } from './features';
import { CORPORATE, TITLE_WORDS } from './lexicon';
import type { NameSpan } from './tagger';
import { hasUpper, toWords, type Word } from './words';

export interface Mention {
  /** First word index. */
  first: number;
  /** Index after the last word. */
  last: number;
  type: EntityType;
  /** Index in options.knownPeople when the mention is a known person's name or alias. */
  known: number;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export function normalizeWord(s: string): string {
  return s.replace(/’/g, "'");
}

/** Cleans the tagger's spans into mentions. */
export function cleanSpans(words: Word[], spans: NameSpan[], lex: Lexicon): Mention[] {
  const out: Mention[] = [];
  for (const s of spans) {
    let { first, last, type } = s;
    // In a headline, a person's name does not end in a word usually written in lower case ("MERKEL WARNS").
    if (type === 'PERSON' && words[first].capsLine) {
      while (last - first > 1 && lex.caseClass[lex.words.get(lowerOf(words[last - 1].text)) ?? 0] === 1) last--;
    }
    // Drop leading titles and articles: "President Vladimir Putin" -> "Vladimir Putin".
    while (last - first > 1) {
      const lower = words[first].text.toLowerCase();
      if (lower === 'the' || (type === 'PERSON' && TITLE_WORDS.has(lower))) {
        first++;
        if (words[first].text === '.' && last - first > 1) first++;
      } else break;
    }
    // Corporate suffix: an organization, with its abbreviation period.
    let endWord = last - 1;
    if (words[endWord].text === '.' && endWord > first) endWord--;
    if (CORPORATE.has(words[endWord].text.toLowerCase()) && endWord > first) {
      type = 'ORG';
      const next = words[last];
      if (next && next.text === '.' && next.start === words[last - 1].end && endWord === last - 1) last++;
    }
    // Trailing punctuation other than an abbreviation period.
    while (last - first > 1 && !LETTER_OR_DIGIT.test(words[last - 1].text) && words[last - 1].text !== '.') last--;
    let ok = false;
    for (let i = first; i < last && !ok; i++) ok = LETTER_OR_DIGIT.test(words[i].text);
    if (ok) out.push({ first, last, type, known: -1 });
  }
  return out;
}

interface KnownForm {
  words: string[];
  person: number;
}

/** Finds the names and aliases of known people in the words; longest match wins. */
export function findKnown(words: Word[], known: KnownPerson[]): Mention[] {
  const byFirst = new Map<string, KnownForm[]>();
  known.forEach((p, person) => {
    if (!p || typeof p.name !== 'string') return;
    const forms = [p.name, ...(Array.isArray(p.aliases) ? p.aliases : [])];
    for (const form of forms) {
      if (typeof form !== 'string') continue;
      const ws = toWords(tokenize(form), new Set()).map((w) => normalizeWord(w.text));
      if (ws.length === 0 || !ws.some((w) => hasUpper(w) || /\p{L}/u.test(w))) continue;
      const list = byFirst.get(ws[0].toUpperCase()) ?? [];
      list.push({ words: ws, person });
      byFirst.set(ws[0].toUpperCase(), list);
    }
  });
  const out: Mention[] = [];
  if (byFirst.size === 0) return out;
  for (let i = 0; i < words.length; i++) {
    const list = byFirst.get(normalizeWord(words[i].text).toUpperCase());
    if (!list) continue;
    let best: KnownForm | null = null;
    for (const f of list) {
      if (best && f.words.length <= best.words.length) continue;
      if (i + f.words.length > words.length) continue;
      let ok = true;
      for (let k = 0; k < f.words.length && ok; k++) {
        const w = words[i + k];
        const t = normalizeWord(w.text);
        ok = w.capsLine ? t.toUpperCase() === f.words[k].toUpperCase() : t === f.words[k];
      }
      if (ok) best = f;
    }
    if (best) {
      out.push({ first: i, last: i + best.words.length, type: 'PERSON', known: best.person });
      i += best.words.length - 1;
    }
  }
  return out;
}

/** Known-people mentions replace the tagger's mentions they overlap. Both lists are in order; so is the result. */
export function overlay(tagged: Mention[], known: Mention[]): Mention[] {
  if (known.length === 0) return tagged;
  const out: Mention[] = [];
  let k = 0;
  for (const m of tagged) {
    while (k < known.length && known[k].last <= m.first) out.push(known[k++]);
    // Skip a tagged mention that overlaps any known one.
    let overlaps = false;
    for (let j = k; j < known.length && known[j].first < m.last; j++) if (known[j].last > m.first) overlaps = true;
    if (!overlaps) out.push(m);
  }
  while (k < known.length) out.push(known[k++]);
  return out;
}

/**
 * A person's name in a headline (all caps or title case) is cut to the part that names a person in the body
 * text: "MERKEL WARNS" -> "MERKEL" when the body names "Angela Merkel". Linear: one set of body names.
 */
export function fitHeadlines(words: Word[], mentions: Mention[]): Mention[] {
  const body = new Set<string>();
  const keyOf = (a: number, b: number) => {
    let k = '';
    for (let i = a; i < b; i++) k += (i > a ? ' ' : '') + normalizeWord(words[i].text).toLowerCase();
    return k;
  };
  let anyCaps = false;
  for (const m of mentions) {
    if (words[m.first].capsLine) { anyCaps = true; continue; }
    if (m.type !== 'PERSON') continue;
    body.add(keyOf(m.first, m.last));
    if (m.type === 'PERSON' && m.last - m.first > 1) {
      body.add(keyOf(m.last - 1, m.last));
    }
  }
  if (!anyCaps || body.size === 0) return mentions;
  const out: Mention[] = [];
  for (const m of mentions) {
    if (!words[m.first].capsLine || m.known >= 0 || m.type !== 'PERSON') { out.push(m); continue; }
    if (body.has(keyOf(m.first, m.last))) { out.push(m); continue; }
    let cut: Mention | null = null;
    // Longest prefix, else longest suffix, that the body names (spans are short: this is bounded work).
    for (let b = Math.min(m.last - 1, m.first + 6); b > m.first && !cut; b--) {
      if (body.has(keyOf(m.first, b))) cut = { first: m.first, last: b, type: m.type, known: -1 };
    }
    for (let a = Math.max(m.first + 1, m.last - 6); a < m.last && !cut; a++) {
      if (body.has(keyOf(a, m.last))) cut = { first: a, last: m.last, type: m.type, known: -1 };
    }
    out.push(cut ?? m);
  }
  return out;
}
