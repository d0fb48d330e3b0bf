/**
 * Where the CLI's inputs are annotated: in this thread (--jobs 1, the default) or on a pool of worker
 * threads (--jobs N), and the window that writes their results in input order whatever order they finish in.
 */
import { codeCacheControl } from '../node/codeCacheControl';
import * as os from 'os';
import { Worker } from 'worker_threads';
import { annotate, type AnnotateOptions, type AnnotateProblem } from '../core';
import type { Annotation } from '../core';
import {
  applyCorrections,
  evaluateCorrections,
  type AppliedCorrections,
  type CorrectionsEvaluation,
  type CorrectionsFile,
} from '../core/corrections';

/** One input to annotate: its text and its options (the id among them), and the user's corrections of it. */
export interface Job {
  text: string;
  options: AnnotateOptions;
  /** Applied to the recognizer's annotation (the sidecar beside a file, or --corrections for a line). */
  corrections?: CorrectionsFile;
  /** Where the corrections come from, to name it in what is said about them ("a.txt.newslens.json"). */
  correctionsSource?: string;
  /** `eval`: the JSON is the recognizer's annotation judged by the corrections (JobEvaluation), not an annotation. */
  evaluate?: boolean;
}

/** What `eval` gets for one article: its evaluation, and how many corrections could not be placed. */
export interface JobEvaluation extends CorrectionsEvaluation {
  unplaced: number;
}

/**
 * Something to tell the user about an input besides its result: a correction that could not be placed (a
 * warning: exit status unchanged) or corrections that could not be used (an error). `where` is the file or
 * line it is about.
 */
export interface Note {
  where: string;
  reason: string;
  error: boolean;
}

/** What the recognizer recovered from in one input (kept under --verbose only), to print before its line. */
export type Recovered = Pick<AnnotateProblem, 'stage' | 'message'>;

/** The JSON line for one input, or why there is none; either way what was recovered from on the way. */
export type Result =
  | { ok: true; json: string; recovered: Recovered[]; notes?: Note[] }
  | { ok: false; reason: string; recovered: Recovered[]; notes?: Note[] };

/** How every input is written: indented or not, and whether the recovered problems are kept (--verbose). */
export interface Settings {
  pretty: boolean;
  verbose: boolean;
}

/** The result for an input whose annotation threw. */
export function failed(error: unknown): Result {
  return {
    ok: false,
    reason: `could not annotate: ${error instanceof Error ? error.message : String(error)}`,
    recovered: [],
  };
}

/** Annotates one input and turns it into its JSON line: the same function in this thread and in a worker. */
export function annotateJob(job: Job, settings: Settings): Result {
  const recovered: Recovered[] = [];
  const onProblem = settings.verbose
    ? (p: AnnotateProblem) => recovered.push({ stage: p.stage, message: String(p.message) })
    : undefined;
  try {
    const annotation = annotate(job.text, { ...job.options, onProblem });
    const { value, notes } = job.corrections
      ? corrected(job, annotation, job.corrections, settings.verbose ? recovered : null)
      : { value: annotation, notes: [] };
    const json = JSON.stringify(value, null, settings.pretty ? 2 : undefined);
    return { ok: true, json: json + '\n', recovered, ...(notes.length > 0 ? { notes } : {}) };
  } catch (error) {
    return { ...failed(error), recovered };
  }
}

/**
 * The annotation with the job's corrections applied (and `unplacedCorrections` listed when some could not
 * be placed), or, for `eval`, its evaluation; with a note for each unplaced correction. Should applying them
 * fail (a bug), the recognizer's annotation is written all the same, with an error note: an article's output
 * is never lost to its corrections.
 */
function corrected(
  job: Job,
  annotation: Annotation,
  corrections: CorrectionsFile,
  recovered: Recovered[] | null,
): { value: unknown; notes: Note[] } {
  const where = job.correctionsSource ?? job.options.id ?? 'input';
  let applied: AppliedCorrections;
  try {
    applied = applyCorrections(job.text, annotation, corrections);
  } catch (error) {
    const reason = `could not apply the corrections (annotated without them): ${error instanceof Error ? error.message : String(error)}`;
    return { value: annotation, notes: [{ where, reason, error: true }] };
  }
  // What the check after applying them repaired (a bug), shown as the recognizer's repairs are: under --verbose.
  for (const message of applied.repairs) recovered?.push({ stage: 'validate', message: `corrections: ${message}` });
  const notes = applied.unplaced.map((u) => ({
    where,
    reason: `corrections[${u.index}] not applied: ${u.reason}`,
    error: false,
  }));
  if (job.evaluate) {
    const evaluation: JobEvaluation = {
      ...evaluateCorrections(annotation, applied.annotation),
      unplaced: applied.unplaced.length,
    };
    return { value: evaluation, notes };
  }
  const value =
    applied.unplaced.length > 0 ? { ...applied.annotation, unplacedCorrections: applied.unplaced } : applied.annotation;
  return { value, notes };
}

export interface Annotator {
  /** Resolves (never rejects) with the input's result. */
  annotate(job: Job): Promise<Result>;
  /** How many inputs may be read and in flight at once: enough to keep every thread busy, few enough to bound memory. */
  readonly window: number;
  /** Stops the threads; results not yet in are dropped. */
  close(): Promise<void>;
}

