// The CLI's pure parts: argument parsing, decoding file bytes, the progress line.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseArgs } from '../../src/cli/args';
import { rawMember } from '../../src/cli/annotate-jsonl';
import { decodeText, firstInvalidUtf8 } from '../../src/cli/decode';
import { readLines } from '../../src/cli/lines';
import { Progress } from '../../src/cli/progress';
import { formatBytes, MAX_INPUT_BYTES, readInput } from '../../src/cli/read';
import { Problems } from '../../src/cli/report';

describe('CLI arguments', () => {
  it('parses annotate with paths and options in any order', () => {
    assert.deepStrictEqual(parseArgs(['annotate', 'a.txt', '--pretty', 'dir']), {
      kind: 'annotate',
      paths: ['a.txt', 'dir'],
      jsonl: false,
      pretty: true,
      verbose: false,
      attributions: 'speech',
      jobs: 1,
    });
    assert.deepStrictEqual(parseArgs(['--jsonl', 'annotate', '-v']), {
      kind: 'annotate',
      paths: [],
      jsonl: true,
      pretty: false,
      verbose: true,
      attributions: 'speech',
      jobs: 1,
    });
    assert.deepStrictEqual(parseArgs(['annotate', '--verbose', '--', '--odd-name.txt']), {
      kind: 'annotate',
      paths: ['--odd-name.txt'],
      jsonl: false,
      pretty: false,
      verbose: true,
      attributions: 'speech',
      jobs: 1,
    });
    assert.deepStrictEqual(parseArgs(['annotate', '--attributions', 'all', 'a.txt']), {
      kind: 'annotate',
      paths: ['a.txt'],
      jsonl: false,
      pretty: false,
      verbose: false,
      attributions: 'all',
      jobs: 1,
    });
    assert.deepStrictEqual(parseArgs(['annotate', '--attributions=all', '--jsonl']), {
      kind: 'annotate',
      paths: [],
      jsonl: true,
      pretty: false,
      verbose: false,
      attributions: 'all',
      jobs: 1,
    });
    assert.deepStrictEqual(parseArgs(['annotate', '--attributions', 'beliefs', 'a.txt']), {
      kind: 'usage-error',
      message: '--attributions takes speech or all, not beliefs',
    });
  });

  it('--jobs takes a thread count, 0 or auto (one per core), before or after the paths', () => {
    const jobs = (argv: string[]) => {
      const c = parseArgs(argv);
      return c.kind === 'annotate' ? c.jobs : c;
    };
    assert.strictEqual(jobs(['annotate', '--jobs', '2', 'a.txt']), 2);
    assert.strictEqual(jobs(['annotate', 'a.txt', '--jobs=3']), 3);
    assert.strictEqual(jobs(['--jobs', '1', 'annotate', '--jsonl']), 1);
    assert.strictEqual(jobs(['annotate', '--jsonl', '--jobs', '0']), 0);
    assert.strictEqual(jobs(['annotate', '--jsonl', '--jobs=auto']), 0);
    assert.strictEqual(jobs(['annotate', '--jsonl', '--jobs', '256']), 256);
    assert.strictEqual(jobs(['annotate', '--jsonl']), 1);
  });

  it('--jobs refuses anything but a count from 0 to 256 or auto, saying what it takes', () => {
    for (const value of ['-1', '1.5', 'x', '', '257', '1e2', '0x2', ' 2', 'AUTO']) {
      assert.deepStrictEqual(parseArgs(['annotate', '--jobs', value, 'a.txt']), {
        kind: 'usage-error',
        message: `--jobs takes a number of threads from 1 to 256, or 0 or auto for one per core, not "${value}"`,
      });
      assert.strictEqual(parseArgs(['annotate', `--jobs=${value}`, 'a.txt']).kind, 'usage-error', value);
    }
    assert.deepStrictEqual(parseArgs(['annotate', '--jsonl', '--jobs']), {
      kind: 'usage-error',
      message: '--jobs takes a number of threads from 1 to 256, or 0 or auto for one per core',
    });
  });

  it('help and version win over everything else', () => {
    assert.deepStrictEqual(parseArgs(['annotate', '--help']), { kind: 'help' });
    assert.deepStrictEqual(parseArgs(['-V']), { kind: 'version' });
  });

  it('rejects what it does not understand', () => {
    for (const argv of [
      [],
      ['annotat'],
      ['annotate'],
      ['annotate', '-x', 'a'],
      ['annotate', '--jsonl', 'a.txt'],
      ['annotate', '-'],
    ]) {
      assert.strictEqual(parseArgs(argv).kind, 'usage-error', JSON.stringify(argv));
    }
  });
});

