// The editor's worker threads start here (dist/worker-launch.js): it runs the worker itself, dist/worker.js
// (src/extension/worker.ts, the recognizer), through a V8 code cache in the folder the extension passes as
// `workerData.codeCacheDir` (its global storage), so that a worker started after VS Code starts neither parses the
// 1.7 MB bundle nor compiles again what an earlier session's worker compiled (src/node/codeCache.ts). Kept tiny.
import * as path from 'node:path';
import { workerData } from 'node:worker_threads';
import { runWithCodeCache } from '../node/codeCache';
import { CODE_CACHE_SAVE_MS, type WorkerLaunchData } from './workerLaunchData';

const data = workerData as Partial<WorkerLaunchData> | null;
runWithCodeCache(path.join(__dirname, 'worker.js'), {
  dir: data?.codeCacheDir ?? null,
  // A moment after the worker's last answer (the built-in warm-up articles at activation, then whatever articles
  // follow at once: each puts it off, up to ten times that after the first), so that the cache holds the recognizer
  // compiled and writing it never holds up an article. A worker may be terminated at any time, so not at exit.
  save: { afterWorkMs: data?.codeCacheSaveMs ?? CODE_CACHE_SAVE_MS },
});
