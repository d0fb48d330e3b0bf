// Runs compiled mocha test files in this Node process with the spec reporter and ends with one
// machine-readable line, `NEWS_LENS_TIER_RESULT {"passes":…,"failures":…,"pending":…}`, that
// scripts/test-all.mjs counts. `node scripts/run-mocha.mjs [--timeout MS] file.test.js ...`
import Mocha from 'mocha';
import path from 'node:path';

export const RESULT_PREFIX = 'NEWS_LENS_TIER_RESULT ';

const args = process.argv.slice(2);
let timeout = 10000;
/** With `--skip REASON`: every test is reported as skipped (pending), none is run. */
let skipReason = null;
const files = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--timeout') timeout = Number(args[++i]);
  else if (args[i] === '--skip') skipReason = args[++i];
  else files.push(path.resolve(args[i]));
}

const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', timeout, color: process.stdout.isTTY });
// Both styles work: describe/it (bdd) and suite/test (tdd).
Mocha.interfaces.tdd(mocha.suite);
// Load file by file: one that throws while loading becomes one failing test, the others still run.
for (const f of files) {
  mocha.files = [f];
  try {
    await mocha.loadFilesAsync();
  } catch (error) {
    mocha.suite.addTest(
      new Mocha.Test(`load ${path.relative(process.cwd(), f)}`, () => {
        throw error;
      }),
    );
  }
}
mocha.files = files;
if (skipReason !== null) {
  console.log(`skipped: ${skipReason}`);
  markPending(mocha.suite);
}
const runner = mocha.run((failures) => {
  const s = runner.stats;
  console.log(
    RESULT_PREFIX + JSON.stringify({ passes: s.passes, failures: s.failures, pending: s.pending, files: files.length }),
  );
  // Like mocha --exit: a test that leaves a handle open must not hang the run.
  process.stdout.write('', () => process.exit(failures > 0 ? 1 : 0));
});

/** Marks every test under `suite` pending and drops its hooks, so the tests are counted but none runs. */
function markPending(suite) {
  for (const t of suite.tests) t.pending = true;
  for (const hooks of [suite._beforeAll, suite._beforeEach, suite._afterEach, suite._afterAll]) hooks.length = 0;
  for (const s of suite.suites) markPending(s);
}
