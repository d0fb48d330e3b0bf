import * as assert from 'assert';
import { splitSentences, tokenize } from '../../src/core/text';

describe('text: tokenize', () => {
  it('gives every token offsets that slice back to its text', () => {
    const text = 'Mayor Ana Ruiz said: "We\'re ready." Then she left.';
    const tokens = tokenize(text);
    assert.ok(tokens.length > 5);
    for (const t of tokens) assert.strictEqual(text.slice(t.start, t.end), t.text);
    assert.deepStrictEqual(
      tokens.map((t) => t.text),
      ['Mayor', 'Ana', 'Ruiz', 'said', ':', '"', "We're", 'ready', '.', '"', 'Then', 'she', 'left', '.'],
    );
  });

  it('keeps abbreviations, hyphenated words and numbers whole', () => {
    const texts = tokenize('The U.S. co-chair paid $1,250.50 to AT&T.').map((t) => t.text);
    assert.deepStrictEqual(texts, ['The', 'U.S.', 'co-chair', 'paid', '$', '1,250.50', 'to', 'AT&T', '.']);
  });

  it('counts offsets in UTF-16 code units, astral characters included', () => {
    const text = '𐍈 Zoë said so';
    const tokens = tokenize(text);
    assert.strictEqual(tokens[0].text, '𐍈');
    assert.strictEqual(tokens[0].end, 2);
    assert.deepStrictEqual([tokens[1].start, tokens[1].end], [3, 6]);
  });

  it('marks line and paragraph starts', () => {
    const tokens = tokenize('One\nTwo\n\nThree');
    assert.deepStrictEqual(
      tokens.map((t) => [t.lineStart, t.paraStart]),
      [
        [true, true],
        [true, false],
        [true, true],
      ],
    );
  });
});

describe('text: splitSentences', () => {
  const sentencesOf = (text: string) => splitSentences(tokenize(text)).map((s) => text.slice(s.start, s.end));

  it('splits after final punctuation and keeps closing quotes with their sentence', () => {
    assert.deepStrictEqual(sentencesOf('"It is over." The minister left. Was it? Yes!'), [
      '"It is over."',
      'The minister left.',
      'Was it?',
      'Yes!',
    ]);
  });

  it('does not split after titles or initials', () => {
    assert.deepStrictEqual(sentencesOf('Dr. Lee met Gen. J. Ortiz in the city. They talked.'), [
      'Dr. Lee met Gen. J. Ortiz in the city.',
      'They talked.',
    ]);
  });

  it('does not end a sentence inside parentheses, but does after a closing one', () => {
    assert.deepStrictEqual(sentencesOf('Sen. Mara Quist (D-N.M.) voted against it. Others abstained.'), [
      'Sen. Mara Quist (D-N.M.) voted against it.',
      'Others abstained.',
    ]);
    assert.deepStrictEqual(sentencesOf('The board met (it was late.) Nobody came. An open ( bracket. Stays open.'), [
      'The board met (it was late.)',
      'Nobody came.',
      'An open ( bracket.',
      'Stays open.',
    ]);
  });

  it('splits at paragraph breaks even without punctuation', () => {
    assert.deepStrictEqual(sentencesOf('Headline here\n\nBody text follows.'), ['Headline here', 'Body text follows.']);
  });

  it('gives token ranges consistent with offsets', () => {
    const tokens = tokenize('A cat sat. A dog ran.');
    const sentences = splitSentences(tokens);
    assert.strictEqual(sentences.length, 2);
    for (const s of sentences) {
      assert.strictEqual(s.start, tokens[s.first].start);
      assert.strictEqual(s.end, tokens[s.last - 1].end);
    }
    assert.strictEqual(sentences[1].first, sentences[0].last);
  });
});
