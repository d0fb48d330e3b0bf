#!/usr/bin/env node
// News Lens vs compromise 14.17, side by side: `npm run bench` (= node scripts/bench.mjs).
//
//   node scripts/bench.mjs [--quick] [--only cold,latency,throughput,growth,memory]
//
//   throughput  1 MB of news, whole pipeline, chars/s and the ratio: article by article, and as one text
//   latency     typical 3-10 KB articles, median once loaded
//   growth      News Lens on 0.25, 0.5, 1, 2 MB, ms per MB (a quadratic step shows as a rising ms/MB)
//   memory      peak RSS annotating 5 MB, each tool in its own process
//   cold        load time and first call, in a fresh process
//
// A "MB" is 1,048,576 characters (UTF-16 code units) of mostly ASCII news text. compromise always runs in
// child processes (so its heap never slows News Lens down), each stopped after 8 minutes; so do News
// Lens's latency, memory, cold and article-by-article runs. --quick: compromise on 0.25 MB for
// throughput and not at all on 5 MB. --only: just those parts; the others are kept from the last run in
// .bench/bench.json (git-ignored), each part with its time and the load average then. Texts are read at
// run time (bench/texts.mjs): nothing from ../shared lands in the repository.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { printReport } from '../bench/table.mjs';
import { articles, newsDocs, newsText, typicalArticles } from '../bench/texts.mjs';
import { buildCore, loadNewsLens } from '../bench/tools.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const PARTS = ['cold', 'latency', 'throughput', 'growth', 'memory'];
const onlyAt = args.indexOf('--only');
const parts = onlyAt >= 0 ? (args[onlyAt + 1] || '').split(',') : PARTS;
if (!parts.length || parts.some((p) => !PARTS.includes(p))) {
  console.error(`usage: node scripts/bench.mjs [--quick] [--only ${PARTS.join(',')}]`);
  process.exit(2);
}
const MB = 1 << 20;
const outDir = path.join(root, '.bench');
const jsonFile = path.join(outDir, 'bench.json');
fs.mkdirSync(outDir, { recursive: true });
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

const now = () => process.hrtime.bigint();
const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;
const sorted = (xs) => [...xs].sort((a, b) => a - b);
const median = (xs) => {
  const s = sorted(xs);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const quantile = (xs, q) => sorted(xs)[Math.min(xs.length - 1, Math.floor(q * xs.length))];
const log = (s) => process.stderr.write(`bench: ${s}\n`);
/** Wall-clock and CPU milliseconds of one call. CPU time (this process, all threads) stays meaningful when
 * other work shares the cores; wall time is what a user waits. */
const timeOnce = (fn, text) => {
  const c0 = process.cpuUsage();
  const t0 = now();
  fn(text);
  const wall = ms(t0);
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1000 };
};
const best = (runs) => ({ ms: Math.min(...runs.map((r) => r.wall)), cpuMs: Math.min(...runs.map((r) => r.cpu)) });
const stamp = (o) => ({ ...o, measuredAt: new Date().toISOString(), loadAvg: os.loadavg(), quick });

let previous = {};
try {
  previous = JSON.parse(fs.readFileSync(jsonFile, 'utf8'));
} catch {
  /* first run */
}
const report = {
  date: new Date().toISOString(),
  machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, node: process.version },
  versions: { newsLens: pkg.version },
  parts: onlyAt >= 0 ? { ...(previous.parts ?? {}) } : {},
};

