/**
 * The worker's side of the sources index (runs in dist/worker.js, never on the extension host's thread): one
 * article's bytes in, its slim annotation out. The bytes are decoded and checked as the editor does for an open
 * document (UTF-8 with a byte-order mark dropped, invalid bytes replaced; the binary rule of src/core/binary.ts;
 * the newsLens.maxDocumentSizeMB limit), annotated, and the article's corrections (its sidecar's text) applied.
 */
import { annotate, type Annotator } from '../core/annotate';
import { looksBinary } from '../core/binary';
import { applyCorrections, parseCorrections } from '../core/corrections';
import type { AnnotateOptions, Annotation } from '../core/types';

/** One article to index: its bytes (transferred) and its corrections file's text, if it has one. */
export interface SourcesRequest {
  kind: 'sources';
  id: number;
  bytes: Uint8Array;
  sidecar?: string;
  options: AnnotateOptions;
  /** Largest text annotated, in UTF-16 code units (the editor's limit). */
  maxLength: number;
}

/** The article's annotation without mentions (what the sources index reads), or why it was not annotated. */
export type SourcesReply =
  | { id: number; annotation: Annotation; correctionsProblem?: string }
  | { id: number; skipped: string }
  | { id: number; error: string };

const utf8 = new TextDecoder('utf-8');

export function isSourcesRequest(req: unknown): req is SourcesRequest {
  return !!req && typeof req === 'object' && (req as { kind?: unknown }).kind === 'sources';
}

export function answerSources(req: SourcesRequest, annotator: Annotator = annotate): SourcesReply {
  try {
    const text = utf8.decode(req.bytes);
    if (text.length > req.maxLength) return { id: req.id, skipped: `too large (${text.length} characters)` };
    if (looksBinary(text)) return { id: req.id, skipped: 'binary' };
    let annotation = annotator(text, req.options);
    let correctionsProblem: string | undefined;
    if (req.sidecar !== undefined) {
      const { file, problems } = parseCorrections(req.sidecar);
      if (file) annotation = applyCorrections(text, annotation, file).annotation;
      else correctionsProblem = problems[0] ?? 'cannot be read';
    }
    const slim: Annotation = {
      entities: annotation.entities.map((e) => ({ ...e, mentions: [] })),
      quotes: annotation.quotes,
    };
    return correctionsProblem ? { id: req.id, annotation: slim, correctionsProblem } : { id: req.id, annotation: slim };
  } catch (e) {
    return { id: req.id, error: e instanceof Error ? e.message : String(e) };
  }
}
