/**
 * Feature extraction for the entity tagger, shared by the runtime (tagger.ts) and the training script
 * (scripts/train-ner.mjs), so both see exactly the same features.
 *
 * Every attribute value is an integer id from a lexicon (0 = unknown), and every feature is a 32-bit hash of
 * its template and value(s) (feature hashing: a rare collision only merges two features). Attributes are
 * computed once per distinct word form and cached.
 */
import { hasUpper, type Word } from './words';

export const TAGS = ['O', 'B-PERSON', 'I-PERSON', 'B-ORG', 'I-ORG', 'B-LOC', 'I-LOC', 'B-MISC', 'I-MISC'] as const;
export const NTAGS = TAGS.length;
export const TYPES = ['PERSON', 'ORG', 'LOC', 'MISC'] as const;

/** A string-to-id table: a Map when training, a sorted list searched in place at run time (lookup.ts). */
export interface Lookup {
  get(key: string): number | undefined;
}

/** The string-to-id tables the features use. */
export interface Lexicon {
  words: Lookup;
  /** Per word id: 1 usually lower case in running text, 2 usually capitalised, 3 either. */
  caseClass: Uint8Array;
  /** Usual case (1 lower, 2 capitalised) of words outside `words`, from more running text. */
  otherCase: Lookup;
  shapes: Lookup;
  suf3: Lookup;
  suf4: Lookup;
  pre3: Lookup;
}

/** Integer attributes of each word, one typed array per attribute. */
export interface WordIds {
  n: number;
  w: Int32Array;
  sh: Int32Array;
  s3: Int32Array;
  s4: Int32Array;
  p3: Int32Array;
  /** caseClass of the word (0 unknown) * 4 + capsLine * 2 + sentStart. */
  ctx: Int32Array;
  /** 1 when the word may begin or continue a name on its own (has an upper-case letter or a digit). */
  cap: Uint8Array;
}

/** Short word shape: X upper, x lower, d digit, other characters kept; runs collapsed; at most 6 symbols. */
export function shapeOf(s: string): string {
  let out = '';
  let prev = '';
  for (let i = 0; i < s.length && out.length < 6; i++) {
    const ch = s[i];
    const c = s.charCodeAt(i);
    let k: string;
    if (c >= 48 && c <= 57) k = 'd';
    else if (c >= 65 && c <= 90) k = 'X';
    else if (c >= 97 && c <= 122) k = 'x';
    else if (ch !== ch.toLowerCase()) k = 'X';
    else if (ch !== ch.toUpperCase()) k = 'x';
    else k = ch;
    if (k !== prev) out += k;
    prev = k;
  }
  return out;
}

/** Curly quotes as straight ones (the training text has straight quotes only). */
export function straight(s: string): string {
  if (!CURLY.test(s)) return s;
  return s.replace(/[’‘]/g, "'").replace(/[“”]/g, '"');
}
const CURLY = /[’‘“”]/;

export function lowerOf(s: string): string {
  return straight(s).toLowerCase();
}

