// Runs the recognizer off the extension host's main thread. Bundled to dist/worker.js.
// Protocol: one request { text, options } in, one reply { annotation } or { error } out.
import { parentPort } from 'node:worker_threads';
import { annotate } from '../core/annotate';
import type { AnnotateOptions } from '../core/types';
import { encode, type WireAnnotation } from './wire';

export interface WorkerRequest {
  text: string;
  options: AnnotateOptions;
}

export type WorkerReply = { annotation: WireAnnotation; ms: number } | { error: string };

parentPort?.on('message', (req: WorkerRequest) => {
  try {
    const t0 = performance.now();
    const annotation = encode(annotate(req.text, req.options));
    const reply: WorkerReply = { annotation, ms: performance.now() - t0 };
    parentPort?.postMessage(reply, [annotation.mentions.buffer as ArrayBuffer, annotation.quotes.buffer as ArrayBuffer]);
  } catch (e) {
    const reply: WorkerReply = { error: e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e) };
    parentPort?.postMessage(reply);
  }
});
