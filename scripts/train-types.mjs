#!/usr/bin/env node
// Trains the whole-entity type model and the mention type model; writes src/core/entities/data/type-model.ts and
// mention-type-model.ts.
//
//   node scripts/train-types.mjs [--folds 5] [--epochs 10] [--min 2] [--margin M] [--seed 12345] [--out DIR]
//
// The second stage of the entity recognizer (src/core/entities/typing.ts) learns what an entity of each type looks
// like from everything around all its mentions. To learn from the mistakes the tagger makes on text it never saw,
// CoNLL-2003 train is cut into folds (every K-th document); each fold is tagged by a tagger trained on the other
// folds (scripts/train-ner.mjs --fold I/K), through the recognizer's own steps up to the entities
// (entityClusters in src/core/entities/index.ts). Each entity one of whose mentions is a gold name becomes a
// training instance: its features (entityFeatures in typing.ts) and the gold type most of its matched mentions
// have. A multiclass averaged perceptron learns from them; features seen in fewer than --min entities are left out.
//
// MARGIN (how far another type must beat an entity's own type before it changes) is chosen by the same
// cross-validation: a model trained on the other folds' instances types each fold's entities; of the margins that
// keep 85% of the best gain in gold mentions typed right over all folds, the largest (--margin gives it). As at
// run time, no entity is made a person there and settled entities (typing.ts) keep their type. A change from one
// type to another that did not pay there at that margin (fewer than MIN_GAIN gold mentions) is never made (BLOCKED).
//
// The mention model (src/core/entities/mentionTypes.ts) learns from the same folds, per mention of an organization
// or a place whose gold type is one of the two, whether this mention is the place or the organization ("KANSAS CITY
// AT DETROIT" in a schedule: the place; "DETROIT 48 86 .358" in the standings above it: the team); its margin is
// chosen the same way (see the end of this file).
//
// The output is a pure function of the inputs (the train file, its SHA-256 in the header) and the code; nothing in
// it depends on time, paths or the machine, so `npm run check:data` can rebuild it byte for byte. No text is stored:
// only 32-bit hashes of features (words around names) and weights.
import { execFile } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { bundleSource } from './bundle-source.mjs';
import { opt, readJsonl, root, shared } from './script-args.mjs';

const execFileAsync = promisify(execFile);
const DEFAULTS = { folds: '5', epochs: '10', min: '2', seed: '12345' };
const FOLDS = Number(opt('--folds', DEFAULTS.folds));
const EPOCHS = Number(opt('--epochs', DEFAULTS.epochs));
const MIN = Number(opt('--min', DEFAULTS.min));
const SEED = Number(opt('--seed', DEFAULTS.seed));
const GIVEN_MARGIN = opt('--margin', null);
const OUT_DIR = path.resolve(opt('--out', path.join(root, 'src', 'core', 'entities', 'data')));
if (
  ![FOLDS, EPOCHS, MIN, SEED].every(Number.isFinite) ||
  FOLDS < 2 ||
  EPOCHS < 1 ||
  (GIVEN_MARGIN !== null && !(Number(GIVEN_MARGIN) >= 0))
) {
  console.error(
    'usage: node scripts/train-types.mjs [--folds K] [--epochs N] [--min C] [--margin M] [--seed S] [--out DIR]',
  );
  process.exit(2);
}
const TRAIN = path.join(shared, 'data', 'conll2003', 'train.jsonl');
const trainHash = crypto.createHash('sha256').update(fs.readFileSync(TRAIN)).digest('hex');
const docs = readJsonl(TRAIN);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-types-'));
const TYPES = ['PERSON', 'ORG', 'LOC', 'MISC'];
/** Most an entity's update counts (its gold mentions, at most this): chosen by the cross-validation below (1, 3, 5, 10, all). */
const MAX_UPDATE = 5;
/** Perceptrons trained in different orders whose weights are averaged (one is noisy: the margin's choice and the
 * dev figures moved with each retrain). */
