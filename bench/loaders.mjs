// The two tools under test, loaded as a measuring process (bench/child.mjs, bench/compromise-cli.mjs) loads them:
// this module imports nothing else, so that esbuild (bench/tools.mjs builds the bundles; 12 MB of RSS once
// imported) is not counted in either tool's memory.
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * The recognizer's `annotate` from `bundle`: with `codeCache` ({ loader, dir }), loaded as the CLI and the
 * editor's workers load theirs, through src/node/codeCache.ts with its cache in `dir` (null: the same loader, no
 * cache), a cache written at exit once it has annotated, when none fitted; `codeCacheState()` tells which.
 */
export function loadNewsLens(bundle, codeCache) {
  const require = createRequire(import.meta.url);
  if (!codeCache) {
    const { annotate } = require(bundle);
    return Object.assign((text) => annotate(text), { codeCacheState: () => null });
  }
  const loader = require(codeCache.loader);
  const { exports, status } = loader.runWithCodeCache(bundle, { dir: codeCache.dir, save: 'exit' });
  return Object.assign(
    (text) => {
      const result = exports.annotate(text);
      loader.codeCacheControl()?.worked();
      return result;
    },
    { codeCacheState: () => status.state },
  );
}

/** compromise 14.17: nlp(text) then people, organizations, places and quotations, as strings. */
export function loadCompromise(root) {
  const mod = createRequire(path.join(root, 'package.json'))('compromise');
  const nlp = mod.default || mod;
  return {
    version: nlp.version,
    run(text) {
      const doc = nlp(text);
      const found = [doc.people(), doc.organizations(), doc.places(), doc.quotations()];
      return { doc: found, out: found.map((v) => v.out('array')) };
    },
    /** What it takes on top to get character offsets, as News Lens gives them. */
    offsets(found) {
      return found.map((v) => v.json({ offset: true, terms: false }));
    },
  };
}
