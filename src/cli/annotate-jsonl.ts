import * as readline from 'readline';
import { annotate, type AnnotateOptions } from '../core';
import type { Output } from './output';
import { Progress } from './progress';
import type { Problems } from './report';

/**
 * Reads JSON lines {"id", "text"} (and optionally "knownPeople") from `input` and writes one annotation
 * line per input line, in order. Blank lines are skipped; a bad line is reported by its number.
 */
export async function annotateJsonl(input: NodeJS.ReadableStream, out: Output, problems: Problems, pretty: boolean): Promise<void> {
  const progress = new Progress(process.stderr, 'lines');
  problems.setProgress(progress);
  const lines = readline.createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0;
  let done = 0;
  for await (const line of lines) {
    lineNo++;
    if (out.closed) break;
    if (line.trim() === '') continue;
    const parsed = parseLine(line, lineNo);
    if (typeof parsed === 'string') {
      problems.error(`stdin line ${lineNo}`, parsed);
      continue;
    }
    let json: string;
    try {
      json = JSON.stringify(annotate(parsed.text, parsed.options), null, pretty ? 2 : undefined) + '\n';
    } catch (error) {
      problems.error(`stdin line ${lineNo}`, `could not annotate: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    await out.write(json);
    progress.update(++done);
  }
  lines.close();
  progress.clear();
}

/** The text and options of one input line, or the reason it is unusable. */
function parseLine(line: string, lineNo: number): { text: string; options: AnnotateOptions } | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return `not JSON (${error instanceof Error ? error.message : String(error)})`;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return 'expected a JSON object {"id", "text"}';
  const record = value as Record<string, unknown>;
  if (typeof record.text !== 'string') return '"text" must be a string';
  let id: string;
  if (record.id === undefined || record.id === null) id = String(lineNo);
  else if (typeof record.id === 'string' || typeof record.id === 'number') id = String(record.id);
  else return '"id" must be a string';
  const options: AnnotateOptions = { id };
  if (record.knownPeople !== undefined) {
    if (!Array.isArray(record.knownPeople) || !record.knownPeople.every((p) => p && typeof p === 'object' && typeof p.name === 'string')) {
      return '"knownPeople" must be a list of {"name", "role"?, "aliases"?}';
    }
    options.knownPeople = record.knownPeople;
  }
  return { text: record.text, options };
}
