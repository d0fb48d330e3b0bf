/**
 * Very long texts (dumps, concatenations, books) are annotated in segments so that memory stays bounded by
 * the segment, not the text. What the user gets must not depend on where the cuts fall:
 *
 * - Cuts never fall inside a quotation: the quotation marks of the whole text are scanned first (one linear
 *   pass, `scanQuoteMarks`), a quotation continued over several paragraphs (“…¶“…¶“…”) counts as one, and a
 *   cut is taken at a paragraph break, else a line break, a sentence end or a space that no quotation spans.
 *   A quotation longer than a segment makes its segment longer (up to MAX_STRETCH); only one longer still is
 *   cut inside (and may then be lost: a limit, not seen in news).
 * - Each segment is annotated with context on both sides (a few paragraphs before, for the speaker of a
 *   continued quote or of "he said"; a little after, for a speaker named after the quote), the context's
 *   edges also outside quotations, and keeps only the quotes that start in it and the mentions that lie in
 *   it. An entity that only the context names is kept when a kept quote is its: the merge joins it with the
 *   same entity from the segment that owns those mentions (same name, same mention span, or a surname that
 *   only one person named before has).
 */
import type { AnnotateOptions, Annotation, Entity, Quote, Span } from './types';
import { noSpeakerConfidence } from './quotes/confidence';
import { scanQuoteMarks } from './quotes/marks';

export interface SegmentLimits {
  /** Most UTF-16 code units a segment keeps. */
  segmentLength: number;
  /** Context annotated before a segment, at least (at most twice that); a quarter of it after. */
  context: number;
}

/**
 * Segment length: small enough that one segment's working data dies young in V8's garbage collector
 * (measured on 5 MB of news, peak RSS 172 MB with 16K segments against 256 MB with 256K ones, 2026-11-29).
 * Context: 4K before covers the few paragraphs a news quote's speaker is named in (a continued quotation, a
 * run of "he said"); the cost is at most (2 × 4K + 2 × 1K) / 16K = 62% more work on long texts only.
 */
export const DEFAULT_LIMITS: SegmentLimits = { segmentLength: 16 * 1024, context: 4 * 1024 };

