// Runs the recognizer off the extension host's main thread. Bundled to dist/worker.js.
// Protocol (src/extension/wire.ts): per request { id, text, options } in, one reply { id, annotation, problems }
// or { id, error } out, with the request's id (src/extension/runner.ts takes a reply only for the request it
// is waiting for). `problems` are what the recognizer recovered from in that call: its `onProblem` callback
// cannot cross the thread, so they are collected here and sent with the result. A second kind of request,
// { kind: 'sources', … } (src/extension/sourcesWork.ts), annotates a workspace article for the Sources view.
import { parentPort } from 'node:worker_threads';
import { codeCacheControl } from '../node/codeCacheControl';
import { annotate, type Annotator } from '../core/annotate';
import { answerSources, isSourcesRequest, type SourcesWorkerRequest } from './sourcesWork';
import { encode, problemCollector, type WorkerReply, type WorkerRequest } from './wire';

export type { WorkerReply, WorkerRequest } from './wire';

/** The reply to one request, and the buffers to transfer with it. `annotator` is the recognizer (tests pass another). */
export function answer(
  req: WorkerRequest,
  annotator: Annotator = annotate,
): { reply: WorkerReply; transfer: ArrayBuffer[] } {
  try {
    const t0 = performance.now();
    const c0 = threadCpu();
    const collected = problemCollector();
    const annotation = encode(annotator(req.text, { ...req.options, onProblem: collected.onProblem }));
    const c1 = threadCpu();
    const reply: WorkerReply = { id: req.id, annotation, problems: collected.problems(), ms: performance.now() - t0 };
    if (c0 !== undefined && c1 !== undefined) reply.cpuMs = c1 - c0;
    return {
      reply,
      transfer: [
        annotation.mentions.buffer as ArrayBuffer,
        annotation.quotes.buffer as ArrayBuffer,
        ...(annotation.confidences ? [annotation.confidences.buffer as ArrayBuffer] : []),
      ],
    };
  } catch (e) {
    return {
      reply: { id: req.id, error: e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e) },
      transfer: [],
    };
  }
}

/** This thread's CPU time so far in milliseconds, where Node tells it (`process.threadCpuUsage`, Node 23.9+). */
function threadCpu(): number | undefined {
  const usage = (process as { threadCpuUsage?: () => { user: number; system: number } }).threadCpuUsage;
  if (typeof usage !== 'function') return undefined;
  const u = usage.call(process);
  return (u.user + u.system) / 1000;
}

parentPort?.on('message', (req: WorkerRequest | SourcesWorkerRequest) => {
  // The sources index (src/extension/sourcesIndex.ts) sends articles of the workspace: a slim annotation back.
  if (isSourcesRequest(req)) parentPort?.postMessage(answerSources(req));
  else {
    const { reply, transfer } = answer(req);
    parentPort?.postMessage(reply, transfer);
  }
  // The recognizer has run: a code cache written from now on holds it compiled (src/extension/workerLaunch.ts).
  codeCacheControl()?.worked();
});
