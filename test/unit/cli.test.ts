// Runs the built `news-lens` CLI as a child process on files made in a temp dir.
import * as assert from 'assert';
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as net from 'net';
import * as path from 'path';
import { CliHarness, lines } from './cli-harness';

const root = process.cwd();
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

describe('news-lens CLI', function () {
  this.timeout(30000);
  const harness = new CliHarness('news-lens-cli-', pkg.version, true);
  let tmp: string;
  let cli: string;
  const { run, write } = harness;
  /** Every span in an annotation lies inside `text` and says what `text` says there. */
  const checkOffsets = (doc: any, text: string) => {
    assert.ok(Array.isArray(doc.entities) && Array.isArray(doc.quotes));
    const spans = [
      ...doc.entities.flatMap((e: any) => e.mentions),
      ...doc.quotes.flatMap((q: any) => [q, q.speakerMention, q.cue].filter(Boolean)),
    ];
    for (const s of spans) {
      assert.ok(s.start >= 0 && s.start <= s.end && s.end <= text.length, `bad offsets ${s.start}..${s.end}`);
      assert.strictEqual(s.text, text.slice(s.start, s.end));
    }
  };

  const article =
    'Maria Lopez, the mayor of Springfield, said on Monday that the bridge would reopen.\n\n' +
    '"We are not going to wait another year," Lopez told reporters.\n';

  before(function () {
    harness.setUp();
    ({ tmp, cli } = harness);
    write('good.txt', article);
    write('crlf.txt', article.replace(/\n/g, '\r\n'));
    write(
      'binary.txt',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48]),
    );
    write('latin1.txt', Buffer.from('Le caf\xe9 de la gare a ferm\xe9, a dit le maire.\n', 'latin1'));
    write('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hello there.\n', 'utf16le')]));
    write('bom.txt', '\ufeff' + article);
    write('utf16-no-bom.txt', Buffer.from(article, 'utf16le'));
    write('tree/b.txt', 'Second file.\n');
    write('tree/a/z.txt', 'Nested deeper, first by name.\n');
    write('tree/a/notes.md', 'Not a text file by its name.\n');
    write('tree/c/d/e.TXT', 'Upper-case extension.\n');
    write('tree/a.txt', 'A file named like the directory a.\n');
    for (let i = 0; i < 40; i++) write(`many/f${String(i).padStart(2, '0')}.txt`, `${article}\nFile ${i}.\n`);
  });

  after(() => harness.tearDown());

  it('annotates a good file: one JSON line with the path as id, exit 0, nothing on stderr', () => {
    const r = run(['annotate', 'good.txt']);
    assert.strictEqual(r.stderr, '');
    assert.strictEqual(r.status, 0);
    const out = lines(r.stdout);
    assert.strictEqual(out.length, 1);
    const doc = JSON.parse(out[0]);
    assert.strictEqual(doc.id, 'good.txt');
    checkOffsets(doc, article);
  });

  it('keeps offsets on the file as read for CRLF files, and drops a UTF-8 byte-order mark', () => {
    const crlf = JSON.parse(run(['annotate', 'crlf.txt']).stdout);
    checkOffsets(crlf, article.replace(/\n/g, '\r\n'));
    const bom = JSON.parse(run(['annotate', 'bom.txt']).stdout);
    checkOffsets(bom, article);
    const good = JSON.parse(run(['annotate', 'good.txt']).stdout);
    assert.deepStrictEqual({ ...bom, id: 'x' }, { ...good, id: 'x' });
  });

  it('reports a binary file on one stderr line, still does the others, exits 1', () => {
    const r = run(['annotate', 'binary.txt', 'good.txt']);
    assert.strictEqual(r.status, 1);
    const err = lines(r.stderr);
    assert.strictEqual(err.length, 1);
    assert.match(err[0], /binary\.txt: binary file/);
    assert.deepStrictEqual(
      lines(r.stdout).map((l) => JSON.parse(l).id),
      ['good.txt'],
    );
  });

  it('reports a Latin-1 file as not UTF-8, naming the bad byte, and a UTF-16 file, with a byte-order mark or without, as UTF-16', () => {
    const r = run(['annotate', 'good.txt', 'latin1.txt', 'utf16.txt', 'utf16-no-bom.txt']);
    assert.strictEqual(r.status, 1);
    const err = lines(r.stderr);
    assert.strictEqual(err.length, 3);
    assert.match(err[0], /latin1\.txt: not UTF-8 text \(invalid byte 0xE9 at offset 6/);
    assert.match(err[1], /utf16\.txt: UTF-16 text, not UTF-8/);
    assert.strictEqual(
      err[2],
      'news-lens: utf16-no-bom.txt: looks like UTF-16 without a byte-order mark (little-endian); save it as UTF-8 (e.g. iconv -f UTF-16LE -t UTF-8)',
    );
    assert.deepStrictEqual(
      lines(r.stdout).map((l) => JSON.parse(l).id),
      ['good.txt'],
    );
  });

  it('reports a missing file and goes on', () => {
    const r = run(['annotate', 'missing.txt', 'good.txt']);
    assert.strictEqual(r.status, 1);
    assert.deepStrictEqual(lines(r.stderr), ['news-lens: missing.txt: no such file or directory']);
    assert.strictEqual(lines(r.stdout).length, 1);
  });

  it('refuses a FIFO, a device and a socket without blocking on them, and goes on with the next file', async function () {
    if (process.platform === 'win32') this.skip();
    const fifo = path.join(tmp, 'fifo.txt');
    execFileSync('mkfifo', [fifo]);
    const server = net.createServer();
    const socket = path.join(tmp, 'socket.txt');
    await new Promise<void>((resolve) => server.listen(socket, resolve));
    try {
      // A timeout, so that a CLI that blocks on the FIFO (or reads /dev/zero forever) fails instead of hanging.
      const r = spawnSync(process.execPath, [cli, 'annotate', 'fifo.txt', '/dev/zero', 'socket.txt', 'good.txt'], {
        cwd: tmp,
        encoding: 'utf8',
        timeout: 10000,
        killSignal: 'SIGKILL',
      });
      assert.strictEqual(r.error, undefined, 'the CLI must not hang');
      assert.strictEqual(r.status, 1);
      assert.deepStrictEqual(lines(r.stderr), [
        'news-lens: fifo.txt: not a regular file (a FIFO)',
        'news-lens: /dev/zero: not a regular file (a character device)',
        'news-lens: socket.txt: not a regular file (a socket)',
      ]);
      assert.deepStrictEqual(
        lines(r.stdout).map((l) => JSON.parse(l).id),
        ['good.txt'],
      );
    } finally {
      await new Promise((resolve) => server.close(resolve));
      fs.rmSync(fifo, { force: true });
    }
  });

  it('refuses a file over the size cap (64 MiB) with a "too large" error naming the limit, and goes on', () => {
    // A sparse file: 64 MiB + 1 byte on paper, no disk space used.
    const big = path.join(tmp, 'huge.txt');
    fs.closeSync(fs.openSync(big, 'w'));
    fs.truncateSync(big, 64 * 1024 * 1024 + 1);
    try {
      const r = spawnSync(process.execPath, [cli, 'annotate', 'huge.txt', 'good.txt'], {
        cwd: tmp,
        encoding: 'utf8',
        timeout: 20000,
      });
      assert.strictEqual(r.status, 1);
      assert.deepStrictEqual(lines(r.stderr), ['news-lens: huge.txt: too large (over 64 MiB, the limit for one file)']);
      assert.deepStrictEqual(
        lines(r.stdout).map((l) => JSON.parse(l).id),
        ['good.txt'],
      );
    } finally {
      fs.rmSync(big, { force: true });
    }
  });

  it('escapes control characters in file names on stderr: a newline does not split the line, ESC colours nothing', function () {
    if (process.platform === 'win32') this.skip();
    const name = 'evil\n\x1b[31mred.txt';
    write(name, Buffer.from([0x41, 0x00, 0x42]));
    const r = run(['annotate', name, 'gone\x1b]0;title\x07.txt', 'good.txt', '\x1b[2J']);
    assert.strictEqual(r.status, 1);
    assert.deepStrictEqual(lines(r.stderr), [
      'news-lens: evil\\n\\u001b[31mred.txt: binary file (NUL byte at offset 1)',
      'news-lens: gone\\u001b]0;title\\u0007.txt: no such file or directory',
      'news-lens: \\u001b[2J: no such file or directory',
    ]);
    assert.deepStrictEqual(
      lines(r.stdout).map((l) => JSON.parse(l).id),
      ['good.txt'],
    );
    const usage = run(['\x1b[31mannotate']);
    assert.strictEqual(usage.status, 2);
    assert.match(usage.stderr, /^news-lens: unknown command \\u001b\[31mannotate\n/);
  });

  it('annotates the .txt files of a directory recursively, sorted by name at each level', () => {
    const r = run(['annotate', 'tree']);
    assert.strictEqual(r.status, 0, r.stderr);
    const ids = lines(r.stdout).map((l) => JSON.parse(l).id);
    const j = (...p: string[]) => path.join(...p);
    assert.deepStrictEqual(ids, [
      j('tree', 'a', 'z.txt'),
      j('tree', 'a.txt'),
      j('tree', 'b.txt'),
      j('tree', 'c', 'd', 'e.TXT'),
    ]);
    assert.deepStrictEqual(lines(run(['annotate', 'tree']).stdout), lines(r.stdout));
  });

  it('--jsonl: one output line per input line in order; a bad line is named on stderr, the rest done', () => {
    const input =
      [
        JSON.stringify({ id: 'one', text: article }),
        '{"id": "two", "text": ',
        JSON.stringify({ id: 'three', text: 'Short text.' }),
        '',
        JSON.stringify({ id: 'four', text: 42 }),
        JSON.stringify({ id: 'five', text: 'Last one.', knownPeople: [{ name: 'Maria Lopez', role: 'mayor' }] }),
      ].join('\n') + '\n';
    const r = run(['annotate', '--jsonl'], input);
    assert.strictEqual(r.status, 1);
    const err = lines(r.stderr);
    assert.strictEqual(err.length, 2);
    assert.match(err[0], /^news-lens: stdin line 2: not JSON/);
    assert.match(err[1], /^news-lens: stdin line 5: "text" must be a string/);
    const docs = lines(r.stdout).map((l) => JSON.parse(l));
    assert.deepStrictEqual(
      docs.map((d) => d.id),
      ['one', 'three', 'five'],
    );
    checkOffsets(docs[0], article);
  });

  it('--jsonl with a directory as standard input says so and exits 1 (Node reads a directory as empty)', () => {
    const fd = fs.openSync(tmp, 'r');
    try {
      const r = spawnSync(process.execPath, [cli, 'annotate', '--jsonl'], {
        cwd: tmp,
        stdio: [fd, 'pipe', 'pipe'],
        encoding: 'utf8',
      });
      assert.strictEqual(r.status, 1);
      assert.deepStrictEqual(lines(r.stderr), ['news-lens: stdin: is a directory, not JSON lines']);
      assert.strictEqual(r.stdout, '');
    } finally {
      fs.closeSync(fd);
    }
  });

  it('--jsonl refuses a line of invalid UTF-8, naming its number and the bad byte, and goes on', () => {
    const input = Buffer.concat([
      Buffer.from(JSON.stringify({ id: 'one', text: 'Caf\u00e9 one.' }) + '\n'),
      Buffer.from('{"id": "two", "text": "Le caf\xe9 ferm\xe9."}\n', 'latin1'),
      Buffer.from(JSON.stringify({ id: 'three', text: 'Three.' }) + '\n'),
    ]);
    const r = spawnSync(process.execPath, [cli, 'annotate', '--jsonl'], { cwd: tmp, input, encoding: 'utf8' });
    assert.strictEqual(r.status, 1);
    assert.deepStrictEqual(lines(r.stderr), [
      'news-lens: stdin line 2: not UTF-8 text (invalid byte 0xE9 at offset 29 of the line)',
    ]);
    assert.deepStrictEqual(
      lines(r.stdout).map((l) => JSON.parse(l).id),
      ['one', 'three'],
    );
  });

  it('--jsonl drops a byte-order mark before the first line, as file mode does', () => {
    const r = run(
      ['annotate', '--jsonl'],
      '\ufeff' + JSON.stringify({ id: 'one', text: article }) + '\n' + JSON.stringify({ id: 'two', text: 'B.' }) + '\n',
    );
    assert.strictEqual(r.stderr, '');
    assert.strictEqual(r.status, 0);
    const docs = lines(r.stdout).map((l) => JSON.parse(l));
    assert.deepStrictEqual(
      docs.map((d) => d.id),
      ['one', 'two'],
    );
    checkOffsets(docs[0], article);
  });

  it('--jsonl echoes string ids and exactly representable integer ids as given, refuses other ids saying what is accepted', () => {
    const input =
      [
        '{"id": 9007199254740991, "text": "Max safe."}',
        '{"id": 9007199254740993, "text": "Rounded by JSON.parse."}',
        '{"id": 9007199254740992, "text": "Two to the 53."}',
        '{"id": 1e400, "text": "Infinity."}',
        '{"id": -42, "text": "Negative."}',
        '{"id": 1.0, "text": "Written with a fraction."}',
        '{"id": true, "text": "A boolean."}',
        '{"id": "9007199254740993", "text": "A string keeps every digit."}',
        '{"text": "No id: the line number.", "knownPeople": [{"name": "X", "id": 7}], "id": 12}',
      ].join('\n') + '\n';
    const r = run(['annotate', '--jsonl'], input);
    assert.strictEqual(r.status, 1);
    const accepted =
      '"id" must be a string, or an integer from -9007199254740991 to 9007199254740991 in plain digits (quote other ids)';
    assert.deepStrictEqual(lines(r.stderr), [
      `news-lens: stdin line 2: ${accepted}; got 9007199254740993`,
      `news-lens: stdin line 3: ${accepted}; got 9007199254740992`,
      `news-lens: stdin line 4: ${accepted}; got 1e400`,
      `news-lens: stdin line 6: ${accepted}; got 1.0`,
      `news-lens: stdin line 7: ${accepted}; got true`,
    ]);
    assert.deepStrictEqual(
      lines(r.stdout).map((l) => JSON.parse(l).id),
      ['9007199254740991', '-42', '9007199254740993', '12'],
    );
  });

  it('--jsonl refuses a line over the size cap (64 MiB) as too large, and goes on', () => {
    // Valid JSON padded with spaces past the cap: quick to make, quick to annotate were it accepted.
    const huge = '{"id": "huge", "text": "Padded."' + ' '.repeat(64 * 1024 * 1024) + '}';
    const input = huge + '\n' + JSON.stringify({ id: 'next', text: 'Next.' }) + '\n';
    const r = spawnSync(process.execPath, [cli, 'annotate', '--jsonl'], {
      cwd: tmp,
      input,
      encoding: 'utf8',
      timeout: 30000,
    });
    assert.deepStrictEqual(lines(r.stderr), [
      'news-lens: stdin line 1: too large (over 64 MiB, the limit for one line)',
    ]);
    assert.strictEqual(r.status, 1);
    assert.deepStrictEqual(
      lines(r.stdout).map((l) => JSON.parse(l).id),
      ['next'],
    );
  });

  it('--jsonl with good input only exits 0', () => {
    const r = run(
      ['annotate', '--jsonl'],
      JSON.stringify({ id: 'a', text: 'A.' }) + '\r\n' + JSON.stringify({ id: 'b', text: '' }),
    );
    assert.strictEqual(r.stderr, '');
    assert.strictEqual(r.status, 0);
    assert.deepStrictEqual(
      lines(r.stdout).map((l) => JSON.parse(l).id),
      ['a', 'b'],
    );
  });

  it('--pretty writes the same annotation, indented', () => {
    const compact = run(['annotate', 'good.txt']).stdout;
    const pretty = run(['annotate', '--pretty', 'good.txt']);
    assert.strictEqual(pretty.status, 0);
    assert.match(pretty.stdout, /^\{\n {2}"id": "good.txt",\n/);
    assert.deepStrictEqual(JSON.parse(pretty.stdout), JSON.parse(compact));
  });

  it('--help prints the usage and exits 0', () => {
    for (const flag of ['--help', '-h']) {
      const r = run([flag]);
      assert.strictEqual(r.status, 0);
      assert.match(r.stdout, /^Usage:\n {2}news-lens annotate/);
      assert.strictEqual(r.stderr, '');
    }
  });

  it('--version prints the version from package.json', () => {
    const r = run(['--version']);
    assert.strictEqual(r.status, 0);
    assert.strictEqual(r.stdout, `news-lens ${pkg.version}\n`);
  });

  it('bad usage exits 2 with the usage on stderr', () => {
    for (const args of [
      [],
      ['frobnicate'],
      ['annotate'],
      ['annotate', '--bogus', 'good.txt'],
      ['annotate', '--jsonl', 'good.txt'],
    ]) {
      const r = run(args);
      assert.strictEqual(r.status, 2, `args ${JSON.stringify(args)}`);
      assert.strictEqual(r.stdout, '');
      assert.match(r.stderr, /^news-lens: .+\n\nUsage:/);
    }
  });

  it('writes no progress line when stderr is not a terminal', () => {
    const r = run(['annotate', 'many']);
    assert.strictEqual(r.status, 0);
    assert.strictEqual(r.stderr, '');
    assert.strictEqual(lines(r.stdout).length, 40);
  });

  it('on a full disk says so on one stderr line and exits 1 (news-lens annotate ... > /dev/full)', function () {
    if (!fs.existsSync('/dev/full')) this.skip();
    for (const args of [['annotate', 'good.txt', 'tree'], ['--help'], ['--version']]) {
      const full = fs.openSync('/dev/full', 'w');
      try {
        const r = spawnSync(process.execPath, [cli, ...args], {
          cwd: tmp,
          encoding: 'utf8',
          stdio: ['ignore', full, 'pipe'],
          timeout: 20000,
        });
        assert.strictEqual(
          r.stderr,
          'news-lens: cannot write output: no space left on device (ENOSPC)\n',
          `args ${JSON.stringify(args)}`,
        );
        assert.strictEqual(r.status, 1);
      } finally {
        fs.closeSync(full);
      }
    }
  });

  it('says nothing and exits 0 when the reader is already gone, for --help and --version too', function () {
    if (process.platform === 'win32') this.skip();
    for (const args of ['annotate good.txt', '--help', '--version']) {
      // `true` exits at once; the CLI starts writing after it did, into a pipe nobody reads (EPIPE).
      const script = `{ sleep 0.3; "${process.execPath}" "${cli}" ${args} 2> err; echo $? > status; } | true`;
      spawnSync('/bin/sh', ['-c', script], { cwd: tmp, encoding: 'utf8', timeout: 20000 });
      assert.strictEqual(fs.readFileSync(path.join(tmp, 'err'), 'utf8'), '', args);
      assert.strictEqual(fs.readFileSync(path.join(tmp, 'status'), 'utf8').trim(), '0', args);
    }
  });

  it('stops quietly, exit 0, when the reader closes the pipe (news-lens annotate ... | head -n 1)', function () {
    if (process.platform === 'win32') this.skip();
    // Far more output than a pipe buffers, so the CLI really meets the closed pipe.
    const records = Array.from({ length: 20000 }, (_, i) =>
      JSON.stringify({ id: `doc-${i}`, text: `Text number ${i}.` }),
    );
    write('big.jsonl', records.join('\n') + '\n');
    const script = `{ "${process.execPath}" "${cli}" annotate --jsonl < big.jsonl; echo $? > status; } | head -n 1`;
    const r = spawnSync('/bin/sh', ['-c', script], { cwd: tmp, encoding: 'utf8' });
    assert.strictEqual(r.stderr, '');
    assert.strictEqual(lines(r.stdout).length, 1);
    assert.strictEqual(JSON.parse(r.stdout).id, 'doc-0');
    assert.strictEqual(fs.readFileSync(path.join(tmp, 'status'), 'utf8').trim(), '0');
  });
});