/** Boundaries to cut at, best first: a blank line, a line break (LF or lone CR), a sentence end, a space. */
const BOUNDARIES = [/(?:\r?\n|\r)[ \t]*(?:\r?\n|\r)/g, /\r?\n|\r/g, /[.!?]["”’')\]]*\s/g, /\s/g];

/** A quotation longer than a segment stretches its segment up to this length; a longer one is cut inside. */
export const MAX_STRETCH = 256 * 1024;

/** Where quotations lie (a quotation continued over paragraphs as one), to ask whether an offset is inside one. */
class QuoteMap {
  private starts: number[] = [];
  private ends: number[] = [];
  /** maxEnd[i]: the furthest end of the quotations 0..i, in order of start. */
  private maxEnd: number[] = [];

  constructor(text: string) {
    const spans = scanQuoteMarks(text).sort((a, b) => a.start - b.start);
    let max = 0;
    for (let k = 0; k < spans.length; k++) {
      const start = spans[k].start;
      // A piece left open at a paragraph's end and the pieces continuing it are one quotation.
      while (k + 1 < spans.length && !spans[k].closed && spans[k + 1].continues) k++;
      const end = spans[k].end;
      max = Math.max(max, end);
      this.starts.push(start);
      this.ends.push(end);
      this.maxEnd.push(max);
    }
  }

  /** Index of the last quotation starting before `offset`, or -1. */
  private before(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] < offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  /** True when a cut at `offset` would fall between a quotation's opening and its end. */
  inside(offset: number): boolean {
    const k = this.before(offset);
    return k >= 0 && this.maxEnd[k] > offset;
  }

  /** The quotation a cut at `offset` falls inside, as [start, end], or null. */
  around(offset: number): [number, number] | null {
    for (let k = this.before(offset); k >= 0; k--) {
      if (this.ends[k] > offset) return [this.starts[k], this.ends[k]];
      if (this.maxEnd[k] <= offset) return null;
    }
    return null;
  }
}

/** The best place to cut in `lo..hi` (the last of the best kind of boundary there, outside quotations), or -1. */
function boundaryIn(text: string, quotes: QuoteMap, lo: number, hi: number): number {
  if (hi <= lo) return -1;
  const window = text.slice(lo, hi);
  // The best kind of boundary found at all, for a window that a quotation spans from end to end.
  let fallback = -1;
  for (const re of BOUNDARIES) {
    re.lastIndex = 0;
    let safe = -1;
    let any = -1;
    let m: RegExpExecArray | null;
    while ((m = re.exec(window)) !== null) {
      const at = lo + m.index + m[0].length;
      any = at;
      if (!quotes.inside(at)) safe = at;
    }
    if (safe > lo) return safe;
    if (fallback < 0 && any > lo) fallback = any;
  }
  return fallback;
}

/** A cut in `lo..hi` that is never inside a surrogate pair: a boundary, else `hi` (or one before it). */
function cutIn(text: string, quotes: QuoteMap, lo: number, hi: number): number {
  const at = boundaryIn(text, quotes, lo, hi);
  if (at > lo) return at;
  const c = text.charCodeAt(hi - 1);
  return c >= 0xd800 && c <= 0xdbff && hi - 1 > lo ? hi - 1 : hi;
}

/**
 * Where to cut a long text so that no piece is longer than `length`: offsets 0 = c0 < c1 < … < cn =
 * text.length, each cut in the second half of its window, outside quotations where possible.
 */
export function segmentCuts(
  text: string,
  length: number = DEFAULT_LIMITS.segmentLength,
  quotes = new QuoteMap(text),
): number[] {
  const cuts = [0];
  let from = 0;
  while (from < text.length) {
    from =
      text.length - from <= length
        ? text.length
        : stretch(text, quotes, from, cutIn(text, quotes, from + Math.floor(length / 2), from + length));
    cuts.push(from);
  }
  return cuts;
}

/**
 * A cut that fell inside a quotation (one longer than the window) moves past it, to the next boundary
 * outside quotations, unless the segment would grow beyond MAX_STRETCH.
 */
function stretch(text: string, quotes: QuoteMap, from: number, cut: number): number {
  const q = quotes.around(cut);
  if (!q || q[1] - from > MAX_STRETCH) return cut;
  const next = boundaryIn(text, quotes, q[1], Math.min(text.length, q[1] + 1024));
  return next > q[1] && !quotes.inside(next) ? next : q[1];
}

/**
 * A window edge moved out of any quotation: to the quotation's start when that keeps `keep` (the segment's
 * own range) inside the window, else to its end.
 */
function windowEdge(quotes: QuoteMap, at: number, isStart: boolean, keepFrom: number, keepTo: number): number {
  const q = quotes.around(at);
  if (!q) return at;
  if (isStart) return q[1] <= keepFrom ? q[1] : q[0];
  return q[0] >= keepTo ? q[0] : q[1];
}

/** Annotates `text` segment by segment (each with its context) and merges the results into one annotation. */
export function annotateInSegments(
  text: string,
  annotateOne: (text: string, options: AnnotateOptions) => Annotation,
  options: AnnotateOptions,
  limits: SegmentLimits = DEFAULT_LIMITS,
): Annotation {
  const quotes = new QuoteMap(text);
  const cuts = segmentCuts(text, limits.segmentLength, quotes);
  const before = limits.context;
  const after = Math.ceil(limits.context / 4);
  // Merged as each segment is done: a segment's own annotation dies young (never promoted in the garbage
  // collector to be copied at the end), only its shifted copy lives on.
  const merger = new SegmentMerger();
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i], cuts[i + 1]];
    const windowStart =
      from <= before
        ? 0
        : windowEdge(quotes, cutIn(text, quotes, Math.max(0, from - 2 * before), from - before), true, from, to);
    const windowEnd =
      to + after >= text.length
        ? text.length
        : windowEdge(quotes, cutIn(text, quotes, to + after, Math.min(text.length, to + 2 * after)), false, from, to);
    const annotation = annotateOne(text.slice(windowStart, windowEnd), options);
    merger.add(windowStart, keepOwn(annotation, from - windowStart, to - windowStart));
  }
  return merger.finish();
}

/**
 * What one segment contributes of its window's annotation: the quotes that start in `from..to` and the
 * mentions that lie in it; an entity named only in the context stays (with its context mentions, which the
 * merge joins with their owner's) when a kept quote is its.
 */
function keepOwn(annotation: Annotation, from: number, to: number): Annotation {
  const quotes = annotation.quotes.filter((q) => q.start >= from && q.start < to);
  const speakers = new Set(quotes.map((q) => q.speaker));
  const entities: Entity[] = [];
  for (const e of annotation.entities) {
    const own = e.mentions.filter((m) => m.start >= from && m.start < to);
    if (own.length > 0) entities.push(own.length === e.mentions.length ? e : { ...e, mentions: own });
    else if (speakers.has(e.id)) entities.push(e);
  }
  return { entities, quotes };
}

/**
 * Joins the annotations of consecutive segments (each with its offset in the whole text): spans are
 * shifted, entities of one type sharing a name or alias become one, and so do entities sharing a mention
 * (a span seen by two overlapping windows); ids are renumbered e1, e2, … in order of first mention and
 * quotes' speakers follow.
 */
export function mergeSegments(parts: { offset: number; annotation: Annotation }[]): Annotation {
  const merger = new SegmentMerger();
  for (const { offset, annotation } of parts) merger.add(offset, annotation);
  return merger.finish();
}

/** `mergeSegments` one segment at a time, in text order. */
class SegmentMerger {
  private readonly entities = new EntityMerger();
  private readonly quotes: Quote[] = [];

  add(offset: number, annotation: Annotation): void {
    const idMap = this.entities.add(annotation.entities, offset);
    for (const q of annotation.quotes) this.quotes.push(shiftQuote(q, offset, idMap));
  }

