/**
 * The last step of quote finding: no two quotes overlap, whatever the steps before produced.
 *
 * Nested attribution ("Varga said that Harris said that the union said “no deal.”") gives one quote per
 * speaker, the innermost content to the innermost speaker: an outer quote keeps only its own words before
 * the inner attribution starts (the inner speaker's name or its cue), and is dropped when nothing of its
 * own is left ("Harris said that" is no statement of Varga's). A direct quotation is the exception: its
 * words are its speaker's verbatim, so it stays whole and a claim found inside it is dropped. Two quotes that only partly overlap keep
 * the stronger whole (direct over mixed over indirect, then one with a speaker, then the longer) and the
 * other loses the overlapping part, or is dropped when too little is left.
 */
import type { Quote, QuoteKind, Span } from '../types';

/** An outer or overlapped quote cut down to fewer words than this is no statement of its own. */
export const MIN_WORDS_LEFT = 3;

/** Words that only join a clause to what follows: trimmed from the end of a cut-down quote. */
const TRAILING_JOINERS = /(?:[\s,;:—–-]|\b(?:and|but|or|that|as|while|because|so|then|also)\b)+$/iu;

const KIND_RANK: Record<QuoteKind, number> = { direct: 3, mixed: 2, indirect: 1 };

/**
 * Quotes in order of start, none overlapping another. A quote cut down keeps every other field (its speaker,
 * its attribution or, before that is filled in, how its speaker was found).
 */
export function withoutOverlaps<Q extends Quote>(text: string, quotes: Q[]): Q[] {
  const sorted = [...quotes].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Q[] = [];
  for (const q of sorted) {
    let current: Q | null = q;
    while (current && out.length > 0 && out[out.length - 1].end > current.start) {
      const before: Q = out.pop()!;
      if (current.end <= before.end && before.kind === 'direct') {
        // A claim inside a quotation: the quotation's speaker's own words.
        out.push(before);
        current = null;
      } else if (current.end <= before.end) {
        // Nested: the inner quote keeps its content; the outer keeps what it says before the inner attribution.
        const outer = cutEnd(text, before, attributionStart(current, before));
        if (outer) out.push(outer);
      } else if (stronger(before, current)) {
        out.push(before);
        current = cutStart(text, current, before.end);
      } else {
        const kept = cutEnd(text, before, current.start);
        if (kept) out.push(kept);
      }
    }
    if (current) out.push(current);
  }
  return out;
}

/** Where the inner quote's attribution starts inside the outer one: its speaker's words, its cue, or itself. */
function attributionStart(inner: Quote, outer: Quote): number {
  let at = inner.start;
  for (const span of [inner.speakerMention, inner.cue] as (Span | null)[]) {
    if (span && span.start >= outer.start && span.start < at) at = span.start;
  }
  return at;
}

function stronger(a: Quote, b: Quote): boolean {
  if (KIND_RANK[a.kind] !== KIND_RANK[b.kind]) return KIND_RANK[a.kind] > KIND_RANK[b.kind];
  if ((a.speaker !== null) !== (b.speaker !== null)) return a.speaker !== null;
  return a.end - a.start >= b.end - b.start;
}

/** True when `s` holds a quotation mark: a cut-down quote without one is reported speech. */
export function hasQuotationMark(s: string): boolean {
  return /["“”«»]/u.test(s);
}

export function wordCount(s: string): number {
  return (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

/** `q` ending before `at` (joining words trimmed), or null when too little is left. */
function cutEnd<Q extends Quote>(text: string, q: Q, at: number): Q | null {
  const kept = text.slice(q.start, Math.min(at, q.end)).replace(TRAILING_JOINERS, '');
  if (wordCount(kept) < MIN_WORDS_LEFT) return null;
  return reshaped(text, q, q.start, q.start + kept.length);
}

/** `q` starting at `at` or after (leading space and punctuation skipped), or null when too little is left. */
function cutStart<Q extends Quote>(text: string, q: Q, at: number): Q | null {
  const rest = text.slice(at, q.end);
  const skip = rest.length - rest.replace(/^[\s,;:.—–-]+/u, '').length;
  if (wordCount(rest) < MIN_WORDS_LEFT) return null;
  return reshaped(text, q, at + skip, q.end);
}

/** `q` over `start..end`; a cut-down quote with no quotation mark left is reported speech, not a quotation. */
function reshaped<Q extends Quote>(text: string, q: Q, start: number, end: number): Q {
  const words = text.slice(start, end);
  const marks = hasQuotationMark(words);
  const kind: QuoteKind = q.kind === 'indirect' || marks ? q.kind : 'indirect';
  return { ...q, start, end, text: words, kind };
}
