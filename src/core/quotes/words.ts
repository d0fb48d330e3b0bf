/**
 * Step 2 of quote finding: the words of the text as the later steps see them, each with the quotation it
 * lies in (from the marks of step 1), and each quotation's word range.
 */
import type { Token } from '../text';
import type { QuoteSpan } from './marks';

/** The tokens, their lower-case forms, and for every token the index of the quotation holding it (or -1). */
export interface Words {
  tokens: Token[];
  lower: string[];
  quoteOf: Int32Array;
}

/** Words plus, per quotation, its token range and a prefix count of quoted tokens. */
export interface QuotedWords extends Words {
  /** First token of quotation q, or -1 when it holds none. */
  qFirst: Int32Array;
  /** Token after the last of quotation q. */
  qLast: Int32Array;
  /** quotedBefore[i]: how many of tokens 0..i-1 lie in a quotation. */
  quotedBefore: Int32Array;
}

/** For every token, the index of the quote span containing it, or -1. Linear: spans are sorted. */
export function quoteOfTokens(tokens: Token[], spans: QuoteSpan[]): Int32Array {
  const of = new Int32Array(tokens.length).fill(-1);
  let q = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    while (q < spans.length && spans[q].end <= t.start) q++;
    if (q < spans.length && spans[q].start <= t.start && t.end <= spans[q].end) of[i] = q;
  }
  return of;
}

export function quotedWords(tokens: Token[], spans: QuoteSpan[]): QuotedWords {
  const lower = tokens.map((t) => t.text.toLowerCase());
  const quoteOf = quoteOfTokens(tokens, spans);
  const qFirst = new Int32Array(spans.length).fill(-1);
  const qLast = new Int32Array(spans.length).fill(-1);
  const quotedBefore = new Int32Array(tokens.length + 1);
  for (let i = 0; i < tokens.length; i++) {
    const q = quoteOf[i];
    quotedBefore[i + 1] = quotedBefore[i] + (q >= 0 ? 1 : 0);
    if (q >= 0) {
      if (qFirst[q] < 0) qFirst[q] = i;
      qLast[q] = i + 1;
    }
  }
  return { tokens, lower, quoteOf, qFirst, qLast, quotedBefore };
}
