// src/extension/runner.ts in plain Node (it imports no `vscode` at run time), with stand-in worker scripts:
// a crashed worker fails only its own job, and no document ever gets another document's result.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type * as vscode from 'vscode';
import { createAnnotator } from '../../src/core/annotate';
import { AnnotationRunner, CancelledError, type AnnotationWorker } from '../../src/extension/runner';
import { WARM_UP_TEXT } from '../../src/extension/warmUpText';
import { MAX_PROBLEMS } from '../../src/extension/wire';
import { answer, type WorkerReply, type WorkerRequest } from '../../src/extension/worker';

/**
 * A stand-in for dist/worker.js: answers every request with an annotation whose only entity is named after
 * the text it was computed from (so a test sees whose result a document got), echoing the request's id.
 * `CRASH` in the text makes it throw (an uncaught error: the worker dies); `TWICE` makes it answer twice.
 */
const STAND_IN = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', (req) => {
  if (req.text.includes('CRASH')) throw new Error('stand-in worker crashed on ' + req.text);
  const reply = () => ({
    id: req.id,
    annotation: { entities: [{ id: 'e1', type: 'PERSON', name: req.text, role: null, aliases: [] }], mentions: new Int32Array(0), quotes: new Int32Array(0) },
    ms: 0,
  });
  parentPort.postMessage(reply());
  if (req.text.includes('TWICE')) parentPort.postMessage(reply());
  // As the real worker does: it has worked, so a code cache may be written (src/node/codeCache.ts).
  globalThis[Symbol.for('news-lens.code-cache')]?.worked();
});
`;

/** Folders the tests make in the temporary directory, removed after all tests. */
const madeDirs: string[] = [];
after(() => {
  for (const dir of madeDirs) fs.rmSync(dir, { recursive: true, force: true });
});

/**
 * A folder laid out like the extension holding the stand-in worker as dist/worker.js, started as the runner
 * starts the real one: through dist/worker-launch.js, the real launcher (src/extension/workerLaunch.ts) bundled
 * as esbuild.config.mjs bundles it.
 */
function standInExtension(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-runner-'));
  madeDirs.push(dir);
  fs.mkdirSync(path.join(dir, 'dist'));
  fs.writeFileSync(path.join(dir, 'dist', 'worker.js'), STAND_IN);
  fs.writeFileSync(path.join(dir, 'dist', 'worker-launch.js'), launcherBundle());
  return dir;
}

let launcher: string | undefined;
function launcherBundle(): string {
  if (launcher === undefined) {
    const root = process.cwd();
    const options = {
      entryPoints: [path.join(root, 'src/extension/workerLaunch.ts')],
      write: false,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      logLevel: 'error',
    };
    launcher = execFileSync(
      process.execPath,
      ['-e', `process.stdout.write(require('esbuild').buildSync(${JSON.stringify(options)}).outputFiles[0].text)`],
      { cwd: root, encoding: 'utf8' },
    );
  }
  return launcher;
}

function token(): vscode.CancellationToken & { cancel(): void } {
  const listeners: Array<() => void> = [];
  const t = {
    isCancellationRequested: false,
    onCancellationRequested: (fn: () => void) => {
      listeners.push(fn);
      return { dispose() {} };
    },
    cancel() {
      t.isCancellationRequested = true;
      for (const l of listeners) l();
    },
  };
  return t as unknown as vscode.CancellationToken & { cancel(): void };
}

/** Whose result a run got: the name of its only entity, or the error. */
async function outcome(p: Promise<{ annotation: { entities: Array<{ name: string }> } }>): Promise<string> {
  try {
    return (await p).annotation.entities[0]?.name ?? '(no entity)';
  } catch (e) {
    return e instanceof CancelledError ? 'cancelled' : `rejected: ${(e as Error).message.split('\n')[0]}`;
  }
}

describe('AnnotationRunner with a stand-in worker', () => {
  let runner: AnnotationRunner | undefined;
  afterEach(() => {
    runner?.dispose();
    runner = undefined;
  });

  it('a worker that crashes on one document fails that document only; the next ones get their own results from a new worker', async () => {
    runner = new AnnotationRunner(standInExtension());
    const results = await Promise.all(['docA CRASH', 'docB', 'docC'].map((t) => outcome(runner!.run(t, {}, token()))));
    assert.equal(results[0].startsWith('rejected: '), true, `docA fails: ${results[0]}`);
    assert.match(results[0], /crashed on docA|exited/);
    assert.deepEqual(results.slice(1), ['docB', 'docC']);
    // And later ones still work, each with its own result.
    assert.deepEqual(await Promise.all(['docD', 'docE'].map((t) => outcome(runner!.run(t, {}, token())))), [
      'docD',
      'docE',
    ]);
  });

  it('two crashes in a row: each fails alone, the queue stays in step', async () => {
    runner = new AnnotationRunner(standInExtension());
    const texts = ['a CRASH', 'b', 'c CRASH', 'd', 'e'];
    const results = await Promise.all(texts.map((t) => outcome(runner!.run(t, {}, token()))));
    assert.match(results[0], /^rejected: /);
    assert.match(results[2], /^rejected: /);
    assert.deepEqual([results[1], results[3], results[4]], ['b', 'd', 'e']);
  });

  it('a reply that does not belong to the running request is ignored (a worker answering twice)', async () => {
    runner = new AnnotationRunner(standInExtension());
    const results = await Promise.all(['docA TWICE', 'docB', 'docC'].map((t) => outcome(runner!.run(t, {}, token()))));
    assert.deepEqual(results, ['docA TWICE', 'docB', 'docC']);
  });

  it('a long text in a worker of its own: a crash fails it alone, the shared worker carries on', async () => {
    runner = new AnnotationRunner(standInExtension(), { dedicatedLimit: 20 });
    const long = 'docLong CRASH '.padEnd(30, '.');
    const results = await Promise.all([long, 'docB', 'docC'].map((t) => outcome(runner!.run(t, {}, token()))));
    assert.match(results[0], /^rejected: /);
    assert.deepEqual(results.slice(1), ['docB', 'docC']);
  });

  it('a cancelled job is rejected as cancelled; the next job still gets its own result', async () => {
    runner = new AnnotationRunner(standInExtension());
    const t = token();
    const first = outcome(runner.run('docA', {}, t));
    t.cancel();
    const second = outcome(runner.run('docB', {}, token()));
    assert.deepEqual(await Promise.all([first, second]), ['cancelled', 'docB']);
  });

  it('starts its workers through the code cache: the first worker writes it once it has worked, a later one reads it and writes nothing', async function () {
    this.timeout(30_000);
    const dir = standInExtension();
    const cacheDir = path.join(dir, 'code-cache');
    const caches = () =>
      fs.existsSync(cacheDir) ? fs.readdirSync(cacheDir).filter((f) => f.endsWith('.v8cache')) : [];
    const waitForCache = async () => {
      const deadline = Date.now() + 10_000;
      while (caches().length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    };
    runner = new AnnotationRunner(dir, { codeCacheDir: cacheDir, codeCacheSaveMs: 50 });
    await runner.warmUp(); // starts the worker; the stand-in answers: the worker has worked
    await waitForCache();
    assert.equal(caches().length, 1, 'the worker wrote the cache of dist/worker.js');
    assert.match(caches()[0], /^worker\.js\.[0-9a-f]{16}\.v8cache$/);
    runner.dispose();
    const file = path.join(cacheDir, caches()[0]);
    const written = fs.statSync(file).mtimeMs;
    runner = new AnnotationRunner(dir, { codeCacheDir: cacheDir, codeCacheSaveMs: 50 });
    assert.equal(await outcome(runner.run('docB', {}, token())), 'docB');
    // A worker that found no cache it could use would write one 50 ms after its answer.
    await new Promise((r) => setTimeout(r, 1000));
    assert.equal(fs.statSync(file).mtimeMs, written, 'the second worker used the cache and left it as it was');
  });

  it('takes the worker script from options.workerPath', async () => {
    const script = path.join(standInExtension(), 'dist', 'worker.js');
    runner = new AnnotationRunner('/nonexistent', { workerPath: script });
    assert.equal(await outcome(runner.run('docA', {}, token())), 'docA');
  });
});

/** A worker stand-in in this thread: records what it is sent, answers when the test says so. */
class FakeWorker implements AnnotationWorker {
  readonly sent: WorkerRequest[] = [];
  terminated = false;
  private readonly listeners: Record<string, Array<(x: never) => void>> = {};
  postMessage(req: WorkerRequest): void {
    this.sent.push(req);
  }
  on(event: string, fn: (x: never) => void): this {
    (this.listeners[event] ??= []).push(fn);
    return this;
  }
  emit(event: 'message' | 'error' | 'exit', value: WorkerReply | Error | number): void {
    for (const fn of this.listeners[event] ?? []) fn(value as never);
  }
  terminate(): void {
    this.terminated = true;
  }
  answer(req: WorkerRequest, name = req.text): void {
    this.emit('message', {
      id: req.id,
      annotation: {
        entities: [{ id: 'e1', type: 'PERSON', name, role: null, aliases: [] }],
        mentions: new Int32Array(0),
        quotes: new Int32Array(0),
      },
      problems: [],
      ms: 0,
    });
  }
}

describe('AnnotationRunner with an injected worker factory', () => {
  it('hands the text itself to the worker, with an id per request (the recognizer never runs on the calling thread)', async () => {
    const workers: FakeWorker[] = [];
    const runner = new AnnotationRunner('/nonexistent', {
      createWorker: () => (workers.push(new FakeWorker()), workers[workers.length - 1]),
    });
    const text = 'Mayor Elena Ruiz said "yes".';
    const p = runner.run(text, { id: 'a.txt' }, token());
    assert.equal(workers.length, 1);
    assert.deepEqual(workers[0].sent, [{ id: workers[0].sent[0].id, text, options: { id: 'a.txt' } }]);
    workers[0].answer(workers[0].sent[0], 'Elena Ruiz');
    assert.equal((await p).annotation.entities[0].name, 'Elena Ruiz');
    runner.dispose();
  });

  it('a reply with another id is not taken; an exit after an error does not fail the next job', async () => {
    const workers: FakeWorker[] = [];
    const runner = new AnnotationRunner('/nonexistent', {
      createWorker: () => (workers.push(new FakeWorker()), workers[workers.length - 1]),
    });
    const a = outcome(runner.run('docA', {}, token()));
    const b = outcome(runner.run('docB', {}, token()));
    const [w1] = workers;
    assert.equal(w1.sent.length, 1, 'one job at a time on the shared worker');
    w1.emit('message', { id: w1.sent[0].id + 1000, error: 'stray reply' });
    w1.emit('error', new Error('worker crashed'));
    assert.equal(w1.terminated, true);
    assert.equal(workers.length, 2, 'the next job went to a new worker');
    w1.emit('exit', 1); // the dead worker's exit event: must not touch docB's job
    w1.answer(w1.sent[0]); // nor a late message from it
    const w2 = workers[1];
    assert.deepEqual(
      w2.sent.map((r) => r.text),
      ['docB'],
    );
    w2.answer(w2.sent[0]);
    assert.deepEqual(await Promise.all([a, b]), ['rejected: worker crashed', 'docB']);
    runner.dispose();
  });

  it('whenIdle resolves at once when nothing is in hand, and otherwise only once the last queued text is answered', async () => {
    const workers: FakeWorker[] = [];
    const runner = new AnnotationRunner('/nonexistent', {
      createWorker: () => (workers.push(new FakeWorker()), workers[workers.length - 1]),
      dedicatedLimit: 20,
    });
    let resolved = false;
    await runner.whenIdle();
    const a = runner.run('docA', {}, token());
    const b = runner.run('docB', {}, token());
    const long = runner.run('a long text of its own', {}, token());
    const idle = runner.whenIdle().then(() => (resolved = true));
    const [shared, dedicated] = workers;
    const tick = () => new Promise((r) => setImmediate(r));
    shared.answer(shared.sent[0]);
    await a;
    await tick();
    assert.equal(resolved, false, 'docB still queued, the long text still running');
    shared.answer(shared.sent[1]);
    await b;
    await tick();
    assert.equal(resolved, false, 'the long text still running on its own worker');
    dedicated.answer(dedicated.sent[0]);
    await long;
    await idle;
    assert.equal(resolved, true);
    assert.equal(runner.idle(), true);
    runner.dispose();
  });

  it('warmUp loads the recognizer, then runs the built-in article twice while no article waits', async () => {
    const workers: FakeWorker[] = [];
    const runner = new AnnotationRunner('/nonexistent', {
      createWorker: () => (workers.push(new FakeWorker()), workers[workers.length - 1]),
    });
    const warmed = runner.warmUp();
    const w = workers[0];
    const next = async (): Promise<void> => {
      w.answer(w.sent[w.sent.length - 1]);
      for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
    };
    assert.deepEqual(
      w.sent.map((r) => r.text),
      [''],
    );
    await next();
    await next();
    await next();
    await warmed;
    assert.equal(w.sent.length, 3);
    assert.equal(w.sent[1].text, WARM_UP_TEXT);
    assert.equal(w.sent[2].text, WARM_UP_TEXT);
    runner.dispose();
  });

  it('warmUp runs no built-in article while a long text is annotated on a worker of its own', async () => {
    const workers: FakeWorker[] = [];
    const runner = new AnnotationRunner('/nonexistent', {
      createWorker: () => (workers.push(new FakeWorker()), workers[workers.length - 1]),
      dedicatedLimit: WARM_UP_TEXT.length + 100,
    });
    const long = 'L'.repeat(WARM_UP_TEXT.length + 101);
    const article = outcome(runner.run(long, {}, token()));
    const warmed = runner.warmUp();
    const [dedicated, shared] = workers;
    assert.deepEqual(
      dedicated.sent.map((r) => r.text),
      [long],
    );
    shared.answer(shared.sent[0]);
    await warmed;
    assert.deepEqual(
      shared.sent.map((r) => r.text),
      [''],
      'the recognizer is loaded, but the long text keeps the cores',
    );
    dedicated.answer(dedicated.sent[0]);
    assert.equal(await article, long);
    runner.dispose();
  });

  it('warmUp runs no built-in article once an article is waiting: the article goes next', async () => {
    const workers: FakeWorker[] = [];
    const runner = new AnnotationRunner('/nonexistent', {
      createWorker: () => (workers.push(new FakeWorker()), workers[workers.length - 1]),
    });
    const warmed = runner.warmUp();
    const article = outcome(runner.run('docA', {}, token()));
    const w = workers[0];
    w.answer(w.sent[0]);
    await warmed;
    assert.deepEqual(
      w.sent.map((r) => r.text),
      ['', 'docA'],
    );
    w.answer(w.sent[1]);
    assert.equal(await article, 'docA');
    runner.dispose();
  });
});

/** A recognizer whose quote finder breaks: annotate recovers (no quotes) and reports the problem to onProblem. */
const BROKEN_QUOTES = `createAnnotator({ stages: { findQuotes: () => { throw new Error('stand-in quote finder broke\\n    at line two of its stack'); } } })`;

describe('problems the recognizer recovers from reach the runner result (src/extension/worker.ts collects them)', () => {
  it("in a worker thread: the problems of each call come back with that call's annotation, not the next one's", async function () {
    this.timeout(60_000);
    // A worker script made of the real worker module (answer) and a recognizer with a stand-in stage that throws
    // on texts holding BREAK, bundled like dist/worker.js, so the problems cross a real thread boundary.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-worker-'));
    madeDirs.push(dir);
    const root = process.cwd();
    const entry = path.join(dir, 'entry.ts');
    fs.writeFileSync(
      entry,
      `import { parentPort } from 'node:worker_threads';
