import { findEntities } from './entities';
import { findQuotes } from './quotes';
import { splitSentences, tokenize, type Sentence, type Token } from './text';
import type { AnnotateOptions, Annotation, Entity, Quote, Span } from './types';

/**
 * Texts up to this many UTF-16 code units are annotated whole; real articles are far shorter. Longer
 * texts (dumps, concatenations, books) are annotated in segments of at most SEGMENT_LENGTH, cut at
 * paragraph boundaries (else line breaks, sentence ends, spaces), so that memory stays bounded by the
 * segment, not the text.
 */
export const WHOLE_TEXT_LIMIT = 256 * 1024;

/**
 * Small enough that one segment's working data dies young in V8's garbage collector: measured on 5 MB of
 * news, peak RSS 172 MB with 16K segments against 256 MB with 256K ones (2026-11-29 recognizer).
 */
export const SEGMENT_LENGTH = 16 * 1024;

/** What went wrong inside `annotate` without making it throw: a stage that threw, or output it had to repair. */
export interface AnnotateProblem {
  stage: 'text' | 'entities' | 'quotes' | 'validate' | 'annotate';
  message: string;
  error?: unknown;
}

let problemHandler: ((problem: AnnotateProblem) => void) | null = null;

/**
 * Sets who hears about problems `annotate` recovered from (null: nobody). A stage that throws yields
 * no entities or no quotes for that text; a span with bad offsets is dropped; a dangling speaker id is
 * cleared. Tests use this to see that nothing was swallowed.
 */
export function onAnnotateProblem(handler: ((problem: AnnotateProblem) => void) | null): void {
  problemHandler = handler;
}

function report(problem: AnnotateProblem): void {
  if (!problemHandler) return;
  try {
    problemHandler(problem);
  } catch {
    // A failing listener must not break annotation.
  }
}

/** Turns a document's text into its entities and quotes. Never throws; offsets are always valid. */
export function annotate(text: string, options: AnnotateOptions = {}): Annotation {
  const doc = typeof text === 'string' ? text : text == null ? '' : String(text);
  const opts: AnnotateOptions = options && typeof options === 'object' ? options : {};
  let result: Annotation;
  try {
    result = doc.length <= WHOLE_TEXT_LIMIT ? annotateOne(doc, opts) : annotateInSegments(doc, opts);
  } catch (error) {
    // Last resort (out of memory in a merge, say): an empty annotation rather than an exception.
    report({ stage: 'annotate', message: `annotate failed: ${describe(error)}`, error });
    result = { entities: [], quotes: [] };
  }
  if (opts.id !== undefined) return { id: opts.id, ...result };
  return result;
}

/** One pass of the pipeline over one text, each stage guarded, its output checked. */
function annotateOne(text: string, options: AnnotateOptions): Annotation {
  let tokens: Token[];
  let sentences: Sentence[];
  try {
    tokens = tokenize(text);
    sentences = splitSentences(tokens);
  } catch (error) {
    report({ stage: 'text', message: `tokenize/splitSentences threw: ${describe(error)}`, error });
    return { entities: [], quotes: [] };
  }
  let entities: Entity[] = [];
  try {
    entities = findEntities(text, tokens, sentences, options);
  } catch (error) {
    report({ stage: 'entities', message: `findEntities threw: ${describe(error)}`, error });
  }
  entities = checkEntities(text, Array.isArray(entities) ? entities : []);
  let quotes: Quote[] = [];
  try {
    quotes = findQuotes(text, tokens, sentences, entities, options);
  } catch (error) {
    report({ stage: 'quotes', message: `findQuotes threw: ${describe(error)}`, error });
  }
  quotes = checkQuotes(text, Array.isArray(quotes) ? quotes : [], new Set(entities.map((e) => e.id)));
  return { entities, quotes };
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.stack || error.message;
  return String(error);
}

/** A span lying inside `text` with whole-number offsets; its `text` is made to match the document. */
function checkSpan(text: string, span: Span | null | undefined, what: string): Span | null {
  if (!span || typeof span !== 'object') return null;
  const { start, end } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
    report({ stage: 'validate', message: `dropped ${what} with bad offsets ${start}..${end}` });
    return null;
  }
  const actual = text.slice(start, end);
  if (span.text !== actual) {
    report({ stage: 'validate', message: `${what} ${start}..${end}: text ${JSON.stringify(span.text)} is not the document's ${JSON.stringify(actual)}` });
    return { ...span, text: actual };
  }
  return span;
}

function checkEntities(text: string, entities: Entity[]): Entity[] {
  const out: Entity[] = [];
  for (const entity of entities) {
    if (!entity || typeof entity !== 'object' || typeof entity.id !== 'string') {
      report({ stage: 'validate', message: 'dropped an entity without an id' });
      continue;
    }
    const mentions: Span[] = [];
    for (const mention of Array.isArray(entity.mentions) ? entity.mentions : []) {
      const checked = checkSpan(text, mention, `mention of ${entity.id}`);
      if (checked) mentions.push(checked);
    }
    if (mentions.length === 0) {
      report({ stage: 'validate', message: `dropped entity ${entity.id} with no valid mention` });
      continue;
    }
    const sameMentions = mentions.length === entity.mentions.length && mentions.every((m, i) => m === entity.mentions[i]);
    out.push(sameMentions ? entity : { ...entity, mentions });
  }
  return out;
}

