import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type * as vscode from 'vscode';
import type { AnnotateOptions } from '../core/types';
import { WARM_UP_TEXT } from './warmUpText';
import { WORKER_LAUNCHER, type WorkerLaunchData } from './workerLaunchData';
import { decode, type DecodedAnnotation, type WireProblem, type WorkerReply, type WorkerRequest } from './wire';

/** Texts longer than this get a worker of their own, which cancelling terminates; shorter ones share one. */
export const DEDICATED_LIMIT = 200_000;

export class CancelledError extends Error {
  constructor() {
    super('cancelled');
  }
}

/** A run's result: the annotation, and the problems the recognizer recovered from while making it (to log). */
export interface RunResult extends DecodedAnnotation {
  problems: WireProblem[];
  /** Milliseconds the worker spent annotating (the rest of the round trip is waiting, messaging, decoding). */
  workerMs: number;
  /** Of which the worker thread ran on a CPU, where Node tells it (see WorkerReply in wire.ts). */
  workerCpuMs?: number;
}

/** What the runner needs of a worker thread (a `worker_threads` Worker, or a stand-in in tests). */
export interface AnnotationWorker {
  postMessage(request: WorkerRequest): void;
  on(event: 'message', listener: (reply: WorkerReply) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  terminate(): unknown;
  unref?(): void;
}

export interface RunnerOptions {
  /**
   * The worker script (default: `<extensionPath>/dist/worker-launch.js`, which runs dist/worker.js, the bundled
   * src/extension/worker.ts, through the code cache in `codeCacheDir`).
   */
  workerPath?: string;
  /** The folder of the workers' code cache (src/node/codeCache.ts); absent: none. */
  codeCacheDir?: string;
  /** How long after its last answer a worker writes the code cache (default CODE_CACHE_SAVE_MS; see workerLaunch.ts). */
  codeCacheSaveMs?: number;
  /** Starts a worker (default: a `worker_threads` Worker on `workerPath`). Tests pass stand-ins. */
  createWorker?: () => AnnotationWorker;
  /** Texts at least this long get a worker of their own (default DEDICATED_LIMIT). */
  dedicatedLimit?: number;
}

interface Job {
  req: WorkerRequest;
  resolve: (a: RunResult) => void;
  reject: (e: Error) => void;
}

/** The shared worker and the one job it is working on. */
interface Shared {
  worker: AnnotationWorker;
  job?: Job;
}

/**
 * Runs `annotate` off the extension host's main thread, in `worker_threads` Workers running dist/worker.js
 * (the bundled core, started through dist/worker-launch.js and its code cache). Short texts queue on one
 * long-lived worker (the model loads once); long texts get a fresh worker that cancellation terminates at once,
 * so a stale 5 MB job never delays the next one.
 *
 * Every request carries an id and its worker echoes it: a reply is taken only by the job with that id, and
 * only from the worker that job was sent to. A worker that dies (error or exit) fails the one job it was
 * working on and is dropped; the next job starts a new worker.
 */
/** How often warmUp runs the built-in article. */
const WARM_UP_RUNS = 2;

export class AnnotationRunner {
  private readonly createWorker: () => AnnotationWorker;
  private readonly dedicatedLimit: number;
  private shared: Shared | undefined;
  private readonly queue: Job[] = [];
  private nextId = 1;
  /** Texts on workers of their own, not yet answered. */
  private dedicated = 0;
  /** Waiting for the runner to have nothing in hand (`whenIdle`). */
  private idleWaiters: (() => void)[] = [];

  constructor(extensionPath: string, options: RunnerOptions = {}) {
    const workerPath = options.workerPath ?? path.join(extensionPath, 'dist', WORKER_LAUNCHER);
    const workerData: WorkerLaunchData = {
      codeCacheDir: options.codeCacheDir ?? null,
      codeCacheSaveMs: options.codeCacheSaveMs,
    };
    this.createWorker = options.createWorker ?? (() => new Worker(workerPath, { workerData }));
    this.dedicatedLimit = options.dedicatedLimit ?? DEDICATED_LIMIT;
  }

  /**
   * Starts the shared worker and loads the recognizer in it (off the main thread), then, unless an article
   * is already waiting or being annotated, runs a short built-in article through it twice so that the first
   * real one runs on compiled code (in process, cold: about 80 ms for a 6 K-char article without this, 35 ms
   * with it).
   */
  warmUp(): Promise<void> {
    const cts = {
      isCancellationRequested: false,
      onCancellationRequested: () => ({ dispose() {} }),
    } as unknown as vscode.CancellationToken;
    // Not while an article waits or is annotated, on the shared worker or on one of its own (a long text).
    const again = async (): Promise<void> => {
      for (let i = 0; i < WARM_UP_RUNS && this.idle(); i++) await this.run(WARM_UP_TEXT, {}, cts);
    };
    return this.run('', {}, cts)
      .then(again)
      .catch(() => undefined);
  }

