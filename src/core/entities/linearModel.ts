/**
 * A linear model over hashed features as the generated data modules ship it (data/type-model.ts,
 * data/mention-type-model.ts): sorted 32-bit feature keys and, per key, one 8-bit weight code per class (weight =
 * code / 127 * scale). Searched in place by binary search: nothing is decoded into a Map when the first article
 * comes (issue 9: a model built on first use is paid by the first article).
 */
import { decodeBase64 } from './weights';

export class LinearModel {
  private readonly keys: Int32Array;
  private readonly codes: Int8Array;
  /** One code's weight: scale / 127. */
  private readonly unit: number;

  /** `keys` and `weights`: base64 of the Int32 keys (little-endian, sorted) and of the Int8 codes, `classes` per key. */
  constructor(
    keys: string,
    weights: string,
    scale: number,
    readonly classes: number,
    name: string,
  ) {
    const kb = decodeBase64(keys);
    this.keys = new Int32Array(kb.buffer, 0, kb.byteLength >> 2);
    this.codes = new Int8Array(decodeBase64(weights).buffer);
    if (this.codes.length !== this.keys.length * classes) throw new Error(`${name}: keys and weights disagree`);
    this.unit = scale / 127;
  }

  /** The row of feature `key`, or -1. */
  private row(key: number): number {
    const keys = this.keys;
    let lo = 0;
    let hi = keys.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const k = keys[mid];
      if (k < key) lo = mid + 1;
      else if (k > key) hi = mid - 1;
      else return mid;
    }
    return -1;
  }

  /** Each class's score for these features (a feature listed twice counts twice). */
  scores(features: Iterable<number>): number[] {
    const k = this.classes;
    const sums = new Array<number>(k).fill(0);
    for (const f of features) {
      const r = this.row(f);
      if (r < 0) continue;
      for (let t = 0; t < k; t++) sums[t] += this.codes[r * k + t];
    }
    for (let t = 0; t < k; t++) sums[t] *= this.unit;
    return sums;
  }
}
