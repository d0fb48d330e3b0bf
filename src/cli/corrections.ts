/**
 * Reading the user's corrections for the CLI: the sidecar `<file>.newslens.json` beside an article, or a
 * --corrections file of JSON lines {"id", "version", "corrections"} for --jsonl input. What cannot be used is
 * said (the file and the reason); the articles are annotated all the same, without those corrections.
 */
import { promises as fs } from 'fs';
import { checkCorrections, parseCorrections, sidecarPath, type CorrectionsFile } from '../core/corrections';
import { rawMember } from './annotate-jsonl';
import { fsReason } from './files';
import { readInput } from './read';

/** The largest corrections file read: far past any user's corrections (a few hundred bytes each). */
export const MAX_CORRECTIONS_BYTES = 16 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** An article's sidecar: none, its corrections, or why it cannot be used (`path`: the sidecar's). */
export type Sidecar =
  | { kind: 'none' }
  | { kind: 'ok'; path: string; file: CorrectionsFile }
  | { kind: 'bad'; path: string; reason: string };

/** The corrections beside `articlePath` (`<articlePath>.newslens.json`), if there are any. */
export async function readSidecar(articlePath: string): Promise<Sidecar> {
  const path = sidecarPath(articlePath);
  try {
    await fs.stat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'none' };
    return { kind: 'bad', path, reason: fsReason(error) };
  }
  const text = await readText(path);
  if (!text.ok) return { kind: 'bad', path, reason: text.reason };
  const { file, problems } = parseCorrections(text.text);
  if (!file) return { kind: 'bad', path, reason: problems.join('; ') };
  return { kind: 'ok', path, file };
}

/** The reason corrections are not applied, saying what is done instead. */
export const unusable = (why: string) => `corrections not applied (the article is annotated without them): ${why}`;

/** A corrections file's text (UTF-8, a byte-order mark dropped), or why it cannot be read. */
async function readText(path: string): Promise<{ ok: true; text: string } | { ok: false; reason: string }> {
  const read = await readInput(path, MAX_CORRECTIONS_BYTES);
  if (!read.ok) return read;
  try {
    return { ok: true, text: utf8.decode(read.bytes) };
  } catch {
    return { ok: false, reason: 'not UTF-8 text' };
  }
}

/** The corrections of a --corrections file, by article id, and what was wrong in it (file and line). */
export interface CorrectionsById {
  byId: Map<string, { file: CorrectionsFile; line: number }>;
  problems: Array<{ where: string; reason: string }>;
}

/**
 * Reads a --corrections file: one JSON object per line, {"id": ..., "version": 1, "corrections": [...]}, the id
 * matched as --jsonl input's is (a string, or an integer as written). A bad line is a problem and is skipped;
 * an unreadable file is one problem and no corrections.
 */
export async function readCorrectionsJsonl(path: string): Promise<CorrectionsById> {
  const byId = new Map<string, { file: CorrectionsFile; line: number }>();
  const problems: Array<{ where: string; reason: string }> = [];
  const text = await readText(path);
  if (!text.ok) {
    problems.push({ where: path, reason: unusable(text.reason) });
    return { byId, problems };
  }
  text.text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') return;
    const where = `${path} line ${i + 1}`;
    const bad = (reason: string) => problems.push({ where, reason: unusable(reason) });
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      return bad(`not JSON (${error instanceof Error ? error.message : String(error)})`);
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      return bad('expected a JSON object {"id", "version", "corrections"}');
    }
    const { id: rawId, ...rest } = value as Record<string, unknown>;
    let id: string;
    if (typeof rawId === 'string') id = rawId;
    else if (typeof rawId === 'number' && Number.isSafeInteger(rawId)) id = rawMember(line, 'id') ?? String(rawId);
    else return bad('"id" must be the id of an input line (a string or an integer)');
    const reasons = checkCorrections(rest);
    if (reasons.length > 0) return bad(reasons.join('; '));
    const earlier = byId.get(id);
    if (earlier)
      return bad(`id ${JSON.stringify(id)} already has corrections (line ${earlier.line}); put them on one line`);
    byId.set(id, { file: rest as unknown as CorrectionsFile, line: i + 1 });
  });
  return { byId, problems };
}
