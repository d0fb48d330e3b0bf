// Entry of the extension-host test tier (the @vscode/test-electron contract: a module exporting `run()`).
// It runs inside VS Code's extension host, so `vscode` is the real API. Every `*.test.js` bundled next to
// this file (from test/extension/**/*.test.ts, by scripts/build-tests.mjs) is picked up automatically.
import * as fs from 'fs';
import * as path from 'path';
import * as util from 'util';
import Mocha from 'mocha';

/** The line scripts/test-all.mjs reads to count this tier. */
export const RESULT_PREFIX = 'NEWS_LENS_TIER_RESULT ';

function findTests(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...findTests(p));
    else if (entry.name.endsWith('.test.js')) out.push(p);
  }
  return out.sort();
}

export async function run(): Promise<void> {
  // In code-server the console output travels through the workbench unformatted: format it here.
  (Mocha.reporters.Base as unknown as { consoleLog: (...a: unknown[]) => void }).consoleLog = (...a: unknown[]) =>
    console.log(util.format(...a));
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 20000, reporter: 'spec' });
  // Both styles work: describe/it (bdd) and suite/test (tdd).
  Mocha.interfaces.tdd(mocha.suite);
  // NEWS_LENS_TEST_GREP=<regexp> runs only the tests whose full title matches (one suite while working on it).
  if (process.env.NEWS_LENS_TEST_GREP) mocha.grep(new RegExp(process.env.NEWS_LENS_TEST_GREP));
  const files = findTests(__dirname);
  // Load file by file: one that throws while loading becomes one failing test, the others still run.
  for (const f of files) {
    mocha.files = [f];
    try {
      await mocha.loadFilesAsync();
    } catch (error) {
      mocha.suite.addTest(
        new Mocha.Test(`load ${path.basename(f)}`, () => {
          throw error;
        }),
      );
    }
  }
  mocha.files = files;
  await new Promise<void>((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const s = runner.stats ?? { passes: 0, failures, pending: 0 };
      console.log(
        RESULT_PREFIX +
          JSON.stringify({ passes: s.passes, failures: s.failures, pending: s.pending, files: files.length }),
      );
      if (failures > 0) reject(new Error(`${failures} extension-host test(s) failed`));
      else resolve();
    });
  });
}