describe('decoding file bytes', () => {
  const bytes = (s: string, enc: BufferEncoding = 'utf8') => new Uint8Array(Buffer.from(s, enc));

  it("judges binary files by the editor's rule: a NUL in the first 64K is binary, one further on is not", () => {
    const prose = 'Anna Berg said the port would reopen. ';
    assert.deepStrictEqual(decodeText(bytes(prose + '\0' + prose)), {
      ok: false,
      reason: `binary file (NUL byte at offset ${prose.length})`,
    });
    const late = prose.repeat(Math.ceil(70_000 / prose.length)) + '\0';
    assert.deepStrictEqual(decodeText(bytes(late)), { ok: true, text: late });
  });

  it('decodes UTF-8, astral characters included, and drops a byte-order mark', () => {
    assert.deepStrictEqual(decodeText(bytes('Zoë said "😀"\r\n')), { ok: true, text: 'Zoë said "😀"\r\n' });
    assert.deepStrictEqual(decodeText(bytes('\ufeffHi')), { ok: true, text: 'Hi' });
    assert.deepStrictEqual(decodeText(new Uint8Array(0)), { ok: true, text: '' });
  });

  it('refuses Latin-1, naming the first bad byte', () => {
    const r = decodeText(bytes('na\xefve caf\xe9', 'latin1'));
    assert.strictEqual(r.ok, false);
    assert.match((r as { reason: string }).reason, /^not UTF-8 text \(invalid byte 0xEF at offset 2/);
  });

  it('refuses binary data and UTF-16', () => {
    assert.match(
      (decodeText(new Uint8Array([1, 2, 3, 0, 4])) as { reason: string }).reason,
      /binary file \(NUL byte at offset 3\)/,
    );
    assert.match(
      (decodeText(new Uint8Array(Array.from({ length: 100 }, (_, i) => (i % 7) + 1))) as { reason: string }).reason,
      /mostly control/,
    );
    assert.match((decodeText(new Uint8Array([0xff, 0xfe, 0x41, 0x00])) as { reason: string }).reason, /UTF-16/);
  });

  it('says "too large", not "invalid byte", for valid UTF-8 longer than the limit or than a string can be', () => {
    const r = decodeText(bytes('hello world'), { maxBytes: 5 });
    assert.deepStrictEqual(r, { ok: false, reason: 'too large (over 5 bytes, the limit for one file)' });
    assert.deepStrictEqual(decodeText(bytes('hello'), { maxBytes: 5 }), { ok: true, text: 'hello' });
    // What V8's decoder does past its longest string (~512 Mi UTF-16 units), without making 512 MB.
    const tooLong = () => {
      throw Object.assign(new Error('Cannot create a string longer than 0x1fffffe8 characters'), {
        code: 'ERR_STRING_TOO_LONG',
      });
    };
    const big = decodeText(bytes('valid text'), { decode: tooLong });
    assert.strictEqual(big.ok, false);
    assert.match(
      (big as { reason: string }).reason,
      /^too large to decode \(10 bytes: Cannot create a string longer than 0x1fffffe8 characters\)$/,
    );
    // Invalid UTF-8 is still named as such when the decoder fails.
    assert.match(
      (decodeText(bytes('caf\xe9', 'latin1'), { decode: tooLong }) as { reason: string }).reason,
      /^not UTF-8 text \(invalid byte 0xE9 at offset 3/,
    );
  });

  it('recognizes UTF-16 without a byte-order mark, either byte order, and says to save it as UTF-8', () => {
    const le = (s: string) => new Uint8Array(Buffer.from(s, 'utf16le'));
    const be = (s: string) => new Uint8Array(Buffer.from(s, 'utf16le').swap16());
    const reason = (b: Uint8Array) => (decodeText(b) as { reason?: string }).reason ?? 'decoded';
    const english = 'Maria Lopez, the mayor, said on Monday that the bridge would reopen.\r\n';
    const russian = 'Мэр города сказал в понедельник, что мост откроется.\n';
    for (const text of [english, russian, 'Hi', english.repeat(200)]) {
      assert.match(
        reason(le(text)),
        /^looks like UTF-16 without a byte-order mark \(little-endian\); save it as UTF-8/,
        text,
      );
      assert.match(
        reason(be(text)),
        /^looks like UTF-16 without a byte-order mark \(big-endian\); save it as UTF-8/,
        text,
      );
    }
    // Binary data with NUL bytes is still binary.
    assert.match(
      reason(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48])),
      /^binary file \(NUL byte at offset 8\)/,
    );
    const ints = new Uint8Array(new Uint16Array(Array.from({ length: 500 }, (_, i) => i % 40)).buffer); // small 16-bit numbers
    assert.match(reason(ints), /^binary file/);
    assert.match(reason(new Uint8Array([0x41, 0x00, 0x42])), /^binary file \(NUL byte at offset 1\)/); // one NUL in ASCII
  });

  it('finds the first invalid UTF-8 byte: truncated, overlong, surrogate, too large', () => {
    assert.strictEqual(firstInvalidUtf8(bytes('ok é')), 5); // valid: the length
    assert.strictEqual(firstInvalidUtf8(new Uint8Array([0x41, 0xe2, 0x82])), 1);
    assert.strictEqual(firstInvalidUtf8(new Uint8Array([0xc0, 0xaf])), 0);
    assert.strictEqual(firstInvalidUtf8(new Uint8Array([0x41, 0xe0, 0x80, 0xaf])), 1);
    assert.strictEqual(firstInvalidUtf8(new Uint8Array([0xed, 0xa0, 0x80])), 0);
    assert.strictEqual(firstInvalidUtf8(new Uint8Array([0xf4, 0x90, 0x80, 0x80])), 0);
    assert.strictEqual(firstInvalidUtf8(new Uint8Array([0xf0, 0x9f, 0x98, 0x80, 0x80])), 4);
  });
});

