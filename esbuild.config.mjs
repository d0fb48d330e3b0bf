// Bundles the extension, its worker, the report panel's webview script and the CLI. `node esbuild.config.mjs [--watch] [--production]`.
import * as esbuild from 'esbuild';
import { chmodSync, readFileSync } from 'node:fs';
import { asciiOnlyPlugin } from './scripts/esbuild-ascii.mjs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  // Node 18 has \p{…} in regular expressions; without this esbuild writes each such literal as a
  // `new RegExp(…)` made again on every call (measured: ~4% of the warm recognizer's CPU time).
  supported: { 'regexp-unicode-property-escapes': true },
  sourcemap: !production,
  minify: production,
  logLevel: 'info',
  // ASCII only: Node reads and compiles the bundle faster (see scripts/esbuild-ascii.mjs).
  plugins: [asciiOnlyPlugin],
};

const builds = [
  { ...common, entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  // The command line: dist/cli.js (the `news-lens` bin) is a small launcher that runs dist/cli-main.js through a
  // V8 code cache (src/node/codeCache.ts).
  { ...common, entryPoints: ['src/cli/launch.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  {
    ...common,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli-main.js',
    define: { __NEWS_LENS_VERSION__: JSON.stringify(version) },
  },
  // The recognizer in a worker thread, so the extension host stays responsive (src/extension/runner.ts), started
  // through its launcher and the code cache.
  { ...common, entryPoints: ['src/extension/worker.ts'], outfile: 'dist/worker.js' },
  { ...common, entryPoints: ['src/extension/workerLaunch.ts'], outfile: 'dist/worker-launch.js' },
  // The Source Diversity panel's script, run in its webview (a browser): Observable Plot and d3 go here only,
  // never into dist/extension.js. Always minified; no CDN, so the panel works offline.
  {
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'es2020',
    minify: true,
    sourcemap: !production,
    logLevel: 'info',
    entryPoints: ['src/webview/report.ts'],
    outfile: 'dist/report.js',
  },
];

if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
  chmodSync(new URL('./dist/cli.js', import.meta.url), 0o755); // runnable as ./dist/cli.js, as npm's bin link makes it
}
