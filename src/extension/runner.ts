import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type * as vscode from 'vscode';
import type { AnnotateOptions } from '../core/types';
import { decode, type DecodedAnnotation } from './wire';
import type { WorkerReply, WorkerRequest } from './worker';

/** Texts longer than this get a worker of their own, which cancelling terminates; shorter ones share one. */
export const DEDICATED_LIMIT = 200_000;

export class CancelledError extends Error {
  constructor() {
    super('cancelled');
  }
}

interface Job {
  req: WorkerRequest;
  resolve: (a: DecodedAnnotation) => void;
  reject: (e: Error) => void;
}

/**
 * Runs `annotate` off the extension host's main thread, in `worker_threads` Workers running dist/worker.js
 * (the bundled core). Short texts queue on one long-lived worker (the model loads once); long texts get a
 * fresh worker that cancellation terminates at once, so a stale 5 MB job never delays the next one.
 */
export class AnnotationRunner {
  private readonly workerPath: string;
  private shared: Worker | undefined;
  private readonly queue: Job[] = [];
  private running: Job | undefined;

  constructor(extensionPath: string, private readonly dedicatedLimit = DEDICATED_LIMIT) {
    this.workerPath = path.join(extensionPath, 'dist', 'worker.js');
  }

  /** Starts the shared worker and loads the recognizer in it (off the main thread), so the first article is quick. */
  warmUp(): void {
    const cts = { isCancellationRequested: false, onCancellationRequested: () => ({ dispose() {} }) } as unknown as vscode.CancellationToken;
    this.run('', {}, cts).catch(() => undefined);
  }

  run(text: string, options: AnnotateOptions, token: vscode.CancellationToken): Promise<DecodedAnnotation> {
    if (token.isCancellationRequested) return Promise.reject(new CancelledError());
    if (text.length >= this.dedicatedLimit) return this.runDedicated({ text, options }, token);
    return new Promise<DecodedAnnotation>((resolve, reject) => {
      const job: Job = { req: { text, options }, resolve, reject };
      const sub = token.onCancellationRequested(() => {
        const i = this.queue.indexOf(job);
        if (i >= 0) this.queue.splice(i, 1);
        reject(new CancelledError()); // a running short job finishes; its result is ignored
      });
      const done = (): void => sub.dispose();
      job.resolve = (a) => (done(), resolve(a));
      job.reject = (e) => (done(), reject(e));
      this.queue.push(job);
      this.pump();
    });
  }

  private pump(): void {
    if (this.running || this.queue.length === 0) return;
    const job = this.queue.shift()!;
    this.running = job;
    if (!this.shared) {
      const w = new Worker(this.workerPath);
      this.shared = w;
      const fail = (err: Error): void => {
        if (this.shared === w) this.shared = undefined;
        void w.terminate();
        const j = this.running;
        this.running = undefined;
        j?.reject(err);
        this.pump();
      };
      w.on('message', (reply: WorkerReply) => {
        const j = this.running;
        this.running = undefined;
        if (j) 'error' in reply ? j.reject(new Error(reply.error)) : decode(j.req.text, reply.annotation, yieldNow).then(j.resolve, j.reject);
        this.pump();
      });
      w.on('error', fail);
      w.on('exit', (code) => fail(new Error(`annotation worker exited with code ${code}`)));
      w.unref();
    }
    this.shared.postMessage(job.req);
  }

  private runDedicated(req: WorkerRequest, token: vscode.CancellationToken): Promise<DecodedAnnotation> {
    return new Promise<DecodedAnnotation>((resolve, reject) => {
      let settled = false;
      const worker = new Worker(this.workerPath);
      const finish = (fn: () => void): void => {
        if (settled) return;
        settled = true;
        sub.dispose();
        void worker.terminate();
        fn();
      };
      const sub = token.onCancellationRequested(() => finish(() => reject(new CancelledError())));
      worker.on('message', (reply: WorkerReply) => {
        finish(() => ('error' in reply ? reject(new Error(reply.error)) : decode(req.text, reply.annotation, yieldNow).then(resolve, reject)));
      });
      worker.on('error', (err) => finish(() => reject(err)));
      worker.on('exit', (code) => finish(() => reject(new Error(`annotation worker exited with code ${code}`))));
      worker.postMessage(req);
    });
  }

  dispose(): void {
    for (const j of this.queue.splice(0)) j.reject(new CancelledError());
    void this.shared?.terminate();
    this.shared = undefined;
  }
}

const yieldNow = (): Promise<void> => new Promise((r) => setImmediate(r));
