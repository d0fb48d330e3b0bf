// `npm test`: builds (esbuild + tsc --noEmit), compiles the tests into out/test/, then runs all three tiers:
//   unit       test/unit/**/*.test.ts       mocha in Node
//   shared     test/shared/**/*.test.ts     mocha in Node, on the annotated data in ../shared (or NEWS_LENS_SHARED);
//                                           without that folder its tests are counted as skipped, with the reason
//   extension  test/extension/**/*.test.ts  mocha inside VS Code's extension host (code-server 1.139 here,
//                                           through @vscode/test-electron's runTests and scripts/vscode-launcher.mjs)
//   ui         test/ui/**/*.test.ts         mocha in Node driving Chromium against code-server
// Lint (ESLint and Prettier's check) runs after the build and counts as one failure when it complains.
// Prints one line per tier and ends with exactly one line `N passed, N failed, N skipped` over every tier; a build
// that fails or a tier that cannot run counts as one failure. Exits non-zero on any failure.
// `npm test -- unit ui` runs only the named tiers (the build always runs).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { buildTests, TIERS } from './build-tests.mjs';
import { runInVsCode } from './run-in-vscode.mjs';
import { ensureRuntime, findChromium, SetupError } from './vscode-runtime.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RESULT_PREFIX = 'NEWS_LENS_TIER_RESULT ';
const UI_TIMEOUT_MS = 120000;
/** The shared data folder the `shared` tier reads (never copied into the repository). */
const SHARED_DIR = path.resolve(process.env.NEWS_LENS_SHARED || path.join(ROOT, '..', 'shared'));
// This run's compiled tests (removed at the end): other runs in the same checkout use their own.
const OUT_DIR = path.join(ROOT, 'out', `test-run-${process.pid}`);

const requested = process.argv.slice(2).filter((a) => TIERS.includes(a));
const tiers = requested.length ? requested : TIERS;
/** One entry per step: { name, passed, failed, note, seconds }. */
const results = [];

function heading(s) {
  console.log(`\n=== ${s} ===`);
}

/** Runs a command, echoing its output; resolves { code, output }. */
function runCommand(cmd, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], ...options });
    let output = '';
    child.stdout.on('data', (d) => {
      output += d;
      process.stdout.write(d);
    });
    child.stderr.on('data', (d) => {
      output += d;
      process.stderr.write(d);
    });
    child.on('error', (e) => resolve({ code: 1, output: output + String(e) }));
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

/** The counts from a tier's result line, or null when the tier did not get to print one. */
function parseResult(output) {
  const lines = output.split('\n').filter((l) => l.includes(RESULT_PREFIX));
  if (lines.length === 0) return null;
  const last = lines[lines.length - 1];
  return JSON.parse(last.slice(last.indexOf(RESULT_PREFIX) + RESULT_PREFIX.length));
}

function record(name, t0, { code, output }, files) {
  const seconds = (Date.now() - t0) / 1000;
  const r = parseResult(output);
  if (files === 0) {
    results.push({ name, passed: 0, failed: 1, note: 'no test files found', seconds });
  } else if (!r) {
    results.push({ name, passed: 0, failed: 1, note: `could not run (exit ${code}, no results reported)`, seconds });
  } else {
    const note = code !== 0 && r.failures === 0 ? `exit ${code} although no test failed` : '';
    results.push({ name, passed: r.passes, failed: r.failures + (note ? 1 : 0), pending: r.pending, note, seconds });
  }
}

async function build() {
  heading('build');
  const t0 = Date.now();
  const bundle = await runCommand(process.execPath, ['esbuild.config.mjs']);
  if (bundle.code !== 0) {
    results.push({
      name: 'build (esbuild)',
      passed: 0,
      failed: 1,
      note: 'the bundle failed',
      seconds: (Date.now() - t0) / 1000,
    });
    return false;
  }
  // The project, then the webview script (its own tsconfig: the DOM library only there).
  let tsc = { code: 0 };
  for (const project of ['.', 'src/webview']) {
    if (tsc.code !== 0) break;
    tsc = await runCommand(process.execPath, [
      path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'),
      '--noEmit',
      '-p',
      project,
    ]);
  }
  results.push({
    name: 'build (esbuild + tsc)',
    passed: 0,
    failed: tsc.code === 0 ? 0 : 1,
    note: tsc.code === 0 ? 'ok' : 'type errors (see above)',
    seconds: (Date.now() - t0) / 1000,
  });
  return true;
}

