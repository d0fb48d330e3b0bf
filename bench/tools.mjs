// The two tools under test, each reduced to "text in, people/organizations/places and quotes out".
import { createRequire } from 'node:module';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { asciiOnlyPlugin } from '../scripts/esbuild-ascii.mjs';

/** Bundles one entry of the project for Node (CommonJS, no packages left out, ASCII only); returns `outfile`. */
export async function bundleEntry(root, entry, outfile, options = {}) {
  await esbuild.build({
    entryPoints: [path.join(root, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    // Node 18 has \p{…} in regular expressions; without this esbuild writes each such literal as a
    // `new RegExp(…)` made again on every call (measured: ~4% of the warm recognizer's CPU time).
    supported: { 'regexp-unicode-property-escapes': true },
    logLevel: 'error',
    plugins: [asciiOnlyPlugin], // as esbuild.config.mjs builds what ships
    ...options,
  });
  return outfile;
}

/** Bundles the News Lens core the way the CLI and the extension get it; returns the bundle's path. */
export async function buildCore(root, outDir, name = 'bench-core.cjs') {
  return bundleEntry(root, 'src/core/index.ts', path.join(outDir, name));
}

/**
 * Bundles the command line as esbuild.config.mjs makes it (minus the source maps unless asked), so that the
 * whole-process runs measure the code in the work tree; returns the path of what a user runs. With `launcher`
 * (the default), `name` is the launcher (src/cli/launch.ts) and cli-main.js beside it the command line, run
 * through the code cache in $NEWS_LENS_CODE_CACHE, as dist/cli.js and dist/cli-main.js; without, `name` is the
 * command line alone. Its --jobs threads run the same file.
 */
export async function buildCli(
  root,
  outDir,
  { name = 'cli.js', version = 'bench', sourcemap = false, launcher = true } = {},
) {
  const dir = launcher ? path.join(outDir, 'cli') : outDir;
  const main = path.join(dir, launcher ? 'cli-main.js' : name);
  await bundleEntry(root, 'src/cli/main.ts', main, {
    sourcemap,
    define: { __NEWS_LENS_VERSION__: JSON.stringify(version) },
  });
  if (!launcher) return main;
  return bundleEntry(root, 'src/cli/launch.ts', path.join(dir, name), { sourcemap });
}

/** Bundles src/node/codeCache.ts (the loader the CLI and the editor's workers use); returns the bundle's path. */
export async function buildCodeCacheLoader(root, outDir) {
  return bundleEntry(root, 'src/node/codeCache.ts', path.join(outDir, 'code-cache.cjs'));
}

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
