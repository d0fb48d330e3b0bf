// src/core/binary.ts: which inputs look like binary files, one rule for the editor (on text: it shows a note
// instead of annotating) and the command line (on bytes: it names the file and goes on).
import * as assert from 'node:assert/strict';
import { bytesLookBinary, looksBinary } from '../../src/core/binary';

const PROSE = 'Mayor Ann Lee said "the bridge reopens on Monday." Bo Chen disagreed.\n';

describe('looksBinary', () => {
  it('text is not binary: empty, prose, tabs, line ends of every kind, form feeds, non-ASCII and emoji', () => {
    assert.equal(looksBinary(''), false);
    assert.equal(looksBinary(PROSE.repeat(100)), false);
    assert.equal(looksBinary('a\tb\r\nc\rd\ne\ff'), false);
    assert.equal(looksBinary('Zürich — 東京 “quoted” 😀 ' + PROSE), false);
  });

  it('a single NUL makes it binary', () => {
    assert.equal(looksBinary(PROSE + '\0' + PROSE), true);
    assert.equal(looksBinary('\0'), true);
  });

  it('more than 5% control or replacement characters make it binary; 5% or less do not', () => {
    const mix = (bad: string, count: number, total: number): string => bad.repeat(count) + 'x'.repeat(total - count);
    assert.equal(looksBinary(mix('\x01', 5, 100)), false);
    assert.equal(looksBinary(mix('\x01', 6, 100)), true);
    assert.equal(looksBinary(mix('\ufffd', 6, 100)), true, 'replacement characters (bytes that were not UTF-8)');
    assert.equal(looksBinary(mix('\x1b', 6, 100)), true);
    assert.equal(looksBinary(mix('\x7f', 50, 100)), false, 'DEL is not counted');
  });

  it('looks at the first 64 KB only', () => {
    const head = 'x'.repeat(65_536);
    assert.equal(looksBinary(head + '\0'), false, 'a NUL past the first 64 KB');
    assert.equal(looksBinary(head + '\x01'.repeat(10_000)), false);
    assert.equal(looksBinary('\x01'.repeat(4000) + head), true);
  });

  it('gives the command line the same answer on bytes as the editor on text', () => {
    const cases = [
      PROSE.repeat(50),
      PROSE + '\0' + PROSE,
      'x'.repeat(94) + '\x01'.repeat(6),
      'x'.repeat(95) + '\x01'.repeat(5),
      '\x0b'.repeat(10) + PROSE,
    ];
    for (const text of cases)
      assert.equal(bytesLookBinary(Buffer.from(text, 'utf8')), looksBinary(text), JSON.stringify(text.slice(0, 30)));
  });
});
