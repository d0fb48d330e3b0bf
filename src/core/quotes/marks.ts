/**
 * Quotation-mark scanning: finds the spans between opening and closing quotation marks in one linear pass.
 *
 * - Curly double marks (“ ”), straight double marks ("), guillemets (« ») open and close quotes; single marks
 *   (‘ ’ and ') inside a double quote are part of it, and open a quote of their own only at the top level,
 *   when they cannot be an apostrophe (‘ after a space, never ’ between letters as in "Putin’s", "don’t").
 * - Quotes never cross a paragraph break (a blank line). A paragraph that opens a quote and does not close it
 *   yields a piece up to the end of the paragraph; when the next paragraph opens with a quotation mark, that
 *   piece is marked as continued there (`continues` on the next piece), as in multi-paragraph quotations.
 */

export interface QuoteSpan {
  /** Offset of the opening mark. */
  start: number;
  /** Offset after the closing mark, or after the last non-space character of the paragraph when unclosed. */
  end: number;
  /** True when a closing mark ends the span. */
  closed: boolean;
  /** True when this span continues a quote left open at the end of the previous paragraph. */
  continues: boolean;
  /** True for a single-mark quote (‘…’). */
  single: boolean;
}

const isLetterOrDigit = (c: string): boolean => /[\p{L}\p{N}]/u.test(c);
const isSpace = (c: string): boolean => c === '' || /\s/u.test(c);
/** Characters after which a straight or single mark opens a quote. */
const OPENS_AFTER = /[\s([{\u2014\u2013\-/:;,]/u;

export function scanQuoteMarks(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const n = text.length;
  let open = -1; // offset of the open double (or guillemet) mark
  let openSingle = -1; // offset of an open top-level single mark
  let openContinues = false;
  let pendingContinuation = false; // the previous paragraph ended inside a quote
  let paraStart = true; // nothing but spaces since the last paragraph break
  let lastNonSpace = -1;

  const push = (start: number, end: number, closed: boolean, single: boolean, continues: boolean) => {
    if (end > start) spans.push({ start, end, closed, continues, single });
  };

  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    // Fast path: an ordinary letter, digit or punctuation mark (no quote mark, no line break, no space).
    if (code > 32 && code !== 34 && code !== 39 && code !== 0xa0 && !(code >= 0x2018 && code <= 0x201e) && code !== 0xab && code !== 0xbb) {
      paraStart = false;
      pendingContinuation = false;
      lastNonSpace = i;
      continue;
    }
    const ch = text[i];
    if (ch === '\n' || ch === '\r') {
      // Paragraph break: a newline followed by optional spaces and another newline.
      let j = i + 1;
      if (ch === '\r' && text[j] === '\n') j++;
      let k = j;
      while (k < n && (text[k] === ' ' || text[k] === '\t')) k++;
      const blank = k < n ? text[k] === '\n' || text[k] === '\r' : true;
      // A single line break ends an open quote too when the next line opens a new quote.
      const nextOpens = k < n && (text[k] === '“' || text[k] === '"' || text[k] === '«');
      if (blank || nextOpens) {
        if (open >= 0) {
          push(open, lastNonSpace + 1, false, false, openContinues);
          pendingContinuation = true;
        }
        open = -1;
        openSingle = -1;
        openContinues = false;
        paraStart = true;
      }
      continue;
    }
    if (ch === ' ' || ch === '\t' || ch === '\f' || ch === '\v' || ch === '\u00a0') continue;

    const prev = i > 0 ? text[i - 1] : '';
    const next = i + 1 < n ? text[i + 1] : '';
    const startsPara = paraStart;
    paraStart = false;
    const opener = ch === '“' || ch === '«' || ch === '„' || ch === '"' || ch === '”' || (ch === "'" && next === "'");
    if (!(startsPara && opener)) pendingContinuation = false;

    if (ch === '“' || ch === '«' || ch === '„') {
      if (openSingle >= 0) openSingle = -1;
      // An opening mark inside an open quote: the earlier mark was stray.
      open = i;
      openContinues = startsPara && pendingContinuation;
      pendingContinuation = false;
    } else if ((ch === '”' || ch === '»') && open < 0 && (startsPara || isSpace(prev)) && /\p{L}/u.test(next)) {
      // A closing mark used to open (”Fear. I am …” at the start of a paragraph).
      openSingle = -1;
      open = i;
      openContinues = startsPara && pendingContinuation;
      pendingContinuation = false;
    } else if (ch === '”' || ch === '»') {
      if (open >= 0) {
        push(open, i + 1, true, false, openContinues);
        open = -1;
        openContinues = false;
      }
    } else if (ch === "'" && next === "'" && open < 0 && openSingle < 0 && (prev === '' || OPENS_AFTER.test(prev)) && !isSpace(text[i + 2] ?? '')) {
      // Two apostrophes as a double mark (''…'').
      open = i;
      openContinues = startsPara && pendingContinuation;
      pendingContinuation = false;
      i++;
      lastNonSpace = i;
      continue;
    } else if (ch === "'" && next === "'" && open >= 0 && text[open] === "'" && !isSpace(prev)) {
      push(open, i + 2, true, false, openContinues);
      open = -1;
      openContinues = false;
      i++;
      lastNonSpace = i;
      continue;
    } else if (ch === '"') {
      if (open >= 0 && text[open] === '"' && !isSpace(prev)) {
        push(open, i + 1, true, false, openContinues);
        open = -1;
        openContinues = false;
      } else if (open >= 0 && text[open] === '"' && isSpace(prev) && !isSpace(next)) {
        // Looks like an opening mark: the earlier one was stray or a closing mark after a space.
        open = i;
        openContinues = false;
      } else if (open >= 0 && text[open] !== '"') {
        // A straight mark closing a curly one (mixed typography).
        if (!isSpace(prev)) {
          push(open, i + 1, true, false, openContinues);
          open = -1;
          openContinues = false;
        }
      } else if (open < 0 && (prev === '' || OPENS_AFTER.test(prev) || prev === '“') && !isSpace(next)) {
        openSingle = -1;
        open = i;
        openContinues = startsPara && pendingContinuation;
        pendingContinuation = false;
      }
    } else if (open < 0 && (ch === '‘' || ch === "'" || ch === '’')) {
      // Top-level single marks; inside a double quote they are part of it.
      if (openSingle < 0) {
        if ((ch === '‘' || (ch === "'" && (prev === '' || OPENS_AFTER.test(prev)))) && /\p{L}/u.test(next)) openSingle = i;
      } else if ((ch === '’' || ch === "'") && !isSpace(prev) && !isLetterOrDigit(next)) {
        push(openSingle, i + 1, true, true, false);
        openSingle = -1;
      }
    }
    lastNonSpace = i;
  }
  if (open >= 0) push(open, lastNonSpace + 1, false, false, openContinues);
  return spans;
}
