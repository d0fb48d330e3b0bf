import { annotate, type AnnotateOptions } from '../core';
import { decodeText } from './decode';
import { expandPaths, type Input } from './files';
import type { Output } from './output';
import { Progress } from './progress';
import { readInput } from './read';
import type { Problems } from './report';

/** Annotates the files and directories named on the command line, one JSON record each, in order. */
/** `base`: options for every file (the attribution scope). */
export async function annotateFiles(
  paths: string[],
  out: Output,
  problems: Problems,
  pretty: boolean,
  base: AnnotateOptions = {},
): Promise<void> {
  const inputs: Input[] = [];
  for await (const input of expandPaths(paths)) inputs.push(input);
  const total = inputs.filter((i) => i.kind === 'file').length;
  const progress = new Progress(process.stderr, 'files');
  problems.setProgress(progress);
  let done = 0;
  for (const input of inputs) {
    if (out.closed) break;
    if (input.kind === 'error') {
      problems.error(input.path, input.reason);
      continue;
    }
    const line = await annotateFile(input.path, problems, pretty, base);
    if (line !== null) await out.write(line);
    progress.update(++done, total);
  }
  progress.clear();
  if (inputs.length === 0) process.stderr.write('news-lens: no .txt files found\n');
}

/** The JSON line for one file, or null after reporting why it could not be annotated. */
async function annotateFile(
  file: string,
  problems: Problems,
  pretty: boolean,
  base: AnnotateOptions,
): Promise<string | null> {
  const read = await readInput(file);
  if (!read.ok) {
    problems.error(file, read.reason);
    return null;
  }
  const decoded = decodeText(read.bytes);
  if (!decoded.ok) {
    problems.error(file, decoded.reason);
    return null;
  }
  try {
    return (
      JSON.stringify(
        annotate(decoded.text, { ...base, id: file, onProblem: problems.listener(file) }),
        null,
        pretty ? 2 : undefined,
      ) + '\n'
    );
  } catch (error) {
    problems.error(file, `could not annotate: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
}
