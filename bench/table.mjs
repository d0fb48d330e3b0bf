// Prints a benchmark report (see scripts/bench.mjs) as a table.
const f = (x, d = 1) => (typeof x !== 'number' || Number.isNaN(x) ? '-' : x.toFixed(d));
const k = (x) => (typeof x !== 'number' ? '-' : `${Math.round(x / 1000).toLocaleString('en-US')}K`);
const load = (p) => (p?.loadAvg ? ` [load ${p.loadAvg.map((x) => x.toFixed(1)).join(' ')}]` : '');

export function printReport(r, print = console.log) {
  const { cold, latency: L, throughput: T, growth: G, memory: M } = r.parts;

  print(
    `News Lens ${r.versions.newsLens} vs compromise ${r.versions.compromise ?? '?'}; node ${r.machine.node}, ${r.machine.cpus} CPUs; text: ${r.textSource}`,
  );
  const rows = [['measure', 'News Lens', 'compromise', 'ratio / target']];
  if (T && T.perArticle) {
    const A = T.perArticle;
    const O = T.oneText;
    rows.push([
      `throughput, chars/s, ${T.docs} articles (${f(T.chars / 1048576, 2)} MB) one call each${load(T)}`,
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
      `latency, median ms (articles of ${L.articles.map((n) => f(n / 1000)).join('/')} K chars)${load(L)}`,
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
      `peak RSS on ${f(M.chars / 1048576, 0)} MB, MB (own process)${load(M)}`,
      soFar(M.newsLens),
      soFar(M.compromise),
      '< 250 MB',
    ]);
    rows.push([
      '  RSS after load, MB / time for the text, s',
      `${f(M.newsLens?.rssAfterLoadMB, 0)} / ${f(M.newsLens?.firstMs / 1000)}`,
      `${f(M.compromise?.rssAfterLoadMB, 0)} / ${f(M.compromise?.firstMs / 1000)}`,
      '',
    ]);
  }
  if (cold) {
    rows.push([`cold start: load, ms${load(cold)}`, f(cold.newsLens.loadMs, 0), f(cold.compromise.loadMs, 0), '']);
    rows.push([
      `  first call (${f(cold.newsLens.chars / 1000)} K chars), ms / second call, ms`,
      `${f(cold.newsLens.firstMs, 1)} / ${f(cold.newsLens.secondMs, 2)}`,
      `${f(cold.compromise.firstMs, 1)} / ${f(cold.compromise.secondMs, 1)}`,
      '',
    ]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  const line = (row) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  print(line(rows[0]));
  print(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows.slice(1)) print(line(row));
  if (G) {
    print(`\nNews Lens growth, best of 3${load(G)}:`);
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
