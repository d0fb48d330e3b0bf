// Runs the recognizer off the extension host's main thread. Bundled to dist/worker.js.
// Protocol: per request { id, text, options } in, one reply { id, annotation } or { id, error } out, with the
// request's id (src/extension/runner.ts takes a reply only for the request it is waiting for).
import { parentPort } from 'node:worker_threads';
import { annotate } from '../core/annotate';
import type { AnnotateOptions } from '../core/types';
import { encode, type WireAnnotation } from './wire';

export interface WorkerRequest {
  /** Echoed in the reply. */
  id: number;
  text: string;
  options: AnnotateOptions;
}

export type WorkerReply = { id: number; annotation: WireAnnotation; ms: number } | { id: number; error: string };

parentPort?.on('message', (req: WorkerRequest) => {
  try {
    const t0 = performance.now();
    const annotation = encode(annotate(req.text, req.options));
    const reply: WorkerReply = { id: req.id, annotation, ms: performance.now() - t0 };
    parentPort?.postMessage(reply, [annotation.mentions.buffer as ArrayBuffer, annotation.quotes.buffer as ArrayBuffer]);
  } catch (e) {
    const reply: WorkerReply = { id: req.id, error: e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e) };
    parentPort?.postMessage(reply);
  }
});
