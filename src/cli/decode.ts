/** Turns a file's bytes into text, or says why they are not UTF-8 text. */
import { MAX_INPUT_BYTES, tooLarge } from './read';
import { bytesLookBinary, SCAN_UNITS } from '../core/binary';

export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

export interface DecodeOptions {
  /** Longer input is refused as too large (default MAX_INPUT_BYTES; tests pass a small one). */
  maxBytes?: number;
  /** What the bytes are, for the "too large" message: "file" (default) or "line". */
  what?: string;
  /** The UTF-8 decoder, throwing on invalid input (tests stub it to fail as V8 does past its longest string). */
  decode?: (bytes: Uint8Array) => string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const decodeUtf8 = (bytes: Uint8Array): string => utf8.decode(bytes);

/**
 * Decodes UTF-8 (a byte-order mark is dropped, as editors do, so offsets match what VS Code shows).
 * Refuses UTF-16 (with a byte-order mark, or recognizably without one), binary data (NUL bytes or mostly control characters) and invalid UTF-8, naming the
 * first bad byte; input over `maxBytes` (or past the longest string V8 can make) is "too large".
 */
export function decodeText(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
  const maxBytes = options.maxBytes ?? MAX_INPUT_BYTES;
  if (bytes.length > maxBytes) return { ok: false, reason: tooLarge(maxBytes, options.what) };
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { ok: false, reason: 'UTF-16 text, not UTF-8 (convert it, e.g. iconv -f UTF-16 -t UTF-8)' };
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const order = utf16ByteOrder(bytes);
    if (order) {
      const [name, iconv] = order === 'le' ? ['little-endian', 'UTF-16LE'] : ['big-endian', 'UTF-16BE'];
      return {
        ok: false,
        reason: `looks like UTF-16 without a byte-order mark (${name}); save it as UTF-8 (e.g. iconv -f ${iconv} -t UTF-8)`,
      };
    }
  }
  // The editor's rule (src/core/binary.ts): a NUL or too many control characters in the first 64K.
  if (bytesLookBinary(bytes)) {
    const reason = nul >= 0 && nul < SCAN_UNITS ? `NUL byte at offset ${nul}` : 'mostly control characters';
    return { ok: false, reason: `binary file (${reason})` };
  }
  let text: string;
  try {
    text = (options.decode ?? decodeUtf8)(bytes);
  } catch (error) {
    const at = firstInvalidUtf8(bytes);
    if (at >= bytes.length) {
      // Valid UTF-8 that the decoder still refused: past V8's longest string (~512 Mi UTF-16 code units,
      // ERR_STRING_TOO_LONG) or out of memory. Not a bad byte, whatever the caller's cap was.
      const message = error instanceof Error ? error.message : String(error);
      const code = (error as { code?: unknown } | undefined)?.code;
      const size =
        code === 'ERR_STRING_TOO_LONG' || error instanceof RangeError ? 'too large to decode' : 'could not decode';
      return { ok: false, reason: `${size} (${bytes.length} bytes: ${message})` };
    }
    const byte = bytes[at];
    return {
      ok: false,
      reason: `not UTF-8 text (invalid byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')} at offset ${at}; Latin-1? convert with iconv -f LATIN1 -t UTF-8)`,
    };
  }
  return { ok: true, text };
}

/**
 * 'le' or 'be' when bytes with NULs look like UTF-16 text without a byte-order mark: an even length;
 * in the first 4 KB the NULs (the high bytes of ASCII characters) nearly all on one side of each byte
 * pair; and read as UTF-16 that way, no U+0000, no broken surrogate pair and few control characters.
 * Text with no ASCII at all (no NULs) is not recognized; it fails later as invalid UTF-8 or binary.
 */
export function utf16ByteOrder(bytes: Uint8Array): 'le' | 'be' | null {
  if (bytes.length % 2 !== 0) return null;
  const n = Math.min(bytes.length, 4096);
  const zeros = [0, 0]; // NULs at even, odd offsets
  for (let i = 0; i < n; i++) if (bytes[i] === 0) zeros[i & 1]++;
  for (const order of ['le', 'be'] as const) {
    const high = order === 'le' ? 1 : 0; // where the high byte of a code unit is
    if (zeros[high] === 0 || zeros[1 - high] * 20 > zeros[high]) continue;
    let control = 0;
    let plausible = true;
    for (let i = 0; i < n && plausible; i += 2) {
      const unit = order === 'le' ? bytes[i] | (bytes[i + 1] << 8) : (bytes[i] << 8) | bytes[i + 1];
      if (unit === 0 || unit === 0xfffe || unit === 0xffff) plausible = false;
      else if (unit < 0x20 ? !(unit >= 0x09 && unit <= 0x0d) && unit !== 0x1b : unit >= 0x7f && unit <= 0x9f) control++;
      else if (unit >= 0xd800 && unit <= 0xdbff) {
        const next =
          i + 3 < n
            ? order === 'le'
              ? bytes[i + 2] | (bytes[i + 3] << 8)
              : (bytes[i + 2] << 8) | bytes[i + 3]
            : 0xdc00;
        if (next < 0xdc00 || next > 0xdfff) plausible = false;
        i += 2;
      } else if (unit >= 0xdc00 && unit <= 0xdfff) plausible = false;
    }
    if (plausible && control * 10 <= n / 2) return order;
  }
  return null;
}

/** Offset of the first byte that breaks UTF-8 (overlong forms, surrogates and values past U+10FFFF included). */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    let cp: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
      cp = b & 0x1f;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
      cp = b & 0x0f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
      cp = b & 0x07;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return bytes.length;
}
