/**
 * Step 3 of quote finding, segments: the units in which a quote and its attribution are looked for. A segment is a sentence, except
 * that sentences are joined where a quotation crosses the boundary (“First. Second,” she said.) and where a
 * quotation ends a sentence and the next one starts with its attribution (“Why not?” he asked.).
 */
import type { Sentence, Token } from '../text';
import { PARTICIPLE_CUES, SPEECH_CUES } from '../lang';

export interface Segment {
  /** First token index. */
  first: number;
  /** Token index after the last one. */
  last: number;
  /** Paragraph number (0-based). */
  para: number;
}

/** "“Why not?” he asked": an attribution after a quotation starts within this many tokens of it. */
const ATTRIBUTION_REACH = 7;

/** True when the first few tokens from `i` (before a sentence end) hold a reporting verb. */
function attributionFollows(tokens: Token[], lower: string[], i: number): boolean {
  for (let k = i; k < tokens.length && k < i + ATTRIBUTION_REACH; k++) {
    const w = lower[k];
    if (w === '.' || w === '!' || w === '?' || w === '“' || w === '"') return false;
    if (SPEECH_CUES.has(w) || PARTICIPLE_CUES.has(w)) return true;
  }
  return false;
}

/** Opening minus closing parentheses among tokens [first, last). */
function parens(lower: string[], first: number, last: number): number {
  let d = 0;
  for (let i = first; i < last; i++) {
    if (lower[i] === '(') d++;
    else if (lower[i] === ')') d--;
  }
  return d;
}

export function buildSegments(tokens: Token[], lower: string[], sentences: Sentence[], quoteOf: Int32Array): Segment[] {
  const segments: Segment[] = [];
  let para = 0;
  let cur: Segment | null = null;
  let depth = 0; // open parentheses in the current segment
  for (const s of sentences) {
    if (s.last <= s.first) continue;
    const startsPara = tokens[s.first].paraStart && s.first > 0;
    if (cur) {
      const b = s.first;
      // A boundary inside parentheses ("Rep. Trey Gowdy (R-S.C.) said") is no boundary.
      if (depth > 0 && !startsPara && !tokens[b].lineStart) {
        cur.last = s.last;
        depth = Math.max(0, depth + parens(lower, s.first, s.last));
        continue;
      }
      const inside = quoteOf[b - 1] >= 0 && quoteOf[b - 1] === quoteOf[b];
      const afterQuote = quoteOf[b - 1] >= 0 && quoteOf[b] < 0 && attributionFollows(tokens, lower, b);
      if ((!startsPara && !tokens[b].lineStart && (inside || afterQuote)) || (!startsPara && inside)) {
        cur.last = s.last;
        depth = Math.max(0, depth + parens(lower, s.first, s.last));
        continue;
      }
      segments.push(cur);
    }
    if (startsPara) para++;
    cur = { first: s.first, last: s.last, para };
    depth = Math.max(0, parens(lower, s.first, s.last));
  }
  if (cur) segments.push(cur);
  return segments;
}