describe('progress line', () => {
  const fake = (isTTY: boolean) => {
    const chunks: string[] = [];
    return { isTTY, chunks, write: (c: string) => chunks.push(c) };
  };

  it('rewrites "annotated N/TOTAL files" in place on a terminal, at most every interval, always the last', () => {
    const stream = fake(true);
    let now = 0;
    const p = new Progress(stream, 'files', { intervalMs: 100, now: () => now });
    for (let done = 1; done <= 3400; done++) {
      now += 1;
      p.update(done, 3400);
    }
    assert.strictEqual(stream.chunks[0], '\r\x1b[Kannotated 1/3400 files');
    assert.ok(stream.chunks.includes('\r\x1b[Kannotated 101/3400 files'));
    assert.ok(!stream.chunks.includes('\r\x1b[Kannotated 2/3400 files'));
    assert.strictEqual(stream.chunks[stream.chunks.length - 1], '\r\x1b[Kannotated 3400/3400 files');
    assert.strictEqual(stream.chunks.length, 35);
    p.clear();
    assert.strictEqual(stream.chunks[stream.chunks.length - 1], '\r\x1b[K');
  });

  it('says nothing when not on a terminal, or for a handful of files', () => {
    const pipe = fake(false);
    const p = new Progress(pipe, 'files');
    for (let i = 1; i <= 500; i++) p.update(i, 500);
    p.clear();
    assert.deepStrictEqual(pipe.chunks, []);
    const tty = fake(true);
    const q = new Progress(tty, 'files');
    for (let i = 1; i <= 5; i++) q.update(i, 5);
    q.clear();
    assert.deepStrictEqual(tty.chunks, []);
  });
});

