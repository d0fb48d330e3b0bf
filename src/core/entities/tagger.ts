/**
 * Greedy left-to-right tagging of words with BIO tags, then spans. A word with no capital letter and no
 * digit right after an O tag is O without scoring (the training script applies the same rule).
 */
import { allowed, NTAGS, staticFeatures, tagFeatures, TYPES, wordIds } from './features';
import { rowFor, type TaggerModel } from './weights';
import type { Word } from './words';
import type { EntityType } from '../types';

export interface NameSpan {
  /** First word index. */
  first: number;
  /** Index after the last word. */
  last: number;
  type: EntityType;
}

const feats = new Int32Array(64);
const scores = new Float64Array(NTAGS);

/** Tags the words and returns the name spans they form. */
export function tagWords(words: Word[], model: TaggerModel): NameSpan[] {
  const ids = wordIds(words, model.lex);
  const { weights } = model;
  const n = ids.n;
  const spans: NameSpan[] = [];
  let prev = 0;
  let prev2 = 0;
  let open = -1;
  let openType = 0;
  for (let i = 0; i < n; i++) {
    let best = 0;
    // A name never runs across a line break.
    if (words[i].lineStart) { prev2 = prev; prev = 0; }
    if (prev !== 0 || ids.cap[i]) {
      let k = staticFeatures(ids, i, feats);
      k = tagFeatures(ids, i, prev, prev2, feats, k);
      scores.fill(0);
      for (let f = 0; f < k; f++) {
        const r = rowFor(model, feats[f]);
        if (r < 0) continue;
        const b = r * NTAGS;
        for (let t = 0; t < NTAGS; t++) scores[t] += weights[b + t];
      }
      let bs = -Infinity;
      for (let t = 0; t < NTAGS; t++) if (scores[t] > bs && allowed(prev, t)) { bs = scores[t]; best = t; }
    }
    if (open >= 0 && (best === 0 || (best & 1) === 1 || words[i].lineStart)) {
      spans.push({ first: open, last: i, type: TYPES[openType] });
      open = -1;
    }
    if ((best & 1) === 1) { open = i; openType = (best - 1) >> 1; }
    prev2 = prev;
    prev = best;
  }
  if (open >= 0) spans.push({ first: open, last: n, type: TYPES[openType] });
  return spans;
}
