/**
 * From tagged spans to clean name mentions: titles and leading articles stripped, corporate suffixes made
 * organizations, and names of people the user told us about (options.knownPeople) found and forced to PERSON.
 */
import { tokenize } from '../text';
import type { EntityType, KnownPerson } from '../types';
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
export function cleanSpans(words: Word[], spans: NameSpan[]): Mention[] {
  const out: Mention[] = [];
  for (const s of spans) {
    let { first, last, type } = s;
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
