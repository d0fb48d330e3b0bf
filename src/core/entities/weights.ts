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

export function decodeBase64(s: string): Uint8Array {
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

/** Bits of a slot's second word that hold the row's tags, one per tag. */
const TAG_BITS = NTAGS;
const TAG_MASK = (1 << TAG_BITS) - 1;

/**
 * The model: the lexicon, and the weights in an open-addressing hash table of two Int32 per slot (side by side,
 * so one probe reads one cache line): the feature key, then where the row's codes start << TAG_BITS | the tags
 * that have a weight (a bit mask, never 0: 0 marks an empty slot); a code (as a byte) stands for value[byte].
 */
class SparseModel implements TaggerModel {
  constructor(
    readonly lex: Lexicon,
    private readonly table: Int32Array,
    private readonly mask: number,
    private readonly codes: Uint8Array,
    private readonly value: Float32Array,
  ) {}

  /**
   * Adds the weights of features feats[0..k) to scores, feature by feature (a tag without a weight adds
   * nothing, as the 0 a dense row would hold), so the sums are those of the dense rows the model was trained as.
   */
  addScores(feats: Int32Array, k: number, scores: Float64Array): void {
    const { table, mask, codes, value } = this;
    for (let f = 0; f < k; f++) {
      const key = feats[f];
      let s = ((key ^ (key >>> 16)) & mask) << 1;
      let row = table[s + 1];
      while (row !== 0 && table[s] !== key) {
        s = (s + 2) & ((mask << 1) | 1);
        row = table[s + 1];
      }
      if (row === 0) continue;
      let j = row >>> TAG_BITS;
      for (let t = 0, m = row & TAG_MASK; m !== 0; t++, m >>>= 1) if (m & 1) scores[t] += value[codes[j++]];
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
  if (codes.length > 0x7fffffff >>> TAG_BITS) throw new Error('entity model: too many weights for the hash table');
  // A code c (a signed byte) stands for w = sign * (|c| / 127)^2 * SCALE, rounded to 32 bits as it always was.
  const value = new Float32Array(256);
  for (let b = 0; b < 256; b++) {
    const c = (b < 128 ? b : b - 256) / 127;
    value[b] = (c < 0 ? -c * c : c * c) * M.SCALE;
  }
  let size = 1;
  while (size < keys.length * 3) size <<= 1;
  const table = new Int32Array(size * 2);
  const mask = size - 1;
  const wrap = (mask << 1) | 1;
  // Set bits of a tag mask, by mask.
  const bits = new Uint8Array(1 << TAG_BITS);
  for (let m = 1; m < bits.length; m++) bits[m] = bits[m >> 1] + (m & 1);
  let j = 0;
  for (let r = 0; r < keys.length; r++) {
    const m = masks[r] & TAG_MASK;
    if (m === 0) continue; // a row without weights adds nothing: leave it out
    const key = keys[r];
    let s = ((key ^ (key >>> 16)) & mask) << 1;
    while (table[s + 1] !== 0) s = (s + 2) & wrap;
    table[s] = key;
    table[s + 1] = (j << TAG_BITS) | m;
    j += bits[m];
  }
  if (j !== codes.length) throw new Error('entity model: weights and masks disagree');
  cached = new SparseModel(lex, table, mask, codes, value);
  return cached;
}
