// The model and the given-name lists are searched as they are shipped (src/core/entities/lookup.ts, weights.ts,
// gender.ts) instead of being decoded into Maps and dense rows when the recognizer starts (issue 9). These tests
// check, over every entry, that the look-ups give what the old decoding gave.
import * as assert from 'assert';
import * as M from '../../src/core/entities/data/model';
import { FEMALE, MALE, UNISEX } from '../../src/core/entities/data/given-names';
import { NTAGS } from '../../src/core/entities/features';
import { givenNameClass } from '../../src/core/entities/gender';
import { inSortedList, SortedTable } from '../../src/core/entities/lookup';
import { loadModel } from '../../src/core/entities/weights';

/** The old loader's table: entry i of the '\n'-separated list has id i + first. */
function oldTable(list: string, first: number): Map<string, number> {
  const m = new Map<string, number>();
  if (!list) return m;
  list.split('\n').forEach((w, i) => m.set(w, i + first));
  return m;
}

/** Strings near the entries that are not entries: each entry with a character more or less, and a few odd ones. */
function nonEntries(entries: Iterable<string>, has: (w: string) => boolean): string[] {
  const out = ['', ' ', '\n', 'zzzzzzzz', '\u00e9', '\uffff', '!'];
  for (const w of entries) out.push(`${w}a`, `${w}\uffff`, w.slice(0, -1), `!${w}`);
  return out.filter((w) => !has(w));
}

describe('lookup: sorted lists searched in place', () => {
  it('finds every entry and nothing else in a small list (the check below can fail)', () => {
    const t = new SortedTable('ab\nb\nba\nc', 1);
    assert.deepStrictEqual(
      ['ab', 'b', 'ba', 'c', 'a', 'bb', 'd', ''].map((w) => t.get(w)),
      [1, 2, 3, 4, undefined, undefined, undefined, undefined],
    );
    assert.deepStrictEqual(
      ['ab', 'b', 'ba', 'c', 'a', 'bb', 'd', ''].map((w) => inSortedList('ab b ba c', ' ', w)),
      [true, true, true, true, false, false, false, false],
    );
    assert.strictEqual(new SortedTable('', 1).get(''), undefined);
    assert.strictEqual(inSortedList('', ' ', ''), false);
  });

  for (const [name, list, first] of [
    ['WORDS', M.WORDS, 3],
    ['SHAPES', M.SHAPES, 3],
    ['SUF3', M.SUF3, 1],
    ['SUF4', M.SUF4, 1],
    ['PRE3', M.PRE3, 1],
  ] as const) {
    it(`gives the ids the old Map gave for every entry of the model's ${name}, and none to other strings`, () => {
      const old = oldTable(list, first);
      const t = new SortedTable(list, first);
      assert.strictEqual(t.size, old.size);
      for (const [w, id] of old) assert.strictEqual(t.get(w), id, w);
      for (const w of nonEntries(old.keys(), (x) => old.has(x))) assert.strictEqual(t.get(w), undefined, w);
    });
  }

  it("gives every word the usual case the old Map gave (the model's LOWER_WORDS and UPPER_WORDS)", () => {
    const old = new Map<string, number>();
    for (const w of M.LOWER_WORDS.split('\n')) if (w) old.set(w, 1);
    for (const w of M.UPPER_WORDS.split('\n')) if (w) old.set(w, 2);
    const { otherCase } = loadModel().lex;
    for (const [w, c] of old) assert.strictEqual(otherCase.get(w), c, w);
    for (const w of nonEntries(old.keys(), (x) => old.has(x))) assert.strictEqual(otherCase.get(w), undefined, w);
  });

  it('scores every feature of the model as the old dense rows did', () => {
    // The old loader: sparse rows expanded into NTAGS weights per key.
    const bytes = (s: string) => Uint8Array.from(Buffer.from(s, 'base64'));
    const keys = new Int32Array(bytes(M.KEYS).buffer);
    const masks = new Uint16Array(bytes(M.MASKS).buffer);
    const q = new Int8Array(bytes(M.WEIGHTS).buffer);
    const dense = new Float32Array(keys.length * NTAGS);
    let j = 0;
    for (let r = 0; r < keys.length; r++)
      for (let t = 0; t < NTAGS; t++) {
        if (!(masks[r] & (1 << t))) continue;
        const c = q[j++] / 127;
        dense[r * NTAGS + t] = (c < 0 ? -c * c : c * c) * M.SCALE;
      }
    const model = loadModel();
    const scores = new Float64Array(NTAGS);
    const feats = new Int32Array(3);
    for (let r = 0; r < keys.length; r++) {
      // The row alone, then summed with two other rows (sums in the same order as the old decoder's).
      const r2 = (r * 7919) % keys.length;
      const r3 = (r * 104729 + 1) % keys.length;
      feats.set([keys[r], keys[r2], keys[r3]]);
      scores.fill(0);
      model.addScores(feats, 3, scores);
      for (let t = 0; t < NTAGS; t++) {
        const want = 0 + dense[r * NTAGS + t] + dense[r2 * NTAGS + t] + dense[r3 * NTAGS + t];
        if (scores[t] !== want) assert.fail(`key ${keys[r]}, tag ${t}: ${scores[t]} !== ${want}`);
      }
    }
    // A key the model does not have adds nothing.
    const known = new Set(keys);
    let unknown = 12345;
    while (known.has(unknown)) unknown++;
    scores.fill(0);
    model.addScores(Int32Array.of(unknown), 1, scores);
    assert.deepStrictEqual([...scores], new Array(NTAGS).fill(0));
  });
});

describe('lookup: the given-name lists', () => {
  const lists = { female: FEMALE, male: MALE, unisex: UNISEX } as const;

  it('are sorted, without a name twice, and share no name', () => {
    const all = new Set<string>();
    for (const [cls, list] of Object.entries(lists)) {
      const names = list.split(' ');
      for (let i = 0; i < names.length; i++) {
        assert.match(names[i], /^[a-z]+$/, cls);
        if (i > 0) assert.ok(names[i - 1] < names[i], `${cls}: ${names[i - 1]} before ${names[i]}`);
        assert.ok(!all.has(names[i]), `${names[i]} is in two lists`);
        all.add(names[i]);
      }
    }
    assert.strictEqual(all.size, 18839 + 10248 + 3730);
  });

  it('give every name its class, in any case, and no class to strings near them', () => {
    const all = new Set([FEMALE, MALE, UNISEX].flatMap((l) => l.split(' ')));
    for (const [cls, list] of Object.entries(lists))
      for (const name of list.split(' ')) {
        assert.strictEqual(givenNameClass(name), cls, name);
        assert.strictEqual(givenNameClass(name[0].toUpperCase() + name.slice(1)), cls, name);
      }
    for (const w of nonEntries(all, (x) => all.has(x)))
      if (!w.includes('-')) assert.strictEqual(givenNameClass(w), null, w);
  });
});
