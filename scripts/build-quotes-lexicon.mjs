#!/usr/bin/env node
// Mines the cue lexicon for src/core/quotes from PolNeAR train (statistics only, no text is copied):
// for every lower-cased word, how often it occurs in the articles and how often it is the head word of an
// attribution cue. Writes src/core/quotes/data/cues.json: { word: [asCue, total] } for words that are cues
// at least MIN_CUE times; cue-phrases.json: { "verb particle": count } for verb + particle cues seen at least
// MIN_PHRASE times; and cues.meta.json: how both were made (the command, the SHA-256 of each input file, the
// settings). JSON holds no comments, so the provenance is that sibling file and the two lexicons stay plain
// word tables for src/core/quotes/lexicon.ts.
//
// The output is a pure function of the inputs (the PolNeAR train files and this script), so
// `npm run check:data` (scripts/check-data.mjs) can rebuild it and require the same bytes.
//
//   node scripts/build-quotes-lexicon.mjs [--out DIR]
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const shared = process.env.NEWS_LENS_SHARED || path.join(root, '..', 'shared');
const args = process.argv.slice(2);
const outArg = args.indexOf('--out');
const OUT_DIR = path.resolve(outArg >= 0 ? args[outArg + 1] : path.join(root, 'src/core/quotes/data'));
/** The input files, relative to ../shared/data/. */
const INPUTS = ['polnear/train.jsonl', 'polnear/train.extra.jsonl'];
const bytes = INPUTS.map((rel) => fs.readFileSync(path.join(shared, 'data', rel)));
const read = (b) =>
  b
    .toString('utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
const gold = read(bytes[0]);
const extra = read(bytes[1]);
const MIN_CUE = 4;
const MIN_PHRASE = 2;
const WORD = /\p{L}+(?:['’]\p{L}+)*/gu;

const AUX = new Set([
  'has',
  'have',
  'had',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'also',
  'will',
  'would',
  'could',
  'may',
  'might',
  'not',
  'later',
  'then',
  'previously',
  'repeatedly',
  'often',
  'once',
  'publicly',
  'reportedly',
]);
const total = new Map();
const asCue = new Map();
const inc = (m, k) => m.set(k, (m.get(k) || 0) + 1);
gold.forEach((doc, i) => {
  for (const m of doc.text.matchAll(WORD)) inc(total, m[0].toLowerCase());
  const seen = new Set();
  for (const q of extra[i].quotes) {
    if (q.cueStart == null || seen.has(q.attribution)) continue;
    seen.add(q.attribution);
    // The head of a cue is its first verb-like word ("said", "told reporters", "has said" -> "said").
    const words = [...q.cue.matchAll(WORD)].map((m) => m[0].toLowerCase());
    const head = words.find((w) => !AUX.has(w)) || words[0];
    if (head) inc(asCue, head);
  }
});
const out = {};
for (const [w, c] of [...asCue].sort((a, b) => b[1] - a[1])) if (c >= MIN_CUE) out[w] = [c, total.get(w) || c];
// Verb + particle cues ("called for", "complained about", "pointed out"): the particle each verb takes.
const PARTICLES = new Set(['about', 'of', 'for', 'on', 'in', 'to', 'out', 'against', 'over', 'with', 'at', 'up']);
const phrases = new Map();
gold.forEach((doc, i) => {
  const seen = new Set();
  for (const q of extra[i].quotes) {
    if (q.cueStart == null || seen.has(q.attribution)) continue;
    seen.add(q.attribution);
    const words = [...q.cue.matchAll(WORD)].map((m) => m[0].toLowerCase()).filter((w) => !AUX.has(w));
    if (words.length >= 2 && PARTICLES.has(words[words.length - 1]))
      inc(phrases, `${words[words.length - 2]} ${words[words.length - 1]}`);
  }
});
const outPhrases = {};
for (const [p, c] of [...phrases].sort((a, b) => b[1] - a[1])) if (c >= MIN_PHRASE) outPhrases[p] = c;
fs.mkdirSync(OUT_DIR, { recursive: true });
fs.writeFileSync(
  path.join(OUT_DIR, 'cue-phrases.json'),
  JSON.stringify(outPhrases, null, 0).replace(/,"/g, ',\n"') + '\n',
);
console.log(`${Object.keys(outPhrases).length} verb + particle cues`);
fs.writeFileSync(path.join(OUT_DIR, 'cues.json'), JSON.stringify(out, null, 0).replace(/\],/g, '],\n') + '\n');
console.log(`${Object.keys(out).length} cue words`);
const meta = {
  generated:
    'cues.json and cue-phrases.json: cue statistics from PolNeAR train (word counts only, no text). Do not edit.',
  command: 'node scripts/build-quotes-lexicon.mjs',
  check: 'npm run check:data',
  code: ['scripts/build-quotes-lexicon.mjs'],
  settings: { minCue: MIN_CUE, minPhrase: MIN_PHRASE },
  inputs: Object.fromEntries(
    INPUTS.map((rel, i) => [
      `../shared/data/${rel}`,
      `sha256:${crypto.createHash('sha256').update(bytes[i]).digest('hex')}`,
    ]),
  ),
};
fs.writeFileSync(path.join(OUT_DIR, 'cues.meta.json'), JSON.stringify(meta, null, 2) + '\n');
