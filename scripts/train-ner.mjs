#!/usr/bin/env node
// Trains the entity tagger and writes src/core/entities/data/model.ts.
//
//   node scripts/train-ner.mjs [--epochs 10] [--prune 0.05] [--dev]
//
// What it does (see src/core/entities/README.md):
//  1. Reads ../shared/data/conll2003/train.jsonl, tokenizes every document with src/core/text.ts and splits the
//     possessive off as src/core/entities/words.ts does, then turns the gold spans into BIO tags per word.
//  2. Builds the lexicon: lower-cased words seen at least twice, their usual case in running text, word shapes,
//     3/4-letter suffixes and 3-letter prefixes seen at least three times.
//  3. Trains a greedy left-to-right averaged perceptron over the features of src/core/entities/features.ts
//     (the same code the runtime uses), with the same shortcut as the runtime: a word with no capital letter
//     and no digit after an O tag is O without scoring.
//  4. Drops features whose averaged weights are all tiny, quantizes the rest to 8-bit codes (square-root scale)
//     and writes them with the lexicon as a module of string constants (no CoNLL text is stored: only a list of
//     lower-cased words seen at least twice, affixes, shapes, hashed feature keys and weights).
// With --dev it also reports token accuracy on the dev set after each epoch (use scripts/eval.mjs for F1).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const shared = process.env.NEWS_LENS_SHARED || path.join(root, '..', 'shared');
const args = process.argv.slice(2);
const opt = (k, d) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : d; };
const EPOCHS = Number(opt('--epochs', '10'));
const PRUNE = Number(opt('--prune', '0.05'));
const DEV = args.includes('--dev');

const bundle = path.join(root, '.bench', 'ner-train.cjs');
fs.mkdirSync(path.dirname(bundle), { recursive: true });
await esbuild.build({
  stdin: {
    contents: "export * from './src/core/text'; export * from './src/core/entities/words'; export * from './src/core/entities/features';",
    resolveDir: root, loader: 'ts',
  },
  outfile: bundle, bundle: true, platform: 'node', format: 'cjs', logLevel: 'error',
});
const F = (await import(bundle)).default;
const { NTAGS, TAGS } = F;

function load(file) {
  return fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
}

/** Words of a document and their gold tag ids. */
function prepare(doc) {
  const tokens = F.tokenize(doc.text);
  const sentences = F.splitSentences(tokens);
  const words = F.toWords(tokens, new Set(sentences.map((s) => s.first)));
  const byStart = new Map(words.map((w, i) => [w.start, i]));
  const gold = new Int32Array(words.length);
  let missed = 0;
  for (const e of doc.entities) {
    const i = byStart.get(e.start);
    const t = F.TYPES.indexOf(e.type);
    if (i === undefined || t < 0) { missed++; continue; }
    let j = i;
    while (j < words.length && words[j].end < e.end) j++;
    if (j >= words.length || words[j].end !== e.end) { missed++; continue; }
    gold[i] = 1 + 2 * t;
    for (let k = i + 1; k <= j; k++) gold[k] = 2 + 2 * t;
  }
  return { words, gold, missed };
}

const train = load(path.join(shared, 'data', 'conll2003', 'train.jsonl')).map(prepare);
const dev = DEV ? load(path.join(shared, 'data', 'conll2003', 'dev.jsonl')).map(prepare) : [];
console.log(`train: ${train.length} docs, ${train.reduce((a, d) => a + d.words.length, 0)} words, ${train.reduce((a, d) => a + d.missed, 0)} unaligned spans`);

