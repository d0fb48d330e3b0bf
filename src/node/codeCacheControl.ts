/**
 * What a bundle loaded through the code cache (src/node/codeCache.ts) sees of it: kept apart from the loader so
 * that the bundles themselves (the CLI, the editor's worker) carry only this, not the loader. The loader and the
 * bundle are two bundles, so the one channel between them is the global object.
 */

/** What became of the cache when the bundle was loaded. */
export type CacheState = 'used' | 'missing' | 'rejected' | 'off';

/** The outcome of loading: what the cache did, and, once a save was tried, whether it wrote one. */
export interface CodeCacheStatus {
  state: CacheState;
  /** The cache file for this bundle (null when off). */
  file: string | null;
  /** Why the cache could not be read or written (it never stops the bundle). */
  problem?: string;
  /** 'written' after a save, 'skipped' when another process or thread wrote it first. */
  saved?: 'written' | 'skipped';
}

/** What the loaded bundle sees through `codeCacheControl`. */
export interface CodeCacheControl {
  status: CodeCacheStatus;
  /** The launcher that started this thread (`CodeCacheOptions.entry`). */
  entry: string | undefined;
  /** The bundle has done real work: a cache written from now on holds what it compiled. */
  worked(): void;
  /** Writes the cache now, if none could be used and the bundle has worked (the policy calls this). */
  save(): void;
}

const CONTROL = Symbol.for('news-lens.code-cache');

/**
 * The control of the code cache this thread's bundle was loaded with, or undefined when it was loaded without
 * one (run directly, or in a test).
 */
export function codeCacheControl(): CodeCacheControl | undefined {
  return (globalThis as Record<symbol, CodeCacheControl | undefined>)[CONTROL];
}

/** Makes `control` the one `codeCacheControl` returns in this thread (the loader, before it runs the bundle). */
export function setCodeCacheControl(control: CodeCacheControl): void {
  (globalThis as Record<symbol, CodeCacheControl | undefined>)[CONTROL] = control;
}
