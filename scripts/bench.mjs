#!/usr/bin/env node
// News Lens vs compromise 14.17, side by side: `npm run bench` (= node scripts/bench.mjs [--quick]).
//
//   throughput  about 1 MB of news, whole pipeline, chars/s and the ratio
//   latency     typical 3-10 KB articles, median once loaded
//   growth      News Lens on 0.25, 0.5, 1, 2 MB, ms per MB (a quadratic step shows as a rising ms/MB)
//   memory      peak RSS annotating 5 MB, each tool in its own process
//   cold        load time and first call, in a fresh process
//
// A "MB" here is 1,048,576 characters (UTF-16 code units) of mostly ASCII news text. Prints a table and
// writes everything to .bench/bench.json (git-ignored). --quick: compromise only on 0.25 MB, no 5 MB run
// for it. Texts are read at run time (bench/texts.mjs); nothing from ../shared lands in the repository.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { articles, newsText, typicalArticles } from '../bench/texts.mjs';
import { buildCore, loadCompromise, loadNewsLens } from '../bench/tools.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const quick = process.argv.includes('--quick');
const MB = 1 << 20;
const outDir = path.join(root, '.bench');
fs.mkdirSync(outDir, { recursive: true });
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

const now = () => process.hrtime.bigint();
const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const quantile = (xs, q) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(q * s.length))]; };
const log = (s) => process.stderr.write(`bench: ${s}\n`);
const timeOnce = (fn, text) => { const t0 = now(); fn(text); return ms(t0); };

const report = {
  date: new Date().toISOString(),
  machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, node: process.version, loadAvgAtStart: os.loadavg() },
  versions: { newsLens: pkg.version },
  quick,
};

const bundle = await buildCore(root, outDir);
const source = articles(root);
report.textSource = source.from;
log(`texts from ${source.from}`);

// ---- Cold start, in fresh processes ------------------------------------------------------------------------
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-bench-'));
const child = (mode, tool, text) => {
  const file = path.join(tmp, `${mode}-${tool}.txt`);
  fs.writeFileSync(file, text);
  try {
    const out = execFileSync(process.execPath, ['--max-old-space-size=4096', path.join(root, 'bench', 'child.mjs'), mode, tool, root, bundle, file], {
      encoding: 'utf8', maxBuffer: 1 << 20, timeout: 540000,
    });
    return JSON.parse(out);
  } catch (error) {
    return { tool, mode, error: String(error.message || error).split('\n')[0] };
  } finally {
    fs.rmSync(file, { force: true });
  }
};
const typical = typicalArticles(source);
log('cold start (fresh processes)');
report.cold = { newsLens: child('cold', 'newslens', typical[0]), compromise: child('cold', 'compromise', typical[0]) };

// ---- In-process: load both, warm both ----------------------------------------------------------------------
const newsLens = loadNewsLens(bundle);
const compromise = loadCompromise(root);
report.versions.compromise = compromise.version;
for (const t of typical) { newsLens(t); compromise.run(t); }

// ---- Typical article latency ------------------------------------------------------------------------------
log(`latency on ${typical.length} typical articles`);
const lat = { newsLens: [], compromise: [] };
for (let r = 0; r < 40; r++) for (const t of typical) lat.newsLens.push(timeOnce(newsLens, t));
for (let r = 0; r < 6; r++) for (const t of typical) lat.compromise.push(timeOnce((x) => compromise.run(x), t));
report.latency = {
  articles: typical.map((t) => t.length),
  newsLens: { medianMs: median(lat.newsLens), p90Ms: quantile(lat.newsLens, 0.9), runs: lat.newsLens.length },
  compromise: { medianMs: median(lat.compromise), p90Ms: quantile(lat.compromise, 0.9), runs: lat.compromise.length },
};

// ---- Throughput on ~1 MB ----------------------------------------------------------------------------------
const oneMB = newsText(source.texts, MB);
log('throughput on 1 MB: News Lens');
const nlRuns = [timeOnce(newsLens, oneMB), timeOnce(newsLens, oneMB), timeOnce(newsLens, oneMB)];
const cText = quick ? oneMB.slice(0, MB / 4) : oneMB;
log(`throughput on ${(cText.length / MB).toFixed(2)} MB: compromise (slow)`);
let t0 = now();
const c = compromise.run(cText);
const cMs = ms(t0);
t0 = now();
compromise.offsets(c.doc);
const cOffsetsMs = ms(t0);
const nlMs = Math.min(...nlRuns);
report.throughput = {
  chars: oneMB.length,
  newsLens: { ms: nlMs, runsMs: nlRuns, charsPerSec: oneMB.length / (nlMs / 1000) },
  compromise: { chars: cText.length, ms: cMs, charsPerSec: cText.length / (cMs / 1000), offsetsMs: cOffsetsMs, charsPerSecWithOffsets: cText.length / ((cMs + cOffsetsMs) / 1000) },
};
report.throughput.ratio = report.throughput.newsLens.charsPerSec / report.throughput.compromise.charsPerSec;
report.throughput.ratioWithOffsets = report.throughput.newsLens.charsPerSec / report.throughput.compromise.charsPerSecWithOffsets;