describe('reading one input file', () => {
  let tmp: string;
  before(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-read-'));
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('reads a file up to the cap, refuses one byte more as too large, naming the limit', async () => {
    const file = path.join(tmp, 'ten.txt');
    fs.writeFileSync(file, '0123456789');
    assert.deepStrictEqual(await readInput(file, 10), { ok: true, bytes: Buffer.from('0123456789') });
    assert.deepStrictEqual(await readInput(file, 9), {
      ok: false,
      reason: 'too large (over 9 bytes, the limit for one file)',
    });
    assert.strictEqual(MAX_INPUT_BYTES, 64 * 1024 * 1024);
    assert.strictEqual(formatBytes(MAX_INPUT_BYTES), '64 MiB');
  });

  it('reads files whose size says 0 (/proc), and caps them too', async function () {
    if (!fs.existsSync('/proc/self/status')) this.skip();
    const r = await readInput('/proc/self/status');
    assert.ok(r.ok && /^Name:/.test(r.bytes.toString('utf8')));
    const capped = await readInput('/proc/self/status', 16);
    assert.match(capped.ok ? '' : capped.reason, /^too large \(over 16 bytes/);
  });

  it('refuses what is not a regular file without opening it for reading', async function () {
    if (process.platform === 'win32') this.skip();
    assert.deepStrictEqual(await readInput('/dev/zero'), {
      ok: false,
      reason: 'not a regular file (a character device)',
    });
    assert.deepStrictEqual(await readInput(tmp), { ok: false, reason: 'not a regular file (a directory)' });
    assert.deepStrictEqual(await readInput(path.join(tmp, 'missing.txt')), {
      ok: false,
      reason: 'no such file or directory',
    });
  });
});

describe('--verbose: what the recognizer recovered from', () => {
  const sink = () => {
    const lines: string[] = [];
    return { lines, stderr: { write: (chunk: string) => lines.push(chunk) } };
  };

  it('shows each problem of an input on one line, naming the input and the stage, without counting a failure', () => {
    const { lines, stderr } = sink();
    const problems = new Problems(stderr, undefined, true);
    const listen = problems.listener('dir/a\nb.txt');
    assert.ok(listen);
    listen({
      stage: 'quotes',
      message: 'findQuotes threw: TypeError: x is undefined\n    at find (quotes/index.ts:9)',
    });
    assert.deepStrictEqual(lines, [
      'news-lens: dir/a\\nb.txt: recovered (quotes): findQuotes threw: TypeError: x is undefined\n',
    ]);
    assert.strictEqual(problems.count, 0);
  });

  it('listens to nothing without --verbose', () => {
    assert.strictEqual(new Problems(sink().stderr).listener('a.txt'), undefined);
  });
});

describe('error lines', () => {
  it('escape control characters in the name (JSON style), so that one error stays one line and colours nothing', () => {
    const chunks: string[] = [];
    const problems = new Problems({ write: (c: string) => chunks.push(c) });
    problems.error('a\nb\x1b[31mred\tc\r\x7f\x9b\u202e.txt', 'binary file\n(NUL byte at offset 0)');
    assert.deepStrictEqual(chunks, [
      'news-lens: a\\nb\\u001b[31mred\\tc\\r\\u007f\\u009b\\u202e.txt: binary file (NUL byte at offset 0)\n',
    ]);
    assert.strictEqual(problems.count, 1);
    problems.error('C:\\news\\Zoë 😀.txt', 'no such file or directory');
    assert.strictEqual(chunks[1], 'news-lens: C:\\news\\Zoë 😀.txt: no such file or directory\n');
  });
});

describe('--jsonl input lines', () => {
  const collect = async (chunks: string[], maxBytes: number) => {
    const out: Array<string | number> = [];
    for await (const line of readLines(
      chunks.map((c) => Buffer.from(c)),
      maxBytes,
    )) {
      out.push(line.tooLarge ? -line.lineNo : line.bytes.toString('utf8'));
    }
    return out;
  };

  it('splits on \\n across chunks, drops the \\r of CRLF, keeps a last line without newline', async () => {
    assert.deepStrictEqual(await collect(['ab', 'c\r\nde\n', '\n', 'f'], 100), ['abc', 'de', '', 'f']);
    assert.deepStrictEqual(await collect(['x\n'], 100), ['x']);
  });

  it('turns a line over the cap into a too-large marker (minus its number here), without keeping it, and goes on', async () => {
    assert.deepStrictEqual(await collect(['12345\r\n123456\n12', '34567', '89\nok'], 5), ['12345', -2, -3, 'ok']);
    assert.deepStrictEqual(await collect(['1234567'], 5), [-1]);
  });

  it('finds the source text of a top-level member, the last one if repeated, skipping nested ones', () => {
    assert.strictEqual(
      rawMember('{"a": {"id": 1}, "b": ["id", {"id": 2}], "\\u0069d" : 9007199254740993 }', 'id'),
      '9007199254740993',
    );
    assert.strictEqual(rawMember('{"id": 1, "text": "x\\"y", "id": 1.0}', 'id'), '1.0');
    assert.strictEqual(rawMember('{"text": "id"}', 'id'), undefined);
  });
});