const BAGS = 5;
/** Per fold, the instances of its documents: { features: number[] (keys), gold, own (type indices), votes, settled }. */
const byFold = [];
/** Per fold, the mentions of its organizations and places whose gold type is one of the two: { features, gold (1 a
 * place, 0 an organization), own (the entity's type, likewise), votes (one-hot gold), settled }. */
const mentionByFold = [];
try {
  // The fold taggers, two at a time.
  const trainFold = async (i) => {
    const out = path.join(tmp, `fold${i}`);
    const script = path.join(root, 'scripts', 'train-ner.mjs');
    await execFileAsync(process.execPath, [script, '--fold', `${i}/${FOLDS}`, '--out', out]);
    return out;
  };
  const dirs = [];
  for (let i = 0; i < FOLDS; i += 2) {
    const batch = [trainFold(i)];
    if (i + 1 < FOLDS) batch.push(trainFold(i + 1));
    dirs.push(...(await Promise.all(batch)));
  }
  for (let i = 0; i < FOLDS; i++) {
    const bundle = path.join(tmp, `fold${i}.cjs`);
    const foldModel = path.join(dirs[i], 'model.ts');
    await bundleSource(
      root,
      [
        "export { tokenize, splitSentences } from './src/core/text';",
        "export { toWords } from './src/core/entities/words';",
        "export { entityClusters } from './src/core/entities/index';",
        "export { entityFeatures, settled, tableLines } from './src/core/entities/typing';",
        "export { entityPart, mentionFeatures } from './src/core/entities/mentionTypes';",
        "export { loadModel } from './src/core/entities/weights';",
      ].join('\n'),
      bundle,
      [
        {
          name: 'fold-model',
          setup(b) {
            // The tagger's model as weights.ts imports it, and nothing else.
            b.onResolve({ filter: /^\.\/data\/model$/ }, (a) =>
              a.importer.endsWith(path.join('entities', 'weights.ts')) ? { path: foldModel } : undefined,
            );
          },
        },
      ],
    );
    const F = (await import(bundle)).default;
    const model = F.loadModel();
    const instances = [];
    const mentionInstances = [];
    docs.forEach((doc, d) => {
      if (d % FOLDS !== i) return;
      const tokens = F.tokenize(doc.text);
      const sentences = F.splitSentences(tokens);
      const words = F.toWords(tokens, new Set(sentences.map((s) => s.first)));
      const { clusters } = F.entityClusters(words, [], model);
      const gold = new Map(doc.entities.map((e) => [`${e.start}:${e.end}`, TYPES.indexOf(e.type)]));
      const lines = F.tableLines(words);
      for (const c of clusters) {
        const votes = [0, 0, 0, 0];
        for (const m of c.mentions) {
          const t = gold.get(`${words[m.first].start}:${words[m.last - 1].end}`);
          if (t !== undefined && t >= 0) votes[t]++;
        }
        const weight = votes.reduce((a, b) => a + b, 0);
        if (weight === 0) continue;
        let g = 0;
        for (let t = 1; t < 4; t++) if (votes[t] > votes[g]) g = t;
        // An entity run time never retypes (typing.ts settled(); a person with a role is not known here).
        const isSettled = F.settled(words, c);
        instances.push({
          features: [...F.entityFeatures(words, c, lines)],
          gold: g,
          own: TYPES.indexOf(c.type),
          votes,
          settled: isSettled,
        });
        if (c.type !== 'ORG' && c.type !== 'LOC') continue;
        const shared = F.entityPart(c);
        for (const m of c.mentions) {
          const t = gold.get(`${words[m.first].start}:${words[m.last - 1].end}`);
          if (t !== 1 && t !== 2) continue;
          mentionInstances.push({
            features: F.mentionFeatures(words, c, m, lines, shared),
            gold: t === 2 ? 1 : 0,
            own: c.type === 'LOC' ? 1 : 0,
            votes: t === 2 ? [0, 1] : [1, 0],
            settled: isSettled,
          });
        }
      }
    });
    byFold.push(instances);
    mentionByFold.push(mentionInstances);
    console.log(`fold ${i}: ${instances.length} entities`);
  }
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}

