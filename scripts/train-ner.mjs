#!/usr/bin/env node
// Trains the entity tagger and writes src/core/entities/data/model.ts.
//
//   node scripts/train-ner.mjs [--epochs 20] [--prune 0.05] [--seed 12345] [--dev] [--out DIR]
//
// The output is a pure function of the inputs: the train files under ../shared/data/ (their SHA-256 go in the
// file's header), this script and the code it bundles (src/core/text.ts, src/core/entities/words.ts,
// features.ts, tagger.ts). Nothing in it depends on time, paths or the machine, so `npm run check:data`
// (scripts/check-data.mjs) can rebuild it and require the same bytes. The defaults are the settings of the
// committed model: train with other settings only to experiment, or change the defaults and commit both.
//
// What it does (see src/core/entities/README.md):
//  1. Reads ../shared/data/conll2003/train.jsonl, tokenizes every document with src/core/text.ts and splits the
//     possessive off as src/core/entities/words.ts does, then turns the gold spans into BIO tags per word.
//  2. Builds the lexicon: lower-cased words seen at least twice, their usual case in running text, word shapes,
//     3/4-letter suffixes and 3-letter prefixes seen at least three times.
//  3. Trains a greedy left-to-right averaged perceptron through the tagger's own decode loop (decodeTags and
//     bestTag of src/core/entities/tagger.ts, over the features of features.ts), so training scores, skips
//     words and resets at line breaks exactly as the runtime does; a learn step updates the weights and follows
//     the gold path.
//  4. Drops features whose averaged weights are all tiny, quantizes the rest to 8-bit codes (square-root scale)
//     and writes them with the lexicon as a module of string constants (no CoNLL text is stored: only a list of
//     lower-cased words seen at least twice, affixes, shapes, hashed feature keys and weights).
// With --dev it also reports token accuracy on the dev set after each epoch (use scripts/eval.mjs for F1).
// --out writes model.ts into another folder (check-data uses a temporary one).
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bundleSource } from './bundle-source.mjs';
import { args, opt, readJsonl, root, shared } from './script-args.mjs';

// The committed model's settings (see the README's "The model" for why these).
const DEFAULTS = { epochs: '20', prune: '0.05', seed: '12345' };
const EPOCHS = Number(opt('--epochs', DEFAULTS.epochs));
const PRUNE = Number(opt('--prune', DEFAULTS.prune));
const SEED = Number(opt('--seed', DEFAULTS.seed));
const DEV = args.includes('--dev');
const OUT_DIR = path.resolve(opt('--out', path.join(root, 'src', 'core', 'entities', 'data')));
// --fold I/K leaves out of training every K-th document from the I-th (0-based): the model for that fold of a
// cross-validation (scripts/train-types.mjs tags each fold with a model that never saw it).
const FOLD = opt('--fold', null);
const [FOLD_I, FOLD_K] = FOLD === null ? [0, 0] : /^\d+\/\d+$/.test(FOLD) ? FOLD.split('/').map(Number) : [-1, -1];
if (
  ![EPOCHS, PRUNE, SEED].every(Number.isFinite) ||
  EPOCHS < 1 ||
  SEED < 0 ||
  (FOLD !== null && !(FOLD_K >= 2 && FOLD_I >= 0 && FOLD_I < FOLD_K))
) {
  console.error(
    'usage: node scripts/train-ner.mjs [--epochs N] [--prune W] [--seed S] [--dev] [--fold I/K] [--out DIR]',
  );
  process.exit(2);
}

