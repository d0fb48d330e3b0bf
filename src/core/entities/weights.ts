/**
 * Loads the tagger model (data/model.ts, written by scripts/train-ner.mjs) once, on first use, in the form it
 * is used in, doing as little as possible (issue 9: the first article pays for it): the lexicon's sorted lists
 * are searched in place (lookup.ts), not turned into Maps; the weights stay sparse 8-bit codes, with a table of
 * the 256 weights a code stands for, and only an open-addressing hash table from feature key to its row (the
 * tags that have a weight, and where their codes start) is built.
 */
import * as M from './data/model';
import { NTAGS, type Lexicon, type Lookup } from './features';
import { SortedLists, SortedTable } from './lookup';
import type { TagScorer } from './tagger';

/** The tagger's model: its lexicon, and its weights as a tagger.ts TagScorer. */
export interface TaggerModel extends TagScorer {
  lex: Lexicon;
}

let cached: TaggerModel | null = null;

function decodeBase64(s: string): Uint8Array {
  if (typeof Buffer !== 'undefined') {
    const b = Buffer.from(s, 'base64');
    // Copy into an aligned buffer of its own.
    const out = new Uint8Array(b.length);
    out.set(b);
    return out;
  }
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/**
 * The model: the lexicon, and the weights: per used slot of the hash table, the feature key, the tags that have a weight (a bit mask,
 * never 0: 0 marks an empty slot) and where the row's codes start; a code (as a byte) stands for value[byte].
 */
class SparseModel implements TaggerModel {
  constructor(
    readonly lex: Lexicon,
    private readonly slotKey: Int32Array,
    private readonly slotTags: Uint16Array,
    private readonly slotStart: Int32Array,
    private readonly mask: number,
    private readonly codes: Uint8Array,
    private readonly value: Float32Array,
  ) {}

  /**
   * Adds the weights of features feats[0..k) to scores, feature by feature (a tag without a weight adds
   * nothing, as the 0 a dense row would hold), so the sums are those of the dense rows the model was trained as.
   */
  addScores(feats: Int32Array, k: number, scores: Float64Array): void {
    const { slotKey, slotTags, slotStart, mask, codes, value } = this;
    for (let f = 0; f < k; f++) {
      const key = feats[f];
      let s = (key ^ (key >>> 16)) & mask;
      let m = slotTags[s];
      while (m !== 0 && slotKey[s] !== key) {
        s = (s + 1) & mask;
        m = slotTags[s];
      }
      if (m === 0) continue;
      let j = slotStart[s];
      for (let t = 0; m !== 0; t++, m >>>= 1) if (m & 1) scores[t] += value[codes[j++]];
    }
  }
}

/** Usual case of words outside the vocabulary: 1 lower, 2 capitalised (UPPER_WORDS wins, as it was read last). */
const otherCase: Lookup = new SortedLists(
  [
    [M.UPPER_WORDS, 2],
    [M.LOWER_WORDS, 1],
  ],
  '\n',
);

export function loadModel(): TaggerModel {
  if (cached) return cached;
  // Words are looked up again and again by mentions.ts; the other tables only through features.ts's cache.
  const words = new SortedTable(M.WORDS, 3, { remember: true });
  const caseClass = new Uint8Array(words.size + 3);
  for (let i = 0; i < M.CASE_CLASS.length; i++) caseClass[i + 3] = M.CASE_CLASS.charCodeAt(i) - 48;
  const lex: Lexicon = {
    words,
    caseClass,
    otherCase,
    shapes: new SortedTable(M.SHAPES, 3),
    suf3: new SortedTable(M.SUF3, 1),
    suf4: new SortedTable(M.SUF4, 1),
    pre3: new SortedTable(M.PRE3, 1),
  };
  const kb = decodeBase64(M.KEYS);
  const keys = new Int32Array(kb.buffer, 0, kb.byteLength >> 2);
  const mb = decodeBase64(M.MASKS);
  const masks = new Uint16Array(mb.buffer, 0, mb.byteLength >> 1);
  const codes = decodeBase64(M.WEIGHTS);
  if (masks.length !== keys.length) throw new Error('entity model: masks and keys disagree');
  // A code c (a signed byte) stands for w = sign * (|c| / 127)^2 * SCALE, rounded to 32 bits as it always was.
  const value = new Float32Array(256);
  for (let b = 0; b < 256; b++) {
    const c = (b < 128 ? b : b - 256) / 127;
    value[b] = (c < 0 ? -c * c : c * c) * M.SCALE;
  }
  let size = 1;
  while (size < keys.length * 3) size <<= 1;
  const slotKey = new Int32Array(size);
  const slotTags = new Uint16Array(size);
  const slotStart = new Int32Array(size);
  const mask = size - 1;
  const allTags = (1 << NTAGS) - 1;
  let j = 0;
  for (let r = 0; r < keys.length; r++) {
    const m = masks[r] & allTags;
    if (m === 0) continue; // a row without weights adds nothing: leave it out
    const key = keys[r];
    let s = (key ^ (key >>> 16)) & mask;
    while (slotTags[s] !== 0) s = (s + 1) & mask;
    slotKey[s] = key;
    slotTags[s] = m;
    slotStart[s] = j;
    for (let t = m; t !== 0; t &= t - 1) j++;
  }
  if (j !== codes.length) throw new Error('entity model: weights and masks disagree');
  cached = new SparseModel(lex, slotKey, slotTags, slotStart, mask, codes, value);
  return cached;
}
