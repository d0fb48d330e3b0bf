// `npm run test:unit`: compiles test/unit/**/*.test.ts into out/test/unit and runs them with mocha in Node.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildTests } from './build-tests.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const { unit } = await buildTests(['unit']);
if (unit.length === 0) {
  console.error('no unit tests found under test/unit/');
  process.exit(1);
}
const r = spawnSync(process.execPath, [path.join(here, 'run-mocha.mjs'), ...unit], { stdio: 'inherit' });
process.exit(r.status ?? 1);