  finish(): Annotation {
    const { entities, renumber } = this.entities.finish();
    const quotes = this.quotes;
    for (const q of quotes) if (q.speaker !== null) q.speaker = renumber.get(q.speaker) ?? null;
    quotes.sort((a, b) => a.start - b.start);
    return { entities, quotes };
  }
}

function shiftSpan<T extends Span>(span: T, by: number): T {
  return { ...span, start: span.start + by, end: span.end + by };
}

/**
 * `q` in whole-text offsets with its merged speaker id; its other fields (the attribution among them) kept, except
 * that a speaker lost in the merge (never: every kept quote's speaker is kept) leaves the attribution "none".
 */
function shiftQuote(q: Quote, by: number, idMap: Map<string, string>): Quote {
  const speaker = q.speaker === null ? null : (idMap.get(q.speaker) ?? null);
  const shifted: Quote = {
    ...shiftSpan(q, by),
    speaker,
    speakerMention: q.speakerMention ? shiftSpan(q.speakerMention, by) : null,
    cue: q.cue ? shiftSpan(q.cue, by) : null,
  };
  if (speaker === null && q.speaker !== null && q.attribution && q.attribution.rule !== 'corrected')
    shifted.attribution = { rule: 'none', confidence: noSpeakerConfidence() };
  return shifted;
}

const spanKey = (start: number, end: number) => `${start}:${end}`;

/**
 * Joins entities found in different segments when they share a type and a name or alias, or a mention.
 * Entities of one segment are never joined with each other by name: that is the recognizer's call.
 */
class EntityMerger {
  private entities: Entity[] = [];
  private byName = new Map<string, Entity>();
  /** Who owns each mention span (absolute offsets): one span, one entity. */
  private bySpan = new Map<string, Entity>();
  /** People named in full by their surname (lower case); null when two people share it. */
  private bySurname = new Map<string, Entity | null>();
  private count = 0;

  /** Adds one segment's entities (offsets shifted by `offset`); returns segment id -> merged id. */
  add(entities: Entity[], offset: number): Map<string, string> {
    const idMap = new Map<string, string>();
    const seen = new Map<string, Entity>();
    for (const e of entities) {
      const keys = [e.name, ...(Array.isArray(e.aliases) ? e.aliases : [])].map((n) => `${e.type}\u0000${n}`);
      let target: Entity | undefined;
      for (const k of keys) {
        target = this.byName.get(k);
        if (target) break;
      }
      if (!target) {
        for (const m of e.mentions) {
          target = this.bySpan.get(spanKey(m.start + offset, m.end + offset));
          if (target) break;
        }
      }
      // A surname alone ("Fraser") for the one person named in full before ("Jeff Fraser").
      if (!target && e.type === 'PERSON' && !/\s/.test(e.name))
        target = this.bySurname.get(e.name.toLowerCase()) ?? undefined;
      if (!target) {
        target = {
          ...e,
          id: `m${++this.count}`,
          aliases: [...(e.aliases ?? [])],
          mentions: [],
          ...(e.roleMention ? { roleMention: shiftSpan(e.roleMention, offset) } : {}),
        };
        this.entities.push(target);
      } else {
        for (const n of [e.name, ...(e.aliases ?? [])])
          if (n !== target.name && !target.aliases.includes(n)) target.aliases.push(n);
        if (target.role == null && e.role != null) {
          target.role = e.role;
          if (e.roleMention !== undefined) target.roleMention = e.roleMention ? shiftSpan(e.roleMention, offset) : null;
        }
        if (target.gender == null && e.gender != null) {
          target.gender = e.gender;
          target.genderEvidence = e.genderEvidence ?? null;
        }
      }
      for (const m of e.mentions) {
        const key = spanKey(m.start + offset, m.end + offset);
        if (this.bySpan.has(key)) continue;
        this.bySpan.set(key, target);
        target.mentions.push(shiftSpan(m, offset));
      }
      for (const k of keys) if (!seen.has(k)) seen.set(k, target);
      idMap.set(e.id, target.id);
    }
    // Names of this segment become visible to the next ones only.
    for (const [k, target] of seen) if (!this.byName.has(k)) this.byName.set(k, target);
    for (const target of new Set(seen.values())) {
      const words = target.type === 'PERSON' ? target.name.split(/\s+/) : [];
      if (words.length < 2) continue;
      const surname = words[words.length - 1].toLowerCase();
      const known = this.bySurname.get(surname);
      if (known === undefined) this.bySurname.set(surname, target);
      else if (known !== target) this.bySurname.set(surname, null);
    }
    return idMap;
  }

  /** The merged entities numbered e1, e2, … in order of first mention, and merged id -> final id. */
  finish(): { entities: Entity[]; renumber: Map<string, string> } {
    const first = (e: Entity) => e.mentions.reduce((min, m) => Math.min(min, m.start), Infinity);
    const sorted = this.entities.map((e) => ({ e, at: first(e) })).sort((a, b) => a.at - b.at);
    const renumber = new Map<string, string>();
    const entities = sorted.map(({ e }, i) => {
      const id = `e${i + 1}`;
      renumber.set(e.id, id);
      e.mentions.sort((a, b) => a.start - b.start);
      return { ...e, id };
    });
    return { entities, renumber };
  }
}
