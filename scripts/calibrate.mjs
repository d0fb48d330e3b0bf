#!/usr/bin/env node
// Learns the attribution confidence table (src/core/quotes/data/confidence.ts) from GGT dev and prints its
// calibration table. docs/calibration.md explains the method and holds the output.
//
//   node scripts/calibrate.mjs [--out DIR] [--check]
//
// 1. Annotates every GGT dev article with the recognizer in this work tree (src/core bundled with esbuild, as
//    scripts/eval.mjs does), keeping for each quote how resolution found its speaker (findResolvedQuotes: rule,
//    path, detail), never the confidence the committed table gives it: the new table does not depend on the old.
// 2. Matches predicted quotes to gold ones the way ../shared/tools/score.mjs does (gold in order, each takes the
//    unused prediction covering most of it, more than 30%), and marks each prediction right or wrong:
//    - a named speaker is right when the quote matched a gold quote and names the same person as the gold
//      resolved speaker (`reference` in dev.extra.jsonl; same test as the scorer, ../shared/tools/names.mjs);
//      a prediction that matched no gold quote is wrong (a speaker on words nobody is quoted saying misleads);
//    - no speaker (rule "none") is right unless the quote matched a gold quote whose speaker is named: a gold
//      reference whose last word is capitalised ("Jeff Traeger", "UFCW Local 832"), not a description ("a
//      majority of the workers", "officials"); a prediction that matched nothing is right (no one said it).
// 3. Fills the table: per path the share right, shrunk toward the mean of all quotes (PATH_PRIOR pseudo-quotes),
//    per cell (path, kind, detail) the share right shrunk toward its path's (CELL_PRIOR pseudo-quotes).
// 4. Prints, for GGT dev, the calibration table (bins 0-0.1 … 0.9-1.0: quotes, mean confidence, observed
//    accuracy, |difference|) twice: with the table fitted on all of GGT dev (in-sample), and leaving each article
//    out (its quotes get the confidences of a table fitted on the other 39: the honest figure); and per rule.
//
// Writes DIR/confidence.ts (default src/core/quotes/data) unless --check, which only reports (and says whether
// the committed file is what this run would write). The output is a pure function of the recognizer's code and
// the GGT dev files (whose SHA-256 it records), so scripts/check-data.mjs rebuilds it byte for byte.
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const shared = path.resolve(process.env.NEWS_LENS_SHARED || path.join(root, '..', 'shared'));
const args = process.argv.slice(2);
const check = args.includes('--check');
const outArg = args.indexOf('--out');
const OUT_DIR = path.resolve(outArg >= 0 ? args[outArg + 1] : path.join(root, 'src/core/quotes/data'));
const OUT_FILE = 'confidence.ts';

/** Pseudo-quotes at the overall mean added to each path's count. */
const PATH_PRIOR = 5;
/**
 * The pseudo-quotes at the path's mean added to each cell's count: the one of these with the lowest Brier score
 * when each article is scored by a table fitted on the others (leave one article out).
 */
const CELL_PRIORS = [1, 2, 3, 5, 8, 13, 21, 34];
/** A gold quote is found by a prediction covering more than this share of it (the scorer's 0.3 threshold). */
const COVERAGE = 0.3;
/** A bin of the calibration table with at least this many quotes is held to "within 0.1". */
const ENOUGH = 20;
const DIGITS = 3;