import { annotate, createAnnotator } from ${JSON.stringify(path.join(root, 'src/core/annotate'))};
import { answer } from ${JSON.stringify(path.join(root, 'src/extension/worker'))};
const broken = ${BROKEN_QUOTES};
parentPort!.removeAllListeners('message'); // the worker module's own listener, with the real recognizer
parentPort!.on('message', (req) => {
  const { reply, transfer } = answer(req, req.text.includes('BREAK') ? broken : annotate);
  parentPort!.postMessage(reply, transfer);
});
`,
    );
    const workerJs = path.join(dir, 'worker.js');
    const build = `require('esbuild').buildSync(${JSON.stringify({ entryPoints: [entry], outfile: workerJs, bundle: true, platform: 'node', format: 'cjs', logLevel: 'error' })})`;
    execFileSync(process.execPath, ['-e', build], { cwd: root, stdio: 'inherit' });
    const runner = new AnnotationRunner('/nonexistent', { workerPath: workerJs });
    try {
      const [broken, clean] = await Promise.all([
        runner.run('BREAK: Mayor Ann Lee said "the bridge reopens" on Monday.', {}, token()),
        runner.run('Mayor Ann Lee said "the bridge reopens" on Monday.', {}, token()),
      ]);
      assert.deepEqual(broken.problems, [{ stage: 'quotes', message: broken.problems[0]?.message }]);
      assert.match(broken.problems[0].message, /^findQuotes threw: .*stand-in quote finder broke/);
      assert.ok(broken.annotation.entities.length > 0, 'the entities survive the broken stage');
      assert.deepEqual(broken.annotation.quotes, []);
      assert.deepEqual(clean.problems, [], 'the next call has no problems of its own');
      assert.ok(clean.annotation.quotes.length > 0);
    } finally {
      runner.dispose();
    }
  });

  it('in this thread with a stand-in worker: problems pass through the (structured-cloned) reply; at most MAX_PROBLEMS of them', async () => {
    const noisy = createAnnotator({
      stages: {
        findEntities: (text) =>
          Array.from({ length: MAX_PROBLEMS + 7 }, (_, i) => ({
            id: `e${i}`,
            type: 'PERSON' as const,
            name: 'X',
            role: null,
            aliases: [],
            mentions: [{ start: text.length + i, end: text.length + i + 1, text: 'X' }],
          })),
      },
    });
    const runner = new AnnotationRunner('/nonexistent', {
      createWorker: () => {
        const w = new FakeWorker();
        w.postMessage = (req) => setImmediate(() => w.emit('message', structuredClone(answer(req, noisy).reply)));
        return w;
      },
    });
    try {
      const result = await runner.run('Ann Lee spoke.', {}, token());
      assert.equal(result.problems.length, MAX_PROBLEMS + 1);
      assert.ok(
        result.problems.slice(0, MAX_PROBLEMS).every((p) => p.stage === 'validate'),
        JSON.stringify(result.problems[0]),
      );
      // Each bad entity is at least one problem: past the first MAX_PROBLEMS, at least 7 are counted, not sent.
      const more = /^(\d+) more problems not shown$/.exec(result.problems[MAX_PROBLEMS].message);
      assert.ok(more && Number(more[1]) >= 7, result.problems[MAX_PROBLEMS].message);
    } finally {
      runner.dispose();
    }
  });

  it("the worker's reply says how long it took and, where Node tells it, how much of that its thread ran on a CPU", () => {
    const { reply } = answer({ id: 7, text: 'Mayor Ann Lee said "the bridge reopens" on Monday.', options: {} });
    assert.ok(!('error' in reply));
    assert.ok(reply.ms >= 0);
    const threadCpu = (process as { threadCpuUsage?: unknown }).threadCpuUsage;
    if (typeof threadCpu === 'function') {
      assert.equal(typeof reply.cpuMs, 'number');
      // Thread CPU clocks tick coarsely on some systems (about 16 ms on Windows).
      assert.ok(reply.cpuMs! >= 0 && reply.cpuMs! <= reply.ms + 20, `${reply.cpuMs} ms on a CPU of ${reply.ms}`);
    } else assert.equal(reply.cpuMs, undefined, `Node ${process.version} cannot tell a thread's CPU time`);
  });

  it('a reply without problems (an older worker) reads as none', async () => {
    const workers: FakeWorker[] = [];
    const runner = new AnnotationRunner('/nonexistent', {
      createWorker: () => (workers.push(new FakeWorker()), workers[workers.length - 1]),
    });
    const p = runner.run('docA', {}, token());
    const req = workers[0].sent[0];
    workers[0].emit('message', {
      id: req.id,
      annotation: { entities: [], mentions: new Int32Array(0), quotes: new Int32Array(0) },
      ms: 0,
    } as unknown as WorkerReply);
    assert.deepEqual((await p).problems, []);
    runner.dispose();
  });
});