  /** True when no text is queued or being annotated. */
  idle(): boolean {
    return this.queue.length === 0 && !this.shared?.job && this.dedicated === 0;
  }

  /**
   * Resolves when no text is queued or being annotated (at once if none is): work of lower priority, such as the
   * sources index, waits for it before it takes the cores.
   */
  whenIdle(): Promise<void> {
    if (this.idle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private wakeIdleWaiters(): void {
    if (!this.idle() || this.idleWaiters.length === 0) return;
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }

  run(text: string, options: AnnotateOptions, token: vscode.CancellationToken): Promise<RunResult> {
    if (token.isCancellationRequested) return Promise.reject(new CancelledError());
    const req: WorkerRequest = { id: this.nextId++, text, options };
    if (text.length >= this.dedicatedLimit) return this.runDedicated(req, token);
    return new Promise<RunResult>((resolve, reject) => {
      const job: Job = { req, resolve, reject };
      const sub = token.onCancellationRequested(() => {
        const i = this.queue.indexOf(job);
        if (i >= 0) this.queue.splice(i, 1);
        reject(new CancelledError()); // a running short job finishes; its result is ignored
        this.wakeIdleWaiters();
      });
      const done = (): void => sub.dispose();
      job.resolve = (a) => (done(), resolve(a));
      job.reject = (e) => (done(), reject(e));
      this.queue.push(job);
      this.pump();
    });
  }

  /** Sends the next queued job to the shared worker when it is idle, starting a worker if there is none. */
  private pump(): void {
    if (this.shared?.job || this.queue.length === 0) {
      this.wakeIdleWaiters();
      return;
    }
    const shared = this.shared ?? this.startShared();
    const job = this.queue.shift()!;
    shared.job = job;
    shared.worker.postMessage(job.req);
  }

  private startShared(): Shared {
    const worker = this.createWorker();
    const shared: Shared = { worker };
    this.shared = shared;
    // The worker died: it fails only the job it was working on, and is never used again.
    const retire = (err: Error): void => {
      if (this.shared === shared) this.shared = undefined;
      const job = shared.job;
      shared.job = undefined;
      void worker.terminate();
      job?.reject(err);
      this.pump();
    };
    worker.on('message', (reply: WorkerReply) => {
      const job = shared.job;
      if (!job || reply?.id !== job.req.id) return; // not the result of the job this worker is on: drop it
      shared.job = undefined;
      settle(job.req, reply, job.resolve, job.reject);
      this.pump();
    });
    worker.on('error', retire);
    worker.on('exit', (code) => retire(new Error(`annotation worker exited with code ${code}`)));
    worker.unref?.();
    return shared;
  }

  private runDedicated(req: WorkerRequest, token: vscode.CancellationToken): Promise<RunResult> {
    return new Promise<RunResult>((resolve, reject) => {
      let settled = false;
      const worker = this.createWorker();
      this.dedicated++;
      const finish = (fn: () => void): void => {
        if (settled) return;
        settled = true;
        this.dedicated--;
        sub.dispose();
        void worker.terminate();
        fn();
        this.wakeIdleWaiters();
      };
      const sub = token.onCancellationRequested(() => finish(() => reject(new CancelledError())));
      worker.on('message', (reply: WorkerReply) => {
        if (reply?.id === req.id) finish(() => settle(req, reply, resolve, reject));
      });
      worker.on('error', (err) => finish(() => reject(err)));
      worker.on('exit', (code) => finish(() => reject(new Error(`annotation worker exited with code ${code}`))));
      worker.postMessage(req);
    });
  }

  dispose(): void {
    for (const j of this.queue.splice(0)) j.reject(new CancelledError());
    // Nothing runs here any more: what waited for this runner goes on.
    for (const resolve of this.idleWaiters.splice(0)) resolve();
    const shared = this.shared;
    this.shared = undefined;
    if (shared) {
      const job = shared.job;
      shared.job = undefined;
      job?.reject(new CancelledError());
      void shared.worker.terminate();
    }
  }
}

/** Hands a worker's reply for `req` to the job: the annotation rebuilt on `req.text` with its problems, or the error. */
function settle(
  req: WorkerRequest,
  reply: WorkerReply,
  resolve: (a: RunResult) => void,
  reject: (e: Error) => void,
): void {
  if ('error' in reply) return reject(new Error(reply.error));
  const problems = Array.isArray(reply.problems) ? reply.problems : [];
  decode(req.text, reply.annotation, yieldNow).then(
    (decoded) => resolve({ ...decoded, problems, workerMs: reply.ms, workerCpuMs: reply.cpuMs }),
    reject,
  );
}

const yieldNow = (): Promise<void> => new Promise((r) => setImmediate(r));
