// Where the shared data lives: NEWS_LENS_SHARED, else ../shared beside the repository. scripts/test-all.mjs
// runs this tier only when that folder exists (and reports it skipped, with the reason, when not).
import * as fs from 'fs';
import * as path from 'path';

export const SHARED_DIR = path.resolve(process.env.NEWS_LENS_SHARED || path.join(process.cwd(), '..', 'shared'));

/** Path of a file in the shared folder; throws (a failing test, not a skip) when it is missing. */
export function sharedFile(...parts: string[]): string {
  const file = path.join(SHARED_DIR, ...parts);
  if (!fs.existsSync(file)) throw new Error(`${file} is missing from the shared data folder ${SHARED_DIR}`);
  return file;
}
