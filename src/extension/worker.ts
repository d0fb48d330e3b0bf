// Runs the recognizer off the extension host's main thread. Bundled to dist/worker.js.
// Protocol: one request { text, options } in, one reply { annotation } or { error } out.
import { parentPort } from 'node:worker_threads';
import { annotate } from '../core/annotate';
import type { AnnotateOptions, Annotation } from '../core/types';

export interface WorkerRequest {
  text: string;
  options: AnnotateOptions;
}

export type WorkerReply = { annotation: Annotation; ms: number } | { error: string };

parentPort?.on('message', (req: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    const t0 = performance.now();
    const annotation = annotate(req.text, req.options);
    reply = { annotation, ms: performance.now() - t0 };
  } catch (e) {
    reply = { error: e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e) };
  }
  parentPort?.postMessage(reply);
});