// ---- lexicon
const wordCount = new Map();
const lowerUse = new Map(); // lower-cased word -> [lower-case uses, capitalised uses] in running text
const shapeCount = new Map();
const s3Count = new Map(), s4Count = new Map(), p3Count = new Map();
const inc = (m, k) => m.set(k, (m.get(k) || 0) + 1);
for (const d of train) {
  for (const w of d.words) {
    const lower = F.lowerOf(w.text);
    inc(wordCount, lower);
    inc(shapeCount, F.wordShape(w));
    const n = lower.length;
    if (n > 3) { inc(s3Count, lower.slice(n - 3)); inc(p3Count, lower.slice(0, 3)); }
    if (n > 4) inc(s4Count, lower.slice(n - 4));
    if (!w.sentStart && !w.capsLine && /^\p{L}/u.test(w.text)) {
      const u = lowerUse.get(lower) || [0, 0];
      u[/^\p{Lu}/u.test(w.text) ? 1 : 0]++;
      lowerUse.set(lower, u);
    }
  }
}
const table = (counts, min, first) => {
  const list = [...counts].filter(([, c]) => c >= min).map(([k]) => k).sort();
  return { list, map: new Map(list.map((k, i) => [k, i + first])) };
};
const words = table(wordCount, 2, 3); // 0 unknown, 1 before the text, 2 after it
const shapes = table(shapeCount, 2, 3);
const suf3 = table(s3Count, 3, 1), suf4 = table(s4Count, 3, 1), pre3 = table(p3Count, 3, 1);
// Usual case from more running text: the training text plus the PolNeAR and GUM train texts (statistics only).
for (const extra of ['polnear', 'gum']) {
  for (const doc of load(path.join(shared, 'data', extra, 'train.jsonl'))) {
    const tokens = F.tokenize(doc.text);
    const ws = F.toWords(tokens, new Set(F.splitSentences(tokens).map((s) => s.first)));
    for (let i = 1; i < ws.length; i++) {
      const w = ws[i];
      // Mid-sentence words only, not after a quotation mark or colon (which may start a sentence).
      if (w.sentStart || w.capsLine || !/^\p{L}/u.test(w.text) || /^["“:'‘(]$/.test(ws[i - 1].text)) continue;
      const lower = F.lowerOf(w.text);
      const u = lowerUse.get(lower) || [0, 0];
      u[/^\p{Lu}/u.test(w.text) ? 1 : 0]++;
      lowerUse.set(lower, u);
    }
  }
}
const classOf = ([lo, up]) => (lo >= 3 * up ? 1 : up >= 3 * lo ? 2 : 3);
// Words outside the vocabulary with a clear usual case, seen at least 3 times.
const lowerWords = [], upperWords = [];
for (const [wd, u] of lowerUse) {
  if (words.map.has(wd) || u[0] + u[1] < 3) continue;
  const c = classOf(u);
  if (c === 1) lowerWords.push(wd); else if (c === 2) upperWords.push(wd);
}
lowerWords.sort(); upperWords.sort();
const caseClass = new Uint8Array(words.list.length + 3);
for (const [wd, id] of words.map) {
  const u = lowerUse.get(wd);
  if (!u) continue;
  caseClass[id] = classOf(u);
}
const otherCase = new Map([...lowerWords.map((w) => [w, 1]), ...upperWords.map((w) => [w, 2])]);
const lex = { words: words.map, caseClass, otherCase, shapes: shapes.map, suf3: suf3.map, suf4: suf4.map, pre3: pre3.map };
for (const d of [...train, ...dev]) d.ids = F.wordIds(d.words, lex);
console.log(`lexicon: ${words.list.length} words (+${lowerWords.length} lower, ${upperWords.length} capitalised), ${shapes.list.length} shapes, ${suf3.list.length}+${suf4.list.length} suffixes, ${pre3.list.length} prefixes`);

// ---- averaged perceptron
const index = new Map();
let cap = 1 << 18;
let W = new Float64Array(cap * NTAGS), U = new Float64Array(cap * NTAGS), T = new Float64Array(cap * NTAGS);
let rows = 0;
let clock = 1;
function row(k, create) {
  let r = index.get(k);
  if (r === undefined) {
    if (!create) return -1;
    if (rows === cap) {
      cap *= 2;
      const grow = (a) => { const b = new Float64Array(cap * NTAGS); b.set(a); return b; };
      W = grow(W); U = grow(U); T = grow(T);
    }
    r = rows++;
    index.set(k, r);
  }
  return r;
}
function update(r, tag, delta) {
  const j = r * NTAGS + tag;
  U[j] += (clock - T[j]) * W[j];
  T[j] = clock;
  W[j] += delta;
}
const feats = new Int32Array(64);
const scores = new Float64Array(NTAGS);
function decode(d, learn) {
  const { ids, gold } = d;
  const n = ids.n;
  const pred = new Int32Array(n);
  let prev = 0, prev2 = 0, correct = 0;
  for (let i = 0; i < n; i++) {
    let best = 0;
    if (d.words[i].lineStart) { prev2 = prev; prev = 0; }
    if (prev !== 0 || ids.cap[i]) {
      let k = F.staticFeatures(ids, i, feats);
      k = F.tagFeatures(ids, i, prev, prev2, feats, k);
      scores.fill(0);
      for (let f = 0; f < k; f++) {
        const r = row(feats[f], false);
        if (r < 0) continue;
        const b = r * NTAGS;
        for (let t = 0; t < NTAGS; t++) scores[t] += W[b + t];
      }
      let bs = -Infinity;
      for (let t = 0; t < NTAGS; t++) if (F.allowed(prev, t) && scores[t] > bs) { bs = scores[t]; best = t; }
      if (learn) {
        const g = gold[i];
        if (best !== g && F.allowed(prev, g)) {
          for (let f = 0; f < k; f++) { const r = row(feats[f], true); update(r, g, 1); update(r, best, -1); }
        }
        clock++;
        // Follow the gold path while training (the next word's tag features use the true previous tags).
        best = g;
      }
    }
    pred[i] = best;
    if (best === gold[i]) correct++;
    prev2 = prev;
    prev = best;
  }
  return correct;
}
let seed = 12345;
const rand = () => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed / 0x80000000; };
for (let e = 1; e <= EPOCHS; e++) {
  const order = train.slice();
  for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [order[i], order[j]] = [order[j], order[i]]; }
  const t0 = Date.now();
  for (const d of order) decode(d, true);
  let msg = `epoch ${e}: ${rows} features, ${Date.now() - t0} ms`;
  if (DEV) {
    const saved = W;
    W = averaged();
    let c = 0, n = 0, entC = 0, entN = 0;
    for (const d of dev) { c += decode(d, false); n += d.ids.n; }
    W = saved;
    msg += `, dev token accuracy ${(c / n).toFixed(4)}`;
  }
  console.log(msg);
}
function averaged() {
  const A = new Float64Array(rows * NTAGS);
  for (let j = 0; j < rows * NTAGS; j++) A[j] = (U[j] + (clock - T[j]) * W[j]) / clock;
  return A;
}

