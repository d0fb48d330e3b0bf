import type { AnnotateProblem } from '../core/annotate';
import {
  ATTRIBUTION_RULES,
  type AnnotateOptions,
  type Annotation,
  type Entity,
  type Quote,
  type QuoteKind,
  type Span,
} from '../core/types';

/** What the main thread sends a worker (src/extension/worker.ts): one request per annotation. */
export interface WorkerRequest {
  /** Echoed in the reply. */
  id: number;
  text: string;
  options: AnnotateOptions;
}

/**
 * A worker's one reply to a request, with the request's id: the annotation and the problems the recognizer
 * recovered from while making it, or the error that stopped it.
 */
export type WorkerReply =
  | {
      id: number;
      annotation: WireAnnotation;
      problems: WireProblem[];
      /** Wall-clock milliseconds the worker spent on the request. */
      ms: number;
      /**
       * Of which the worker thread ran on a CPU (`process.threadCpuUsage`, Node 23.9 and later; absent before): far
       * less than `ms` means the thread was not running, mostly waiting for a core that other work held.
       */
      cpuMs?: number;
    }
  | { id: number; error: string };

/** A problem the recognizer recovered from, as it crosses the thread: its stage and message (no error object). */
export interface WireProblem {
  stage: AnnotateProblem['stage'];
  message: string;
}

/**
 * At most this many problems travel back per request: a broken stage can report one problem per span of a
 * long text, and the log needs the first few, not thousands. The rest are counted in one last problem.
 */
export const MAX_PROBLEMS = 50;

/** Collects the problems of one annotate call (its `onProblem`), keeping MAX_PROBLEMS and counting the rest. */
export function problemCollector(): { onProblem: (p: AnnotateProblem) => void; problems(): WireProblem[] } {
  const kept: WireProblem[] = [];
  let dropped = 0;
  return {
    onProblem: (p) => {
      if (kept.length < MAX_PROBLEMS) kept.push({ stage: p.stage, message: String(p.message) });
      else dropped++;
    },
    problems: () => (dropped ? [...kept, { stage: 'annotate', message: `${dropped} more problems not shown` }] : kept),
  };
}

/**
 * The annotation as a worker sends it: spans as numbers in transferable Int32Arrays, without their
 * `text` (always `document.slice(start, end)`, and the main thread has the document). Structured-cloning
 * 100,000 small objects blocks the receiving thread for a second on a 5 MB article; this does not.
 */
export interface WireAnnotation {
  id?: string;
  /** Every entity with all its fields but `mentions` (so a field the recognizer adds reaches the editor too). */
  entities: Array<Omit<Entity, 'mentions'>>;
  /** Per mention: entity index, start, end. */
  mentions: Int32Array;
  /**
   * Per quote: start, end, kind, speaker entity index or -1, speaker mention start, end (-1), cue start, end (-1),
   * attribution rule index in RULES or -1 (no attribution).
   */
  quotes: Int32Array;
  /** Per quote: the attribution's confidence (NaN without one); a float, so it crosses exactly. Always sent. */
  confidences?: Float64Array;
  /** `Quote.unnamed` by quote index, for the few quotes that have one (a user's correction sets it). */
  unnamed?: Record<number, string>;
}

const KINDS: QuoteKind[] = ['direct', 'mixed', 'indirect'];
const RULES = ATTRIBUTION_RULES;
const Q = 9;