function checkQuotes(text: string, quotes: Quote[], ids: Set<string>): Quote[] {
  const out: Quote[] = [];
  for (const quote of quotes) {
    if (!quote || typeof quote !== 'object') {
      report({ stage: 'validate', message: `dropped a quote that is ${String(quote)}` });
      continue;
    }
    const span = checkSpan(text, quote, 'quote');
    if (!span) continue;
    let q: Quote = span as Quote;
    const speakerMention = checkSpan(text, q.speakerMention, 'speaker mention');
    const cue = checkSpan(text, q.cue, 'cue');
    let speaker = q.speaker ?? null;
    if (speaker !== null && !ids.has(speaker)) {
      report({ stage: 'validate', message: `quote ${q.start}..${q.end}: speaker ${speaker} is no entity` });
      speaker = null;
    }
    if (speakerMention !== (q.speakerMention ?? null) || cue !== (q.cue ?? null) || speaker !== q.speaker) {
      q = { ...q, speaker, speakerMention, cue };
    }
    out.push(q);
  }
  return out;
}

// ---- Very large texts ----------------------------------------------------------------------------

/** Where to cut `text` in the second half of `from..limit`: after a blank line, else a line break, a sentence end, a space. */
function cutPoint(text: string, from: number, limit: number): number {
  const floor = from + Math.floor((limit - from) / 2);
  for (const re of [/\n[ \t\r]*\n/g, /\n/g, /[.!?]["”’')\]]*\s/g, /\s/g]) {
    const cut = lastMatchEnd(text, re, floor, limit);
    if (cut > from) return cut;
  }
  // No whitespace at all: cut anywhere but inside a surrogate pair.
  let cut = limit;
  const c = text.charCodeAt(cut - 1);
  if (c >= 0xd800 && c <= 0xdbff) cut--;
  return cut > from ? cut : limit;
}

/** End of the last match of `re` lying in `floor..limit`, or -1. */
function lastMatchEnd(text: string, re: RegExp, floor: number, limit: number): number {
  const window = text.slice(floor, limit);
  re.lastIndex = 0;
  let last = -1;
  let m: RegExpExecArray | null;
  while ((m = re.exec(window)) !== null) {
    last = floor + m.index + m[0].length;
    if (m[0].length === 0) re.lastIndex++;
  }
  return last;
}

/**
 * Where to cut a long text so that no piece is longer than `length`: offsets 0 = c0 < c1 < … < cn =
 * text.length. Each cut lies in the second half of its window, at a blank line if there is one, else at
 * a line break, a sentence end, a space, and only failing all of these between two code units (never
 * inside a surrogate pair).
 */
export function segmentCuts(text: string, length: number = SEGMENT_LENGTH): number[] {
  const cuts = [0];
  let from = 0;
  while (from < text.length) {
    from = text.length - from <= length ? text.length : cutPoint(text, from, from + length);
    cuts.push(from);
  }
  return cuts;
}

/** Annotates `text` segment by segment and merges the results into one annotation of the whole. */
function annotateInSegments(text: string, options: AnnotateOptions): Annotation {
  const cuts = segmentCuts(text);
  const parts: { offset: number; annotation: Annotation }[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    parts.push({ offset: cuts[i], annotation: annotateOne(text.slice(cuts[i], cuts[i + 1]), options) });
  }
  return mergeSegments(parts);
}

/**
 * Joins the annotations of consecutive segments (each with its offset in the whole text): spans are
 * shifted, entities of one type sharing a name or alias become one, ids are renumbered e1, e2, … in
 * order of first mention and quotes' speakers follow.
 */
export function mergeSegments(parts: { offset: number; annotation: Annotation }[]): Annotation {
  const merged = new EntityMerger();
  const quotes: Quote[] = [];
  for (const { offset, annotation } of parts) {
    const idMap = merged.add(annotation.entities, offset);
    for (const q of annotation.quotes) quotes.push(shiftQuote(q, offset, idMap));
  }
  const { entities, renumber } = merged.finish();
  for (const q of quotes) if (q.speaker !== null) q.speaker = renumber.get(q.speaker) ?? null;
  return { entities, quotes };
}

function shiftSpan<T extends Span>(span: T, by: number): T {
  return { ...span, start: span.start + by, end: span.end + by };
}

function shiftQuote(q: Quote, by: number, idMap: Map<string, string>): Quote {
  return {
    ...shiftSpan(q, by),
    speaker: q.speaker === null ? null : idMap.get(q.speaker) ?? null,
    speakerMention: q.speakerMention ? shiftSpan(q.speakerMention, by) : null,
    cue: q.cue ? shiftSpan(q.cue, by) : null,
  };
}

/**
 * Joins entities found in different segments when they share a type and a name or alias. Entities of
 * one segment are never joined with each other: that is the recognizer's call.
 */
class EntityMerger {
  private entities: Entity[] = [];
  private byName = new Map<string, Entity>();
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
        target = { ...e, id: `m${++this.count}`, aliases: [...(e.aliases ?? [])], mentions: [] };
        this.entities.push(target);
      } else {
        for (const n of [e.name, ...(e.aliases ?? [])]) if (n !== target.name && !target.aliases.includes(n)) target.aliases.push(n);
        if (target.role == null && e.role != null) target.role = e.role;
      }
      for (const m of e.mentions) target.mentions.push(shiftSpan(m, offset));
      for (const k of keys) if (!seen.has(k)) seen.set(k, target);
      idMap.set(e.id, target.id);
    }
    // Names of this segment become visible to the next ones only.
    for (const [k, target] of seen) if (!this.byName.has(k)) this.byName.set(k, target);
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
      return { ...e, id };
    });
    return { entities, renumber };
  }
}