/**
 * Trains on the instances (K classes: gold and votes index them); returns { names: feature keys, ids: key -> row, A:
 * averaged weights (row * K + class) }.
 */
function trainPerceptron(instances, K = 4) {
  const df = new Map();
  for (const x of instances) for (const f of x.features) df.set(f, (df.get(f) || 0) + 1);
  const names = [...df]
    .filter(([, c]) => c >= MIN)
    .map(([f]) => f)
    .sort((a, b) => a - b);
  const ids = new Map(names.map((f, i) => [f, i]));
  const rows = instances.map((x) => x.features.map((f) => ids.get(f)).filter((r) => r !== undefined));
  const W = new Float64Array(names.length * K);
  const U = new Float64Array(names.length * K);
  const T = new Float64Array(names.length * K);
  let clock = 1;
  let seed = SEED;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x80000000;
  };
  const update = (j, delta) => {
    U[j] += (clock - T[j]) * W[j];
    T[j] = clock;
    W[j] += delta;
  };
  const A = new Float64Array(W.length);
  for (let b = 0; b < BAGS; b++) {
    // Each bag: the same data in another order, from zero weights; the bags' averaged weights are averaged.
    W.fill(0);
    U.fill(0);
    T.fill(0);
    clock = 1;
    seed = SEED + b;
    trainOnce();
    for (let j = 0; j < W.length; j++) A[j] += (U[j] + (clock - T[j]) * W[j]) / clock / BAGS;
  }
  return { names, ids, A };

  function trainOnce() {
    const order = instances.map((_, i) => i);
    for (let e = 0; e < EPOCHS; e++) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(rand() * (i + 1));
        [order[i], order[j]] = [order[j], order[i]];
      }
      for (const k of order) {
        const r = rows[k];
        const s = new Array(K).fill(0);
        for (const id of r) for (let t = 0; t < K; t++) s[t] += W[id * K + t];
        let best = 0;
        for (let t = 1; t < K; t++) if (s[t] > s[best]) best = t;
        const g = instances[k].gold;
        if (best !== g) {
          // Weighted by the gold mentions at stake, up to MAX_UPDATE: an entity named often counts more, not without end.
          const w = Math.min(
            instances[k].votes.reduce((a, b) => a + b, 0),
            MAX_UPDATE,
          );
          for (const id of r) {
            update(id * K + g, w);
            update(id * K + best, -w);
          }
        }
        clock++;
      }
    }
  }
}

function scores(m, features, K = 4) {
  const s = new Array(K).fill(0);
  for (const f of features) {
    const id = m.ids.get(f);
    if (id === undefined) continue;
    for (let t = 0; t < K; t++) s[t] += m.A[id * K + t];
  }
  return s;
}

// Margin by cross-validation over the instances: gold mentions typed right, per candidate margin.
/** Share of the best cross-validated gain the chosen margin must keep. */
const KEEP_GAIN = 0.85;
const CANDIDATES = [0, 0.25, 0.5, 1, 1.5, 2, 3, 4, 6, 8, 12, 16, 24, 32, Infinity];
// gain.get(c)[from * 4 + to]: gold mentions typed right minus those typed wrong by changing `from` into `to` at
// margin c, over all folds. Never into PERSON, as at run time.
const gain = new Map(CANDIDATES.map((c) => [c, new Array(16).fill(0)]));
// The same, counted apart: gold mentions a change made right, and made wrong.
const madeRight = new Map(CANDIDATES.map((c) => [c, new Array(16).fill(0)]));
const madeWrong = new Map(CANDIDATES.map((c) => [c, new Array(16).fill(0)]));
for (let i = 0; i < FOLDS; i++) {
  const m = trainPerceptron(byFold.filter((_, j) => j !== i).flat());
  for (const x of byFold[i]) {
    if (x.settled) continue;
    const s = scores(m, x.features);
    let best = x.own;
    for (let t = 1; t < 4; t++) if (s[t] > s[best]) best = t;
    if (best === x.own) continue;
    for (const c of CANDIDATES)
      if (s[best] - s[x.own] >= c) {
        const k = x.own * 4 + best;
        gain.get(c)[k] += x.votes[best] - x.votes[x.own];
        madeRight.get(c)[k] += x.votes[best];
        madeWrong.get(c)[k] += x.votes[x.own];
      }
  }
}
const total = (c) => gain.get(c).reduce((a, b) => a + b, 0);
for (const c of CANDIDATES)
  console.log(`margin ${c}: ${total(c) >= 0 ? '+' : ''}${total(c)} gold mentions typed right`);