const INPUTS = ['ggt/dev.jsonl', 'ggt/dev.extra.jsonl'];
const bytes = INPUTS.map((rel) => fs.readFileSync(path.join(shared, 'data', rel)));
const readJsonl = (b) =>
  b
    .toString('utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
const gold = readJsonl(bytes[0]);
const extra = readJsonl(bytes[1]);
const { sameName } = await import(pathToFileURL(path.join(shared, 'tools', 'names.mjs')).href);

// ---------------------------------------------------------------- 1. annotate, keeping how each speaker was found
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-calibrate-'));
let core;
try {
  const bundle = path.join(tmp, 'core.cjs');
  await esbuild.build({
    stdin: {
      contents:
        "export { createAnnotator } from './src/core/annotate';\nexport { findResolvedQuotes } from './src/core/quotes';\n",
      resolveDir: root,
      sourcefile: 'calibrate-entry.ts',
      loader: 'ts',
    },
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    logLevel: 'error',
  });
  core = (await import(pathToFileURL(bundle).href)).default;
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}

/** Per article: its predicted quotes, each { start, end, kind, speakerName, rule, path, detail }. */
function annotateAll() {
  let resolved = [];
  const annotate = core.createAnnotator({
    stages: {
      findQuotes: (...a) => {
        resolved = core.findResolvedQuotes(...a);
        return resolved.map(({ features: _features, ...q }) => q);
      },
    },
  });
  return gold.map((doc) => {
    const problems = [];
    const a = annotate(doc.text, { id: doc.id, onProblem: (p) => problems.push(p) });
    if (problems.length) throw new Error(`${doc.id}: the recognizer reported ${problems[0].message}`);
    const features = new Map(resolved.map((q) => [`${q.start}:${q.end}`, q.features]));
    const names = new Map(a.entities.map((e) => [e.id, e.name]));
    return a.quotes.map((q) => {
      const f = features.get(`${q.start}:${q.end}`);
      if (!f) throw new Error(`${doc.id}: quote ${q.start}..${q.end} lost its features`);
      return {
        start: q.start,
        end: q.end,
        kind: q.kind,
        speakerName: q.speaker === null ? null : names.get(q.speaker),
        ...f,
      };
    });
  });
}

// ---------------------------------------------------------------- 2. right or wrong
const coverage = (g, p) => {
  const inter = Math.min(g.end, p.end) - Math.max(g.start, p.start);
  return g.end > g.start && inter > 0 ? inter / (g.end - g.start) : 0;
};

/**
 * A gold speaker that names someone: one of the article's people (`people` in the extra file), or a phrase
 * whose last word is capitalised ("UFCW Local 832", not "a majority of the workers"); one capitalised word
 * counts only when the article never writes it in lower case ("Officials" opening a sentence is a description).
 */
function named(reference, i) {
  if (!reference) return false;
  if ((extra[i].people ?? []).some((p) => sameName(p, reference))) return true;
  const words = reference.match(/[\p{L}\p{N}]+/gu) ?? [];
  const last = words[words.length - 1];
  if (last === undefined || /^\p{Ll}/u.test(last)) return false;
  return words.length > 1 || !new RegExp(`\\b${last.toLowerCase()}\\b`, 'u').test(gold[i].text);
}

/** Sets `right` on every predicted quote of article `i`. */
function judge(preds, i) {
  const match = new Array(preds.length).fill(-1);
  gold[i].quotes.forEach((g, j) => {
    let best = -1;
    let bestScore = 0;
    preds.forEach((p, k) => {
      if (match[k] >= 0) return;
      const s = coverage(g, p);
      if (s > COVERAGE && s > bestScore) {
        best = k;
        bestScore = s;
      }
    });
    if (best >= 0) match[best] = j;
  });
  preds.forEach((p, k) => {
    p.matched = match[k] >= 0;
    const ref = match[k] >= 0 ? extra[i].quotes[match[k]].reference : undefined;
    if (p.path === 'none') p.right = match[k] < 0 || !named(ref, i);
    else p.right = match[k] >= 0 && sameName(p.speakerName, ref);
  });
}

// ---------------------------------------------------------------- 3. the table
const cellKey = (q) => `${q.path}|${q.kind}|${q.detail}`;
const round = (x) => Number(x.toFixed(DIGITS));

/** Counts [right, all] per key. */
function tally(quotes, key) {
  const m = new Map();
  for (const q of quotes) {
    const k = key(q);
    const t = m.get(k) ?? [0, 0];
    t[0] += q.right ? 1 : 0;
    t[1]++;
    m.set(k, t);
  }
  return m;
}

function fit(quotes, cellPrior) {
  const right = quotes.filter((q) => q.right).length;
  const overall = quotes.length ? right / quotes.length : 0.5;
  const byPath = tally(quotes, (q) => q.path);
  const paths = new Map();
  for (const [p, [r, n]] of byPath) paths.set(p, (r + PATH_PRIOR * overall) / (n + PATH_PRIOR));
  const cells = new Map();
  const counts = tally(quotes, cellKey);
  for (const [k, [r, n]] of counts) {
    const prior = paths.get(k.split('|')[0]);
    cells.set(k, (r + cellPrior * prior) / (n + cellPrior));
  }
  return { overall, paths, cells, counts, byPath, cellPrior };
}

/** What src/core/quotes/confidence.ts does with the table: cell, else path, else overall. */
const lookup = (table, q) => round(table.cells.get(cellKey(q)) ?? table.paths.get(q.path) ?? table.overall);

const brierOf = (pairs) => pairs.reduce((s, [c, right]) => s + (c - (right ? 1 : 0)) ** 2, 0) / pairs.length;

/** Each article's quotes with the confidences of a table fitted (with `cellPrior`) on the other articles. */
function leaveOneOut(docs, cellPrior) {
  const out = [];
  docs.forEach((qs, i) => {
    const t = fit(docs.filter((_, j) => j !== i).flat(), cellPrior);
    for (const q of qs) out.push([lookup(t, q), q.right, q]);
  });
  return out;
}

/** The cell prior of CELL_PRIORS with the lowest leave-one-article-out Brier score on `docs` (first on a tie). */
function choosePrior(docs) {
  let best = CELL_PRIORS[0];
  let bestScore = Infinity;
  for (const p of CELL_PRIORS) {
    const score = brierOf(leaveOneOut(docs, p));
    if (score < bestScore - 1e-12) {
      best = p;
      bestScore = score;
    }
  }
  return best;
}

// ---------------------------------------------------------------- 4. reports
function calibrationTable(quotes, confidence) {
  const bins = Array.from({ length: 10 }, () => ({ n: 0, conf: 0, right: 0 }));
  for (const q of quotes) {
    const c = confidence(q);
    const b = bins[Math.min(9, Math.floor(c * 10))];
    b.n++;
    b.conf += c;
    b.right += q.right ? 1 : 0;
  }
  const lines = [
    '| bin | quotes | mean confidence | observed accuracy | difference | within 0.1 |',
    '|---|---|---|---|---|---|',
  ];
  let met = 0;
  let held = 0;
  bins.forEach((b, i) => {
    const range = `${(i / 10).toFixed(1)}-${((i + 1) / 10).toFixed(1)}`;
    if (!b.n) return lines.push(`| ${range} | 0 | | | | |`);
    const conf = b.conf / b.n;
    const acc = b.right / b.n;
    const diff = Math.abs(conf - acc);
    const enough = b.n >= ENOUGH;
    if (enough) {
      held++;
      if (diff <= 0.1) met++;
    }
    const verdict = !enough ? `(fewer than ${ENOUGH})` : diff <= 0.1 ? 'yes' : 'no';
    lines.push(`| ${range} | ${b.n} | ${conf.toFixed(3)} | ${acc.toFixed(3)} | ${diff.toFixed(3)} | ${verdict} |`);
  });
  const brier = quotes.reduce((s, q) => s + (confidence(q) - (q.right ? 1 : 0)) ** 2, 0) / quotes.length;
  lines.push('', `${met} of ${held} bins with at least ${ENOUGH} quotes within 0.1; Brier score ${brier.toFixed(4)}`);
  return lines.join('\n');
}

function ruleTable(quotes, confidence) {
  const lines = ['| rule | quotes | no GGT quote | mean confidence | observed accuracy |', '|---|---|---|---|---|'];
  const rules = [...new Set(quotes.map((q) => q.rule))].sort();
  for (const r of rules) {
    const qs = quotes.filter((q) => q.rule === r);
    const conf = qs.reduce((s, q) => s + confidence(q), 0) / qs.length;
    const acc = qs.filter((q) => q.right).length / qs.length;
    const unmatched = qs.filter((q) => !q.matched).length;
    lines.push(`| ${r} | ${qs.length} | ${unmatched} | ${conf.toFixed(3)} | ${acc.toFixed(3)} |`);
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------- run
const perDoc = annotateAll();
perDoc.forEach(judge);
const all = perDoc.flat();
const table = fit(all, choosePrior(perDoc));

const sha = (b) => crypto.createHash('sha256').update(b).digest('hex');
const esc = (s) => JSON.stringify(s).replace(/'/g, "\\'").slice(1, -1);
const body = [
  '// Generated by scripts/calibrate.mjs (node scripts/calibrate.mjs): the attribution confidence table, learned',
  '// from the recognizer in this repository run over GGT dev and its gold quotes (counts only, no text):',
  ...INPUTS.map((rel, i) => `//   ../shared/data/${rel} sha256 ${sha(bytes[i])}`),
  '// Each cell (path|kind|detail, see src/core/quotes/resolve.ts) is the share of its quotes whose speaker is right,',
  `// shrunk toward its path's share by ${table.cellPrior} pseudo-quotes (chosen by leave-one-article-out Brier score); each`,
  `// path's share toward the overall one by ${PATH_PRIOR}. The comments say how many quotes were right of how many.`,
  '// docs/calibration.md explains. Do not edit: rerun the script.',
  'export const CONFIDENCE: { overall: number; paths: Record<string, number>; cells: Record<string, number> } = {',
  `  overall: ${round(table.overall)}, // ${all.filter((q) => q.right).length} of ${all.length} quotes right`,
  '  paths: {',
  ...[...table.paths.keys()]
    .sort()
    .map(
      (p) => `    '${esc(p)}': ${round(table.paths.get(p))}, // ${table.byPath.get(p)[0]} of ${table.byPath.get(p)[1]}`,
    ),
  '  },',
  '  cells: {',
  ...[...table.cells.keys()]
    .sort()
    .map(
      (k) => `    '${esc(k)}': ${round(table.cells.get(k))}, // ${table.counts.get(k)[0]} of ${table.counts.get(k)[1]}`,
    ),
  '  },',
  '};',
  '',
].join('\n');

// Leave one article out: each article's quotes scored by a table fitted on the others, the cell prior too
// chosen on the others only (nested), so that nothing about the article shapes its confidences.
const heldOut = new Map();
const chosen = [];
perDoc.forEach((qs, i) => {
  const others = perDoc.filter((_, j) => j !== i);
  const prior = choosePrior(others);
  chosen.push(prior);
  const t = fit(others.flat(), prior);
  for (const q of qs) heldOut.set(q, lookup(t, q));
});
const priorCounts = [...new Set(chosen)]
  .sort((a, b) => a - b)
  .map((p) => `${p} (${chosen.filter((c) => c === p).length})`);

console.log(
  `GGT dev: ${gold.length} articles, ${all.length} predicted quotes, ${all.filter((q) => q.right).length} right\n`,
);
console.log('Calibration, table fitted on all of GGT dev (in-sample):\n');
console.log(calibrationTable(all, (q) => lookup(table, q)));
console.log(
  `\ncell prior ${table.cellPrior} pseudo-quotes (leave-one-article-out Brier score over ${CELL_PRIORS.join(', ')})`,
);
console.log(
  `\nCalibration, leave one article out (each article scored by a table fitted on the other articles, cell prior chosen on them: ${priorCounts.join(', ')}):\n`,
);
console.log(calibrationTable(all, (q) => heldOut.get(q)));
console.log('\nPer rule (in-sample confidences):\n');
console.log(ruleTable(all, (q) => lookup(table, q)));
console.log('\nPer rule (left-out confidences):\n');
console.log(ruleTable(all, (q) => heldOut.get(q)));

const target = path.join(OUT_DIR, OUT_FILE);
if (check) {
  const committed = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : null;
  console.log(
    `\n${target}: ${committed === body ? 'up to date' : 'differs from what this run would write (run without --check)'}`,
  );
} else {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  fs.writeFileSync(target, body);
  console.log(`\nwrote ${path.relative(process.cwd(), target) || target}`);
}