function hasDigit(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/** Shape of a word; headline words (all caps or title case) get the shape of their upper-case form. */
export function wordShape(word: Word): string {
  const t = straight(word.text);
  return shapeOf(word.capsLine ? t.toUpperCase() : t);
}

interface Attrs {
  w: number;
  sh: number;
  s3: number;
  s4: number;
  p3: number;
  cc: number;
  cap: number;
}

/** Attributes per word form (headline forms apart), shared across calls; cleared when it grows large. */
const cache = new Map<string, Attrs>();
const capsCache = new Map<string, Attrs>();
let cacheLex: Lexicon | null = null;
const CACHE_MAX = 200000;

function attrsOf(word: Word, lex: Lexicon): Attrs {
  const text = word.text;
  const c = word.capsLine ? capsCache : cache;
  let a = c.get(text);
  if (a !== undefined) return a;
  const lower = lowerOf(text);
  const w = lex.words.get(lower) ?? 0;
  const len = lower.length;
  a = {
    w,
    sh: lex.shapes.get(wordShape(word)) ?? 0,
    s3: len > 3 ? (lex.suf3.get(lower.slice(len - 3)) ?? 0) : 0,
    s4: len > 4 ? (lex.suf4.get(lower.slice(len - 4)) ?? 0) : 0,
    p3: len > 3 ? (lex.pre3.get(lower.slice(0, 3)) ?? 0) : 0,
    cc: w ? lex.caseClass[w] : (lex.otherCase.get(lower) ?? 0),
    cap: hasUpper(text) || hasDigit(text) ? 1 : 0,
  };
  if (c.size >= CACHE_MAX) c.clear();
  c.set(text, a);
  return a;
}

/** Computes the integer attributes of every word. */
export function wordIds(words: Word[], lex: Lexicon): WordIds {
  if (cacheLex !== lex) {
    cache.clear();
    capsCache.clear();
    cacheLex = lex;
  }
  const n = words.length;
  const ids: WordIds = {
    n,
    w: new Int32Array(n),
    sh: new Int32Array(n),
    s3: new Int32Array(n),
    s4: new Int32Array(n),
    p3: new Int32Array(n),
    ctx: new Int32Array(n),
    cap: new Uint8Array(n),
  };
  for (let i = 0; i < n; i++) {
    const word = words[i];
    const a = attrsOf(word, lex);
    ids.w[i] = a.w;
    ids.sh[i] = a.sh;
    ids.s3[i] = a.s3;
    ids.s4[i] = a.s4;
    ids.p3[i] = a.p3;
    ids.ctx[i] = a.cc * 4 + (word.capsLine ? 2 : 0) + (word.sentStart ? 1 : 0);
    ids.cap[i] = a.cap;
  }
  return ids;
}

/** Feature key: a 32-bit hash of (value, template) or (value a, value b, template). */
function key(v: number, t: number): number {
  let h = Math.imul(v + 1, 0x9e3779b1) ^ Math.imul(t + 0x51, 0xc2b2ae35);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return (h ^ (h >>> 12)) | 0;
}
function key2(a: number, b: number, t: number): number {
  let h = Math.imul(a + 1, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca6b) ^ Math.imul(t + 0x51, 0xc2b2ae35);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return (h ^ (h >>> 12)) | 0;
}

/** Writes the features of word i that do not depend on earlier tags into `out`; returns how many. */
export function staticFeatures(ids: WordIds, i: number, out: Int32Array): number {
  const n = ids.n;
  const { w, sh } = ids;
  const wm1 = i > 0 ? w[i - 1] : 1;
  const wm2 = i > 1 ? w[i - 2] : 1;
  const wp1 = i + 1 < n ? w[i + 1] : 2;
  const wp2 = i + 2 < n ? w[i + 2] : 2;
  const shm1 = i > 0 ? sh[i - 1] : 1;
  const shp1 = i + 1 < n ? sh[i + 1] : 2;
  let k = 0;
  out[k++] = key(0, 0);
  out[k++] = key(w[i], 1);
  out[k++] = key(wm1, 2);
  out[k++] = key(wp1, 3);
  out[k++] = key(wm2, 4);
  out[k++] = key(wp2, 5);
  out[k++] = key(sh[i], 6);
  out[k++] = key(shm1, 7);
  out[k++] = key(shp1, 8);
  out[k++] = key(ids.s3[i], 9);
  out[k++] = key(ids.s4[i], 10);
  out[k++] = key(ids.p3[i], 11);
  out[k++] = key2(shm1, sh[i], 12);
  out[k++] = key2(sh[i], shp1, 13);
  if (w[i] && wm1) out[k++] = key2(wm1, w[i], 14);
  if (w[i] && wp1) out[k++] = key2(w[i], wp1, 15);
  out[k++] = key2(ids.ctx[i], sh[i], 16);
  if (i + 1 < n) out[k++] = key2(ids.ctx[i + 1], shp1, 17);
  if (i > 0) out[k++] = key2(ids.ctx[i - 1], shm1, 22);
  return k;
}

/** Writes the features that depend on the two previous tags; returns the new count. */
export function tagFeatures(ids: WordIds, i: number, prev: number, prev2: number, out: Int32Array, k: number): number {
  out[k++] = key(prev, 18);
  out[k++] = key2(prev, prev2, 19);
  out[k++] = key2(ids.w[i], prev, 20);
  out[k++] = key2(ids.sh[i], prev, 21);
  return k;
}

/** True when tag t may follow tag prev (I-X only after B-X or I-X). */
export function allowed(prev: number, t: number): boolean {
  if (t === 0 || (t & 1) === 1) return true;
  return prev === t || prev === t - 1;
}
