#!/usr/bin/env node
// How often natural's Jaro-Winkler similarity calls two different people alike: over every pair of different
// people named in one GGT dev article (the annotators' `people` lists in ../shared/data/ggt/dev.extra.jsonl, so
// the two are different people by construction), the share at or above each threshold; the sources index
// (src/core/sources/names.ts) suggests, never merges, names at or above SIMILAR_NAMES.
//
//   node scripts/measure-name-similarity.mjs [--shared DIR]
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const shared = args.includes('--shared')
  ? path.resolve(args[args.indexOf('--shared') + 1])
  : path.resolve(process.env.NEWS_LENS_SHARED || path.join(root, '..', 'shared'));
const require = createRequire(import.meta.url);
const jw = require('natural/lib/natural/distance/jaro-winkler_distance');
const norm = (s) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}' -]+/gu, ' ')
    .trim();
const docs = fs
  .readFileSync(path.join(shared, 'data/ggt/dev.extra.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));
const scores = [];
const high = [];
for (const d of docs) {
  const people = [...new Set((d.people ?? []).map(norm))];
  for (let i = 0; i < people.length; i++)
    for (let j = i + 1; j < people.length; j++) {
      // A one-word name and a longer one ending in it may be one person the list names twice: not counted.
      const [a, b] = [people[i], people[j]];
      if (a.split(' ').pop() === b.split(' ').pop()) continue;
      const s = jw(a, b);
      scores.push(s);
      if (s >= 0.9) high.push(`${s.toFixed(3)} ${a} / ${b}`);
    }
}
console.log(`pairs of different people in one article: ${scores.length}`);
for (const t of [0.85, 0.88, 0.9, 0.92, 0.95])
  console.log(
    `  >= ${t}: ${scores.filter((s) => s >= t).length} (${((100 * scores.filter((s) => s >= t).length) / scores.length).toFixed(2)}%)`,
  );
console.log('pairs at 0.9 or more:');
for (const h of high.sort().reverse()) console.log(`  ${h}`);
