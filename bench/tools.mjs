// The two tools under test, each reduced to "text in, people/organizations/places and quotes out".
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

// What a measuring process loads (no esbuild in it): bench/loaders.mjs.
export { loadCompromise, loadNewsLens } from './loaders.mjs';
