/**
 * Tokens and sentences with offsets into the original text. Linear in the length of the text:
 * one regular-expression pass for tokens, one pass over the tokens for sentences.
 */
import { ABBREVIATIONS, SENTENCE_CLOSERS, startsLower } from './lang';

export interface Token {
  /** UTF-16 offset of the first code unit. */
  start: number;
  /** UTF-16 offset after the last code unit (exclusive). */
  end: number;
  text: string;
  /** True when a newline lies between the previous token and this one. */
  lineStart: boolean;
  /** True when a blank line (paragraph break) lies between the previous token and this one. */
  paraStart: boolean;
}

export interface Sentence {
  /** Index of the first token. */
  first: number;
  /** Index after the last token (exclusive). */
  last: number;
  start: number;
  end: number;
}

// First, emoji (with skin tones, variation selectors and ZWJ sequences) and flags: matched only to be
// skipped, so that "Varga 👍 said" reads as "Varga said" and "closed.👍 \"We" still ends a sentence.
// Then words: letters/digits joined by inner apostrophes, hyphens, periods (U.S., e.g.) or ampersands
// (AT&T); numbers with separators; any other non-space code point (astral included) on its own.
const TOKEN_RE =
  /(\p{Extended_Pictographic}(?:[\p{Emoji_Modifier}\uFE0F\u20E3]|\u200D\p{Extended_Pictographic})*|\p{Regional_Indicator}+)|(?:\p{L}\.){2,}|[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}]|['’](?=\p{L})|[-&](?=[\p{L}\p{N}])|[.,](?=\p{N}))*|[\uD800-\uDBFF][\uDC00-\uDFFF]|\S/gu;

/** Tokenizes `text`; whitespace separates tokens and is never part of one; emoji are skipped. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  let prevEnd = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(text)) !== null) {
    if (m[1] !== undefined) continue; // an emoji: no token
    const start = m.index;
    const end = start + m[0].length;
    let newlines = 0;
    for (let i = prevEnd; i < start; i++) {
      const c = text.charCodeAt(i);
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) newlines++;
    }
    tokens.push({
      start,
      end,
      text: m[0],
      lineStart: newlines > 0 || tokens.length === 0,
      paraStart: newlines > 1 || tokens.length === 0,
    });
    prevEnd = end;
  }
  return tokens;
}

/** How far ahead (in tokens) a closing bracket keeps a period inside the brackets. */
const BRACKET_REACH = 25;

/**
 * True when a closing bracket follows within BRACKET_REACH tokens on the same line, and not right after the
 * period ("(as planned.) Next" ends there): "(R-S.C.) said" goes on.
 */
function closesSoon(tokens: Token[], from: number): boolean {
  const t = tokens[from].text;
  if ((t === ')' || t === ']') && tokens[from].start === tokens[from - 1].end) return false;
  for (let k = from; k < tokens.length && k < from + BRACKET_REACH; k++) {
    if (k > from && tokens[k].lineStart) return false;
    const x = tokens[k].text;
    if (x === ')' || x === ']') return true;
    if (x === '(' || x === '[') return false;
  }
  return false;
}

/** One upper-case letter and nothing else (`/^\p{Lu}$/u`; ASCII without the expression, see lang/shape.ts). */
function isOneCapital(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c < 128) return w.length === 1 && c >= 65 && c <= 90;
  return /^\p{Lu}$/u.test(w);
}

/**
 * Starts with what may open a sentence: an upper-case letter, a digit, an opening mark, or a letter of a script
 * without case (`/^[\p{Lu}\p{Lt}\p{Lo}\p{N}"“‘'([«]/u`; ASCII without the expression).
 */
function opensSentence(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 34 || c === 39 || c === 40 || c === 91;
  return /^[\p{Lu}\p{Lt}\p{Lo}\p{N}"“‘'([«]/u.test(w);
}

/**
 * Splits tokens into sentences: after . ! ? (and any closing quotes or brackets) when the next token
 * starts a new sentence, and at every line break unless the next line continues in lower case.
 */
export function splitSentences(tokens: Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  // Open brackets in the current sentence: a sentence does not end inside "( … )".
  let depth = 0;
  const close = (last: number) => {
    if (last > first) sentences.push({ first, last, start: tokens[first].start, end: tokens[last - 1].end });
    first = last;
    depth = 0;
  };
  for (let i = 0; i < tokens.length; i++) {
    const next = tokens[i + 1];
    if (!next) break;
    const t = tokens[i].text;
    if (t === '(' || t === '[') depth++;
    else if ((t === ')' || t === ']') && depth > 0) depth--;
    if (next.paraStart) {
      close(i + 1);
      continue;
    }
    if (next.lineStart && !startsLower(next.text)) {
      close(i + 1);
      continue;
    }
    if (t !== '.' && t !== '!' && t !== '?' && t !== '…') continue;
    if (depth > 0 && closesSoon(tokens, i + 1)) continue;
    if (t === '.' && i > 0 && tokens[i - 1].end === tokens[i].start) {
      const prev = tokens[i - 1].text;
      if (ABBREVIATIONS.has(prev.toLowerCase()) || isOneCapital(prev)) continue;
    }
    // Take closing quotes and brackets that stick to the period.
    let j = i + 1;
    while (j < tokens.length && SENTENCE_CLOSERS.has(tokens[j].text) && tokens[j].start === tokens[j - 1].end) j++;
    const after = tokens[j];
    if (!after) break;
    // A new sentence: an upper-case letter, a digit, an opening mark, or a letter of a script without
    // case (Hebrew, Arabic, Chinese…), where no capital can say so.
    if (after.paraStart || after.lineStart || opensSentence(after.text)) {
      close(j);
      i = j - 1;
    }
  }
  close(tokens.length);
  return sentences;
}