// ---- Linear growth ----------------------------------------------------------------------------------------
log('growth: News Lens on 0.25, 0.5, 1, 2 MB');
const twoMB = newsText(source.texts, 2 * MB);
report.growth = [0.25, 0.5, 1, 2].map((size) => {
  const text = twoMB.slice(0, size * MB);
  const best = Math.min(timeOnce(newsLens, text), timeOnce(newsLens, text), timeOnce(newsLens, text));
  return { mb: size, ms: best, msPerMB: best / size };
});
for (const g of report.growth) g.perMBvsSmallest = g.msPerMB / report.growth[0].msPerMB;

// ---- Peak memory on 5 MB, each tool in its own process ----------------------------------------------------
const fiveMB = newsText(source.texts, 5 * MB);
log('memory: News Lens on 5 MB (own process)');
report.memory = { chars: fiveMB.length, newsLens: child('memory', 'newslens', fiveMB) };
if (!quick) {
  log('memory: compromise on 5 MB (own process, slow)');
  report.memory.compromise = child('memory', 'compromise', fiveMB);
}
fs.rmSync(tmp, { recursive: true, force: true });
report.machine.loadAvgAtEnd = os.loadavg();

// ---- Report -----------------------------------------------------------------------------------------------
const f = (x, d = 1) => (x === undefined || x === null || Number.isNaN(x) ? '-' : x.toFixed(d));
const k = (x) => (x === undefined ? '-' : `${Math.round(x / 1000).toLocaleString('en-US')}K`);
const T = report.throughput;
const rows = [
  ['measure', 'News Lens', `compromise ${compromise.version}`, 'ratio / target'],
  [`throughput, chars/s (1 MB${quick ? '; compromise 0.25 MB' : ''})`, k(T.newsLens.charsPerSec), k(T.compromise.charsPerSec), `${f(T.ratio)}x (>= 10x)`],
  ['  compromise incl. offsets', '', k(T.compromise.charsPerSecWithOffsets), `${f(T.ratioWithOffsets)}x`],
  [`latency, median ms (${typical.length} articles ${typical.map((t) => (t.length / 1000).toFixed(1)).join('/')} K chars)`, f(report.latency.newsLens.medianMs, 2), f(report.latency.compromise.medianMs, 1), `${f(report.latency.compromise.medianMs / report.latency.newsLens.medianMs)}x (< 2 ms)`],
  ['latency, p90 ms', f(report.latency.newsLens.p90Ms, 2), f(report.latency.compromise.p90Ms, 1), ''],
  ['peak RSS on 5 MB, MB (own process)', f(report.memory.newsLens.maxRssMB, 0), f(report.memory.compromise?.maxRssMB, 0), '< 250 MB'],
  ['  time for the 5 MB, s', f(report.memory.newsLens.firstMs / 1000, 1), f(report.memory.compromise?.firstMs / 1000, 1), ''],
  ['cold: load, ms', f(report.cold.newsLens.loadMs, 0), f(report.cold.compromise.loadMs, 0), ''],
  ['cold: first call on the seed article, ms', f(report.cold.newsLens.firstMs, 1), f(report.cold.compromise.firstMs, 1), ''],
  ['cold: second call, ms', f(report.cold.newsLens.secondMs, 2), f(report.cold.compromise.secondMs, 1), ''],
];
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
const line = (r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
console.log(`News Lens ${pkg.version} vs compromise ${compromise.version}; node ${process.version}, ${os.cpus().length} CPUs, load ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}; text: ${source.from}`);
console.log(line(rows[0]));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows.slice(1)) console.log(line(r));
console.log('\nNews Lens growth (best of 3):');
for (const g of report.growth) console.log(`  ${String(g.mb).padEnd(4)} MB  ${f(g.ms, 0).padStart(6)} ms  ${f(g.msPerMB, 0).padStart(6)} ms/MB  x${f(g.perMBvsSmallest, 2)} per MB vs 0.25 MB`);
for (const [name, r] of Object.entries({ ...report.cold, ...Object.fromEntries(Object.entries(report.memory).filter(([key]) => key !== 'chars').map(([key, v]) => [`memory ${key}`, v])) })) {
  if (r && r.error) console.log(`  ${name}: failed: ${r.error}`);
}
fs.writeFileSync(path.join(outDir, 'bench.json'), JSON.stringify(report, null, 2) + '\n');
console.log(`\nwrote ${path.relative(root, path.join(outDir, 'bench.json'))}`);
