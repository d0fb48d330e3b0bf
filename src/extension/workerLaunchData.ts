import * as path from 'node:path';

/** The file the extension starts its worker threads on: src/extension/workerLaunch.ts, bundled. */
export const WORKER_LAUNCHER = 'worker-launch.js';

/** How long after its last answer a worker with no usable code cache writes one (src/node/codeCache.ts). */
export const CODE_CACHE_SAVE_MS = 1000;

/** What the extension starts its workers with (`workerData`). */
export interface WorkerLaunchData {
  /** The code cache folder; null: none. */
  codeCacheDir: string | null;
  /** How long after its last answer the worker writes the cache (default CODE_CACHE_SAVE_MS; tests shorten it). */
  codeCacheSaveMs?: number;
}

/** The workers' code cache folder: in the extension's global storage, kept across VS Code sessions and folders. */
export function workerCodeCacheDir(context: { globalStorageUri: { fsPath: string } }): string {
  return path.join(context.globalStorageUri.fsPath, 'code-cache');
}
