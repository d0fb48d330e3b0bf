import type { AnnotateOptions, AnnotateProblem } from '../core';
import { type Annotator, failed, InOrder, type Result } from './annotator';
import { decodeText } from './decode';
import { expandPaths, type Input } from './files';
import type { Output } from './output';
import { Progress } from './progress';
import { readInput } from './read';
import type { Problems } from './report';

/**
 * Annotates the files and directories named on the command line, one JSON record each, in order, on
 * `annotator` (this thread, or worker threads: the output is the same). `base`: options for every file
 * (the attribution scope). Only the file names are gathered up front; at most `annotator.window` files
 * are read and in flight at once.
 */
export async function annotateFiles(
  paths: string[],
  out: Output,
  problems: Problems,
  annotator: Annotator,
  base: AnnotateOptions = {},
): Promise<void> {
  const inputs: Input[] = [];
  for await (const input of expandPaths(paths)) inputs.push(input);
  const total = inputs.filter((i) => i.kind === 'file').length;
  const progress = new Progress(process.stderr, 'files');
  problems.setProgress(progress);
  let done = 0;
  const inOrder = new InOrder<{ input: Input; result: Result }>(annotator.window, async ({ input, result }) => {
    if (out.closed) return;
    const listener = problems.listener(input.path);
    if (listener) for (const p of result.recovered) listener(p as AnnotateProblem);
    if (result.ok) await out.write(result.json);
    else problems.error(input.path, result.reason);
    if (input.kind === 'file') progress.update(++done, total);
  });
  for (const input of inputs) {
    if (out.closed) break;
    await inOrder.push(
      annotateFile(input, annotator, base).then(
        (result) => ({ input, result }),
        (error: unknown) => ({ input, result: failed(error) }),
      ),
    );
  }
  await inOrder.finish(out.closed);
  progress.clear();
  if (inputs.length === 0) process.stderr.write('news-lens: no .txt files found\n');
}

/** The result for one input: its JSON line, or why it could not be read or annotated. Never rejects. */
async function annotateFile(input: Input, annotator: Annotator, base: AnnotateOptions): Promise<Result> {
  if (input.kind === 'error') return { ok: false, reason: input.reason, recovered: [] };
  const read = await readInput(input.path);
  if (!read.ok) return { ok: false, reason: read.reason, recovered: [] };
  const decoded = decodeText(read.bytes);
  if (!decoded.ok) return { ok: false, reason: decoded.reason, recovered: [] };
  return annotator.annotate({ text: decoded.text, options: { ...base, id: input.path } });
}