// The runtime code, bundled into a temporary file of this run (parallel runs do not share it).
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-train-'));
const bundle = path.join(tmp, 'ner-train.cjs');
let F;
try {
  await bundleSource(
    root,
    "export * from './src/core/text'; export * from './src/core/entities/words'; export * from './src/core/entities/features'; export * from './src/core/entities/tagger';",
    bundle,
  );
  F = (await import(bundle)).default;
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
const { NTAGS, TAGS } = F;

/** The input files, relative to ../shared/data/, with their SHA-256 (recorded in the output's header). */
const INPUTS = ['conll2003/train.jsonl', 'polnear/train.jsonl', 'gum/train.jsonl'];
const dataFile = (rel) => path.join(shared, 'data', rel);
const inputHashes = INPUTS.map((rel) => [
  rel,
  crypto
    .createHash('sha256')
    .update(fs.readFileSync(dataFile(rel)))
    .digest('hex'),
]);

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
    if (i === undefined || t < 0) {
      missed++;
      continue;
    }
    let j = i;
    while (j < words.length && words[j].end < e.end) j++;
    if (j >= words.length || words[j].end !== e.end) {
      missed++;
      continue;
    }
    gold[i] = 1 + 2 * t;
    for (let k = i + 1; k <= j; k++) gold[k] = 2 + 2 * t;
  }
  return { words, gold, missed };
}

const train = readJsonl(dataFile('conll2003/train.jsonl'))
  .filter((_, i) => FOLD_K === 0 || i % FOLD_K !== FOLD_I)
  .map(prepare);
const dev = DEV ? readJsonl(path.join(shared, 'data', 'conll2003', 'dev.jsonl')).map(prepare) : [];
console.log(
  `train: ${train.length} docs, ${train.reduce((a, d) => a + d.words.length, 0)} words, ${train.reduce((a, d) => a + d.missed, 0)} unaligned spans`,
);

// ---- lexicon
const wordCount = new Map();
const lowerUse = new Map(); // lower-cased word -> [lower-case uses, capitalised uses] in running text
const shapeCount = new Map();
const s3Count = new Map(),
  s4Count = new Map(),
  p3Count = new Map();
const inc = (m, k) => m.set(k, (m.get(k) || 0) + 1);
for (const d of train) {
  for (const w of d.words) {
    const lower = F.lowerOf(w.text);
    inc(wordCount, lower);
    inc(shapeCount, F.wordShape(w));
    const n = lower.length;
    if (n > 3) {
      inc(s3Count, lower.slice(n - 3));
      inc(p3Count, lower.slice(0, 3));
    }
    if (n > 4) inc(s4Count, lower.slice(n - 4));
    if (!w.sentStart && !w.capsLine && /^\p{L}/u.test(w.text)) {
      const u = lowerUse.get(lower) || [0, 0];
      u[/^\p{Lu}/u.test(w.text) ? 1 : 0]++;
      lowerUse.set(lower, u);
    }
  }
}
const table = (counts, min, first) => {
  const list = [...counts]
    .filter(([, c]) => c >= min)
    .map(([k]) => k)
    .sort();
  return { list, map: new Map(list.map((k, i) => [k, i + first])) };
};
const words = table(wordCount, 2, 3); // 0 unknown, 1 before the text, 2 after it
const shapes = table(shapeCount, 2, 3);
const suf3 = table(s3Count, 3, 1),
  suf4 = table(s4Count, 3, 1),
  pre3 = table(p3Count, 3, 1);