/** --jobs 1: in this thread, one input at a time, as the CLI always did. */
export function inProcess(settings: Settings): Annotator {
  return {
    window: 1,
    annotate: (job) => {
      const result = annotateJob(job, settings);
      // The recognizer has run: a code cache written from now on holds it compiled (src/node/codeCache.ts).
      codeCacheControl()?.worked();
      return Promise.resolve(result);
    },
    close: () => Promise.resolve(),
  };
}

/** The number of threads for --jobs N: N, or one per core the process may use for 0 ("auto"). */
export function threadCount(jobs: number): number {
  if (jobs > 0) return jobs;
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, cores);
}

/** What a worker thread is started with (`workerData`): its settings, under a key that says it is ours. */
export interface WorkerData {
  newsLensWorker: Settings;
}

interface Task {
  job: Job;
  resolve: (result: Result) => void;
}

/** Inputs handed to a worker at once: one it annotates, one waiting in its message queue for when it is done. */
const AHEAD = 2;

/**
 * N worker threads running `script` (the CLI bundle itself, which turns into a worker when started as one),
 * started as work comes in. Each holds up to AHEAD inputs, so a thread never idles for the round trip of its
 * result and its next input. A thread that dies (out of memory on a huge input) fails the input it was on with
 * a reason, the inputs waiting behind it go back to the queue, and another thread is started for them.
 */
export class WorkerPool implements Annotator {
  readonly window: number;
  /** The inputs each worker holds, in the order it takes them: the first is the one it is annotating. */
  private readonly held = new Map<Worker, Task[]>();
  private readonly queue: Task[] = [];
  private closing = false;

  constructor(
    private readonly size: number,
    private readonly script: string,
    private readonly settings: Settings,
  ) {
    // The inputs the workers hold, and as many again read and waiting or written out of order behind a slow
    // one (results leave in input order): enough that a long article does not starve the other threads, few
    // enough to bound memory.
    this.window = 2 * AHEAD * size;
  }

  annotate(job: Job): Promise<Result> {
    return new Promise((resolve) => {
      this.queue.push({ job, resolve });
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    const workers = [...this.held.keys()];
    this.held.clear();
    await Promise.all(workers.map((w) => w.terminate().catch(() => undefined)));
  }

  private pump(): void {
    while (!this.closing && this.queue.length > 0) {
      const worker = this.leastHeld() ?? (this.held.size < this.size ? this.start() : undefined);
      if (!worker) return;
      const task = this.queue.shift() as Task;
      (this.held.get(worker) as Task[]).push(task);
      worker.postMessage(task.job);
    }
  }

  /** The worker holding fewest inputs, if one holds fewer than AHEAD (an idle one first). */
  private leastHeld(): Worker | undefined {
    let best: Worker | undefined;
    let least = AHEAD;
    for (const [worker, tasks] of this.held)
      if (tasks.length < least) {
        best = worker;
        least = tasks.length;
      }
    // While threads may still be started, start one rather than queue behind a busy one.
    return least > 0 && this.held.size < this.size ? undefined : best;
  }

  private start(): Worker {
    const data: WorkerData = { newsLensWorker: this.settings };
    const worker = new Worker(this.script, { workerData: data, stdout: false, stderr: false });
    this.held.set(worker, []);
    worker.on('message', (result: Result) => {
      this.held.get(worker)?.shift()?.resolve(result);
      this.pump();
    });
    worker.on('error', (error) => this.lost(worker, error instanceof Error ? error.message : String(error)));
    worker.on('exit', (code) => this.lost(worker, `exit code ${code}`));
    return worker;
  }

  /** A worker died: the input it was on fails with the reason, the ones waiting behind it are queued again. */
  private lost(worker: Worker, why: string): void {
    const tasks = this.held.get(worker);
    if (!tasks) return;
    this.held.delete(worker);
    const [task, ...waiting] = tasks;
    this.queue.unshift(...waiting);
    task?.resolve({ ok: false, reason: `could not annotate: the worker thread stopped (${why})`, recovered: [] });
    this.pump();
  }
}

/**
 * Results written in input order: `push` takes each input's result as a promise, keeps at most `window`
 * of them pending, and hands them to `emit` in the order they were pushed, waiting for each (and for
 * `emit`, which waits for the output to drain) before taking more. So at most `window` inputs are in
 * memory, and a slow reader of the output slows the reading of the input.
 */
export class InOrder<T> {
  private readonly pending: Array<Promise<T>> = [];

  constructor(
    private readonly window: number,
    private readonly emit: (result: T) => Promise<void>,
  ) {}

  async push(result: Promise<T>): Promise<void> {
    this.pending.push(result);
    while (this.pending.length >= this.window) await this.emit(await (this.pending.shift() as Promise<T>));
  }

  /** Writes the rest; with `drop`, forgets them instead (the reader has gone). */
  async finish(drop = false): Promise<void> {
    if (drop) this.pending.length = 0;
    while (this.pending.length > 0) await this.emit(await (this.pending.shift() as Promise<T>));
  }
}
