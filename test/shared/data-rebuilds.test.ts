// The generated data files rebuild byte for byte from ../shared and the code at this commit: runs
// `npm run check:data` (scripts/check-data.mjs), which retrains the entity model and re-mines the quote cue
// lexicons into a temporary folder and compares. A failure prints which file differs and the command that
// regenerates it. This tier runs only when the shared data is there.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as path from 'path';
import { sharedFile } from './shared';

describe('generated data', () => {
  it('rebuilds byte for byte (npm run check:data)', function () {
    // Training takes about 10-30 s; allow for a slow, busy machine.
    this.timeout(600000);
    // The inputs must be there (a missing file is a failure, not a skip).
    for (const f of ['conll2003/train.jsonl', 'polnear/train.jsonl', 'polnear/train.extra.jsonl', 'gum/train.jsonl'])
      sharedFile('data', f);
    // The tests run from the repository's root (as test/shared/shared.ts assumes for ../shared).
    const run = spawnSync(process.execPath, [path.join(process.cwd(), 'scripts', 'check-data.mjs')], {
      cwd: process.cwd(),
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
    assert.strictEqual(
      run.status,
      0,
      `npm run check:data exited with ${run.status ?? run.signal}:\n${run.stdout}${run.stderr}`,
    );
  });
});
