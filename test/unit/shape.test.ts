// The word-shape tests of src/core/lang/shape.ts (and text.ts's sentence tests) skip their Unicode-property regular
// expressions on ASCII (issue 9: each costs time to compile on the first article). They must answer exactly as the
// expressions do: checked here on every character of several ranges, alone and inside words.
import * as assert from 'assert';
import {
  hasLetter,
  hasLetterOrDigit,
  isCapitalized,
  isLowerWord,
  isPossessiveWord,
  isWord,
  possessiveStem,
  startsLower,
  startsUpperOrDigit,
} from '../../src/core/lang/shape';
import { splitSentences, tokenize } from '../../src/core/text';

/** Strings made of each code point of some ranges (ASCII, Latin, punctuation, quotes, astral letters and emoji). */
function samples(): string[] {
  const points: number[] = [];
  const add = (from: number, to: number) => {
    for (let c = from; c <= to; c++) points.push(c);
  };
  add(0, 0x2ff);
  add(0x370, 0x3ff);
  add(0x2000, 0x206f);
  add(0x3040, 0x3060);
  add(0x1d400, 0x1d410); // mathematical letters (astral)
  add(0x1f600, 0x1f605);
  const out = ['', 's', "'s", '’s', "s'", 's’'];
  for (const c of points) {
    const ch = String.fromCodePoint(c);
    out.push(
      ch,
      `${ch}abc`,
      `abc${ch}`,
      `A${ch}`,
      `${ch}'s`,
      `${ch}’s`,
      `${ch}'S`,
      `ab${ch}'s`,
      `${ch}s'`,
      `${ch}s’`,
      `x${ch}s`,
    );
  }
  return out;
}

describe('word shapes without regular expressions on ASCII', () => {
  const words = samples();
  const same = (name: string, f: (w: string) => unknown, want: (w: string) => unknown) => {
    for (const w of words) assert.deepStrictEqual(f(w), want(w), `${name}(${JSON.stringify(w)})`);
  };

  it('answer as the expressions they replace, on every sample', () => {
    same('isCapitalized', isCapitalized, (w) => /^\p{Lu}/u.test(w));
    same('isWord', isWord, (w) => /^[\p{L}\p{N}]/u.test(w));
    same('startsUpperOrDigit', startsUpperOrDigit, (w) => /^[\p{Lu}\p{N}]/u.test(w));
    same('startsLower', startsLower, (w) => /^\p{Ll}/u.test(w));
    same('hasLetter', hasLetter, (w) => /\p{L}/u.test(w));
    same('hasLetterOrDigit', hasLetterOrDigit, (w) => /[\p{L}\p{N}]/u.test(w));
    same('isLowerWord', isLowerWord, (w) => /^\p{Ll}+$/u.test(w));
    same('isPossessiveWord', isPossessiveWord, (w) => /\p{L}['’]s$/u.test(w) || w.endsWith('s’') || w.endsWith("s'"));
    same('possessiveStem', possessiveStem, (w) => /^(.*\p{L})(['’][sS])$/u.exec(w)?.[1] ?? null);
  });

  it('can fail (the comparison above sees a difference)', () => {
    assert.notDeepStrictEqual(
      words.map((w) => isCapitalized(w)),
      words.map((w) => /^\p{Ll}/u.test(w)),
    );
  });

  it('split sentences as the expressions did: after a period before any opening character', () => {
    const opens = (w: string) => /^[\p{Lu}\p{Lt}\p{Lo}\p{N}"“‘'([«]/u.test(w);
    // One character, alone or before letters (no sentence-final mark, which would end a sentence itself).
    for (const w of words) {
      if (!w || /\s|[.!?…]/u.test(w) || !(w.length <= 2 || w.endsWith('abc'))) continue;
      const tokens = tokenize(`It rained. ${w} then`);
      const second = tokens.findIndex((t) => t.start === 11);
      if (second < 0) continue;
      const sentences = splitSentences(tokens);
      assert.strictEqual(sentences.length > 1, opens(tokens[second].text), JSON.stringify(w));
    }
  });
});
