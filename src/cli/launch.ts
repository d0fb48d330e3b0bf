// `news-lens`, the command-line tool's entry (dist/cli.js): runs the command line itself, dist/cli-main.js
// (src/cli/main.ts), through a V8 code cache (src/node/codeCache.ts), so that a fresh process neither parses
// the 1.7 MB bundle nor compiles again the functions an earlier run compiled. Kept tiny: Node compiles this file
// without a cache. The --jobs worker threads start here too and read the same cache.
import * as path from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { runWithCodeCache } from '../node/codeCache';
import { cliCacheDir } from './cacheDir';

const { status } = runWithCodeCache(path.join(__dirname, 'cli-main.js'), {
  dir: cliCacheDir(),
  // The main thread writes the cache when it exits; a --jobs worker thread (terminated, never exiting on its
  // own) two seconds in, by when it has annotated with every part of the recognizer.
  save: isMainThread ? 'exit' : { afterMs: 2000 },
});
// The cache only saves time: a problem with it is said with --verbose, never an error.
if (isMainThread && process.argv.includes('--verbose'))
  process.once('exit', () => {
    if (status.problem) process.stderr.write(`news-lens: code cache: ${status.problem} (start-up is only slower)\n`);
  });
