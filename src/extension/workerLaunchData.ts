/** The file the extension starts its worker threads on: src/extension/workerLaunch.ts, bundled. */
export const WORKER_LAUNCHER = 'worker-launch.js';

/** What the extension starts its workers with (`workerData`). */
export interface WorkerLaunchData {
  /** The code cache folder (src/node/codeCache.ts); null: none. */
  codeCacheDir: string | null;
}

/** The workers' code cache folder: in the extension's global storage, kept across VS Code sessions and folders. */
export function workerCodeCacheDir(context: { globalStorageUri: { fsPath: string } }): string {
  return `${context.globalStorageUri.fsPath}/code-cache`;
}
