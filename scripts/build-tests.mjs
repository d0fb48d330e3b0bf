// Compiles the tests: bundles every test/**/*.test.ts (and the extension tier's entry test/extension/index.ts)
// into the git-ignored out/test/, one CommonJS file each, keeping the folder layout. Packages stay external
// (resolved from node_modules at run time; `vscode` from the extension host). New test files are picked up
// automatically. `node scripts/build-tests.mjs [unit|extension|ui ...]` limits the tiers.
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const TIERS = ['unit', 'shared', 'extension', 'ui'];
export const OUT_DIR = path.join(ROOT, 'out', 'test');

/** Relative paths of the files under `dir` whose names end with `suffix`, sorted. */
export function findFiles(dir, suffix) {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(suffix) && fs.statSync(path.join(dir, f)).isFile())
    .sort();
}

/**
 * Bundles the given tiers' tests into `outDir` (default out/test/; npm test uses a folder of its own
 * so that runs started at the same time in one checkout do not overwrite each other's files).
 * Returns { tier: [compiled .test.js paths] }.
 */
export async function buildTests(tiers = TIERS, outDir = OUT_DIR) {
  const entries = [];
  const compiled = {};
  for (const tier of tiers) {
    const src = path.join(ROOT, 'test', tier);
    fs.rmSync(path.join(outDir, tier), { recursive: true, force: true });
    const tests = findFiles(src, '.test.ts');
    compiled[tier] = tests.map((f) => path.join(outDir, tier, f.replace(/\.ts$/, '.js')));
    entries.push(...tests.map((f) => path.join(src, f)));
    if (tier === 'extension') entries.push(path.join(src, 'index.ts'));
  }
  if (entries.length === 0) return compiled;
  await esbuild.build({
    entryPoints: entries,
    outbase: path.join(ROOT, 'test'),
    outdir: outDir,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: 'inline',
    packages: 'external',
    // scripts/*.mjs helpers use import.meta.url; give them this bundle's own location.
    define: { 'import.meta.url': '__news_lens_import_meta_url' },
    banner: { js: 'const __news_lens_import_meta_url = require("url").pathToFileURL(__filename).href;' },
    logLevel: 'warning',
  });
  return compiled;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const tiers = process.argv.slice(2).filter((t) => TIERS.includes(t));
  const compiled = await buildTests(tiers.length ? tiers : TIERS);
  for (const [tier, files] of Object.entries(compiled)) console.log(`${tier}: ${files.length} test file(s)`);
}
