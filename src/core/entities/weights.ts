/**
 * Loads the tagger model (data/model.ts, written by scripts/train-ner.mjs) once, on first use: the lexicon
 * tables, and an open-addressing hash table from 32-bit feature key to a row of per-tag weights.
 */
import * as M from './data/model';
import { NTAGS, type Lexicon } from './features';

export interface TaggerModel {
  lex: Lexicon;
  /** Slot -> feature key; a slot is used when rowOf[slot] >= 0. */
  slotKey: Int32Array;
  rowOf: Int32Array;
  mask: number;
  /** rows * NTAGS weights, row-major. */
  weights: Float32Array;
  /** Row of weights for a feature key, or -1 (`rowFor` on this model; makes the model a tagger.ts TagScorer). */
  row(key: number): number;
}

let cached: TaggerModel | null = null;

function table(list: string, first: number): Map<string, number> {
  const m = new Map<string, number>();
  if (!list) return m;
  const items = list.split('\n');
  for (let i = 0; i < items.length; i++) m.set(items[i], i + first);
  return m;
}

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

/** Row of weights for a feature key, or -1. */
export function rowFor(model: Pick<TaggerModel, 'slotKey' | 'rowOf' | 'mask'>, key: number): number {
  const { slotKey, rowOf, mask } = model;
  let s = (key ^ (key >>> 16)) & mask;
  for (;;) {
    const r = rowOf[s];
    if (r < 0) return -1;
    if (slotKey[s] === key) return r;
    s = (s + 1) & mask;
  }
}

export function loadModel(): TaggerModel {
  if (cached) return cached;
  const words = table(M.WORDS, 3);
  const caseClass = new Uint8Array(words.size + 3);
  for (let i = 0; i < M.CASE_CLASS.length; i++) caseClass[i + 3] = M.CASE_CLASS.charCodeAt(i) - 48;
  const otherCase = new Map<string, number>();
  for (const w of M.LOWER_WORDS.split('\n')) if (w) otherCase.set(w, 1);
  for (const w of M.UPPER_WORDS.split('\n')) if (w) otherCase.set(w, 2);
  const lex: Lexicon = {
    words,
    caseClass,
    otherCase,
    shapes: table(M.SHAPES, 3),
    suf3: table(M.SUF3, 1),
    suf4: table(M.SUF4, 1),
    pre3: table(M.PRE3, 1),
  };
  const kb = decodeBase64(M.KEYS);
  const keys = new Int32Array(kb.buffer, 0, kb.byteLength >> 2);
  const mb = decodeBase64(M.MASKS);
  const masks = new Uint16Array(mb.buffer, 0, mb.byteLength >> 1);
  const wb = decodeBase64(M.WEIGHTS);
  const q = new Int8Array(wb.buffer, 0, wb.byteLength);
  if (masks.length !== keys.length) throw new Error('entity model: masks and keys disagree');
  const weights = new Float32Array(keys.length * NTAGS);
  // Sparse rows: the mask says which tags have a weight. Codes map to w = sign * (|c| / 127)^2 * scale.
  let j = 0;
  for (let r = 0; r < keys.length; r++) {
    const m = masks[r];
    for (let t = 0; t < NTAGS; t++) {
      if (!(m & (1 << t))) continue;
      const c = q[j++] / 127;
      weights[r * NTAGS + t] = (c < 0 ? -c * c : c * c) * M.SCALE;
    }
  }
  if (j !== q.length) throw new Error('entity model: weights and masks disagree');
  let size = 1;
  while (size < keys.length * 3) size <<= 1;
  const slotKey = new Int32Array(size);
  const rowOf = new Int32Array(size).fill(-1);
  const mask = size - 1;
  for (let r = 0; r < keys.length; r++) {
    const key = keys[r];
    let s = (key ^ (key >>> 16)) & mask;
    while (rowOf[s] >= 0) s = (s + 1) & mask;
    slotKey[s] = key;
    rowOf[s] = r;
  }
  const model: TaggerModel = { lex, slotKey, rowOf, mask, weights, row: (key) => rowFor(model, key) };
  cached = model;
  return model;
}
