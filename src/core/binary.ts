/**
 * Whether an input looks like a binary file rather than text: one rule for the command line (on the file's
 * bytes, before decoding) and the editor (on the document's text). A NUL anywhere in the first SCAN_UNITS
 * makes it binary; so does a share of control characters (other than tab, line feed, carriage return and
 * form feed) or, in decoded text, replacement characters (bytes that were not UTF-8) above BINARY_SHARE.
 */

/** How much of the input is looked at: the first 64 K code units (text) or bytes (a file). */
export const SCAN_UNITS = 65_536;
/** Above this share of control or replacement characters, an input is binary. */
export const BINARY_SHARE = 0.05;

const isControl = (c: number): boolean => c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12;

/** The rule over `length` units read by `unit(i)`. */
function binaryUnits(unit: (i: number) => number, length: number): boolean {
  const n = Math.min(length, SCAN_UNITS);
  if (n === 0) return false;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = unit(i);
    if (c === 0) return true;
    if (c === 0xfffd || isControl(c)) bad++;
  }
  return bad / n > BINARY_SHARE;
}

/** True when a document's text looks like a binary file opened as text. */
export function looksBinary(text: string): boolean {
  return binaryUnits((i) => text.charCodeAt(i), text.length);
}

/** True when a file's bytes look binary (the same rule, on bytes). */
export function bytesLookBinary(bytes: Uint8Array): boolean {
  return binaryUnits((i) => bytes[i], bytes.length);
}
