/**
 * The recognizer's pipeline: text -> tokens and sentences -> entities -> quotes, each stage guarded and its
 * output validated (validate.ts); texts longer than WHOLE_TEXT_LIMIT go segment by segment (longText.ts).
 *
 * `createAnnotator({ model, stages })` builds one with the tagger model and stages passed in (tests give
 * stand-in stages; a host can load the model its own way); `annotate` is the default one. Problems the
 * pipeline recovers from go to `options.onProblem` of that call: the CLI shows them under --verbose, the
 * extension in its output channel, tests assert there are none.
 */
import { findEntities } from './entities';
import { loadModel, type TaggerModel } from './entities/weights';
import { annotateInSegments, type SegmentLimits } from './longText';
import { findQuotes } from './quotes';
import { splitSentences, tokenize, type Sentence, type Token } from './text';
import type { AnnotateOptions, Annotation, Entity, Quote } from './types';
import { checkEntities, checkQuotes, type AnnotateProblem, type Report } from './validate';

export type { AnnotateProblem } from './validate';

/**
 * Texts up to this many UTF-16 code units are annotated whole; real articles are far shorter. Longer
 * texts (dumps, concatenations, books) are annotated in segments with context (./longText.ts), so that
 * memory stays bounded by the segment, not the text.
 */
export const WHOLE_TEXT_LIMIT = 256 * 1024;

/** The stages of the pipeline, in order. Each may be replaced (`createAnnotator({ stages })`). */
export interface Stages {
  tokenize(text: string): Token[];
  splitSentences(tokens: Token[]): Sentence[];
  findEntities(
    text: string,
    tokens: Token[],
    sentences: Sentence[],
    options: AnnotateOptions,
    model: TaggerModel,
  ): Entity[];
  findQuotes(
    text: string,
    tokens: Token[],
    sentences: Sentence[],
    entities: Entity[],
    options: AnnotateOptions,
  ): Quote[];
}

export interface AnnotatorConfig {
  /** The entity tagger's model; by default the committed one (src/core/entities/data/model.ts), loaded on first use. */
  model?: TaggerModel;
  /** Stages to use instead of the recognizer's own. */
  stages?: Partial<Stages>;
}

/** Per call: what annotate takes beyond the data options (a callback does not travel to a worker). */
export interface AnnotateCallOptions extends AnnotateOptions {
  /** Hears about every problem the pipeline recovers from in this call. */
  onProblem?: (problem: AnnotateProblem) => void;
}

export type Annotator = (text: string, options?: AnnotateCallOptions) => Annotation;

const DEFAULT_STAGES: Stages = { tokenize, splitSentences, findEntities, findQuotes };

/** An annotator: text in, entities and quotes out. It never throws; its offsets are always valid. */
export function createAnnotator(config: AnnotatorConfig = {}): Annotator {
  const run = pipeline(config);
  return (text, options) => run(text, options);
}

/** The pipeline of `config`; `limits` forces segmenting (tests move the cuts with it). */
function pipeline(
  config: AnnotatorConfig,
): (text: string, options?: AnnotateCallOptions, limits?: SegmentLimits) => Annotation {
  const stages: Stages = { ...DEFAULT_STAGES, ...(config.stages ?? {}) };
  let model = config.model ?? null;
  const getModel = (): TaggerModel => (model ??= loadModel());

  /** One pass of the pipeline over one text, each stage guarded, its output checked. */
  const annotateOne = (text: string, options: AnnotateOptions, report: Report): Annotation => {
    let tokens: Token[];
    let sentences: Sentence[];
    try {
      tokens = stages.tokenize(text);
      sentences = stages.splitSentences(tokens);
    } catch (error) {
      report({ stage: 'text', message: `tokenize/splitSentences threw: ${describe(error)}`, error });
      return { entities: [], quotes: [] };
    }
    let entities: Entity[] = [];
    try {
      entities = stages.findEntities(text, tokens, sentences, options, getModel());
    } catch (error) {
      report({ stage: 'entities', message: `findEntities threw: ${describe(error)}`, error });
    }
    entities = checkEntities(text, Array.isArray(entities) ? entities : [], report);
    let quotes: Quote[] = [];
    try {
      quotes = stages.findQuotes(text, tokens, sentences, entities, options);
    } catch (error) {
      report({ stage: 'quotes', message: `findQuotes threw: ${describe(error)}`, error });
    }
    quotes = checkQuotes(text, Array.isArray(quotes) ? quotes : [], new Set(entities.map((e) => e.id)), report);
    return { entities, quotes };
  };

  return (text: string, options: AnnotateCallOptions = {}, limits?: SegmentLimits): Annotation => {
    const doc = typeof text === 'string' ? text : text == null ? '' : String(text);
    const { onProblem, ...opts }: AnnotateCallOptions = options && typeof options === 'object' ? options : {};
    const report = reporter(onProblem);
    let result: Annotation;
    try {
      const one = (t: string, o: AnnotateOptions) => annotateOne(t, o, report);
      if (doc.length <= WHOLE_TEXT_LIMIT && !limits) result = one(doc, opts);
      else {
        // The merge of the segments is checked like any stage's output: it must be valid without repair.
        const merged = annotateInSegments(doc, one, opts, limits);
        const entities = checkEntities(doc, merged.entities, report);
        const ids = new Set(entities.map((e) => e.id));
        result = { entities, quotes: checkQuotes(doc, merged.quotes, ids, report) };
      }
    } catch (error) {
      // Last resort (out of memory in a merge, say): an empty annotation rather than an exception.
      report({ stage: 'annotate', message: `annotate failed: ${describe(error)}`, error });
      result = { entities: [], quotes: [] };
    }
    if (opts.id !== undefined) return { id: opts.id, ...result };
    return result;
  };
}

const defaultPipeline = pipeline({});

/** Turns a document's text into its entities and quotes, with the recognizer's own model and stages. */
export const annotate: Annotator = (text, options) => defaultPipeline(text, options);

/** Annotates `text` in segments of the given size whatever its length (tests move the cuts with this). */
export function annotateSegmented(text: string, options: AnnotateCallOptions, limits: SegmentLimits): Annotation {
  return defaultPipeline(text, options, limits);
}

/** A report function that never lets a failing listener break annotation. */
function reporter(onProblem: ((problem: AnnotateProblem) => void) | undefined): Report {
  if (typeof onProblem !== 'function') return () => {};
  return (problem) => {
    try {
      onProblem(problem);
    } catch {
      // A failing listener must not break annotation.
    }
  };
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.stack || error.message;
  return String(error);
}
