#!/usr/bin/env node
// News Lens vs compromise 14.17, side by side: `npm run bench` (= node scripts/bench.mjs).
//
//   node scripts/bench.mjs [--quick] [--runs N] [--only cold,process,jobs,sources,editor,latency,throughput,growth,memory]
//
//   cold        first article, cold: in a fresh process, in process (load the recognizer, then the first
//               result on a 3-10 KB article; wall and CPU ms; target <= 30 ms), and whole process
//               (`news-lens annotate ARTICLE` vs compromise on it), median of --runs fresh processes each,
//               the tools alternating (News Lens with the code cache a first run wrote, as every run after a
//               user's first, and without, as the first run after installing; the other whole-process parts
//               run with the cache)
//   process     whole process, cold: `news-lens annotate --jsonl --jobs 1` on 1 MB of news articles vs a
//               compromise process doing the same (bench/compromise-cli.mjs), median of --runs, alternating
//   jobs        whole process: `news-lens annotate --jobs 2 DIR` vs `--jobs 1` on 1,000 article files,
//               median of --runs each, alternating; the outputs must be byte for byte the same
//   sources     whole process, cold: `news-lens sources --json DIR` on the same 1,000 files, --jobs 1 and
//               --jobs 2 (issue 10's target: 1,000 articles indexed from cold in <= 10 s), median of --runs
//   editor      the real VS Code (code-server, as the extension tests run it), cold, fresh profile, a workspace
//               of the same 1,000 article files and 6 typical articles: the first article after start (text
//               shown -> decorations set), further articles (median), the Sources index of the 1,000 files
//               from cold with the extension host's longest event-loop gap meanwhile, and one file changed ->
//               index updated (bench/editor.cjs); VS Code on an empty folder with the articles opened from
//               outside it (a lone article: opening it activates News Lens); then VS Code started again on the
//               same profile (the workers' code cache in place): the first and further articles again. Needs the
//               VS Code runtime (npm test provisions it).
//   throughput  1 MB of news, in process, warm, chars/s and the ratio: article by article, and as one text
//   latency     typical 3-10 KB articles, in process, warm: median once loaded
//   growth      News Lens on 0.25, 0.5, 1, 2 MB, in process, warm, ms per MB (a quadratic step shows as a rising ms/MB)
//   memory      peak RSS annotating 5 MB as one text, each tool in its own process; and the whole
//               `news-lens annotate --jsonl` process on 5 MB of articles
//
// Whole-process runs start a fresh node each time (the files stay in the OS cache): wall time is what a
// user waits, CPU time (all threads) and peak RSS are read at exit by bench/usage.cjs. --runs: fresh
// processes per tool in cold, process and jobs (default 3; --quick 2).
//
// A "MB" is 1,048,576 characters (UTF-16 code units) of mostly ASCII news text. compromise always runs in
// child processes (so its heap never slows News Lens down), each stopped after 8 minutes; so do News
// Lens's latency, memory, cold and article-by-article runs. --quick: compromise on 0.25 MB for
// throughput and not at all on 5 MB. --only: just those parts; the others are kept from the last run in
// .bench/bench.json (git-ignored), each part with its time and the load average then. Texts are read at
// run time (bench/texts.mjs): nothing from ../shared lands in the repository.
import { execFileSync, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { printReport } from '../bench/table.mjs';
import { articles, newsDocs, newsText, typicalArticles } from '../bench/texts.mjs';
import { buildCli, buildCodeCacheLoader, buildCore, loadNewsLens } from '../bench/tools.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const PARTS = ['cold', 'process', 'jobs', 'sources', 'editor', 'latency', 'throughput', 'growth', 'memory'];
const onlyAt = args.indexOf('--only');
const parts = onlyAt >= 0 ? (args[onlyAt + 1] || '').split(',') : PARTS;
if (!parts.length || parts.some((p) => !PARTS.includes(p))) {
  console.error(`usage: node scripts/bench.mjs [--quick] [--runs N] [--only ${PARTS.join(',')}]`);
  process.exit(2);
}
const runsAt = args.indexOf('--runs');
const RUNS = runsAt >= 0 ? Number(args[runsAt + 1]) : quick ? 2 : 3;
if (!(Number.isInteger(RUNS) && RUNS >= 1)) {
  console.error('bench: --runs takes a whole number from 1');
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
const cli = await buildCli(root, outDir);
const codeCacheLoader = await buildCodeCacheLoader(root, outDir);
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
// The CLI's code cache (src/node/codeCache.ts), in a folder of this run: every whole-process run of News Lens
// reads it, as a user's every run after the first does (the first run writes it: see the cold part).
const cliCodeCache = path.join(tmp, 'cli-code-cache');
process.env.NEWS_LENS_CODE_CACHE = cliCodeCache;
/**
 * One measurement in a fresh process (bench/child.mjs); an error or a timeout is recorded, not thrown. With
 * `codeCacheDir`, News Lens loads through the code cache there.
 */
const child = (mode, tool, file, codeCacheDir) => {
  try {
    const out = execFileSync(
      process.execPath,
      ['--max-old-space-size=4096', path.join(root, 'bench', 'child.mjs'), mode, tool, root, bundle, file, warmup],
      {
        env: codeCacheDir
          ? { ...process.env, BENCH_CODE_CACHE_LOADER: codeCacheLoader, BENCH_CODE_CACHE_DIR: codeCacheDir }
          : process.env,
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

let processRuns = 0;
/**
 * One whole-process run, cold (a fresh node): `node ARGV` with stdin from `input` (a file, or none) and
 * stdout to a file; wall ms as the caller waits, CPU ms (all threads) and peak RSS from bench/usage.cjs,
 * the exit status and the output's hash and size. Stopped after 8 minutes.
 */
const wholeProcess = (argv, input, env = {}) => {
  const usageFile = path.join(tmp, `usage-${++processRuns}.json`);
  const outFile = path.join(tmp, `out-${processRuns}.txt`);
  const stdin = input ? fs.openSync(input, 'r') : 'ignore';
  const stdout = fs.openSync(outFile, 'w');
  try {
    const t0 = now();
    const r = spawnSync(process.execPath, ['--require', path.join(root, 'bench', 'usage.cjs'), ...argv], {
      stdio: [stdin, stdout, 'pipe'],
      env: { ...process.env, BENCH_USAGE_FILE: usageFile, ...env },
      encoding: 'utf8',
      maxBuffer: 1 << 24,
      timeout: 8 * 60 * 1000,
    });
    const wallMs = ms(t0);
    if (r.error || r.signal) return { error: r.signal ? `stopped by ${r.signal} (timeout 8 min?)` : String(r.error) };
    const out = fs.readFileSync(outFile);
    const usage = JSON.parse(fs.readFileSync(usageFile, 'utf8'));
    return {
      wallMs,
      ...usage,
      status: r.status,
      stderrLines: r.stderr.split('\n').filter(Boolean).length,
      outBytes: out.length,
      outSha1: crypto.createHash('sha1').update(out).digest('hex'),
    };
  } catch (error) {
    return { error: String(error.message || error).split('\n')[0] };
  } finally {
    if (typeof stdin === 'number') fs.closeSync(stdin);
    fs.closeSync(stdout);
    fs.rmSync(outFile, { force: true });
  }
};
/** Median wall, CPU and peak RSS of whole-process runs (or the first error). */
const summary = (runs) => {
  const failed = runs.find((r) => r.error);
  if (failed) return { error: failed.error, runs };
  return {
    wallMs: median(runs.map((r) => r.wallMs)),
    cpuMs: median(runs.map((r) => r.cpuMs)),
    maxRssMB: Math.max(...runs.map((r) => r.maxRssMB)),
    status: runs[0].status,
    sameOutput: runs.every((r) => r.outSha1 === runs[0].outSha1),
    outSha1: runs[0].outSha1,
    runs,
  };
};
/** `RUNS` runs of each of `sides` (name -> () => result), alternating, so that both meet the same load. */
const alternate = (sides) => {
  const results = Object.fromEntries(Object.keys(sides).map((k) => [k, []]));
  for (let i = 0; i < RUNS; i++) for (const [k, run] of Object.entries(sides)) results[k].push(run());
  return results;
};
const jsonlOf = (docs) => docs.map((text, i) => JSON.stringify({ id: `doc-${i}`, text })).join('\n') + '\n';
const compromiseCli = path.join(root, 'bench', 'compromise-cli.mjs');

try {
  report.versions.compromise = JSON.parse(
    fs.readFileSync(path.join(root, 'node_modules', 'compromise', 'package.json'), 'utf8'),
  ).version;

  if (parts.includes('cold')) {
    log(`cold start: ${RUNS} fresh processes per tool, in process and whole process, alternating`);
    // A typical article of 3-10 KB (the seed article is shorter).
    const f = textFile('cold.txt', typical.find((t) => t.length >= 3000 && t.length <= 10000) ?? typical[0]);
    // The code cache: the first run after installing (or upgrading) has none and writes it; every later run
    // loads from it. Both are measured: the cached runs after one run that wrote the cache, the others with none.
    // The cache is written by a run on another article (the warm-up one), as a user's first run would be.
    const coreCache = path.join(tmp, 'core-code-cache');
    child('cold', 'newslens', warmup, coreCache);
    const inProcess = alternate({
      newsLens: () => child('cold', 'newslens', f, coreCache),
      newsLensNoCache: () => child('cold', 'newslens', f, 'off'),
      compromise: () => child('cold', 'compromise', f),
    });
    const coldSummary = (runs) => {
      const failed = runs.find((r) => r.error);
      if (failed) return failed;
      return {
        chars: runs[0].chars,
        loadMs: median(runs.map((r) => r.loadMs)),
        firstMs: median(runs.map((r) => r.firstMs)),
        firstResultMs: median(runs.map((r) => r.loadMs + r.firstMs)),
        // CPU time of this process (all threads), less sensitive than wall time to other work on the machine.
        loadCpuMs: median(runs.map((r) => r.loadCpuMs)),
        firstCpuMs: median(runs.map((r) => r.firstCpuMs)),
        firstResultCpuMs: median(runs.map((r) => r.loadCpuMs + r.firstCpuMs)),
        secondMs: median(runs.map((r) => r.secondMs)),
        // What the code cache did in each run (used, missing, rejected, off; null: not through the loader).
        codeCache: [...new Set(runs.map((r) => r.codeCache))].join(', '),
        runs: runs.length,
      };
    };
    const one = textFile('first-article.jsonl', jsonlOf([fs.readFileSync(f, 'utf8')]));
    wholeProcess([cli, 'annotate', warmup]); // writes the CLI's code cache (when no earlier part did)
    const whole = alternate({
      newsLens: () => wholeProcess([cli, 'annotate', f]),
      newsLensNoCache: () => wholeProcess([cli, 'annotate', f], undefined, { NEWS_LENS_CODE_CACHE: 'off' }),
      compromise: () => wholeProcess([compromiseCli, root], one),
    });
    report.parts.cold = stamp({
      newsLens: coldSummary(inProcess.newsLens),
      newsLensNoCache: coldSummary(inProcess.newsLensNoCache),
      compromise: coldSummary(inProcess.compromise),
      wholeProcess: {
        newsLens: summary(whole.newsLens),
        newsLensNoCache: summary(whole.newsLensNoCache),
        compromise: summary(whole.compromise),
      },
    });
  }

  if (parts.includes('process')) {
    const docs = newsDocs(source.texts, MB);
    const f = textFile('process.jsonl', jsonlOf(docs));
    log(
      `whole process on 1 MB (${docs.length} articles, --jsonl): News Lens --jobs 1 vs compromise, ${RUNS} each, alternating (compromise is slow)`,
    );
    wholeProcess([cli, 'annotate', warmup]); // the code cache, if the cold part did not run
    const r = alternate({
      newsLens: () => wholeProcess([cli, 'annotate', '--jsonl', '--jobs', '1'], f),
      compromise: () => wholeProcess([compromiseCli, root], f),
    });
    const P = { chars: MB, docs: docs.length, newsLens: summary(r.newsLens), compromise: summary(r.compromise) };
    if (!P.newsLens.error && !P.compromise.error) {
      P.ratio = P.compromise.wallMs / P.newsLens.wallMs;
      P.cpuRatio = P.compromise.cpuMs / P.newsLens.cpuMs;
    }
    report.parts.process = stamp(P);
  }

  const dir = path.join(tmp, 'articles');
  let chars = 0;
  if (parts.includes('jobs') || parts.includes('sources') || parts.includes('editor')) {
    fs.mkdirSync(dir);
    for (let i = 0; i < 1000; i++) {
      const text = source.texts[i % source.texts.length];
      chars += text.length;
      fs.writeFileSync(path.join(dir, `article-${String(i).padStart(4, '0')}.txt`), text);
    }
  }

  if (parts.includes('jobs')) {
    log(
      `whole process on 1,000 article files (${(chars / MB).toFixed(1)} MB): --jobs 2 vs --jobs 1, ${RUNS} each, alternating`,
    );
    wholeProcess([cli, 'annotate', warmup]); // the code cache, if no earlier part wrote it
    const r = alternate({
      jobs1: () => wholeProcess([cli, 'annotate', '--jobs', '1', dir]),
      jobs2: () => wholeProcess([cli, 'annotate', '--jobs', '2', dir]),
    });
    const J = { files: 1000, chars, jobs1: summary(r.jobs1), jobs2: summary(r.jobs2) };
    if (!J.jobs1.error && !J.jobs2.error) {
      J.speedup = J.jobs1.wallMs / J.jobs2.wallMs;
      J.cpuRatio = J.jobs2.cpuMs / J.jobs1.cpuMs;
      J.identical = J.jobs1.sameOutput && J.jobs2.sameOutput && J.jobs1.outSha1 === J.jobs2.outSha1;
    }
    report.parts.jobs = stamp(J);
  }

  if (parts.includes('sources')) {
    log(`sources index of 1,000 article files, whole process, cold: --jobs 1 and --jobs 2, ${RUNS} each, alternating`);
    const r = alternate({
      jobs1: () => wholeProcess([cli, 'sources', '--json', '--jobs', '1', dir]),
      jobs2: () => wholeProcess([cli, 'sources', '--json', '--jobs', '2', dir]),
    });
    report.parts.sources = stamp({ files: 1000, chars, jobs1: summary(r.jobs1), jobs2: summary(r.jobs2) });
  }
  if (parts.includes('editor')) {
    log(`editor: the real VS Code on a workspace of 1,000 article files (cold, fresh profile)`);
    report.parts.editor = stamp(await editorPart(dir, typical));
  }
  if (fs.existsSync(dir)) fs.rmSync(dir, { recursive: true, force: true });

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
    const docs = newsDocs(source.texts, 5 * MB);
    log(`memory: the whole news-lens annotate --jsonl process on 5 MB (${docs.length} articles)`);
    M.cli = {
      docs: docs.length,
      ...wholeProcess([cli, 'annotate', '--jsonl'], textFile('memory.jsonl', jsonlOf(docs))),
    };
    if (!quick) {
      log('memory: compromise on 5 MB (own process; slow)');
      M.compromise = child('memory', 'compromise', f);
    }
    report.parts.memory = stamp(M);
  }
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}

/**
 * Runs bench/editor.cjs in the real VS Code's extension host over a workspace holding the 1,000 article files
 * (moved there from `dir`) and the typical articles; returns its measurements, or { error }.
 */
async function editorPart(dir, typical) {
  const { runInVsCode } = await import('./run-in-vscode.mjs');
  const { ensureRuntime } = await import('./vscode-runtime.mjs');
  try {
    ensureRuntime();
  } catch (e) {
    return { error: `no VS Code runtime: ${String(e.message ?? e).split('\n')[0]}` };
  }
  execFileSync(process.execPath, [path.join(root, 'esbuild.config.mjs')], { cwd: root, stdio: 'ignore' });
  const ws = path.join(tmp, 'editor-workspace');
  fs.mkdirSync(path.join(ws, 'open'), { recursive: true });
  fs.cpSync(dir, path.join(ws, 'articles'), { recursive: true });
  fs.mkdirSync(path.join(ws, '.vscode'));
  fs.writeFileSync(
    path.join(ws, '.vscode', 'settings.json'),
    JSON.stringify({ 'newsLens.sources.include': 'articles/**/*.txt' }),
  );
  typical.slice(0, 6).forEach((t, i) => fs.writeFileSync(path.join(ws, 'open', `typical-${i}.txt`), t));
  const out = path.join(tmp, 'editor.json');
  const profile = path.join(tmp, 'editor-profile');
  process.env.NEWS_LENS_BENCH_OUT = out;
  const code = await runInVsCode({
    testsPath: path.join(root, 'bench', 'editor.cjs'),
    workspace: ws,
    profileDir: profile,
  });
  if (code !== 0 || !fs.existsSync(out)) return { error: `the editor run failed (exit ${code})` };
  const result = JSON.parse(fs.readFileSync(out, 'utf8'));
  // One more start of VS Code in `mode` (bench/editor.cjs): its result, or { error }.
  const startAgain = async (name, mode, { workspace = ws, profileDir = profile, openDir } = {}) => {
    const again = path.join(tmp, `editor-${name}.json`);
    process.env.NEWS_LENS_BENCH_OUT = again;
    process.env.NEWS_LENS_BENCH_MODE = mode;
    if (openDir) process.env.NEWS_LENS_BENCH_OPEN_DIR = openDir;
    const code2 = await runInVsCode({ testsPath: path.join(root, 'bench', 'editor.cjs'), workspace, profileDir });
    delete process.env.NEWS_LENS_BENCH_MODE;
    delete process.env.NEWS_LENS_BENCH_OPEN_DIR;
    return code2 === 0 && fs.existsSync(again)
      ? JSON.parse(fs.readFileSync(again, 'utf8'))
      : { error: `the start failed (exit ${code2})` };
  };
  // A lone article: VS Code on an empty folder (fresh profile), the articles opened from outside it, so that the
  // first one activates News Lens (in a folder of articles, `workspaceContains` started it with VS Code).
  const empty = path.join(tmp, 'editor-empty-workspace');
  fs.mkdirSync(empty, { recursive: true });
  result.lone = await startAgain('lone', 'lone', {
    workspace: empty,
    profileDir: path.join(tmp, 'editor-lone-profile'),
    openDir: path.join(ws, 'open'),
  });
  // VS Code started again on the same profile: the workers' code cache the first start wrote is in its global
  // storage, as on every start after a user's first.
  // Then once more with the cache removed: what a second start gains anyway (VS Code's own caches, the OS's).
  result.restart = await startAgain('restart', 'restart');
  if (result.restart.codeCacheDir) {
    fs.rmSync(result.restart.codeCacheDir, { recursive: true, force: true });
    result.restartNoCache = await startAgain('restart-no-cache', 'restart');
  }
  return result;
}

fs.writeFileSync(jsonFile, JSON.stringify(report, null, 2) + '\n');
printReport(report);
console.log(`\nwrote ${path.relative(root, jsonFile)}`);