/** ESLint (the layering rules included) and Prettier's check: one failure when either complains. */
async function lint() {
  heading('lint (eslint + prettier --check)');
  const t0 = Date.now();
  const out = await runCommand('npm', ['run', '--silent', 'lint']);
  results.push({
    name: 'lint',
    passed: 0,
    failed: out.code === 0 ? 0 : 1,
    note: out.code === 0 ? 'ok' : 'lint errors (see above; npm run format fixes the layout)',
    seconds: (Date.now() - t0) / 1000,
  });
}

async function mochaTier(name, files, extraArgs = []) {
  heading(`${name} tests (${files.length} file(s))`);
  const t0 = Date.now();
  if (files.length === 0) return record(name, t0, { code: 1, output: '' }, 0);
  const out = await runCommand(process.execPath, [path.join(ROOT, 'scripts', 'run-mocha.mjs'), ...extraArgs, ...files]);
  record(name, t0, out, files.length);
}

async function extensionTier(files) {
  heading(`extension-host tests (${files.length} file(s), in code-server's extension host)`);
  const t0 = Date.now();
  if (files.length === 0) return record('extension', t0, { code: 1, output: '' }, 0);
  let output = '';
  const tee = (target) =>
    new Writable({
      write(chunk, _enc, cb) {
        output += chunk;
        target.write(chunk, cb);
      },
    });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-ext-profile-'));
  let code;
  try {
    code = await runInVsCode({
      testsPath: path.join(OUT_DIR, 'extension', 'index.js'),
      workspace: path.join(ROOT, 'samples'),
      profileDir: profile,
      stdout: tee(process.stdout),
      stderr: tee(process.stderr),
    });
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
  record('extension', t0, { code, output }, files.length);
}

async function main() {
  const t0 = Date.now();
  const built = await build();
  await lint();
  let compiled = {};
  if (built) {
    try {
      compiled = await buildTests(tiers, OUT_DIR);
    } catch (e) {
      results.push({
        name: 'compile tests',
        passed: 0,
        failed: 1,
        note: String(e.message ?? e).split('\n')[0],
        seconds: 0,
      });
    }
  }
  const canRun = built && Object.keys(compiled).length > 0;

  if (tiers.includes('unit')) {
    if (canRun) await mochaTier('unit', compiled.unit);
    else results.push({ name: 'unit', passed: 0, failed: 1, note: 'not run: the build failed' });
  }

  if (tiers.includes('shared')) {
    if (!canRun) results.push({ name: 'shared', passed: 0, failed: 1, note: 'not run: the build failed' });
    else if (fs.existsSync(SHARED_DIR)) await mochaTier('shared', compiled.shared, ['--timeout', '120000']);
    else {
      const reason = `no shared data at ${SHARED_DIR} (clone the repository with ../shared beside it, or set NEWS_LENS_SHARED)`;
      await mochaTier('shared', compiled.shared, ['--skip', reason]);
      results[results.length - 1].note = `skipped: ${reason}`;
    }
  }

  let vscodeProblem = canRun ? null : 'the build failed';
  if (canRun && (tiers.includes('extension') || tiers.includes('ui'))) {
    try {
      heading('VS Code runtime');
      const rt = ensureRuntime();
      console.log(`code-server (VS Code ${rt.vscodeVersion}) on Node 24: ${path.relative(ROOT, rt.codeServerDir)}`);
      console.log(`chromium: ${findChromium()}`);
    } catch (e) {
      vscodeProblem = e instanceof SetupError ? e.message : String(e?.stack ?? e);
      console.error(vscodeProblem);
    }
  }
  if (tiers.includes('extension')) {
    if (vscodeProblem)
      results.push({ name: 'extension', passed: 0, failed: 1, note: `not run: ${vscodeProblem.split('\n')[0]}` });
    else await extensionTier(compiled.extension);
  }
  if (tiers.includes('ui')) {
    if (vscodeProblem)
      results.push({ name: 'ui', passed: 0, failed: 1, note: `not run: ${vscodeProblem.split('\n')[0]}` });
    else await mochaTier('ui', compiled.ui, ['--timeout', String(UI_TIMEOUT_MS)]);
  }

  heading('summary');
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for (const r of results) {
    passed += r.passed;
    failed += r.failed;
    skipped += r.pending ?? 0;
    const time = r.seconds !== undefined ? ` (${r.seconds.toFixed(0)} s)` : '';
    const pending = r.pending ? `, ${r.pending} skipped` : '';
    console.log(`${r.name}: ${r.passed} passed, ${r.failed} failed${pending}${time}${r.note ? ` - ${r.note}` : ''}`);
  }
  if (!process.env.NEWS_LENS_KEEP_OUT) fs.rmSync(OUT_DIR, { recursive: true, force: true });
  console.log(`total time ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
  process.exitCode = failed > 0 ? 1 : 0;
}

main().catch((e) => {
  console.error(e);
  console.log('0 passed, 1 failed');
  process.exitCode = 1;
});
