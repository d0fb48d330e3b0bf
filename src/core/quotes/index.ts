/**
 * Quote finding: direct quotes and reported claims with their speakers. One text goes once through a
 * sequence of steps, each in its own file, each passing its result forward:
 *
 *   1. marks         marks.ts        quotation-mark spans (dropNeverClosed: stray marks out)
 *   2. words         words.ts        tokens with the quotation each lies in
 *   3. segments      segments.ts     sentences, joined where a quotation or its attribution crosses a boundary
 *   4. cues          cues.ts         reporting-verb candidates per segment ("said", "according to", "believes")
 *   5. attributions  attribution.ts  speaker phrase and content side of each cue (phrase grammar: speaker.ts)
 *   6. contents      claims.ts       the reported content of each attribution (+ colon.ts: "PENCE: …";
 *                                    signed.ts: a post or a pull quote with its signature)
 *   7. quotations    quotations.ts   claims as character spans, plus quotations no claim covers
 *   8. resolution    resolve.ts      speaker phrases to entities (pronouns.ts), continued quotations
 *   9. overlaps      overlaps.ts     no two quotes overlap
 *
 * `annotate` guards the call and reports what it catches, so a bug here is seen rather than silently
 * returning nothing.
 */
import type { Sentence, Token } from '../text';
import type { AnnotateOptions, AttributionScope, Entity, RecognizedQuote } from '../types';
import { shapeCues } from './attribution';
import { confidenceOf } from './confidence';
import { type RawClaim, claimsOf } from './claims';
import { colonClaim } from './colon';
import { isFurniture } from './furniture';
import { cuesInScope, findCues } from './cues';
import { type QuoteSpan, scanQuoteMarks } from './marks';
import { MIN_WORDS_LEFT, hasQuotationMark, wordCount, withoutOverlaps } from './overlaps';
import { postClaim, pullQuoteClaim } from './signed';
import { type Item, claimItem, standaloneItems } from './quotations';
import { type ResolvedQuote, resolve } from './resolve';
import { type Segment, buildSegments } from './segments';
import { type QuotedWords, quotedWords } from './words';

export function findQuotes(
  text: string,
  tokens: Token[],
  sentences: Sentence[],
  entities: Entity[],
  options: AnnotateOptions,
): RecognizedQuote[] {
  return findResolvedQuotes(text, tokens, sentences, entities, options).map(({ features, ...quote }) => ({
    ...quote,
    attribution: { rule: features.rule, confidence: confidenceOf(features, quote.kind) },
  }));
}

/**
 * `findQuotes` before the attribution is filled in: each quote with how its speaker was found (resolve.ts).
 * scripts/calibrate.mjs learns the confidence table from these, so the table never depends on itself.
 */
export function findResolvedQuotes(
  text: string,
  tokens: Token[],
  sentences: Sentence[],
  entities: Entity[],
  options: AnnotateOptions,
): ResolvedQuote[] {
  if (!text || tokens.length === 0) return [];
  const spans = dropNeverClosed(scanQuoteMarks(text));
  const w = quotedWords(tokens, spans);
  const segments = buildSegments(tokens, w.lower, sentences, w.quoteOf);
  const scope: AttributionScope = options?.attributions === 'all' ? 'all' : 'speech';
  const { items, covered, segOfQuote, pendingOf } = attributedItems(text, w, spans, segments, scope);
  items.push(...standaloneItems(w, spans, covered, segments, segOfQuote, pendingOf, scope));
  items.sort((a, b) => a.start - b.start || b.end - a.end);
  dropWeakNested(items);
  cutBeforeInnerQuotations(text, items);
  const known = Array.isArray(options?.knownPeople) ? options.knownPeople : [];
  return withoutOverlaps(text, resolve(text, tokens, spans, items, entities, known));
}

/**
 * A belief, plan or object cue inside what someone said is part of what they said: "Earnest said Obama has long
 * called for tax fairness" is Earnest's claim, not Obama's, and "Merrill said Machado hopes to …" Merrill's. Such an
 * inner claim is dropped when a speech claim's content holds its cue and content, before overlaps.ts gives nested
 * speech to the innermost speaker. `items` is sorted by start; changed in place. Linear: each item is compared
 * with the speech claims still open at its start, at most NESTED_REACH of them.
 */
function dropWeakNested(items: Item[]): void {
  const open: Item[] = [];
  let kept = 0;
  for (const item of items) {
    while (open.length > 0 && open[0].end <= item.start) open.shift();
    const from = item.cue && item.cue.start < item.start ? item.cue.start : item.start;
    const inside = item.weak && open.some((o) => o.start <= from && item.end <= o.end);
    if (inside) continue;
    items[kept++] = item;
    if (!item.weak && item.span < 0 && item.kind !== 'direct') {
      open.push(item);
      if (open.length > NESTED_REACH) open.shift();
      open.sort((a, b) => a.end - b.end);
    }
  }
  items.length = kept;
}

