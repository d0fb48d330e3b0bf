/**
 * The worker's side of the sources index (runs in dist/worker.js, never on the extension host's thread): one
 * article's bytes in, its slim annotation out. The bytes are decoded and checked as the editor does for an open
 * document (UTF-8 with a byte-order mark dropped, invalid bytes replaced; the binary rule of src/core/binary.ts;
 * the newsLens.maxDocumentSizeMB limit), annotated, and the article's corrections (its sidecar's text) applied.
 */
import { annotate, type Annotator } from '../core/annotate';
import { looksBinary } from '../core/binary';
import { applyCorrections, parseCorrections } from '../core/corrections';
import { collectSources, type SourcesIndex } from '../core/sources';
import type { AnnotateOptions, Annotation, KnownPerson } from '../core/types';

/**
 * One article to index: its bytes (transferred) and its corrections file's text, if it has one. The worker keeps
 * the slim annotation under `uri` for `collect`.
 */
export interface SourcesRequest {
  kind: 'sources';
  id: number;
  uri: string;
  bytes: Uint8Array;
  sidecar?: string;
  options: AnnotateOptions;
  /** Largest text annotated, in UTF-16 code units (the editor's limit). */
  maxLength: number;
}

/** Slim annotations the worker is to keep (from the host's cache), or forget (null). */
export interface SourcesPutRequest {
  kind: 'sources-put';
  id: number;
  entries: Array<[string, Annotation | null]>;
}

/**
 * The sources over the articles `uris`, in that order (collectSources; its name matching needs natural, which
 * stays off the extension host's thread). Articles the worker keeps that are not in `uris` are forgotten.
 */
export interface SourcesCollectRequest {
  kind: 'sources-collect';
  id: number;
  uris: string[];
  knownPeople: KnownPerson[];
}

export type SourcesWorkerRequest = SourcesRequest | SourcesPutRequest | SourcesCollectRequest;

/** The article's annotation without mentions (what the sources index reads), or why it was not annotated. */
export type SourcesReply =
  | { id: number; annotation: Annotation; correctionsProblem?: string }
  | { id: number; skipped: string }
  | { id: number; error: string }
  | { id: number; put: number }
  | { id: number; index: SourcesIndex };

const utf8 = new TextDecoder('utf-8');

export function isSourcesRequest(req: unknown): req is SourcesWorkerRequest {
  const kind = !!req && typeof req === 'object' ? (req as { kind?: unknown }).kind : undefined;
  return kind === 'sources' || kind === 'sources-put' || kind === 'sources-collect';
}

/** The slim annotations this worker keeps, by article URI. */
const articles = new Map<string, Annotation>();

export function answerSources(req: SourcesWorkerRequest, annotator: Annotator = annotate): SourcesReply {
  try {
    if (req.kind === 'sources-put') {
      for (const [uri, a] of req.entries) {
        if (a) articles.set(uri, a);
        else articles.delete(uri);
      }
      return { id: req.id, put: req.entries.length };
    }
    if (req.kind === 'sources-collect') {
      const keep = new Set(req.uris);
      for (const uri of [...articles.keys()]) if (!keep.has(uri)) articles.delete(uri);
      const list = req.uris.flatMap((id) => {
        const annotation = articles.get(id);
        return annotation ? [{ id, annotation }] : [];
      });
      return { id: req.id, index: collectSources(list, req.knownPeople) };
    }
    articles.delete(req.uri);
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
    articles.set(req.uri, slim);
    return correctionsProblem ? { id: req.id, annotation: slim, correctionsProblem } : { id: req.id, annotation: slim };
  } catch (e) {
    return { id: req.id, error: e instanceof Error ? e.message : String(e) };
  }
}