// ---- prune, quantize, write
const A = averaged();
let maxAbs = 0;
for (let j = 0; j < A.length; j++) maxAbs = Math.max(maxAbs, Math.abs(A[j]));
const kept = [];
let nonzero = 0;
for (const [k, r] of index) {
  let m = 0;
  for (let t = 0; t < NTAGS; t++) m = Math.max(m, Math.abs(A[r * NTAGS + t]));
  if (m >= PRUNE) kept.push([k, r]);
}
// 8-bit codes on a square-root scale: w = sign * (|c| / 127)^2 * maxAbs (fine steps near zero).
// Sparse rows: a 16-bit mask of the tags with a nonzero code, then those codes.
const keys = new Int32Array(kept.length);
const masks = new Uint16Array(kept.length);
const codes = [];
kept.forEach(([k, r], i) => {
  keys[i] = k;
  for (let t = 0; t < NTAGS; t++) {
    const w = A[r * NTAGS + t];
    const c = Math.round(Math.sqrt(Math.abs(w) / maxAbs) * 127);
    if (!c) continue;
    masks[i] |= 1 << t;
    codes.push(w < 0 ? -c : c);
    nonzero++;
  }
});
const q = Int8Array.from(codes);
const b64 = (a) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
const str = (s) => JSON.stringify(s);
const out = path.join(root, 'src', 'core', 'entities', 'data', 'model.ts');
fs.writeFileSync(out, [
  '// Generated by scripts/train-ner.mjs from CoNLL-2003 train (lexicon counts and tagger weights only). Do not edit.',
  `/** Tags, in weight-column order. */`,
  `export const TAGS = ${str(TAGS)};`,
  `/** Lower-cased words seen at least twice (id = line + 3). */`,
  `export const WORDS = ${str(words.list.join('\n'))};`,
  `/** Per word: 1 usually lower case, 2 usually capitalised, 3 either, 0 unknown. */`,
  `export const CASE_CLASS = ${str(Array.from(caseClass.subarray(3)).join(''))};`,
  `/** Other words usually in lower case / usually capitalised in running text. */`,
  `export const LOWER_WORDS = ${str(lowerWords.join('\n'))};`,
  `export const UPPER_WORDS = ${str(upperWords.join('\n'))};`,
  `export const SHAPES = ${str(shapes.list.join('\n'))};`,
  `export const SUF3 = ${str(suf3.list.join('\n'))};`,
  `export const SUF4 = ${str(suf4.list.join('\n'))};`,
  `export const PRE3 = ${str(pre3.list.join('\n'))};`,
  `/** Largest absolute weight. */`,
  `export const SCALE = ${maxAbs};`,
  `/** Feature keys (Int32, little-endian, base64). */`,
  `export const KEYS = ${str(b64(keys))};`,
  `/** Per key, the tags that have a weight (Uint16 bit masks, base64). */`,
  `export const MASKS = ${str(b64(masks))};`,
  `/** The weights, in key then tag order (Int8 codes w = sign * (|c| / 127)^2 * SCALE, base64). */`,
  `export const WEIGHTS = ${str(b64(q))};`,
  '',
].join('\n'));
console.log(`kept ${kept.length} of ${rows} features (${nonzero} nonzero weights); wrote ${out} (${(fs.statSync(out).size / 1024).toFixed(0)} KB)`);