let margin;
if (GIVEN_MARGIN !== null) margin = Number(GIVEN_MARGIN);
else {
  // The largest margin that keeps KEEP_GAIN of the best gain: the curve is flat near its top, and a model learned
  // from 1996 news should change today's news as little as it can for what it gains.
  const best = Math.max(...CANDIDATES.map(total));
  margin = CANDIDATES.filter((c) => total(c) >= KEEP_GAIN * best).reduce((a, c) => Math.max(a, c), 0);
}
// A change of type that did not clearly pay at that margin is never made (BLOCKED): one that gained fewer than
// MIN_GAIN gold mentions (of about 21,000), a gain one training run's noise can make or undo (ORG -> MISC came out at
// -2 and at +4 on nearly the same data, and at +4 turned "NAACP" and "Toronto Dance Theatre" into MISC on dev news).
const MIN_GAIN = 5;
const blocked = [];
const at = CANDIDATES.find((c) => c >= margin) ?? Infinity;
for (let from = 0; from < 4; from++)
  for (let to = 1; to < 4; to++) {
    if (from === to) continue;
    const k = from * 4 + to;
    const g = gain.get(at)[k];
    const [right, wrong] = [madeRight.get(at)[k], madeWrong.get(at)[k]];
    const sign = g >= 0 ? '+' : '';
    console.log(
      `  ${TYPES[from]} -> ${TYPES[to]}: ${sign}${g} (${right} right, ${wrong} wrong)${g < MIN_GAIN ? ' (blocked)' : ''}`,
    );
    if (g < MIN_GAIN) blocked.push(`${TYPES[from]}>${TYPES[to]}`);
  }
if (!Number.isFinite(margin)) margin = 1e9;

const final = trainPerceptron(byFold.flat());
const entityModel = quantize(final.names, (i) => [0, 1, 2, 3].map((t) => final.A[i * 4 + t]));
const marginArg = GIVEN_MARGIN === null ? '' : ` --margin ${GIVEN_MARGIN}`;
const out = writeModel('type-model.ts', 'entities', entityModel, [
  `/** Per key, the weights of PERSON, ORG, LOC, MISC (Int8 codes w = c / 127 * SCALE, base64). */`,
  `/** How far another type's score must beat an entity's own before it changes (chosen by cross-validation). */`,
  `export const MARGIN = ${margin};`,
  `/** Changes of type (FROM>TO) that did not pay in the cross-validation at MARGIN: never made. */`,
  `export const BLOCKED = ${JSON.stringify(blocked.join(' '))};`,
]);
console.log(
  `kept ${entityModel.kept.length} of ${final.names.length} features, margin ${margin}; wrote ${path.relative(process.cwd(), out)} (${(fs.statSync(out).size / 1024).toFixed(0)} KB)`,
);

/**
 * The features whose weights (`weightsOf(i)`, one per class) do not all round to a zero code, with their codes:
 * round(w / largest |w| * 127).
 */
function quantize(names, weightsOf) {
  let scale = 0;
  names.forEach((_, i) => {
    for (const w of weightsOf(i)) scale = Math.max(scale, Math.abs(w));
  });
  const kept = [];
  const codes = [];
  names.forEach((f, i) => {
    const c = weightsOf(i).map((w) => Math.round((w / scale) * 127));
    if (c.every((x) => x === 0)) return;
    kept.push(f);
    codes.push(...c);
  });
  return { kept, codes, scale };
}

/**
 * Writes src/core/entities/data/`file`: the header, the keys, the codes (`lines[0]` documents them), SCALE, then
 * the rest of `lines`. Returns its path.
 */
