import { constants as fsConstants, promises as fs } from 'fs';
import { fsReason, notRegular } from './files';

/**
 * The largest input the CLI reads: one file, or one line of --jsonl input. News articles are a few
 * kilobytes; the recognizer handles multi-megabyte texts (measured: 16 MiB in 7 s and 330 MB, i.e.
 * ~0.4 s and ~17 MB per MiB, so 64 MiB takes about half a minute and ~1 GB, inside Node's default heap
 * on any machine that can run VS Code; the JSON written is ~2.5 times the input). The cap keeps
 * a mistaken argument (a disk image, a huge log, a core dump) from eating the machine,
 * and it is far below the longest string V8 can make (~512 Mi UTF-16 code units), which UTF-8 of this
 * size can never reach (one byte never decodes to more than one code unit), so decoding always fits.
 */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

export type ReadResult = { ok: true; bytes: Buffer } | { ok: false; reason: string };

/** "64 MiB", "10 bytes": a byte count as people read it. */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024 && n % (1024 * 1024) === 0) return `${n / (1024 * 1024)} MiB`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024} KiB`;
  return `${n} byte${n === 1 ? '' : 's'}`;
}

/** The reason given for an input over the cap. */
export function tooLarge(maxBytes: number, what = 'file'): string {
  return `too large (over ${formatBytes(maxBytes)}, the limit for one ${what})`;
}

// O_NONBLOCK: opening a FIFO must not wait for a writer, should it replace the file between stat and open.
// (Not defined on Windows, which has no FIFOs in the file system.)
const OPEN_FLAGS = fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0);

/**
 * Reads a regular file, at most `maxBytes` of it. Anything else (a FIFO, a device, a socket) is refused
 * without being opened for reading, so the CLI never blocks on it nor reads an endless device; a file
 * over the cap is refused, whatever its size claims (files in /proc say 0 and have content; a file may
 * grow while it is read).
 */
export async function readInput(file: string, maxBytes = MAX_INPUT_BYTES): Promise<ReadResult> {
  let handle: fs.FileHandle | undefined;
  try {
    const before = notRegular(await fs.stat(file));
    if (before) return { ok: false, reason: before };
    handle = await fs.open(file, OPEN_FLAGS);
    const stat = await handle.stat();
    const now = notRegular(stat);
    if (now) return { ok: false, reason: now };
    if (stat.size > maxBytes) return { ok: false, reason: tooLarge(maxBytes) };
    // One byte more than allowed is read, to tell a file of exactly maxBytes from a longer one.
    let chunk = Buffer.allocUnsafe(Math.min(maxBytes + 1, Math.max(stat.size + 1, 64 * 1024)));
    let length = 0;
    for (;;) {
      if (length === chunk.length) {
        if (length > maxBytes) return { ok: false, reason: tooLarge(maxBytes) };
        const bigger = Buffer.allocUnsafe(Math.min(maxBytes + 1, chunk.length * 2));
        chunk.copy(bigger, 0, 0, length);
        chunk = bigger;
      }
      const { bytesRead } = await handle.read(chunk, length, chunk.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes) return { ok: false, reason: tooLarge(maxBytes) };
    return { ok: true, bytes: chunk.subarray(0, length) };
  } catch (error) {
    return { ok: false, reason: fsReason(error) };
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
