// The linear models the generated data modules ship (src/core/entities/linearModel.ts): sorted keys searched in
// place, 8-bit codes per class. The fixture model is made here.
import * as assert from 'assert';
import { LinearModel } from '../../src/core/entities/linearModel';

const b64 = (a: Int32Array | Int8Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');

describe('linear model', () => {
  // Keys -7, 3, 40 (sorted, one negative), two classes each; scale 127 makes a code its own weight.
  const keys = b64(Int32Array.from([-7, 3, 40]));
  const codes = b64(Int8Array.from([1, -2, 10, 20, -127, 127]));
  const model = new LinearModel(keys, codes, 127, 2, 'fixture');

  it('adds the weights of the features it knows, per class, and skips the others', () => {
    assert.deepStrictEqual(model.scores([3]), [10, 20]);
    assert.deepStrictEqual(model.scores([-7, 40]), [-126, 125]);
    assert.deepStrictEqual(model.scores([5, -8, 41, 2 ** 31 - 1, -(2 ** 31)]), [0, 0]);
  });

  it('counts a feature listed twice twice, and scales the codes', () => {
    assert.deepStrictEqual(model.scores([3, 3]), [20, 40]);
    const half = new LinearModel(keys, codes, 63.5, 2, 'fixture');
    assert.deepStrictEqual(half.scores([40]), [-63.5, 63.5]);
  });

  it('finds every key of a large model', () => {
    const n = 5000;
    const ks = Int32Array.from({ length: n }, (_, i) => i * 7919 - 2 ** 24);
    const cs = Int8Array.from({ length: n }, (_, i) => (i % 255) - 127);
    const big = new LinearModel(b64(ks), b64(cs), 127, 1, 'fixture');
    for (let i = 0; i < n; i += 37) assert.deepStrictEqual(big.scores([ks[i]]), [cs[i]]);
    assert.deepStrictEqual(big.scores([ks[0] - 1, ks[n - 1] + 1, ks[10] + 1]), [0]);
  });

  it('refuses keys and weights that do not match', () => {
    assert.throws(() => new LinearModel(keys, codes, 1, 3, 'fixture'), /fixture: keys and weights disagree/);
  });
});