function writeModel(file, of, { kept, codes, scale }, [weightsDoc, ...rest]) {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const outFile = path.join(OUT_DIR, file);
  const base64 = (a) => JSON.stringify(Buffer.from(a.buffer).toString('base64'));
  fs.writeFileSync(
    outFile,
    [
      `// Generated from CoNLL-2003 train (features of ${of} and weights only; no text). Do not edit.`,
      `// Command: node scripts/train-types.mjs --folds ${FOLDS} --epochs ${EPOCHS} --min ${MIN} --seed ${SEED}${marginArg}`,
      '// Check that it rebuilds byte for byte: npm run check:data',
      '// Input, SHA-256 (under ../shared/data/):',
      `//   ${trainHash}  conll2003/train.jsonl`,
      '// Code (the same commit): scripts/train-types.mjs, scripts/train-ner.mjs and the recognizer up to entityClusters',
      `/** Feature keys (featureKey in typing.ts: FNV-1a of the feature written out), sorted (Int32, little-endian, base64). */`,
      `export const KEYS = ${base64(Int32Array.from(kept))};`,
      weightsDoc,
      `export const WEIGHTS = ${base64(Int8Array.from(codes))};`,
      `/** Largest absolute weight. */`,
      `export const SCALE = ${scale};`,
      ...rest,
      '',
    ].join('\n'),
  );
  return outFile;
}

// The mention model (src/core/entities/mentionTypes.ts): is this mention of an organization or a place the other of
// the two? The perceptron above with two classes (organization, place), stored as each feature's lean toward a place
// (its place weight minus its organization weight); the margin by the same cross-validation: gold mentions typed
// right minus those made wrong by splitting off the mentions that lean to the other type by at least the margin.
/** A mention's lean toward a place under model m: the place's score minus the organization's. */
const placeLean = (m, features) => {
  const s = scores(m, features, 2);
  return s[1] - s[0];
};
const M_CANDIDATES = [0, 0.5, 1, 2, 3, 4, 6, 8, 12, 16, 24, 32, Infinity];
const mGain = new Map(M_CANDIDATES.map((c) => [c, 0]));
for (let i = 0; i < FOLDS; i++) {
  const m = trainPerceptron(mentionByFold.filter((_, j) => j !== i).flat(), 2);
  for (const x of mentionByFold[i]) {
    if (x.settled) continue;
    const s = placeLean(m, x.features) * (x.own === 1 ? -1 : 1); // how far it leans away from its entity's type
    for (const c of M_CANDIDATES) if (s > 0 && s >= c) mGain.set(c, mGain.get(c) + (x.gold === x.own ? -1 : 1));
  }
}
for (const c of M_CANDIDATES) console.log(`mention margin ${c}: ${mGain.get(c) >= 0 ? '+' : ''}${mGain.get(c)}`);
const mBest = Math.max(...M_CANDIDATES.map((c) => mGain.get(c)));
// As for the entity model: the largest margin keeping KEEP_GAIN of the best gain; none (1e9) when nothing gains.
let mMargin = M_CANDIDATES.filter((c) => mGain.get(c) >= KEEP_GAIN * mBest).reduce((a, c) => Math.max(a, c), 0);
if (!(mBest > 0) || !Number.isFinite(mMargin)) mMargin = 1e9;
const mFinal = trainPerceptron(mentionByFold.flat(), 2);
const mentionModel = quantize(mFinal.names, (i) => [mFinal.A[i * 2 + 1] - mFinal.A[i * 2]]);
writeModel('mention-type-model.ts', 'mentions', mentionModel, [
  `/** Per key, its weight toward a place (Int8 codes w = c / 127 * SCALE, base64; negative: an organization). */`,
  `/** How far a mention's score must lean to the other type before it is split off (chosen by cross-validation). */`,
  `export const MARGIN = ${mMargin};`,
]);
console.log(`mention model: kept ${mentionModel.kept.length} of ${mFinal.names.length} features, margin ${mMargin}`);