export function encode(a: Annotation): WireAnnotation {
  const index = new Map<string, number>();
  a.entities.forEach((e, i) => index.set(e.id, i));
  // Mentions of all entities in document order, quotes too: the main thread then needs no sorting.
  const flat: Array<[number, Span]> = [];
  a.entities.forEach((e, i) => {
    for (const m of e.mentions) flat.push([i, m]);
  });
  flat.sort((x, y) => x[1].start - y[1].start || x[1].end - y[1].end);
  const mentions = new Int32Array(flat.length * 3);
  let k = 0;
  for (const [i, m] of flat) {
    mentions[k++] = i;
    mentions[k++] = m.start;
    mentions[k++] = m.end;
  }
  const sortedQuotes = [...a.quotes].sort((x, y) => x.start - y.start || x.end - y.end);
  const quotes = new Int32Array(sortedQuotes.length * Q);
  const confidences = new Float64Array(sortedQuotes.length);
  let unnamed: Record<number, string> | undefined;
  sortedQuotes.forEach((q, j) => {
    const o = j * Q;
    quotes[o] = q.start;
    quotes[o + 1] = q.end;
    quotes[o + 2] = KINDS.indexOf(q.kind);
    quotes[o + 3] = q.speaker !== null && index.has(q.speaker) ? index.get(q.speaker)! : -1;
    quotes[o + 4] = q.speakerMention ? q.speakerMention.start : -1;
    quotes[o + 5] = q.speakerMention ? q.speakerMention.end : -1;
    quotes[o + 6] = q.cue ? q.cue.start : -1;
    quotes[o + 7] = q.cue ? q.cue.end : -1;
    quotes[o + 8] = q.attribution ? RULES.indexOf(q.attribution.rule) : -1;
    confidences[j] = q.attribution ? q.attribution.confidence : NaN;
    if (q.unnamed !== undefined) (unnamed ??= {})[j] = q.unnamed;
  });
  const entities = a.entities.map(({ mentions: _mentions, ...rest }) => rest);
  const w: WireAnnotation = { entities, mentions, quotes, confidences };
  if (unnamed) w.unnamed = unnamed;
  return a.id !== undefined ? { id: a.id, ...w } : w;
}

/** An annotation with its mentions in document order (what `decode` returns). */
export interface DecodedAnnotation {
  annotation: Annotation;
  /** Every mention with its entity, sorted by start. */
  mentions: Array<{ span: Span; entity: Entity }>;
}

/**
 * Rebuilds the annotation of `text`, yielding to the event loop every `slice` spans (when `yieldFn` is
 * given) so the thread stays responsive.
 */
export async function decode(
  text: string,
  w: WireAnnotation,
  yieldFn?: () => Promise<void>,
  slice = 2000,
): Promise<DecodedAnnotation> {
  const entities: Entity[] = w.entities.map((e) => ({ ...e, mentions: [] as Span[] }));
  const sorted: DecodedAnnotation['mentions'] = [];
  const m = w.mentions;
  for (let k = 0; k < m.length;) {
    const stop = Math.min(m.length, k + slice * 3);
    for (; k < stop; k += 3) {
      const span = { start: m[k + 1], end: m[k + 2], text: text.slice(m[k + 1], m[k + 2]) };
      const entity = entities[m[k]];
      entity.mentions.push(span);
      sorted.push({ span, entity });
    }
    if (yieldFn && k < m.length) await yieldFn();
  }
  const span = (s: number, e: number): Span | null => (s < 0 ? null : { start: s, end: e, text: text.slice(s, e) });
  const quotes: Quote[] = [];
  const q = w.quotes;
  for (let o = 0; o < q.length;) {
    const stop = Math.min(q.length, o + slice * Q);
    for (; o < stop; o += Q) {
      const speaker = q[o + 3];
      const quote: Quote = {
        start: q[o],
        end: q[o + 1],
        text: text.slice(q[o], q[o + 1]),
        kind: KINDS[q[o + 2]] ?? 'indirect',
        speaker: speaker >= 0 ? entities[speaker].id : null,
        speakerMention: span(q[o + 4], q[o + 5]),
        cue: span(q[o + 6], q[o + 7]),
      };
      const j = o / Q;
      const rule = RULES[q[o + 8]];
      if (rule) quote.attribution = { rule, confidence: w.confidences?.[j] ?? NaN };
      const unnamed = w.unnamed?.[j];
      if (unnamed !== undefined) quote.unnamed = unnamed;
      quotes.push(quote);
    }
    if (yieldFn && o < q.length) await yieldFn();
  }
  const annotation = w.id !== undefined ? { id: w.id, entities, quotes } : { entities, quotes };
  return { annotation, mentions: sorted };
}
