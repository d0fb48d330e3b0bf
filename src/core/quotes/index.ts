import type { Sentence, Token } from '../text';
import type { AnnotateOptions, Entity, Quote, QuoteKind, Span } from '../types';
import { type RawClaim, claimsInSegment } from './claims';
import { colonClaim } from './colon';
import { type QuoteSpan, scanQuoteMarks } from './marks';
import { withoutOverlaps } from './overlaps';
import { SpeakerResolver } from './pronouns';
import { type Segment, buildSegments, quoteOfTokens } from './segments';
import { isWord } from './lexicon';
import { type SpeakerPhrase, type Words, speakerAfter } from './speaker';

/** A quotation standing alone (no cue in its segment) is kept when it opens its segment or has this many words. */
const MIN_STANDALONE_WORDS = 8;

interface Item {
  start: number;
  end: number;
  kind: QuoteKind;
  para: number;
  phrase: SpeakerPhrase | null;
  cue: Span | null;
  /** Index of the quote span for standalone quotes. */
  span: number;
  /** Standalone quote that may continue the previous speaker. */
  mayContinue: boolean;
}

/**
 * Direct quotes and reported claims with their speakers. `annotate` guards the call and reports what
 * it catches (onAnnotateProblem), so a bug here is seen rather than silently returning nothing.
 */
export function findQuotes(text: string, tokens: Token[], sentences: Sentence[], entities: Entity[], _options: AnnotateOptions): Quote[] {
  return find(text, tokens, sentences, entities);
}

function find(text: string, tokens: Token[], sentences: Sentence[], entities: Entity[]): Quote[] {
  if (!text || tokens.length === 0) return [];
  // Multi-paragraph quotations that never reach a closing mark are stray marks, not quotations.
  const spans = dropNeverClosed(scanQuoteMarks(text));
  const lower = tokens.map((t) => t.text.toLowerCase());
  const quoteOf = quoteOfTokens(tokens, spans);
  const w: Words = { tokens, lower, quoteOf };
  // Token range of each quote span, and a prefix count of quoted tokens.
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
  const segments = buildSegments(tokens, lower, sentences, quoteOf);
  const segOfQuote = new Int32Array(spans.length).fill(-1);
  const covered = new Uint8Array(spans.length);
  const items: Item[] = [];
  let group = 0;
  // "He said:" closing a segment: the speaker of the quotation that opens the next one.
  const pendingOf = new Map<number, RawClaim>();
  let paraLast = 0;
  segments.forEach((seg, si) => {
    const claims = claimsInSegment(w, seg, group);
    if (si === 0 || segments[si - 1].para !== seg.para) {
      let k = si;
      while (k + 1 < segments.length && segments[k + 1].para === seg.para) k++;
      paraLast = segments[k].last;
      const colon = colonClaim(w, seg, paraLast, group + claims.length);
      if (colon) claims.unshift(colon);
    }
    group += claims.length + 1;
    for (const c of claims) {
      if (c.first >= c.last) pendingOf.set(si + 1, c);
      else items.push(claimItem(w, spans, qFirst, qLast, quotedBefore, covered, seg, c));
    }
    for (let i = seg.first; i < seg.last; i++) if (quoteOf[i] >= 0 && segOfQuote[quoteOf[i]] < 0) segOfQuote[quoteOf[i]] = si;
  });
  // Quotations with no attribution of their own.
  spans.forEach((s, q) => {
    if (covered[q] || qFirst[q] < 0) return;
    const seg: Segment | undefined = segments[segOfQuote[q]];
    if (!seg) return;
    const opensSegment = qFirst[q] === seg.first || (qFirst[q] === seg.first + 1 && /^(?:and|but|so)$/.test(lower[seg.first]));
    let words = 0;
    for (let i = qFirst[q]; i < qLast[q] && words < MIN_STANDALONE_WORDS; i++) if (isWord(tokens[i].text)) words++;
    if (!s.continues && !opensSegment && words < MIN_STANDALONE_WORDS) return;
    if (words === 0) return;
    let phrase: SpeakerPhrase | null = null;
    let cue: Span | null = null;
    const pending = opensSegment ? pendingOf.get(segOfQuote[q]) : undefined;
    if (pending) {
      phrase = pending.speaker;
      cue = { start: tokens[pending.cueFirst].start, end: tokens[pending.cueLast - 1].end, text: '' };
    } else if (transcriptSpeaker(w, qFirst[q] + 1, qLast[q])) {
      // "WALLACE: Do you really …" — a transcript line inside quotation marks.
      phrase = transcriptSpeaker(w, qFirst[q] + 1, qLast[q]);
    } else {
      // “…” ― Name (a signature after a dash).
      const d = qLast[q];
      if (d < tokens.length && DASHES.has(tokens[d].text) && !tokens[d].paraStart) phrase = speakerAfter(w, Math.min(tokens.length, d + 8), d + 1);
      if (phrase && phrase.kind !== 'name') phrase = null;
    }
    items.push({ start: s.start, end: s.end, kind: 'direct', para: seg.para, phrase, cue, span: q, mayContinue: !phrase && (s.continues || opensSegment) });
  });
  items.sort((a, b) => a.start - b.start || b.end - a.end);
  return withoutOverlaps(text, resolve(text, tokens, spans, items, entities));
}

