// The CLI's pool of worker threads (--jobs N): every input gets its result, in any order of finishing, and a
// thread that dies fails only the input it was on; the inputs it held behind that one are annotated by another.
// The worker here is a small script written by the test that echoes its input, or exits on "die".
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { WorkerPool, type Job, type Result } from '../../src/cli/annotator';

const ECHO = `const { parentPort } = require('worker_threads');
parentPort.on('message', (job) => {
  if (job.text === 'die') process.exit(3);
  const wait = Date.now() + (job.text.startsWith('slow') ? 30 : 0);
  while (Date.now() < wait);
  parentPort.postMessage({ ok: true, json: job.text, recovered: [] });
});
`;

const job = (text: string): Job => ({ text, options: {} });
const said = (r: Result): string => (r.ok ? r.json : `failed: ${r.reason}`);

describe('CLI worker pool', () => {
  let dir: string;
  let script: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-pool-'));
    script = path.join(dir, 'echo-worker.cjs');
    fs.writeFileSync(script, ECHO);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('gives every input its own result with two threads, slow inputs among them', async () => {
    const pool = new WorkerPool(2, script, { pretty: false, verbose: false });
    try {
      const texts = Array.from({ length: 12 }, (_, i) => (i % 4 === 0 ? `slow ${i}` : `fast ${i}`));
      const results = await Promise.all(texts.map((t) => pool.annotate(job(t))));
      assert.deepEqual(results.map(said), texts);
    } finally {
      await pool.close();
    }
  });

  it('a thread that dies fails the input it was on; the ones it held behind it are annotated', async () => {
    const pool = new WorkerPool(1, script, { pretty: false, verbose: false });
    try {
      // One thread holds two inputs at a time: "after" waits behind "die" in the same thread.
      const results = await Promise.all(['before', 'die', 'after', 'last'].map((t) => pool.annotate(job(t))));
      assert.deepEqual(results.map(said).slice(0, 1), ['before']);
      assert.match(said(results[1]), /^failed: could not annotate: the worker thread stopped \(exit code 3\)/);
      assert.deepEqual(results.map(said).slice(2), ['after', 'last']);
    } finally {
      await pool.close();
    }
  });
});