/** Speech claims at most that one claim is checked against for nesting (dropWeakNested). */
const NESTED_REACH = 8;

/**
 * "Phillips said he heard students shout, “Build that wall!” and “Go back …”": a quotation inside a claim that
 * quotations.ts gave to its own speaker ("students") is cut off the claim, which keeps what comes before it, the
 * inner attribution included ("he heard students shout" is what Phillips said). overlaps.ts would cut the claim
 * before the inner speaker's name, leaving too little ("he heard"); the claim keeps its words only when overlaps.ts
 * would (MIN_WORDS_LEFT). `items` is sorted by start; changed in place; each inner quotation looks back at most
 * NESTED_REACH items.
 */
function cutBeforeInnerQuotations(text: string, items: Item[]): void {
  for (let i = 0; i < items.length; i++) {
    const inner = items[i];
    if (!inner.inner) continue;
    for (let k = i - 1; k >= 0 && k >= i - NESTED_REACH; k--) {
      const claim = items[k];
      if (claim.inner || claim.span >= 0 || claim.start >= inner.start || claim.end < inner.end) continue;
      const kept = text.slice(claim.start, inner.start).replace(/[\s,;:—–-]+$/u, '');
      if (wordCount(kept) < MIN_WORDS_LEFT) break;
      claim.end = claim.start + kept.length;
      if (!hasQuotationMark(kept)) claim.kind = 'indirect';
      break;
    }
  }
}

/** Multi-paragraph quotations that never reach a closing mark are stray marks, not quotations. */
function dropNeverClosed(spans: QuoteSpan[]): QuoteSpan[] {
  const keep = new Uint8Array(spans.length).fill(1);
  let chainStart = 0;
  for (let k = 0; k < spans.length; k++) {
    if (!spans[k].continues) chainStart = k;
    const next = spans[k + 1];
    if (!spans[k].closed && !(next && next.continues)) for (let i = chainStart; i <= k; i++) keep[i] = 0;
  }
  return spans.filter((_, k) => keep[k]);
}

interface Attributed {
  items: Item[];
  /** Quotations some claim covers. */
  covered: Uint8Array;
  /** The segment holding each quotation. */
  segOfQuote: Int32Array;
  /** "He said:" closing a segment: the speaker of the quotation that opens the next one (by segment index). */
  pendingOf: Map<number, RawClaim>;
}

/** Steps 4-7 for the attributed claims, segment by segment. */
function attributedItems(
  text: string,
  w: QuotedWords,
  spans: QuoteSpan[],
  segments: Segment[],
  scope: AttributionScope,
): Attributed {
  const covered = new Uint8Array(spans.length);
  const segOfQuote = new Int32Array(spans.length).fill(-1);
  const pendingOf = new Map<number, RawClaim>();
  const items: Item[] = [];
  let group = 0;
  let paraLast = 0;
  let furniture = false;
  segments.forEach((seg, si) => {
    const opens = si === 0 || segments[si - 1].para !== seg.para;
    if (opens) {
      paraLast = paragraphEnd(segments, si);
      furniture = isFurniture(w, seg.first, paraLast);
    }
    if (furniture) {
      // Links and captions report nothing: no claims, and their quotations stand for none.
      for (let i = seg.first; i < seg.last; i++) if (w.quoteOf[i] >= 0) covered[w.quoteOf[i]] = 1;
      for (let i = seg.first; i < seg.last; i++)
        if (w.quoteOf[i] >= 0 && segOfQuote[w.quoteOf[i]] < 0) segOfQuote[w.quoteOf[i]] = si;
      group++;
      return;
    }
    const claims = claimsOf(w, seg, shapeCues(w, seg, cuesInScope(findCues(w, seg), scope), scope), group, scope);
    if (opens) {
      const colon = colonClaim(w, seg, paraLast, group + claims.length);
      if (colon) claims.unshift(colon);
      // A post embedded with its signature ("… — Ana Ruiz (@anaruiz) May 2, 2019") or a pull quote ("… backup.
      // Rod Peters, Lake Cowichan mayor"): the whole paragraph.
      const post = colon
        ? null
        : (postClaim(w, text, seg.first, paraLast, group + claims.length) ??
          pullQuoteClaim(w, seg.first, paraLast, group + claims.length));
      if (post) claims.unshift(post);
    }
    group += claims.length + 1;
    for (const c of claims) {
      if (c.first >= c.last) pendingOf.set(si + 1, c);
      else items.push(claimItem(w, spans, covered, seg, c));
    }
    for (let i = seg.first; i < seg.last; i++)
      if (w.quoteOf[i] >= 0 && segOfQuote[w.quoteOf[i]] < 0) segOfQuote[w.quoteOf[i]] = si;
  });
  return { items, covered, segOfQuote, pendingOf };
}

/** The token after the last one of the paragraph that segment `si` opens. */
function paragraphEnd(segments: Segment[], si: number): number {
  let k = si;
  while (k + 1 < segments.length && segments[k + 1].para === segments[si].para) k++;
  return segments[k].last;
}
