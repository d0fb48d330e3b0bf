import type { AnnotateOptions, AnnotateProblem } from '../core';
import { type Annotator, failed, InOrder, type Job, type Result } from './annotator';
import type { CorrectionsById } from './corrections';
import { firstInvalidUtf8 } from './decode';
import { readLines } from './lines';
import type { Output } from './output';
import { Progress } from './progress';
import { MAX_INPUT_BYTES, tooLarge } from './read';
import type { Problems } from './report';

// Fatal, as file mode is: a line that is not UTF-8 is refused, not silently given U+FFFD. The BOM is
// kept here and dropped by hand, only before the first line (one mid-stream is not a byte-order mark).
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Reads JSON lines {"id", "text"} (and optionally "knownPeople") from `input` and writes one annotation
 * line per input line, in order, annotated on `annotator` (this thread, or worker threads: the output is
 * the same). Blank lines are skipped; a bad line (not UTF-8, over `maxBytes`, not JSON, not the right
 * shape) is reported by its number and the next line is done. At most `annotator.window` lines are in
 * flight; reading stops while the output is not drained. `corrections` (--corrections FILE): applied to the
 * lines of their ids; ids no line has are said at the end.
 */
export async function annotateJsonl(
  input: AsyncIterable<Buffer | string>,
  out: Output,
  problems: Problems,
  annotator: Annotator,
  maxBytes = MAX_INPUT_BYTES,
  base: AnnotateOptions = {},
  corrections?: { source: string; byId: CorrectionsById['byId'] },
): Promise<void> {
  const used = new Set<string>();
  const progress = new Progress(process.stderr, 'lines');
  problems.setProgress(progress);
  let done = 0;
  const inOrder = new InOrder<{ where: string; result: Result }>(annotator.window, async ({ where, result }) => {
    if (out.closed) return;
    const listener = problems.listener(where);
    if (listener) for (const p of result.recovered) listener(p as AnnotateProblem);
    problems.notes(result.notes);
    if (!result.ok) {
      problems.error(where, result.reason);
      return;
    }
    await out.write(result.json);
    progress.update(++done);
  });
  const refuse = (where: string, reason: string) => inOrder.push(Promise.resolve({ where, result: refused(reason) }));
  for await (const line of readLines(input, maxBytes)) {
    if (out.closed) break;
    const where = `stdin line ${line.lineNo}`;
    if (line.tooLarge) {
      await refuse(where, tooLarge(maxBytes, 'line'));
      continue;
    }
    let bytes = line.bytes;
    if (line.lineNo === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
    let text: string;
    try {
      text = utf8.decode(bytes);
    } catch {
      const at = firstInvalidUtf8(bytes);
      const byte = (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0');
      await refuse(where, `not UTF-8 text (invalid byte 0x${byte} at offset ${at} of the line)`);
      continue;
    }
    if (text.trim() === '') continue;
    const parsed = parseLine(text, line.lineNo);
    if (typeof parsed === 'string') {
      await refuse(where, parsed);
      continue;
    }
    const job: Job = { text: parsed.text, options: { ...base, ...parsed.options } };
    const id = parsed.options.id;
    const fix = corrections && id !== undefined ? corrections.byId.get(id) : undefined;
    if (corrections && fix && id !== undefined) {
      used.add(id);
      job.corrections = fix.file;
      job.correctionsSource = `${corrections.source} line ${fix.line}`;
    }
    await inOrder.push(
      annotator.annotate(job).then(
        (result) => ({ where, result }),
        (error: unknown) => ({ where, result: failed(error) }),
      ),
    );
  }
  await inOrder.finish(out.closed);
  progress.clear();
  if (corrections && !out.closed) {
    for (const [id, { line }] of corrections.byId) {
      if (!used.has(id)) {
        problems.warn(`${corrections.source} line ${line}`, `no input line has id ${JSON.stringify(id)}: not applied`);
      }
    }
  }
}

const refused = (reason: string): Result => ({ ok: false, reason, recovered: [] });

/** What "id" may be, said in every refusal of one. */
export const ID_ACCEPTED =
  '"id" must be a string, or an integer from -9007199254740991 to 9007199254740991 in plain digits (quote other ids)';

/** The text and options of one input line, or the reason it is unusable. */
export function parseLine(line: string, lineNo: number): { text: string; options: AnnotateOptions } | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return `not JSON (${error instanceof Error ? error.message : String(error)})`;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return 'expected a JSON object {"id", "text"}';
  const record = value as Record<string, unknown>;
  if (typeof record.text !== 'string') return '"text" must be a string';
  const id = parseId(record.id, line, lineNo);
  if (id.error !== undefined) return id.error;
  const options: AnnotateOptions = { id: id.id };
  if (record.knownPeople !== undefined) {
    if (
      !Array.isArray(record.knownPeople) ||
      !record.knownPeople.every((p) => p && typeof p === 'object' && typeof p.name === 'string')
    ) {
      return '"knownPeople" must be a list of {"name", "role"?, "aliases"?}';
    }
    options.knownPeople = record.knownPeople;
  }
  return { text: record.text, options };
}

/**
 * The id to echo: a string as it is; a number only when the line writes it as plain digits and it is
 * a safe integer, echoed exactly as written (JSON.parse would turn 9007199254740993 into ...992 and
 * 1e400 into Infinity, so the number itself is not to be trusted); missing or null: the line number.
 */
function parseId(value: unknown, line: string, lineNo: number): { id: string; error?: undefined } | { error: string } {
  if (value === undefined || value === null) return { id: String(lineNo) };
  if (typeof value === 'string') return { id: value };
  if (typeof value === 'number') {
    const raw = rawMember(line, 'id') ?? String(value);
    if (/^-?(0|[1-9][0-9]*)$/.test(raw) && Number.isSafeInteger(value)) return { id: raw };
    return { error: `${ID_ACCEPTED}; got ${raw.length > 40 ? raw.slice(0, 40) + '…' : raw}` };
  }
  const got = typeof value === 'boolean' ? String(value) : Array.isArray(value) ? 'a list' : 'an object';
  return { error: `${ID_ACCEPTED}; got ${got}` };
}

/**
 * The source text of the value of member `key` of the JSON object `json` (valid JSON: JSON.parse took
 * it), at the top level, the last one if repeated (as JSON.parse does); undefined if there is none.
 */
export function rawMember(json: string, key: string): string | undefined {
  let i = skipSpace(json, 0);
  if (json[i] !== '{') return undefined;
  let found: string | undefined;
  i = skipSpace(json, i + 1);
  while (json[i] === '"') {
    const keyEnd = skipString(json, i);
    const name = JSON.parse(json.slice(i, keyEnd)) as string;
    i = skipSpace(json, skipSpace(json, keyEnd) + 1); // past the ':'
    const valueEnd = skipValue(json, i);
    if (name === key) found = json.slice(i, valueEnd);
    i = skipSpace(json, valueEnd);
    if (json[i] !== ',') break;
    i = skipSpace(json, i + 1);
  }
  return found;
}

function skipSpace(s: string, i: number): number {
  while (i < s.length && (s[i] === ' ' || s[i] === '\t' || s[i] === '\n' || s[i] === '\r')) i++;
  return i;
}

/** Index just past the string starting at `i` (a '"'). */
function skipString(s: string, i: number): number {
  let j = i + 1;
  for (;;) {
    const q = s.indexOf('"', j);
    if (q < 0) return s.length;
    let backslashes = 0;
    for (let k = q - 1; s[k] === '\\'; k--) backslashes++;
    if (backslashes % 2 === 0) return q + 1;
    j = q + 1;
  }
}

/** Index just past the JSON value starting at `i`. */
function skipValue(s: string, i: number): number {
  const c = s[i];
  if (c === '"') return skipString(s, i);
  if (c === '{' || c === '[') {
    let depth = 0;
    let j = i;
    while (j < s.length) {
      const d = s[j];
      if (d === '"') {
        j = skipString(s, j);
        continue;
      }
      if (d === '{' || d === '[') depth++;
      else if (d === '}' || d === ']') {
        depth--;
        if (depth === 0) return j + 1;
      }
      j++;
    }
    return j;
  }
  let j = i;
  while (j < s.length && !',}] \t\n\r'.includes(s[j])) j++;
  return j;
}