// Usual case from more running text: the training text plus the PolNeAR and GUM train texts (statistics only).
for (const extra of ['polnear', 'gum']) {
  for (const doc of readJsonl(dataFile(`${extra}/train.jsonl`))) {
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
const lowerWords = [],
  upperWords = [];
for (const [wd, u] of lowerUse) {
  if (words.map.has(wd) || u[0] + u[1] < 3) continue;
  const c = classOf(u);
  if (c === 1) lowerWords.push(wd);
  else if (c === 2) upperWords.push(wd);
}
lowerWords.sort();
upperWords.sort();
const caseClass = new Uint8Array(words.list.length + 3);
for (const [wd, id] of words.map) {
  const u = lowerUse.get(wd);
  if (!u) continue;
  caseClass[id] = classOf(u);
}
const otherCase = new Map([...lowerWords.map((w) => [w, 1]), ...upperWords.map((w) => [w, 2])]);
const lex = {
  words: words.map,
  caseClass,
  otherCase,
  shapes: shapes.map,
  suf3: suf3.map,
  suf4: suf4.map,
  pre3: pre3.map,
};
for (const d of [...train, ...dev]) d.ids = F.wordIds(d.words, lex);
console.log(
  `lexicon: ${words.list.length} words (+${lowerWords.length} lower, ${upperWords.length} capitalised), ${shapes.list.length} shapes, ${suf3.list.length}+${suf4.list.length} suffixes, ${pre3.list.length} prefixes`,
);

// ---- averaged perceptron
const index = new Map();
let cap = 1 << 18;
let W = new Float64Array(cap * NTAGS),
  U = new Float64Array(cap * NTAGS),
  T = new Float64Array(cap * NTAGS);
let rows = 0;
let clock = 1;
function row(k, create) {
  let r = index.get(k);
  if (r === undefined) {
    if (!create) return -1;
    if (rows === cap) {
      cap *= 2;
      const grow = (a) => {
        const b = new Float64Array(cap * NTAGS);
        b.set(a);
        return b;
      };
      W = grow(W);
      U = grow(U);
      T = grow(T);
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
/** The tagger's view of the weights being trained (tagger.ts TagScorer): dense rows, summed feature by feature. */
const scorer = {
  addScores(feats, k, scores) {
    for (let f = 0; f < k; f++) {
      const r = index.get(feats[f]);
      if (r === undefined) continue;
      const b = r * NTAGS;
      for (let t = 0; t < NTAGS; t++) scores[t] += W[b + t];
    }
  },
};
/** Learn step for decodeTags: update on a wrong tag, then follow the gold path (the next word's tag features use the true previous tags). */
let gold = null;
function learn(i, best, feats, k, prev) {
  const g = gold[i];
  if (best !== g && F.allowed(prev, g)) {
    for (let f = 0; f < k; f++) {
      const r = row(feats[f], true);
      update(r, g, 1);
      update(r, best, -1);
    }
  }
  clock++;
  return g;
}
/** Tags one document with the runtime's decode loop (learning on the way when `train`); returns the words tagged right. */
function decode(d, train) {
  gold = d.gold;
  const pred = F.decodeTags(d.words, d.ids, scorer, train ? learn : undefined);
  let correct = 0;
  for (let i = 0; i < pred.length; i++) if (pred[i] === d.gold[i]) correct++;
  return correct;
}
let seed = SEED;
const rand = () => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x80000000;
};
for (let e = 1; e <= EPOCHS; e++) {
  const order = train.slice();
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const t0 = Date.now();
  for (const d of order) decode(d, true);
  let msg = `epoch ${e}: ${rows} features, ${Date.now() - t0} ms`;
  if (DEV) {
    const saved = W;
    W = averaged();
    let c = 0,
      n = 0;
    for (const d of dev) {
      c += decode(d, false);
      n += d.ids.n;
    }
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
fs.mkdirSync(OUT_DIR, { recursive: true });
const out = path.join(OUT_DIR, 'model.ts');
fs.writeFileSync(
  out,
  [
    '// Generated from CoNLL-2003 train (lexicon counts and tagger weights only; no text). Do not edit.',
    `// Command: node scripts/train-ner.mjs --epochs ${EPOCHS} --prune ${PRUNE} --seed ${SEED}${FOLD === null ? '' : ` --fold ${FOLD}`}`,
    '// Check that it rebuilds byte for byte: npm run check:data',
    '// Inputs, SHA-256 (under ../shared/data/):',
    ...inputHashes.map(([rel, h]) => `//   ${h}  ${rel}`),
    '// Code (the same commit): scripts/train-ner.mjs, src/core/text.ts, src/core/entities/words.ts, features.ts, tagger.ts',
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
  ].join('\n'),
);
console.log(
  `kept ${kept.length} of ${rows} features (${nonzero} nonzero weights); wrote ${path.relative(process.cwd(), out)} (${(fs.statSync(out).size / 1024).toFixed(0)} KB)`,
);
