// `npm run test:unit`: compiles test/unit/**/*.test.ts (into out/, a folder per run) and runs them with mocha in Node,
// without the slow cases (NEWS_LENS_SKIP_SLOW) unless CI is set.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildTests } from './build-tests.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
// A folder of its own, so that runs started at the same time in one checkout do not collide.
const outDir = path.join(here, '..', 'out', `test-unit-${process.pid}`);
const { unit } = await buildTests(['unit'], outDir);
if (unit.length === 0) {
  console.error('no unit tests found under test/unit/');
  process.exit(1);
}
// The slow cases (a 50 MB text) run in npm test and in CI, not in this quick loop.
const env = process.env.CI ? process.env : { ...process.env, NEWS_LENS_SKIP_SLOW: '1' };
const r = spawnSync(process.execPath, [path.join(here, 'run-mocha.mjs'), ...unit], { stdio: 'inherit', env });
fs.rmSync(outDir, { recursive: true, force: true });
process.exit(r.status ?? 1);
