import type { AnnotateOptions, AnnotateProblem } from '../core';
import { type Annotator, failed, InOrder, type Job, type Note, type Result } from './annotator';
import { readSidecar, unusable } from './corrections';
import { decodeText } from './decode';
import { expandPaths, type Input } from './files';
import type { Output } from './output';
import { Progress } from './progress';
import { readInput } from './read';
import type { Problems } from './report';

/**
 * Annotates the files and directories named on the command line, one JSON record each, in order, on
 * `annotator` (this thread, or worker threads: the output is the same). `base`: options for every file
 * (the attribution scope). With `corrections`, a file's corrections in `<file>.newslens.json` beside it are
 * applied (one that cannot be used is an error, and the file is annotated without it). Only the file names
 * are gathered up front; at most `annotator.window` files are read and in flight at once.
 */
export async function annotateFiles(
  paths: string[],
  out: Output,
  problems: Problems,
  annotator: Annotator,
  base: AnnotateOptions = {},
  corrections = true,
): Promise<void> {
  const { inputs } = await eachAnnotated(
    paths,
    problems,
    annotator,
    { base, corrections: corrections ? 'apply' : 'ignore', stopped: () => out.closed },
    (_path, json) => out.write(json),
  );
  if (inputs === 0) process.stderr.write('news-lens: no .txt files found\n');
}

/**
 * The loop `annotate`, `sources` and `eval` share over the files and directories under `paths`: every file is
 * annotated on `annotator` (at most `annotator.window` in flight), and, in the files' order, its recovered
 * problems and notes are reported, a failure is an error naming the file, and a result goes to `take` with
 * its JSON; a file `annotateFile` skips (eval: no corrections beside it) goes nowhere. A terminal shows
 * progress. `stopped`: the output went away, so nothing more is read or taken. Returns the number of inputs
 * named (files and errors) and of files judged (not skipped).
 */
export async function eachAnnotated(
  paths: string[],
  problems: Problems,
  annotator: Annotator,
  how: { base: AnnotateOptions; corrections: 'apply' | 'ignore' | 'evaluate'; stopped?: () => boolean },
  take: (path: string, json: string) => Promise<void> | void,
): Promise<{ inputs: number; judged: number }> {
  const stopped = how.stopped ?? (() => false);
  const inputs: Input[] = [];
  for await (const input of expandPaths(paths)) inputs.push(input);
  const total = inputs.filter((i) => i.kind === 'file').length;
  const progress = new Progress(process.stderr, 'files');
  problems.setProgress(progress);
  let done = 0;
  let judged = 0;
  const inOrder = new InOrder<{ input: Input; result: Result | null }>(annotator.window, async ({ input, result }) => {
    if (stopped()) return;
    if (result !== null) {
      judged++;
      const listener = problems.listener(input.path);
      if (listener) for (const p of result.recovered) listener(p as AnnotateProblem);
      problems.notes(result.notes);
      if (result.ok) await take(input.path, result.json);
      else problems.error(input.path, result.reason);
    }
    if (input.kind === 'file') progress.update(++done, total);
  });
  for (const input of inputs) {
    if (stopped()) break;
    await inOrder.push(
      annotateFile(input, annotator, how.base, how.corrections).then(
        (result) => ({ input, result }),
        (error: unknown) => ({ input, result: failed(error) }),
      ),
    );
  }
  await inOrder.finish(stopped());
  progress.clear();
  return { inputs: inputs.length, judged };
}

/**
 * The result for one input: its JSON line, or why it could not be read or annotated. Never rejects.
 * `corrections`: 'apply' the sidecar's if there is one, 'ignore' it, or 'evaluate' by it (for `eval`: only a
 * file with corrections is annotated, its result is its evaluation; null: the file has none).
 */
export async function annotateFile(
  input: Input,
  annotator: Annotator,
  base: AnnotateOptions,
  corrections: 'apply' | 'ignore' | 'evaluate',
): Promise<Result | null> {
  if (input.kind === 'error') return { ok: false, reason: input.reason, recovered: [] };
  const notes: Note[] = [];
  const job: Job = { text: '', options: { ...base, id: input.path } };
  if (corrections !== 'ignore') {
    const sidecar = await readSidecar(input.path);
    if (sidecar.kind === 'bad' && corrections === 'apply') {
      notes.push({ where: sidecar.path, reason: unusable(sidecar.reason), error: true });
    }
    if (sidecar.kind === 'ok') {
      job.corrections = sidecar.file;
      job.correctionsSource = sidecar.path;
    }
    if (corrections === 'evaluate') {
      if (sidecar.kind === 'none') return null;
      if (sidecar.kind === 'bad') {
        return {
          ok: false,
          reason: `not evaluated: its corrections ${sidecar.path} cannot be used: ${sidecar.reason}`,
          recovered: [],
        };
      }
      job.evaluate = true;
    }
  }
  const read = await readInput(input.path);
  if (!read.ok) return { ok: false, reason: read.reason, recovered: [], notes };
  const decoded = decodeText(read.bytes);
  if (!decoded.ok) return { ok: false, reason: decoded.reason, recovered: [], notes };
  job.text = decoded.text;
  const result = await annotator.annotate(job);
  return notes.length > 0 ? { ...result, notes: [...notes, ...(result.notes ?? [])] } : result;
}
