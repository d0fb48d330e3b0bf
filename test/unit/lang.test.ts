// The language module (src/core/lang): every word list is defined once, repeats no word, and no word is both
// a cue and not a cue. A list added with words(name, list) is checked here without further ado.
import * as assert from 'assert';
import * as lang from '../../src/core/lang';
import { wordLists } from '../../src/core/lang/registry';

/** Words that occur more than once in `list`. */
function repeated(list: readonly string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const w of list) (seen.has(w) ? twice : seen).add(w);
  return [...twice];
}

/** Lists matched against the token as written (capitalised sentence starters), not lower-cased. */
const CASED_LISTS = new Set(['NOT_NAMES']);

describe('language module', () => {
  it('has its lists registered', () => {
    assert.ok(wordLists().size >= 20, `${wordLists().size} lists`);
    assert.ok(lang.SPEECH_CUES.has('said') && lang.DETERMINERS.has('the'));
  });

  it('finds a repeated word (the check below can fail)', () => {
    assert.deepStrictEqual(repeated(['said', 'told', 'said']), ['said']);
    assert.deepStrictEqual(repeated(['said', 'told']), []);
  });

  it('repeats no word within a list', () => {
    for (const [name, list] of wordLists()) assert.deepStrictEqual(repeated(list), [], `${name} repeats words`);
  });

  it('writes lists matched against lower-cased tokens in lower case', () => {
    for (const [name, list] of wordLists()) {
      if (CASED_LISTS.has(name)) continue;
      const upper = list.filter((w) => w !== w.toLowerCase());
      assert.deepStrictEqual(upper, [], `${name} has words not in lower case`);
    }
  });

  it('has no word that is both a cue and not a cue', () => {
    const both = (a: ReadonlySet<string>, b: ReadonlySet<string>) => [...a].filter((w) => b.has(w)).sort();
    assert.deepStrictEqual(both(lang.SPEECH_CUES, lang.NOT_SPEECH_CUES), []);
    assert.deepStrictEqual(both(lang.OBJECT_CUES, lang.NOT_OBJECT_CUES), []);
    assert.deepStrictEqual(both(lang.OBJECT_CUES, lang.SPEECH_CUES), []);
    assert.deepStrictEqual(both(lang.PARTICIPLE_CUES, lang.SPEECH_CUES), []);
  });
});
