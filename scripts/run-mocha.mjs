// Runs compiled mocha test files in this Node process with the spec reporter and ends with one
// machine-readable line, `NEWS_LENS_TIER_RESULT {"passes":…,"failures":…,"pending":…}`, that
// scripts/test-all.mjs counts. `node scripts/run-mocha.mjs [--timeout MS] file.test.js ...`
import Mocha from 'mocha';
import path from 'node:path';

export const RESULT_PREFIX = 'NEWS_LENS_TIER_RESULT ';

const args = process.argv.slice(2);
let timeout = 10000;
const files = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--timeout') timeout = Number(args[++i]);
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
    mocha.suite.addTest(new Mocha.Test(`load ${path.relative(process.cwd(), f)}`, () => { throw error; }));
  }
}
mocha.files = files;
const runner = mocha.run((failures) => {
  const s = runner.stats;
  console.log(RESULT_PREFIX + JSON.stringify({ passes: s.passes, failures: s.failures, pending: s.pending, files: files.length }));
  // Like mocha --exit: a test that leaves a handle open must not hang the run.
  process.stdout.write('', () => process.exit(failures > 0 ? 1 : 0));
});
