import { promises as fs, type Stats } from 'fs';
import * as path from 'path';

/** One input the CLI was asked for: a file to annotate, or a path it cannot use and why. */
export type Input = { kind: 'file'; path: string } | { kind: 'error'; path: string; reason: string };

/**
 * Expands the command line's paths, in order: a file stands for itself (whatever its extension), a
 * directory for its .txt files at any depth, sorted by name at each level so the order is the same on
 * every machine. Symbolic links are followed; a directory already visited is skipped (no loops). Only
 * regular files are inputs: a FIFO, device or socket named on the command line is an error, and one
 * met inside a directory is skipped like any other file that is not a .txt file.
 */
export async function* expandPaths(paths: string[]): AsyncGenerator<Input> {
  for (const p of paths) {
    let stat;
    try {
      stat = await fs.stat(p);
    } catch (error) {
      yield { kind: 'error', path: p, reason: fsReason(error) };
      continue;
    }
    if (stat.isDirectory()) yield* walk(p, new Set());
    else if (stat.isFile()) yield { kind: 'file', path: p };
    else yield { kind: 'error', path: p, reason: notRegular(stat) ?? 'not a regular file' }; // never opened: a FIFO would block, a device never end
  }
}

async function* walk(dir: string, seen: Set<string>): AsyncGenerator<Input> {
  let real: string;
  let entries;
  try {
    real = await fs.realpath(dir);
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (error) {
    yield { kind: 'error', path: dir, reason: fsReason(error) };
    return;
  }
  if (seen.has(real)) return;
  seen.add(real);
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const s = await fs.stat(full);
        isDir = s.isDirectory();
        isFile = s.isFile();
      } catch {
        continue; // A dangling link inside a directory is not an input anyone asked for.
      }
    }
    if (isDir) yield* walk(full, seen);
    else if (isFile && /\.txt$/i.test(entry.name)) yield { kind: 'file', path: full };
  }
}

/** Why a file-system entry that is not a regular file cannot be read ("not a regular file (a FIFO)"), or null. */
export function notRegular(stat: Stats): string | null {
  if (stat.isFile()) return null;
  const kind = stat.isDirectory()
    ? 'a directory'
    : stat.isFIFO()
      ? 'a FIFO'
      : stat.isCharacterDevice()
        ? 'a character device'
        : stat.isBlockDevice()
          ? 'a block device'
          : stat.isSocket()
            ? 'a socket'
            : 'of an unknown kind';
  return `not a regular file (${kind})`;
}

/** A short reason for a failed file-system call ("no such file or directory"). */
export function fsReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'not a directory';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'ERR_FS_FILE_TOO_LARGE':
      return 'file too large to read';
    case 'ENXIO':
      return 'not a regular file (no device or reader behind it)';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