/** "PENCE:" at `j`: one to three upper-case words and a colon. */
function transcriptSpeaker(w: Words, j: number, hi: number): SpeakerPhrase | null {
  let k = j;
  while (k < hi && k < j + 3 && /^\p{Lu}{2,}$/u.test(w.tokens[k].text)) k++;
  if (k === j || k >= hi || w.lower[k] !== ':') return null;
  return { first: j, last: k, kind: 'name', attrFirst: j };
}

/** Indefinite noun phrases: sources that are not named. */
const UNNAMED = /^(?:a|an|one|some|several|many|two|three|four|few|other|another|most|all|senior)\b/i;

const DASHES = new Set(['―', '—', '–', '-', '--']);

/** Drops chains of unclosed pieces (a piece and the pieces continuing it) that never reach a closing mark. */
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

function claimItem(
  w: Words, spans: QuoteSpan[], qFirst: Int32Array, qLast: Int32Array, quotedBefore: Int32Array, covered: Uint8Array,
  seg: Segment, c: RawClaim,
): Item {
  const { tokens, quoteOf } = w;
  let start = tokens[c.first].start;
  let end = tokens[c.last - 1].end;
  let kind: QuoteKind = 'indirect';
  const qa = quoteOf[c.first];
  if (qa >= 0 && qa === quoteOf[c.last - 1] && qFirst[qa] === c.first && qLast[qa] === c.last) {
    kind = 'direct';
    start = spans[qa].start;
    end = spans[qa].end;
    covered[qa] = 1;
  } else if (quotedBefore[c.last] - quotedBefore[c.first] > 0) {
    kind = 'mixed';
    for (let i = c.first; i < c.last; i++) {
      const q = quoteOf[i];
      if (q >= 0) { covered[q] = 1; i = Math.max(i, qLast[q] - 1); }
    }
    // A quote cut by the content's edge is taken whole.
    if (qa >= 0) start = Math.min(start, spans[qa].start);
    const qb = quoteOf[c.last - 1];
    if (qb >= 0) end = Math.max(end, spans[qb].end);
  }
  const cue = { start: tokens[c.cueFirst].start, end: tokens[c.cueLast - 1].end, text: '' };
  return { start, end, kind, para: seg.para, phrase: c.speaker, cue, span: -1, mayContinue: false };
}

function resolve(text: string, tokens: Token[], spans: QuoteSpan[], items: Item[], entities: Entity[]): Quote[] {
  const resolver = new SpeakerResolver(text, entities);
  const out: Quote[] = [];
  let last: { mention: Span; speaker: string | null; entity: Entity | null; para: number } | null = null;
  let prevEntity: Entity | null = null;
  let prevPos = -1;
  let lastChainSpeaker: { mention: Span; entity: Entity | null } | null = null;
  let prevEnd = -1;
  let prevStart = -1;
  const byId = new Map(entities.map((e) => [e.id, e]));
  for (const it of items) {
    if (it.start === prevStart && it.end === prevEnd) continue;
    prevStart = it.start;
    prevEnd = it.end;
    let mention: Span | null = null;
    let entity: Entity | null = null;
    if (it.phrase) {
      const p = it.phrase;
      const ms = tokens[p.first].start;
      const me = tokens[p.last - 1].end;
      mention = { start: ms, end: me, text: text.slice(ms, me) };
      if (p.kind === 'pronoun') entity = resolver.pronoun(mention.text, ms, prevEntity, prevPos);
      else if (p.kind === 'relative') {
        const a = p.antecedent;
        if (a) entity = resolver.overlapping(tokens[a.first].start, tokens[a.last - 1].end);
      } else {
        entity = resolver.overlapping(ms, me, p.kind === 'noun');
        // An unnamed source ("a source", "officials", "a senior aide") stays without a speaker.
        if (!entity && p.kind === 'noun' && !UNNAMED.test(mention.text)) entity = resolver.byRolePhrase(mention.text);
      }
      if (entity && entity.type === 'MISC') entity = null;
    } else if (it.mayContinue) {
      const s = it.span >= 0 ? spans[it.span] : null;
      if (s && s.continues && lastChainSpeaker) {
        mention = lastChainSpeaker.mention;
        entity = lastChainSpeaker.entity;
      } else if (last && it.para - last.para <= 1) {
        mention = last.mention;
        entity = last.entity;
      }
    }
    const quote: Quote = {
      start: it.start,
      end: it.end,
      text: text.slice(it.start, it.end),
      kind: it.kind,
      speaker: entity ? entity.id : null,
      speakerMention: mention ? { ...mention } : null,
      cue: it.cue ? { start: it.cue.start, end: it.cue.end, text: text.slice(it.cue.start, it.cue.end) } : null,
    };
    out.push(quote);
    if (mention) {
      last = { mention, speaker: quote.speaker, entity, para: it.para };
      if (it.kind !== 'indirect') lastChainSpeaker = { mention, entity };
    }
    if (entity && byId.has(entity.id)) {
      prevEntity = entity;
      prevPos = mention ? mention.start : it.start;
    }
  }
  return out;
}