const bundle = await buildCore(root, outDir);
const source = articles(root);
report.textSource = source.from;
log(`texts from ${source.from}`);
const typical = typicalArticles(source);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-bench-'));
const textFile = (name, text) => {
  const f = path.join(tmp, name);
  fs.writeFileSync(f, text);
  return f;
};
const warmup = textFile('warmup.txt', typical[0]);
/** One measurement in a fresh process (bench/child.mjs); an error or a timeout is recorded, not thrown. */
const child = (mode, tool, file) => {
  try {
    const out = execFileSync(
      process.execPath,
      ['--max-old-space-size=4096', path.join(root, 'bench', 'child.mjs'), mode, tool, root, bundle, file, warmup],
      {
        encoding: 'utf8',
        maxBuffer: 1 << 20,
        timeout: 8 * 60 * 1000,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    return JSON.parse(out);
  } catch (error) {
    const r = {
      tool,
      mode,
      error: error.signal
        ? `stopped by ${error.signal} (timeout 8 min?)`
        : String(error.message || error).split('\n')[0],
    };
    try {
      r.maxRssSoFarMB = Number(fs.readFileSync(`${file}.${tool}.peak`, 'utf8'));
    } catch {
      /* not a memory run */
    }
    return r;
  }
};

try {
  report.versions.compromise = JSON.parse(
    fs.readFileSync(path.join(root, 'node_modules', 'compromise', 'package.json'), 'utf8'),
  ).version;

  if (parts.includes('cold')) {
    log('cold start (fresh processes)');
    const f = textFile('cold.txt', typical[0]);
    report.parts.cold = stamp({ newsLens: child('cold', 'newslens', f), compromise: child('cold', 'compromise', f) });
  }

  if (parts.includes('latency')) {
    log(`latency on ${typical.length} typical articles, each tool in its own process`);
    const f = textFile('latency.json', JSON.stringify(typical));
    const stats = (r) =>
      r.error
        ? r
        : {
            medianMs: median(r.wallMs),
            p90Ms: quantile(r.wallMs, 0.9),
            minMs: Math.min(...r.wallMs),
            cpuMedianMs: median(r.cpuMs),
            runs: r.wallMs.length,
          };
    report.parts.latency = stamp({
      articles: typical.map((t) => t.length),
      newsLens: stats(child('latency', 'newslens', f)),
      compromise: stats(child('latency', 'compromise', f)),
    });
  }

  if (parts.includes('throughput')) {
    // The same ~1 MB two ways: article by article (one call each, as the CLI and the editor work) and as
    // one text. compromise is slow on one big text, so that way it gets 0.25 MB.
    const docs = newsDocs(source.texts, MB);
    const oneMB = docs.join('\n\n');
    log(
      `throughput on 1 MB: News Lens, ${docs.length} articles one call each (own process), then as one text, best of 3`,
    );
    const docsFile = textFile('docs.json', JSON.stringify(docs));
    const nlDocs = child('docs', 'newslens', docsFile);
    const newsLens = loadNewsLens(bundle);
    newsLens(typical[0]);
    const runs = [timeOnce(newsLens, oneMB), timeOnce(newsLens, oneMB), timeOnce(newsLens, oneMB)];
    const nl = best(runs);
    log(`throughput on 1 MB: compromise, ${docs.length} articles one call each (own process; slow)`);
    const cDocs = child('docs', 'compromise', docsFile);
    const cText = oneMB.slice(0, MB / 4);
    log('throughput on 0.25 MB as one text: compromise (own process; slow)');
    const cWhole = child('throughput', 'compromise', textFile('throughput.txt', cText));
    const rates = (r) =>
      r.error
        ? r
        : { ...r, charsPerSec: r.chars / (r.firstMs / 1000), charsPerCpuSec: r.chars / (r.firstCpuMs / 1000) };
    const T = {
      chars: oneMB.length,
      docs: docs.length,
      perArticle: { newsLens: rates(nlDocs), compromise: rates(cDocs) },
      oneText: {
        newsLens: {
          chars: oneMB.length,
          ...nl,
          runs,
          charsPerSec: oneMB.length / (nl.ms / 1000),
          charsPerCpuSec: oneMB.length / (nl.cpuMs / 1000),
        },
        compromise: rates(cWhole),
      },
    };
    for (const way of [T.perArticle, T.oneText]) {
      if (way.newsLens.error || way.compromise.error) continue;
      way.ratio = way.newsLens.charsPerSec / way.compromise.charsPerSec;
      way.cpuRatio = way.newsLens.charsPerCpuSec / way.compromise.charsPerCpuSec;
    }
    const c = T.oneText.compromise;
    if (!c.error) {
      c.charsPerSecWithOffsets = c.chars / ((c.firstMs + c.offsetsMs) / 1000);
      T.oneText.ratioWithOffsets = T.oneText.newsLens.charsPerSec / c.charsPerSecWithOffsets;
    }
    report.parts.throughput = stamp(T);
  }

  if (parts.includes('growth')) {
    log('growth: News Lens on 0.25, 0.5, 1, 2 MB, best of 3');
    const newsLens = loadNewsLens(bundle);
    const twoMB = newsText(source.texts, 2 * MB);
    newsLens(twoMB.slice(0, MB / 2)); // warm up, so that the first size measured pays no JIT
    const sizes = [0.25, 0.5, 1, 2].map((mb) => {
      const text = twoMB.slice(0, mb * MB);
      const b = best([timeOnce(newsLens, text), timeOnce(newsLens, text), timeOnce(newsLens, text)]);
      return { mb, ...b, msPerMB: b.ms / mb, cpuMsPerMB: b.cpuMs / mb };
    });
    for (const g of sizes) {
      g.perMBvsSmallest = g.msPerMB / sizes[0].msPerMB;
      g.cpuPerMBvsSmallest = g.cpuMsPerMB / sizes[0].cpuMsPerMB;
    }
    report.parts.growth = stamp({ sizes });
  }

  if (parts.includes('memory')) {
    const f = textFile('memory.txt', newsText(source.texts, 5 * MB));
    log('memory: News Lens on 5 MB (own process)');
    const M = { chars: 5 * MB, newsLens: child('memory', 'newslens', f) };
    if (!quick) {
      log('memory: compromise on 5 MB (own process; slow)');
      M.compromise = child('memory', 'compromise', f);
    }
    report.parts.memory = stamp(M);
  }
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}

fs.writeFileSync(jsonFile, JSON.stringify(report, null, 2) + '\n');
printReport(report);
console.log(`\nwrote ${path.relative(root, jsonFile)}`);
