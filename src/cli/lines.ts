/**
 * Splits a byte stream into lines for --jsonl: on "\n" (a "\r" before it is dropped), as bytes, so that
 * each line is decoded, and refused if it is not UTF-8, on its own. A line longer than `maxBytes` is
 * not kept in memory: its bytes are skipped up to the next newline and it comes out as `tooLarge`.
 */
export type Line = { lineNo: number; bytes: Buffer; tooLarge?: false } | { lineNo: number; tooLarge: true };

export async function* readLines(
  input: AsyncIterable<Buffer | string> | Iterable<Buffer | string>,
  maxBytes: number,
): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let length = 0;
  let skipping = false; // inside a line already over the cap
  let lineNo = 0;
  const finish = (): Line => {
    lineNo++;
    if (skipping) return { lineNo, tooLarge: true };
    let bytes = parts.length === 1 ? parts[0] : Buffer.concat(parts, length);
    if (bytes.length > 0 && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, bytes.length - 1);
    if (bytes.length > maxBytes) return { lineNo, tooLarge: true };
    return { lineNo, bytes };
  };
  const add = (piece: Buffer): void => {
    if (skipping || piece.length === 0) return;
    // maxBytes + 1: room for the "\r" of a CRLF line of exactly maxBytes.
    if (length + piece.length > maxBytes + 1) {
      skipping = true;
      parts = [];
      length = 0;
      return;
    }
    parts.push(piece);
    length += piece.length;
  };
  for await (const data of input) {
    const chunk = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    let start = 0;
    for (;;) {
      const nl = chunk.indexOf(0x0a, start);
      if (nl < 0) break;
      add(chunk.subarray(start, nl));
      yield finish();
      parts = [];
      length = 0;
      skipping = false;
      start = nl + 1;
    }
    // Copied: the stream may reuse its buffer.
    if (start < chunk.length) add(Buffer.from(chunk.subarray(start)));
  }
  if (length > 0 || skipping) yield finish();
}
