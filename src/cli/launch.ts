// `news-lens`, the command-line tool's entry (dist/cli.js): runs the command line itself, dist/cli-main.js
// (src/cli/main.ts), through a V8 code cache (src/node/codeCache.ts), so that a fresh process neither parses
// the 1.7 MB bundle nor compiles again the functions an earlier run compiled. Kept tiny: Node compiles this file
// without a cache. The --jobs worker threads start here too and read the same cache.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { codeCacheControl, runWithCodeCache } from '../node/codeCache';
import { cliCacheDir } from './cacheDir';

// The real file, not a symbolic link to it (npm's bin link, under --preserve-symlinks-main).
const self = fs.realpathSync(__filename);
const { status } = runWithCodeCache(path.join(path.dirname(self), 'cli-main.js'), {
  dir: cliCacheDir(),
  // Once the command line has annotated something (src/cli/annotator.ts): the main thread writes the cache
  // when it exits; a --jobs worker thread, which is terminated rather than exits, right after its first input
  // (src/cli/main.ts).
  save: isMainThread ? 'exit' : { afterWorkMs: 0 },
  entry: self,
});
// The cache only saves time: a problem with it is said with --verbose, never an error.
if (isMainThread && process.argv.includes('--verbose'))
  process.once('exit', () => {
    codeCacheControl()?.save(); // what the exit policy does, done first so that its problem is said
    if (status.problem) process.stderr.write(`news-lens: code cache: ${status.problem} (start-up is only slower)\n`);
  });
