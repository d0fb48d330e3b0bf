import * as fs from 'node:fs';
import { isMainThread, parentPort, workerData } from 'worker_threads';
import { parseArgs } from './args';
import { annotateFiles } from './annotate-files';
import { annotateJsonl } from './annotate-jsonl';
import { type CorrectionsById, readCorrectionsJsonl } from './corrections';
import { evaluateFiles } from './eval';
import { annotationsOfFiles, annotationsOfJsonl, writeSources } from './sources';
import {
  annotateJob,
  type Annotator,
  inProcess,
  type Job,
  threadCount,
  WorkerPool,
  type Settings,
  type WorkerData,
} from './annotator';
import { codeCacheControl } from '../node/codeCacheControl';
import { Output } from './output';
import { printable, Problems } from './report';
import { USAGE, VERSION } from './usage';

/** `news-lens`: annotates news articles and writes JSON. Exit 0 done, 1 some input failed or output could not be written, 2 bad usage. */
async function main(argv: string[]): Promise<number> {
  const command = parseArgs(argv);
  // Every write to stdout goes through `out`, so a full disk or a closed pipe never escapes as a stack trace.
  const out = new Output(process.stdout);
  switch (command.kind) {
    case 'help':
      await out.write(USAGE);
      await out.flush();
      return out.failed ? 1 : 0;
    case 'version':
      await out.write(`news-lens ${VERSION}\n`);
      await out.flush();
      return out.failed ? 1 : 0;
    case 'usage-error':
      process.stderr.write(`news-lens: ${printable(command.message)}\n\n${USAGE}`); // the message quotes an argument
      return 2;
    case 'annotate': {
      const problems = new Problems(process.stderr, undefined, command.verbose);
      const base = { attributions: command.attributions };
      const settings = { pretty: command.pretty, verbose: command.verbose };
      const annotator = annotatorFor(command.jobs, settings);
      try {
        const stdinProblem = command.jsonl ? unreadableStdin() : null;
        if (stdinProblem) problems.error('stdin', stdinProblem);
        else if (command.jsonl) {
          const corrections = await jsonlCorrections(command.correctionsFile, problems);
          await annotateJsonl(process.stdin, out, problems, annotator, undefined, base, corrections);
        } else await annotateFiles(command.paths, out, problems, annotator, base, !command.noCorrections);
      } finally {
        await annotator.close();
      }
      await out.flush();
      return problems.count > 0 || out.failed ? 1 : 0;
    }
    case 'sources': {
      const problems = new Problems(process.stderr, undefined, command.verbose);
      const settings = { pretty: false, verbose: command.verbose };
      const annotator = annotatorFor(command.jobs, settings);
      const base = { attributions: command.attributions };
      try {
        const stdinProblem = command.jsonl ? unreadableStdin() : null;
        if (stdinProblem) problems.error('stdin', stdinProblem);
        else {
          let articles;
          if (command.jsonl) {
            const corrections = await jsonlCorrections(command.correctionsFile, problems);
            articles = await annotationsOfJsonl(process.stdin, problems, annotator, base, corrections);
          } else articles = await annotationsOfFiles(command.paths, problems, annotator, base, !command.noCorrections);
          await writeSources(articles, out, command.format, command.pretty);
        }
      } finally {
        await annotator.close();
      }
      await out.flush();
      return problems.count > 0 || out.failed ? 1 : 0;
    }
    case 'eval': {
      const problems = new Problems(process.stderr, undefined, command.verbose);
      const settings = { pretty: command.pretty, verbose: command.verbose };
      const annotator = annotatorFor(command.jobs, settings);
      try {
        const format = { json: command.json, pretty: command.pretty };
        await evaluateFiles(command.paths, out, problems, annotator, { attributions: command.attributions }, format);
      } finally {
        await annotator.close();
      }
      await out.flush();
      return problems.count > 0 || out.failed ? 1 : 0;
    }
  }
}

/** The corrections of --corrections FILE for --jsonl input (its problems said), or undefined without it. */
async function jsonlCorrections(
  file: string | undefined,
  problems: Problems,
): Promise<{ source: string; byId: CorrectionsById['byId'] } | undefined> {
  if (file === undefined) return undefined;
  const read = await readCorrectionsJsonl(file);
  for (const p of read.problems) problems.error(p.where, p.reason);
  return { source: file, byId: read.byId };
}

/** Why standard input cannot be read as JSON lines (a directory reads as empty in Node), or null. */
function unreadableStdin(): string | null {
  try {
    return fs.fstatSync(0).isDirectory() ? 'is a directory, not JSON lines' : null;
  } catch {
    return null; // no standard input to stat (closed): reading it ends at once, as before
  }
}

/**
 * Where the inputs are annotated. One thread: here, no worker to start. More: a pool of worker threads that start
 * the way this process started (dist/cli.js, the launcher, so they read the code cache and, having annotated,
 * write it when there is none; this bundle when run directly).
 */
function annotatorFor(jobs: number, settings: Settings): Annotator {
  const threads = threadCount(jobs);
  return threads === 1
    ? inProcess(settings)
    : new WorkerPool(threads, codeCacheControl()?.entry ?? __filename, settings);
}

/** In a worker thread of --jobs N: annotate each input posted, post its result back. */
function serveAsWorker(data: WorkerData): void {
  const port = parentPort;
  if (!port) return;
  port.on('message', (job: Job) => {
    port.postMessage(annotateJob(job, data.newsLensWorker));
    codeCacheControl()?.worked();
  });
}

const asWorker = !isMainThread && (workerData as Partial<WorkerData> | null)?.newsLensWorker;
if (asWorker) serveAsWorker(workerData as WorkerData);
else start();

function start(): void {
  // Nowhere left to report a failure to write an error message (stderr on a full disk): do not crash on it.
  process.stderr.on('error', () => undefined);

  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(`news-lens: internal error: ${error instanceof Error ? error.stack : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
