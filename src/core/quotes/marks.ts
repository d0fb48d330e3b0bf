/**
 * Quotation-mark scanning: finds the spans between opening and closing quotation marks in one linear pass.
 *
 * - Double marks open and close quotes, each opening mark with its own closing marks: curly (“ ”), straight
 *   ("), German („ “ or „ ”), guillemets (« », also with inner spaces « … », and reversed » «), corner brackets
 *   (「 」, 『 』). Single marks (‘ ’ and ', German ‚ ‘, single guillemets ‹ › and › ‹) inside a double quote are
 *   part of it, and open a quote of their own only at the top level, when they cannot be an apostrophe (‘ after
 *   a space, never ’ between letters as in "Putin’s", "don’t").
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
/** The closing marks of each opening double mark (straight marks and '' pairs have handlers of their own). */
const DOUBLE_CLOSERS: Record<string, string> = {
  '“': '”',
  '„': '“”',
  '«': '»',
  '»': '«',
  '”': '”',
  '「': '」',
  '『': '』',
  // ‘’ typed for “ (two single marks): closed by ”.
  '‘': '”',
};
/** The closing marks of each opening single mark. */
const SINGLE_CLOSERS: Record<string, string> = { '‘': "’'", "'": "’'", '‚': '‘’', '‹': '›', '›': '‹' };
/** Opening marks that may start a paragraph continuing the previous paragraph's quote. */
const PARAGRAPH_OPENERS = '“"«„「『';
/** Characters after which a straight or single mark opens a quote. */
const OPENS_AFTER = /[\s([{\u2014\u2013\-/:;,]/u;

export function scanQuoteMarks(text: string): QuoteSpan[] {
  return new MarkScanner(text).scan();
}

/** One linear pass over the text; one handler per kind of mark. */
class MarkScanner {
  readonly spans: QuoteSpan[] = [];
  /** Offset of the open double (or guillemet) mark, or -1. */
  private open = -1;
  /** Offset of an open top-level single mark, or -1. */
  private openSingle = -1;
  private openContinues = false;
  /** The previous paragraph ended inside a quote. */
  private pendingContinuation = false;
  /** Nothing but spaces since the last paragraph break. */
  private paraStart = true;
  private lastNonSpace = -1;

  constructor(private readonly text: string) {}

  scan(): QuoteSpan[] {
    const { text } = this;
    const n = text.length;
    for (let i = 0; i < n; i++) {
      const code = text.charCodeAt(i);
      // Fast path: an ordinary letter, digit or punctuation mark (no quote mark, no line break, no space).
      if (
        code > 32 &&
        code !== 34 &&
        code !== 39 &&
        code !== 0xa0 &&
        !(code >= 0x2018 && code <= 0x201e) &&
        code !== 0xab &&
        code !== 0xbb &&
        code !== 0x2039 &&
        code !== 0x203a &&
        !(code >= 0x300c && code <= 0x300f)
      ) {
        this.paraStart = false;
        this.pendingContinuation = false;
        this.lastNonSpace = i;
        continue;
      }
      const ch = text[i];
      if (ch === '\n' || ch === '\r') {
        this.lineBreak(i);
        continue;
      }
      if (ch === ' ' || ch === '\t' || ch === '\f' || ch === '\v' || ch === '\u00a0') continue;
      i = this.mark(i, ch);
      this.lastNonSpace = i;
    }
    if (this.open >= 0) this.push(this.open, this.lastNonSpace + 1, false, false, this.openContinues);
    return this.spans;
  }

  private push(start: number, end: number, closed: boolean, single: boolean, continues: boolean): void {
    if (end > start) this.spans.push({ start, end, closed, continues, single });
  }

  /** Opens a double quote at `i`; it continues the previous paragraph's quote when it opens this paragraph. */
  private openAt(i: number, startsPara: boolean): void {
    this.open = i;
    this.openContinues = startsPara && this.pendingContinuation;
    this.pendingContinuation = false;
  }

  private closeAt(end: number): void {
    this.push(this.open, end, true, false, this.openContinues);
    this.open = -1;
    this.openContinues = false;
  }

  /** A paragraph break (a newline, optional spaces, another newline) ends an open quote; so does a single
   *  line break when the next line opens a new quote. */
  private lineBreak(i: number): void {
    const { text } = this;
    const n = text.length;
    let j = i + 1;
    if (text[i] === '\r' && text[j] === '\n') j++;
    let k = j;
    while (k < n && (text[k] === ' ' || text[k] === '\t')) k++;
    const blank = k < n ? text[k] === '\n' || text[k] === '\r' : true;
    const nextOpens = k < n && PARAGRAPH_OPENERS.includes(text[k]);
    if (!blank && !nextOpens) return;
    if (this.open >= 0) {
      this.push(this.open, this.lastNonSpace + 1, false, false, this.openContinues);
      this.pendingContinuation = true;
    }
    this.open = -1;
    this.openSingle = -1;
    this.openContinues = false;
    this.paraStart = true;
  }

  /** A quote mark (or other non-space character that reached here) at `i`; returns the last offset consumed. */
  private mark(i: number, ch: string): number {
    const { text } = this;
    const prev = i > 0 ? text[i - 1] : '';
    const next = i + 1 < text.length ? text[i + 1] : '';
    const startsPara = this.paraStart;
    this.paraStart = false;
    const opener = PARAGRAPH_OPENERS.includes(ch) || ch === '”' || ch === '»' || (ch === "'" && next === "'");
    if (!(startsPara && opener)) this.pendingContinuation = false;
    const openMark = this.open >= 0 ? text[this.open] : '';
    const closers = DOUBLE_CLOSERS[openMark];

    if (closers && closers.includes(ch)) {
      this.closeAt(i + 1);
    } else if ((openMark === '「' && '『』'.includes(ch)) || (openMark === '『' && '「」'.includes(ch))) {
      // A corner bracket of the other kind inside an open one: a quote within the quote.
    } else if (ch === '“' || ch === '«' || ch === '„' || ch === '「' || ch === '『') {
      // An opening mark inside an open quote: the earlier mark was stray.
      this.openSingle = -1;
      this.openAt(i, startsPara);
    } else if ((ch === '”' || ch === '»') && this.open < 0 && (startsPara || isSpace(prev)) && /\p{L}/u.test(next)) {
      // A closing mark used to open (”Fear. I am …” at the start of a paragraph), or a reversed guillemet.
      this.openSingle = -1;
      this.openAt(i, startsPara);
    } else if (ch === '”' || ch === '»' || ch === '」' || ch === '』') {
      if (this.open >= 0) this.closeAt(i + 1);
    } else if (ch === "'" && next === "'") {
      return this.doubleApostrophe(i, prev, startsPara);
    } else if (
      ch === '‘' &&
      next === '’' &&
      this.open < 0 &&
      this.openSingle < 0 &&
      (prev === '' || OPENS_AFTER.test(prev)) &&
      /\p{L}/u.test(text[i + 2] ?? '') &&
      // "‘’Tis the season …’": an opening single mark before an elided word.
      !/^(?:tis|twas|em|til|cause|n)\b/iu.test(text.slice(i + 2, i + 8))
    ) {
      // ‘’ typed for an opening “ (‘’It’s not a question …”): a double quote, closed by ”.
      this.openAt(i, startsPara);
      return i + 1;
    } else if (ch === '"') {
      this.straight(i, prev, next, startsPara);
    } else if (this.open < 0 && (ch === '‘' || ch === "'" || ch === '’' || ch === '‚' || ch === '‹' || ch === '›')) {
      this.single(i, ch, prev, next);
    }
    return i;
  }

  /** Two apostrophes as a double mark (''…''): opens at the top level, closes one opened so. */
  private doubleApostrophe(i: number, prev: string, startsPara: boolean): number {
    const { text } = this;
    if (
      this.open < 0 &&
      this.openSingle < 0 &&
      (prev === '' || OPENS_AFTER.test(prev)) &&
      !isSpace(text[i + 2] ?? '')
    ) {
      this.openAt(i, startsPara);
      return i + 1;
    }
    if (this.open >= 0 && text[this.open] === "'" && !isSpace(prev)) {
      this.closeAt(i + 2);
      return i + 1;
    }
    // Otherwise an apostrophe like any other.
    if (this.open < 0) this.single(i, "'", prev, "'");
    return i;
  }

  /** A straight double mark: closes after a non-space, opens after a space or an opening context. */
  private straight(i: number, prev: string, next: string, startsPara: boolean): void {
    const { text } = this;
    if (this.open >= 0 && text[this.open] === '"' && !isSpace(prev)) {
      this.closeAt(i + 1);
    } else if (this.open >= 0 && text[this.open] === '"' && isSpace(prev) && !isSpace(next)) {
      // Looks like an opening mark: the earlier one was stray or a closing mark after a space.
      this.open = i;
      this.openContinues = false;
    } else if (this.open >= 0 && text[this.open] !== '"') {
      // A straight mark closing a curly one (mixed typography).
      if (!isSpace(prev)) this.closeAt(i + 1);
    } else if (this.open < 0 && (prev === '' || OPENS_AFTER.test(prev) || prev === '“') && !isSpace(next)) {
      this.openSingle = -1;
      this.openAt(i, startsPara);
    }
  }

  /** Top-level single marks; inside a double quote they are part of it. */
  private single(i: number, ch: string, prev: string, next: string): void {
    const { text } = this;
    const closers = this.openSingle >= 0 ? SINGLE_CLOSERS[text[this.openSingle]] : '';
    if (this.openSingle < 0) {
      if ((ch === '‘' || (ch === "'" && (prev === '' || OPENS_AFTER.test(prev)))) && /\p{L}/u.test(next))
        this.openSingle = i;
      // German ‚…‘ and single guillemets ‹…› (or ›…‹), the latter also with an inner space.
      else if ((ch === '‚' || ch === '‹') && /[\p{L}\s]/u.test(next)) this.openSingle = i;
      else if (ch === '›' && (prev === '' || isSpace(prev)) && /\p{L}/u.test(next)) this.openSingle = i;
    } else if ((text[this.openSingle] === '‹' || text[this.openSingle] === '›') && closers.includes(ch)) {
      this.push(this.openSingle, i + 1, true, true, false);
      this.openSingle = -1;
    } else if (closers.includes(ch) && !isSpace(prev) && !isLetterOrDigit(next)) {
      this.push(this.openSingle, i + 1, true, true, false);
      this.openSingle = -1;
    }
  }
}
