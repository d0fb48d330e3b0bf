// The editor's worker threads start here (dist/worker-launch.js): it runs the worker itself, dist/worker.js
// (src/extension/worker.ts, the recognizer), through a V8 code cache in the folder the extension passes as
// `workerData.codeCacheDir` (its global storage), so that a worker started after VS Code starts neither parses the
// 1.7 MB bundle nor compiles again what an earlier session's worker compiled (src/node/codeCache.ts). Kept tiny.
import * as path from 'node:path';
import { workerData } from 'node:worker_threads';
import { runWithCodeCache } from '../node/codeCache';
import type { WorkerLaunchData } from './workerLaunchData';

runWithCodeCache(path.join(__dirname, 'worker.js'), {
  dir: (workerData as Partial<WorkerLaunchData> | null)?.codeCacheDir ?? null,
  // Three seconds in, the worker has warmed up on the built-in article and annotated the first real one, so the
  // cache holds the compiled recognizer. A worker may be terminated at any time, so not at exit.
  save: { afterMs: 3000 },
});
