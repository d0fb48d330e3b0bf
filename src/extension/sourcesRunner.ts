import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { AnnotateOptions } from '../core/types';
import type { SourcesReply, SourcesRequest } from './sourcesWork';

/** What the runner needs of a worker thread (a `worker_threads` Worker, or a stand-in). */
interface SourcesWorker {
  postMessage(request: SourcesRequest, transfer?: ArrayBuffer[]): void;
  on(event: 'message', listener: (reply: SourcesReply) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  terminate(): unknown;
  unref?(): void;
}

export type SourcesResult = Exclude<SourcesReply, { error: string }>;

/**
 * The sources index's own worker thread (dist/worker.js, the same bundle as the editor's): indexing thousands of
 * workspace articles never queues in front of the article being edited. Requests are pipelined; a worker that
 * dies fails the requests it had and the next request starts a new one.
 */
export class SourcesRunner {
  private worker: SourcesWorker | undefined;
  private readonly pending = new Map<number, { resolve: (r: SourcesResult) => void; reject: (e: Error) => void }>();
  private nextId = 1;

  constructor(
    workerPath: string,
    private readonly createWorker: () => SourcesWorker = () => new Worker(workerPath),
  ) {}

  static forExtension(extensionPath: string): SourcesRunner {
    return new SourcesRunner(path.join(extensionPath, 'dist', 'worker.js'));
  }

  /** The slim annotation of an article's bytes (transferred: the caller must not use them after). */
  annotate(
    bytes: Uint8Array,
    sidecar: string | undefined,
    options: AnnotateOptions,
    maxLength: number,
  ): Promise<SourcesResult> {
    const id = this.nextId++;
    const req: SourcesRequest = { kind: 'sources', id, bytes, options, maxLength };
    if (sidecar !== undefined) req.sidecar = sidecar;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.start().postMessage(req, [bytes.buffer as ArrayBuffer]);
    });
  }

  private start(): SourcesWorker {
    if (this.worker) return this.worker;
    const worker = this.createWorker();
    this.worker = worker;
    const retire = (err: Error): void => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      void worker.terminate();
      const jobs = [...this.pending.values()];
      this.pending.clear();
      for (const j of jobs) j.reject(err);
    };
    worker.on('message', (reply) => {
      const job = this.pending.get(reply?.id);
      if (!job) return;
      this.pending.delete(reply.id);
      if ('error' in reply) job.reject(new Error(reply.error));
      else job.resolve(reply);
    });
    worker.on('error', retire);
    worker.on('exit', (code) => retire(new Error(`sources worker exited with code ${code}`)));
    worker.unref?.();
    return worker;
  }

  dispose(): void {
    const w = this.worker;
    this.worker = undefined;
    for (const j of this.pending.values()) j.reject(new Error('disposed'));
    this.pending.clear();
    if (w) void w.terminate();
  }
}
