/**
 * Greedy left-to-right tagging of words with BIO tags, then spans. A word with no capital letter and no
 * digit right after an O tag is O without scoring, and no name runs across a line break.
 *
 * `decodeTags` is the one decode loop: `tagWords` uses it at run time and scripts/train-ner.mjs trains through
 * it (with a `learn` callback that updates the weights and follows the gold path), so training and run time
 * cannot drift apart.
 */
import { allowed, NTAGS, staticFeatures, tagFeatures, TYPES, wordIds, type WordIds } from './features';
import type { TaggerModel } from './weights';
import type { Word } from './words';
import type { EntityType } from '../types';

export interface NameSpan {
  /** First word index. */
  first: number;
  /** Index after the last word. */
  last: number;
  type: EntityType;
}

/**
 * What the decoder scores with: adds to scores[0..NTAGS) the weights of the features feats[0..k), feature by
 * feature in that order (the run-time model, weights.ts; the weights being trained, scripts/train-ner.mjs).
 */
export interface TagScorer {
  addScores(feats: Int32Array, k: number, scores: Float64Array): void;
}

/**
 * Called by `decodeTags` on every word it scores, with the tag it chose, the word's features feats[0..k) and
 * the previous tag; returns the tag to continue with (training returns the gold tag).
 */
export type LearnStep = (i: number, best: number, feats: Int32Array, k: number, prev: number) => number;

const feats = new Int32Array(64);
const scores = new Float64Array(NTAGS);

/** Writes into `feats` the features of word i given the two previous tags; returns how many. */
export function wordFeatures(ids: WordIds, i: number, prev: number, prev2: number, out: Int32Array): number {
  return tagFeatures(ids, i, prev, prev2, out, staticFeatures(ids, i, out));
}

/** Sums the weights of features feats[0..k) per tag and returns the best tag allowed after `prev`. */
export function bestTag(scorer: TagScorer, feats: Int32Array, k: number, prev: number): number {
  scores.fill(0);
  scorer.addScores(feats, k, scores);
  let best = 0;
  let bs = -Infinity;
  for (let t = 0; t < NTAGS; t++)
    if (scores[t] > bs && allowed(prev, t)) {
      bs = scores[t];
      best = t;
    }
  return best;
}

/** The tag id of every word (0 = O; see TAGS in features.ts). */
export function decodeTags(words: Word[], ids: WordIds, scorer: TagScorer, learn?: LearnStep): Int32Array {
  const n = ids.n;
  const tags = new Int32Array(n);
  let prev = 0;
  let prev2 = 0;
  for (let i = 0; i < n; i++) {
    let best = 0;
    // A name never runs across a line break.
    if (words[i].lineStart) {
      prev2 = prev;
      prev = 0;
    }
    if (prev !== 0 || ids.cap[i]) {
      const k = wordFeatures(ids, i, prev, prev2, feats);
      best = bestTag(scorer, feats, k, prev);
      if (learn) best = learn(i, best, feats, k, prev);
    }
    tags[i] = best;
    prev2 = prev;
    prev = best;
  }
  return tags;
}

/** Name spans from BIO tags: a span ends at an O, at a B-, and at a line break. */
export function spansOf(words: Word[], tags: Int32Array): NameSpan[] {
  const n = tags.length;
  const spans: NameSpan[] = [];
  let open = -1;
  let openType = 0;
  for (let i = 0; i < n; i++) {
    const t = tags[i];
    if (open >= 0 && (t === 0 || (t & 1) === 1 || words[i].lineStart)) {
      spans.push({ first: open, last: i, type: TYPES[openType] });
      open = -1;
    }
    if ((t & 1) === 1) {
      open = i;
      openType = (t - 1) >> 1;
    }
  }
  if (open >= 0) spans.push({ first: open, last: n, type: TYPES[openType] });
  return spans;
}

/** Tags the words and returns the name spans they form. */
export function tagWords(words: Word[], model: TaggerModel): NameSpan[] {
  return spansOf(words, decodeTags(words, wordIds(words, model.lex), model));
}
