// Prints a benchmark report (see scripts/bench.mjs) as a table.
const f = (x, d = 1) => (typeof x !== 'number' || Number.isNaN(x) ? '-' : x.toFixed(d));
const k = (x) => (typeof x !== 'number' ? '-' : `${Math.round(x / 1000).toLocaleString('en-US')}K`);
const load = (p) => (p?.loadAvg ? ` [load ${p.loadAvg.map((x) => x.toFixed(1)).join(' ')}]` : '');

/**
 * Prints the report as text (`npm run bench` ends with it), or with `{ markdown: true }` as the Markdown table
 * the README's performance section shows (`node bench/table.mjs --markdown` reads .bench/bench.json).
 */
export function printReport(r, print = console.log, { markdown = false } = {}) {
  const { cold, process: P, jobs: J, sources: S, editor: E, latency: L, throughput: T, growth: G, memory: M } = r.parts;
  const s = (x) => (typeof x !== 'number' ? '-' : (x / 1000).toFixed(2));

  print(
    `News Lens ${r.versions.newsLens} vs compromise ${r.versions.compromise ?? '?'}; node ${r.machine.node}, ${r.machine.cpus} CPUs; text: ${r.textSource}`,
  );
  const rows = [['measure', 'News Lens', 'compromise', 'ratio / target']];
  if (cold) {
    const W = cold.wholeProcess;
    const N = cold.newsLensNoCache;
    rows.push([
      `first article, cold, in process: load + first result (${f(cold.newsLens.chars / 1000)} K chars), median of ${cold.newsLens.runs ?? 1}, ms${load(cold)}${N ? `, with the code cache (${cold.newsLens.codeCache})` : ''}`,
      f(cold.newsLens.firstResultMs ?? cold.newsLens.loadMs + cold.newsLens.firstMs, 0),
      f(cold.compromise.firstResultMs ?? cold.compromise.loadMs + cold.compromise.firstMs, 0),
      `${f((cold.compromise.firstResultMs ?? NaN) / (cold.newsLens.firstResultMs ?? NaN))}x faster (<= 30 ms)`,
    ]);
    if (cold.newsLens.firstResultCpuMs !== undefined)
      rows.push([
        '  load + first result, CPU ms (this process, all threads; less sensitive to other work)',
        f(cold.newsLens.firstResultCpuMs, 0),
        f(cold.compromise.firstResultCpuMs, 0),
        `${f(cold.compromise.firstResultCpuMs / cold.newsLens.firstResultCpuMs)}x`,
      ]);
    if (N && !N.error)
      rows.push([
        `  without the code cache (the first run after installing; ${N.codeCache}): load + first result, ms; load / first call, ms`,
        `${f(N.firstResultMs, 0)}; ${f(N.loadMs, 0)} / ${f(N.firstMs, 1)}`,
        '',
        `the cache saves ${f(N.firstResultMs - cold.newsLens.firstResultMs, 0)} ms`,
      ]);
    rows.push([
      '  load, ms (CPU ms)',
      `${f(cold.newsLens.loadMs, 0)} (${f(cold.newsLens.loadCpuMs, 0)})`,
      `${f(cold.compromise.loadMs, 0)} (${f(cold.compromise.loadCpuMs, 0)})`,
      '',
    ]);
    rows.push([
      '  first call, ms / second call (warmer), ms',
      `${f(cold.newsLens.firstMs, 1)} / ${f(cold.newsLens.secondMs, 2)}`,
      `${f(cold.compromise.firstMs, 1)} / ${f(cold.compromise.secondMs, 1)}`,
      '',
    ]);
    if (W)
      rows.push([
        '  whole process, cold (news-lens annotate FILE; compromise script), ms / peak RSS, MB',
        `${f(W.newsLens.wallMs, 0)} / ${f(W.newsLens.maxRssMB, 0)}`,
        `${f(W.compromise.wallMs, 0)} / ${f(W.compromise.maxRssMB, 0)}`,
        `${f(W.compromise.wallMs / W.newsLens.wallMs)}x faster`,
      ]);
    if (W?.newsLensNoCache && !W.newsLensNoCache.error)
      rows.push([
        '  whole process, cold, without the code cache (NEWS_LENS_CODE_CACHE=off), ms / peak RSS, MB',
        `${f(W.newsLensNoCache.wallMs, 0)} / ${f(W.newsLensNoCache.maxRssMB, 0)}`,
        '',
        `${f(W.compromise.wallMs / W.newsLensNoCache.wallMs)}x faster`,
      ]);
  }
  if (P) {
    rows.push([
      `whole process, cold: ${f(P.chars / 1048576, 0)} MB, ${P.docs} articles, --jsonl --jobs 1, median of ${P.newsLens.runs?.length ?? '-'}, s${load(P)}`,
      s(P.newsLens.wallMs),
      s(P.compromise.wallMs),
      `${f(P.ratio)}x faster (>= 20x)`,
    ]);
    rows.push(['  CPU s (all threads)', s(P.newsLens.cpuMs), s(P.compromise.cpuMs), `${f(P.cpuRatio)}x`]);
    rows.push(['  peak RSS, MB', f(P.newsLens.maxRssMB, 0), f(P.compromise.maxRssMB, 0), '']);
  }
  if (J) {
    rows.push([
      `whole process: ${J.files.toLocaleString('en-US')} article files (${f(J.chars / 1048576)} MB), --jobs 1 / --jobs 2, median of ${J.jobs1.runs?.length ?? '-'}, s${load(J)}`,
      `${s(J.jobs1.wallMs)} / ${s(J.jobs2.wallMs)}`,
      '',
      `${f(J.speedup, 2)}x (>= 1.7x on 2 idle cores)`,
    ]);
    rows.push([
      '  CPU s (all threads) / peak RSS, MB, --jobs 1 / --jobs 2',
      `${s(J.jobs1.cpuMs)} / ${s(J.jobs2.cpuMs)}; ${f(J.jobs1.maxRssMB, 0)} / ${f(J.jobs2.maxRssMB, 0)}`,
      '',
      `output ${J.identical ? 'identical' : 'DIFFERS'}`,
    ]);
  }
  if (S && !S.jobs1.error && !S.jobs2.error) {
    rows.push([
      `sources index, whole process, cold: ${S.files.toLocaleString('en-US')} article files, --jobs 1 / --jobs 2, median of ${S.jobs1.runs?.length ?? '-'}, s${load(S)}`,
      `${s(S.jobs1.wallMs)} / ${s(S.jobs2.wallMs)}`,
      '',
      '<= 10 s (issue 10)',
    ]);
  }
  if (E && E.error) rows.push([`editor (real VS Code): not measured: ${E.error}`, '', '', '']);
  else if (E) {
    rows.push([
      `editor, real VS Code, cold, a folder of articles: first article after start (${f(E.first.chars / 1000)} K chars), text shown -> decorations set, ms${load(E)}`,
      f(E.first.ms, 0),
      '',
      '<= 300 ms (issue 9)',
    ]);
    rows.push([
      `  further articles, text shown -> decorations set, median of ${E.further.runs.length}, ms`,
      f(E.further.medianMs, 0),
      '',
      '<= 100 ms (issue 9)',
    ]);
    if (typeof E.further.workerCpuMedianMs === 'number')
      rows.push([
        `  of which the editor's worker, median ms: wall / its thread on a CPU (the rest it was not running: mostly waiting for a core)`,
        `${f(E.further.workerMedianMs, 0)} / ${f(E.further.workerCpuMedianMs, 0)}`,
        '',
        '',
      ]);
    const O = E.lone;
    if (O && O.error) rows.push([`  a lone article: not measured: ${O.error}`, '', '', '']);
    else if (O)
      rows.push([
        `  a lone article (VS Code on an empty folder, fresh profile; opening it activates News Lens): first / further (median), ms`,
        `${f(O.first.ms, 0)} / ${f(O.further.medianMs, 0)}`,
        '',
        '',
      ]);
    const R = E.restart;
    if (R && R.error) rows.push([`  VS Code started again: not measured: ${R.error}`, '', '', '']);
    else if (R)
      rows.push([
        `  VS Code started again (same profile, the workers' code cache in place): first article / further (median), ms`,
        `${f(R.first.ms, 0)} / ${f(R.further.medianMs, 0)}`,
        '',
        '<= 300 / 100 ms (issue 9)',
      ]);
    const X = E.restartNoCache;
    if (X && !X.error)
      rows.push([
        `  VS Code started again with the workers' code cache removed: first article / further (median), ms`,
        `${f(X.first.ms, 0)} / ${f(X.further.medianMs, 0)}`,
        '',
        '',
      ]);
    rows.push([
      `  Sources index of ${E.sources.articles.toLocaleString('en-US')} article files from cold (worker), s; longest host event-loop gap, ms`,
      `${s(E.sources.ms)}; ${f(E.sources.maxTimerGapMs, 0)}`,
      '',
      '<= 10 s, editor responsive (issue 10)',
    ]);
    rows.push([
      '  one article file changed -> index updated, ms',
      `${f(E.change.ms, 0)}${E.change.found ? '' : ' (change NOT found)'}`,
      '',
      '<= 1,000 ms (issue 10)',
    ]);
  }
  if (T && T.perArticle) {
    const A = T.perArticle;
    const O = T.oneText;
    rows.push([
      `throughput, in process, warm, chars/s, ${T.docs} articles (${f(T.chars / 1048576, 2)} MB) one call each${load(T)}`,
      k(A.newsLens.charsPerSec),
      k(A.compromise.charsPerSec),
      `${f(A.ratio)}x (>= 10x)`,
    ]);
    rows.push([
      '  per CPU second (unaffected by other work on the machine)',
      k(A.newsLens.charsPerCpuSec),
      k(A.compromise.charsPerCpuSec),
      `${f(A.cpuRatio)}x`,
    ]);
    const firstPass = (m) => (m?.firstPassMs ? k(m.chars / (m.firstPassMs / 1000)) : '-');
    rows.push(['  first pass, warming up, per wall second', firstPass(A.newsLens), firstPass(A.compromise), '']);
    rows.push([
      `  as one text (News Lens ${f(O.newsLens.chars / 1048576, 2)} MB, compromise ${f(O.compromise.chars / 1048576, 2)} MB)`,
      k(O.newsLens.charsPerSec),
      k(O.compromise.charsPerSec),
      `${f(O.ratio)}x`,
    ]);
    rows.push([
      '  as one text, per CPU second',
      k(O.newsLens.charsPerCpuSec),
      k(O.compromise.charsPerCpuSec),
      `${f(O.cpuRatio)}x`,
    ]);
    rows.push([
      '  as one text, compromise with character offsets',
      '',
      k(O.compromise.charsPerSecWithOffsets),
      `${f(O.ratioWithOffsets)}x`,
    ]);
  }
  if (L) {
    rows.push([
      `latency, in process, warm, median ms (articles of ${L.articles.map((n) => f(n / 1000)).join('/')} K chars)${load(L)}`,
      f(L.newsLens.medianMs, 2),
      f(L.compromise.medianMs, 1),
      `${f(L.compromise.medianMs / L.newsLens.medianMs)}x (< 2 ms)`,
    ]);
    rows.push([
      '  median CPU ms',
      f(L.newsLens.cpuMedianMs, 2),
      f(L.compromise.cpuMedianMs, 1),
      `${f(L.compromise.cpuMedianMs / L.newsLens.cpuMedianMs)}x`,
    ]);
    rows.push([
      '  p90 ms / fastest ms',
      `${f(L.newsLens.p90Ms, 2)} / ${f(L.newsLens.minMs, 2)}`,
      `${f(L.compromise.p90Ms, 1)} / ${f(L.compromise.minMs, 1)}`,
      '',
    ]);
  }
  if (M) {
    const soFar = (m) => (m?.maxRssSoFarMB ? `>= ${f(m.maxRssSoFarMB, 0)} (unfinished)` : f(m?.maxRssMB, 0));
    rows.push([
      `peak RSS on ${f(M.chars / 1048576, 0)} MB as one text, in process, MB (own process)${load(M)}`,
      soFar(M.newsLens),
      soFar(M.compromise),
      '<= 150 MB',
    ]);
    rows.push([
      '  RSS after load, MB / time for the text, s',
      `${f(M.newsLens?.rssAfterLoadMB, 0)} / ${f(M.newsLens?.firstMs / 1000)}`,
      `${f(M.compromise?.rssAfterLoadMB, 0)} / ${f(M.compromise?.firstMs / 1000)}`,
      '',
    ]);
  }
  if (M?.cli)
    rows.push([
      `  whole news-lens annotate --jsonl process on ${f(M.chars / 1048576, 0)} MB (${M.cli.docs} articles), peak RSS, MB`,
      f(M.cli.maxRssMB, 0),
      '',
      '',
    ]);
  if (markdown) {
    const cell = (c) => c.trim().replace(/\|/g, '\\|');
    const md = (row) =>
      `| ${row.map((c, i) => (i === 0 && c.startsWith('  ') ? `  ↳ ${cell(c)}` : cell(c))).join(' | ')} |`;
    print(md(rows[0]));
    print(`|${rows[0].map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`);
    for (const row of rows.slice(1)) print(md(row));
    return;
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  const line = (row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  print(line(rows[0]));
  print(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows.slice(1)) print(line(row));
  if (G) {
    print(`\nNews Lens growth, in process, warm, best of 3${load(G)}:`);
    for (const g of G.sizes) {
      print(
        `  ${String(g.mb).padEnd(4)} MB  ${f(g.ms, 0).padStart(6)} ms  ${f(g.msPerMB, 0).padStart(6)} ms/MB  x${f(g.perMBvsSmallest, 2)}` +
          `   CPU ${f(g.cpuMs, 0).padStart(6)} ms  ${f(g.cpuMsPerMB, 0).padStart(6)} ms/MB  x${f(g.cpuPerMBvsSmallest, 2)}   (per MB vs ${G.sizes[0].mb} MB)`,
      );
    }
  }
  const failures = [];
  const findErrors = (v, where) => {
    if (!v || typeof v !== 'object') return;
    if (typeof v.error === 'string') failures.push(`${where}: ${v.error}`);
    else for (const [key, x] of Object.entries(v)) findErrors(x, `${where} ${key}`);
  };
  for (const [part, v] of Object.entries(r.parts)) findErrors(v, part);
  for (const x of failures) print(`failed: ${x}`);
  for (const [part, v] of Object.entries(r.parts)) if (v) print(`  ${part} measured ${v.measuredAt}`);
}

// node bench/table.mjs [--markdown] [FILE]: prints a saved report (default .bench/bench.json).
if (import.meta.url === `file://${process.argv[1]}`) {
  const { readFileSync } = await import('node:fs');
  const args = process.argv.slice(2);
  const file = args.find((a) => !a.startsWith('--')) ?? '.bench/bench.json';
  printReport(JSON.parse(readFileSync(file, 'utf8')), console.log, { markdown: args.includes('--markdown') });
}
