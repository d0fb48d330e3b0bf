// What the data scripts share: the project's root, the shared data folder beside it (NEWS_LENS_SHARED overrides
// it), the command-line arguments, the value after an option, and reading a JSON Lines file.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
export const shared = process.env.NEWS_LENS_SHARED || path.join(root, '..', 'shared');
export const args = process.argv.slice(2);

/** The value after option `k` on the command line, else `d`. */
export function opt(k, d) {
  const i = args.indexOf(k);
  return i >= 0 ? args[i + 1] : d;
}

/** The records of a JSON Lines file (blank lines skipped). */
export function readJsonl(file) {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
}
