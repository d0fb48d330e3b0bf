import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { SourcesIndex as SourcesData } from '../core/sources';
import type { AnnotateOptions, Annotation, KnownPerson } from '../core/types';
import type { SourcesReply, SourcesRequest, SourcesWorkerRequest } from './sourcesWork';
import { WORKER_LAUNCHER, type WorkerLaunchData } from './workerLaunchData';

/** What the runner needs of a worker thread (a `worker_threads` Worker, or a stand-in). */
interface SourcesWorker {
  postMessage(request: SourcesWorkerRequest, transfer?: ArrayBuffer[]): void;
  on(event: 'message', listener: (reply: SourcesReply) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  terminate(): unknown;
  unref?(): void;
}

export type SourcesResult = Extract<SourcesReply, { annotation: Annotation } | { skipped: string }>;

/**
 * The sources index's own worker thread (dist/worker.js, the same bundle as the editor's, started the same way):
 * indexing thousands of workspace articles never queues in front of the article being edited. Requests are
 * pipelined; a worker that dies fails the requests it had and the next request starts a new one.
 */
export class SourcesRunner {
  private worker: SourcesWorker | undefined;
  private readonly pending = new Map<number, { resolve: (r: SourcesReply) => void; reject: (e: Error) => void }>();
  private nextId = 1;
  /** Counts the workers started: a new one keeps no articles yet (the index sends them again). */
  generation = 0;

  constructor(
    workerPath: string,
    codeCacheDir: string | null = null,
    private readonly createWorker: () => SourcesWorker = () =>
      new Worker(workerPath, { workerData: { codeCacheDir } satisfies WorkerLaunchData }),
  ) {}

  /** The extension's runner: dist/worker-launch.js, with the workers' code cache in `codeCacheDir`. */
  static forExtension(extensionPath: string, codeCacheDir?: string): SourcesRunner {
    return new SourcesRunner(path.join(extensionPath, 'dist', WORKER_LAUNCHER), codeCacheDir ?? null);
  }

  /**
   * The slim annotation of the article `uri` from its bytes (transferred: the caller must not use them after); the
   * worker keeps it for `collect`.
   */
  async annotate(
    uri: string,
    bytes: Uint8Array,
    sidecar: string | undefined,
    options: AnnotateOptions,
    maxLength: number,
  ): Promise<SourcesResult> {
    const req: SourcesRequest = { kind: 'sources', id: this.nextId++, uri, bytes, options, maxLength };
    if (sidecar !== undefined) req.sidecar = sidecar;
    return (await this.send(req, [bytes.buffer as ArrayBuffer])) as SourcesResult;
  }

  /** Hands the worker articles to keep (from the cache), or to forget (null). */
  async put(entries: Array<[string, Annotation | null]>): Promise<void> {
    await this.send({ kind: 'sources-put', id: this.nextId++, entries });
  }

  /** The sources over the articles `uris` the worker keeps, in that order. */
  async collect(uris: string[], knownPeople: KnownPerson[]): Promise<SourcesData> {
    const reply = await this.send({ kind: 'sources-collect', id: this.nextId++, uris, knownPeople });
    if (!('index' in reply)) throw new Error('sources worker: no index in its reply');
    return reply.index;
  }

  private send(req: SourcesWorkerRequest, transfer: ArrayBuffer[] = []): Promise<SourcesReply> {
    return new Promise((resolve, reject) => {
      this.pending.set(req.id, { resolve, reject });
      this.start().postMessage(req, transfer);
    });
  }

  private start(): SourcesWorker {
    if (this.worker) return this.worker;
    const worker = this.createWorker();
    this.worker = worker;
    this.generation++;
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
