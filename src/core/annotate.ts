import { findEntities } from './entities';
import { findQuotes } from './quotes';
import { splitSentences, tokenize, type Sentence, type Token } from './text';
import { annotateInSegments, type SegmentLimits } from './longText';
import type { AnnotateOptions, Annotation, Entity, Quote, Span } from './types';

/**
 * Texts up to this many UTF-16 code units are annotated whole; real articles are far shorter. Longer
 * texts (dumps, concatenations, books) are annotated in segments with context (./longText.ts), so that
 * memory stays bounded by the segment, not the text.
 */
export const WHOLE_TEXT_LIMIT = 256 * 1024;

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
    result = doc.length <= WHOLE_TEXT_LIMIT ? annotateOne(doc, opts) : annotateInSegments(doc, annotateOne, opts);
  } catch (error) {
    // Last resort (out of memory in a merge, say): an empty annotation rather than an exception.
    report({ stage: 'annotate', message: `annotate failed: ${describe(error)}`, error });
    result = { entities: [], quotes: [] };
  }
  if (opts.id !== undefined) return { id: opts.id, ...result };
  return result;
}

/** Annotates `text` in segments of the given size whatever its length (tests move the cuts with this). */
export function annotateSegmented(text: string, options: AnnotateOptions, limits: SegmentLimits): Annotation {
  return annotateInSegments(text, annotateOne, options, limits);
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

/** Valid quotes in order of start, none overlapping another (the quote finder guarantees it; this checks). */
function checkQuotes(text: string, quotes: Quote[], ids: Set<string>): Quote[] {
  const out: Quote[] = [];
  const ordered = [...quotes].sort((a, b) => (a?.start ?? 0) - (b?.start ?? 0));
  for (const quote of ordered) {
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
    const before = out[out.length - 1];
    if (before && q.start < before.end) {
      report({ stage: 'validate', message: `dropped quote ${q.start}..${q.end}: it overlaps quote ${before.start}..${before.end}` });
      continue;
    }
    out.push(q);
  }
  return out;
}
