// One measurement in a fresh process, so that each tool's memory and start-up are its own:
//   node bench/child.mjs cold|memory|throughput|latency newslens|compromise ROOT BUNDLE TEXTFILE [WARMUPFILE]
// Prints one JSON line. cold: load time (wall and CPU), first call (wall and CPU) and second call on the text. memory: peak RSS annotating
// the text once. throughput: one warm-up call on WARMUPFILE, then the text once (and, for compromise,
// what it takes on top to get character offsets). latency: TEXTFILE holds a JSON list of articles;
// warm-up rounds, then every call timed (wall and CPU ms). docs: TEXTFILE holds a JSON list of articles,
// annotated one call each, in two passes: the second is the figure, the first (warming up) is kept apart.
import fs from 'node:fs';
import { Worker } from 'node:worker_threads';
import { loadCompromise, loadNewsLens } from './loaders.mjs';

const [mode, tool, root, bundle, textFile, warmupFile] = process.argv.slice(2);
const text = fs.readFileSync(textFile, 'utf8');
// Peak RSS so far, written every second by a thread of its own to TEXTFILE.peak, so that a run stopped
// for taking too long still tells how much memory it had reached.
if (mode === 'memory') {
  const peakFile = `${textFile}.${tool}.peak`;
  new Worker(
    `const fs = require('fs'); setInterval(() => fs.writeFileSync(${JSON.stringify(peakFile)}, String(process.resourceUsage().maxRSS / 1024)), 1000);`,
    { eval: true },
  ).unref();
}
const cpuMs = (c0) => {
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
};
const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;

let t0 = process.hrtime.bigint();
const load0 = process.cpuUsage();
const compromise = tool === 'compromise' ? loadCompromise(root) : null;
// BENCH_CODE_CACHE_LOADER and BENCH_CODE_CACHE_DIR: load the recognizer through src/node/codeCache.ts, as the
// CLI and the editor's workers do, with its cache in that folder ("off": the loader without a cache); set by
// scripts/bench.mjs for the cold part.
const cacheDir = process.env.BENCH_CODE_CACHE_DIR;
const codeCache =
  process.env.BENCH_CODE_CACHE_LOADER && cacheDir
    ? { loader: process.env.BENCH_CODE_CACHE_LOADER, dir: cacheDir === 'off' ? null : cacheDir }
    : undefined;
const run = compromise ? (t) => compromise.run(t) : loadNewsLens(bundle, codeCache);
const out = {
  tool,
  mode,
  chars: text.length,
  loadMs: ms(t0),
  loadCpuMs: cpuMs(load0),
  rssAfterLoadMB: process.memoryUsage().rss / 1048576,
  codeCache: compromise ? null : run.codeCacheState(),
};

if (mode === 'latency') {
  const docs = JSON.parse(text);
  const [warm, rounds] = tool === 'compromise' ? [2, 6] : [20, 60];
  for (let r = 0; r < warm; r++) for (const d of docs) run(d);
  out.wallMs = [];
  out.cpuMs = [];
  for (let r = 0; r < rounds; r++) {
    for (const d of docs) {
      const c0 = process.cpuUsage();
      const t1 = process.hrtime.bigint();
      run(d);
      out.wallMs.push(ms(t1));
      out.cpuMs.push(cpuMs(c0));
    }
  }
  process.stdout.write(JSON.stringify(out) + '\n');
  process.exit(0);
}
if (mode === 'docs') {
  const docs = JSON.parse(text);
  // A first pass (JIT, lazy loading, caches) is timed apart; the second pass is the figure.
  let c0 = process.cpuUsage();
  t0 = process.hrtime.bigint();
  for (const d of docs) run(d);
  Object.assign(out, { firstPassMs: ms(t0), firstPassCpuMs: cpuMs(c0) });
  c0 = process.cpuUsage();
  t0 = process.hrtime.bigint();
  for (const d of docs) run(d);
  Object.assign(out, {
    chars: docs.reduce((n, d) => n + d.length, 0),
    docs: docs.length,
    firstMs: ms(t0),
    firstCpuMs: cpuMs(c0),
  });
  out.maxRssMB = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify(out) + '\n');
  process.exit(0);
}
if (mode === 'throughput' && warmupFile) run(fs.readFileSync(warmupFile, 'utf8'));
const c0 = process.cpuUsage();
t0 = process.hrtime.bigint();
let result = run(text);
out.firstMs = ms(t0);
out.firstCpuMs = cpuMs(c0);
if (mode === 'cold') {
  t0 = process.hrtime.bigint();
  result = run(text);
  out.secondMs = ms(t0);
}
if (mode === 'throughput' && compromise) {
  t0 = process.hrtime.bigint();
  compromise.offsets(result.doc);
  out.offsetsMs = ms(t0);
}
out.maxRssMB = process.resourceUsage().maxRSS / 1024;
out.kept = result ? 1 : 0; // the result stays alive until the peak is read
process.stdout.write(JSON.stringify(out) + '\n');
