#!/usr/bin/env node
// Throughput of the quotes stage alone (findQuotes, given tokens and sentences), on PolNeAR dev texts and on
// a synthetic 1 MB single-line document. Tokenizing is done outside the timed part; CPU time is measured.
//
//   node scripts/bench-quotes.mjs [--runs 3]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleSource } from './bundle-source.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const shared = process.env.NEWS_LENS_SHARED || path.join(root, '..', 'shared');
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1] || 3) || 3;
const outDir = path.join(root, '.bench');
fs.mkdirSync(outDir, { recursive: true });
const bundle = path.join(outDir, 'quotes-bench.cjs');
await bundleSource(
  root,
  "export { tokenize, splitSentences } from './src/core/text'; export { findQuotes } from './src/core/quotes';",
  bundle,
);
const { tokenize, splitSentences, findQuotes } = (await import(bundle)).default;

const sets = [];
const dev = path.join(shared, 'data', 'polnear', 'dev.jsonl');
if (fs.existsSync(dev))
  sets.push([
    'polnear dev',
    fs
      .readFileSync(dev, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l).text),
  ]);
const line = '“We will not pay,” the mayor said, and Ann Lee told reporters the plan was fine, according to aides; ';
sets.push(['1 MB single line', [line.repeat(Math.ceil(1e6 / line.length))]]);

for (const [name, docs] of sets) {
  const prepared = docs.map((t) => {
    const tokens = tokenize(t);
    return [t, tokens, splitSentences(tokens)];
  });
  const chars = docs.reduce((n, t) => n + t.length, 0);
  let best = Infinity;
  let quotes = 0;
  for (let r = 0; r < runs; r++) {
    // CPU time of this process rather than wall time: the machine is shared, and waiting for a core is not work.
    const c0 = process.cpuUsage();
    quotes = 0;
    for (const [t, tokens, sentences] of prepared) quotes += findQuotes(t, tokens, sentences, [], {}).length;
    const c = process.cpuUsage(c0);
    best = Math.min(best, (c.user + c.system) / 1000);
  }
  console.log(
    `${name}: ${docs.length} docs, ${(chars / 1e6).toFixed(2)} M chars, ${quotes} quotes; best of ${runs}: ${best.toFixed(1)} ms CPU = ${(chars / 1e6 / (best / 1000)).toFixed(1)} MB/s (${(best / (chars / 1e6)).toFixed(0)} ms per MB)`,
  );
}
