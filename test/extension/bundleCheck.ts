// What a bundle in dist/ holds and loads, read from the bundle and its source map (no `vscode` import, so a
// plain Node script can run it against any bundle too).
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The recognizer: the modules that do work proportional to the text (src/core/types.ts only has types). */
export const RECOGNIZER =
  /(?:^|\/)src\/core\/(?:quotes|entities)\/|(?:^|\/)src\/core\/(?:annotate|text|index)\.ts$|(?:^|\/)node_modules\/(?:natural|compromise)\//;

/**
 * Modules under the recognizer's folders that do no work proportional to the text, so the extension host may
 * hold them: the attribution-confidence table and its constant-time lookup (src/core/validate.ts reads it to
 * check a quote's attribution, and the user's corrections are applied and validated on the host).
 */
export const NOT_RECOGNIZER = new Set(['src/core/quotes/confidence.ts', 'src/core/quotes/data/confidence.ts']);

/**
 * `require("…")` texts in a bundle that are strings, not calls: ajv (bundled, to read corrections files) keeps
 * the code of its runtime helpers as strings for its standalone code generator (`equal.code =
 * 'require("ajv/dist/runtime/equal").default'`); the helpers themselves are bundled.
 */
const CODE_STRINGS = /^ajv\/dist\/runtime\//;

/**
 * The source files esbuild put into `bundle` (`<root>/dist/x.js`), relative to `<root>`, from the source map
 * next to it (development builds write one).
 */
export function bundledModules(bundle: string): string[] {
  const map = JSON.parse(fs.readFileSync(`${bundle}.map`, 'utf8')) as { sources: string[] };
  const root = path.dirname(path.dirname(bundle));
  return map.sources.map((s) =>
    path
      .relative(root, path.resolve(path.dirname(bundle), s))
      .split(path.sep)
      .join('/'),
  );
}

/** The modules `bundle` loads at run time: the arguments of its `require(...)` calls. */
export function requiredModules(bundle: string): string[] {
  const code = fs.readFileSync(bundle, 'utf8');
  return [...new Set([...code.matchAll(/\brequire\(\s*(["'`])([^"'`]+)\1\s*\)/g)].map((m) => m[2]))].sort();
}

/**
 * Why the extension host could run the recognizer on its own thread, for the bundle `extension` (dist/extension.js):
 * recognizer modules bundled into it, or a module it loads that is not `vscode` or a Node built-in
 * (dist/worker.js must only ever be started as a worker thread). Empty when there is no way.
 */
export function recognizerOnHostThread(extension: string): string[] {
  const problems = bundledModules(extension)
    .filter((m) => RECOGNIZER.test(m) && !NOT_RECOGNIZER.has(m))
    .map((m) => `bundles ${m}`);
  for (const r of requiredModules(extension)) {
    if (r !== 'vscode' && !r.startsWith('node:') && !BUILTINS.has(r) && !CODE_STRINGS.test(r))
      problems.push(`loads ${r}`);
  }
  return problems;
}

const BUILTINS = new Set([
  'assert',
  'buffer',
  'child_process',
  'crypto',
  'events',
  'fs',
  'os',
  'path',
  'perf_hooks',
  'stream',
  'string_decoder',
  'url',
  'util',
  'worker_threads',
  'zlib',
]);
