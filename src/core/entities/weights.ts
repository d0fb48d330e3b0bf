/**
 * Loads the tagger model (data/model.ts, written by scripts/train-ner.mjs) once, on first use:
 * the lexicon tables and a key -> row index over a Float32Array of per-tag weights.
 */
import { MODEL } from './data/model';
import { NTAGS, type Lexicon } from './features';

export interface TaggerModel {
  lex: Lexicon;
  index: Map<number, number>;
  /** rows * NTAGS weights, row-major. */
  weights: Float32Array;
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
  if (typeof Buffer !== 'undefined') return new Uint8Array(Buffer.from(s, 'base64'));
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

export function loadModel(): TaggerModel {
  if (cached) return cached;
  const m = JSON.parse(MODEL);
  const words = table(m.words, 3);
  const caseClass = new Uint8Array(words.size + 3);
  for (let i = 0; i < m.caseClass.length; i++) caseClass[i + 3] = m.caseClass.charCodeAt(i) - 48;
  const lex: Lexicon = {
    words, caseClass, shapes: table(m.shapes, 3), suf3: table(m.suf3, 1), suf4: table(m.suf4, 1), pre3: table(m.pre3, 1),
  };
  const bytes = decodeBase64(m.weights);
  const q = new Int16Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >> 1);
  const weights = new Float32Array(q.length);
  for (let i = 0; i < q.length; i++) weights[i] = q[i] * m.scale;
  const index = new Map<number, number>();
  const keys: string[] = m.keys ? m.keys.split(',') : [];
  let k = 0;
  for (let r = 0; r < keys.length; r++) {
    k += parseInt(keys[r], 36);
    index.set(k, r);
  }
  if (weights.length !== keys.length * NTAGS) throw new Error('entity model: weights and keys disagree');
  cached = { lex, index, weights };
  return cached;
}
