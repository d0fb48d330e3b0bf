import { hasLetter, HEADLINE_MINOR_WORDS, possessiveStem, startsUpperOrDigit } from '../lang';
import type { Token } from '../text';

/**
 * The tagger's units: tokens, with a trailing possessive ('s / ’s) split off so that "Putin's" gives the
 * words "Putin" and "'s" (a mention never includes the possessive).
 */
export interface Word {
  start: number;
  end: number;
  text: string;
  /** Index of the token it comes from. */
  token: number;
  /** First word of its sentence. */
  sentStart: boolean;
  /** First word on its line. */
  lineStart: boolean;
  /** On a line whose letters are all upper case (a CoNLL-style headline). */
  capsLine: boolean;
}

/** True when the string has an upper-case letter. */
export function hasUpper(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) return true;
    if (c > 127 && s[i] !== s[i].toLowerCase()) return true;
  }
  return false;
}

/** True when the string has a lower-case letter. */
export function hasLower(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
    if (c > 127 && s[i] !== s[i].toUpperCase()) return true;
  }
  return false;
}

/**
 * A title-case headline ("Russia, U.K. Planning Joint Steps Toward Syria Peace"): at least four words with
 * letters, all capitalised except short function words. Such lines are treated like all-caps headlines.
 */
function titleCase(words: Word[], first: number, last: number): boolean {
  let n = 0;
  let caps = 0;
  for (let w = first; w < last; w++) {
    const t = words[w].text;
    if (!hasLetter(t)) continue;
    n++;
    if (startsUpperOrDigit(t)) caps++;
    else if (!HEADLINE_MINOR_WORDS.has(t.toLowerCase())) return false;
  }
  return n >= 4 && caps >= 3;
}

/** Words of the text, in order, with per-line headline flags. `sentFirst` holds the token index of each sentence start. */
export function toWords(tokens: Token[], sentFirst: Set<number>): Word[] {
  const words: Word[] = [];
  let lineFirst = 0;
  const flushLine = (lineEnd: number) => {
    // A line is a headline when it has at least two letters in upper case and none in lower case.
    let upper = 0;
    let lower = false;
    for (let w = lineFirst; w < lineEnd && !lower; w++) {
      const t = words[w].text;
      if (hasLower(t)) lower = true;
      else if (hasUpper(t)) upper += t.length;
    }
    if ((!lower && upper >= 2) || titleCase(words, lineFirst, lineEnd))
      for (let w = lineFirst; w < lineEnd; w++) words[w].capsLine = true;
    lineFirst = lineEnd;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.lineStart && words.length > lineFirst) flushLine(words.length);
    const sentStart = sentFirst.has(i);
    const text = t.text;
    const last = text.charCodeAt(text.length - 1);
    if (text.length > 2 && (last === 115 || last === 83)) {
      const stem = possessiveStem(text);
      if (stem !== null) {
        const cut = t.start + stem.length;
        words.push({
          start: t.start,
          end: cut,
          text: stem,
          token: i,
          sentStart,
          lineStart: t.lineStart,
          capsLine: false,
        });
        words.push({
          start: cut,
          end: t.end,
          text: text.slice(stem.length),
          token: i,
          sentStart: false,
          lineStart: false,
          capsLine: false,
        });
        continue;
      }
    }
    words.push({ start: t.start, end: t.end, text, token: i, sentStart, lineStart: t.lineStart, capsLine: false });
  }
  if (words.length > lineFirst) flushLine(words.length);
  return words;
}

/**
 * Each word's sentence (a new one at each sentence or line start) and whether it stands inside quotation marks
 * (the marks themselves count as inside; a line break closes an open quotation). For the steps that only listen
 * to the narrator: gender's pronoun votes, descriptions elsewhere.
 */
export function sentencesAndQuotes(words: Word[]): { sent: Int32Array; quoted: Uint8Array } {
  const n = words.length;
  const sent = new Int32Array(n);
  const quoted = new Uint8Array(n);
  let s = 0;
  let inQuote = false;
  for (let i = 0; i < n; i++) {
    const w = words[i];
    if (i > 0 && (w.sentStart || w.lineStart)) s++;
    if (w.lineStart) inQuote = false;
    sent[i] = s;
    const t = w.text;
    if (t === '"' || t === '“' || t === '”') {
      quoted[i] = 1;
      inQuote = t === '"' ? !inQuote : t === '“';
      continue;
    }
    quoted[i] = inQuote ? 1 : 0;
  }
  return { sent, quoted };
}
