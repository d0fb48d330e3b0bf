import * as assert from 'assert';
import {
  emptyCorrections,
  parseCorrections,
  serializeCorrections,
  sidecarPath,
  withCorrection,
  withoutCorrection,
  type Correction,
  type CorrectionsFile,
} from '../../src/core/corrections';

const TEXT = 'Intro. “We will cut the deficit,” Varga said. “Fine,” Jones said.';
const anchor = (s: string, text = TEXT) => {
  const start = text.indexOf(s);
  return { start, end: start + s.length, text: s };
};
const deficit = anchor('“We will cut the deficit,”');
const fine = anchor('“Fine,”');

/** A file of `corrections`, each added with withCorrection in turn. */
const built = (...corrections: Correction[]): CorrectionsFile =>
  corrections.reduce<CorrectionsFile | null>((file, c) => withCorrection(file, c), null) ?? emptyCorrections();

describe('corrections: editing the file', () => {
  it('sidecarPath: beside the article, its name plus .newslens.json', () => {
    assert.strictEqual(sidecarPath('news/2024/budget.txt'), 'news/2024/budget.txt.newslens.json');
    assert.strictEqual(sidecarPath('C:\\news\\a.txt'), 'C:\\news\\a.txt.newslens.json');
  });

  it('emptyCorrections is version 1 with no corrections, a new object each time', () => {
    assert.deepStrictEqual(emptyCorrections(), { version: 1, corrections: [] });
    assert.notStrictEqual(emptyCorrections(), emptyCorrections());
  });

  it('withCorrection adds at the end, without changing the file given', () => {
    const one = withCorrection(null, { quote: deficit, speaker: 'Varga' });
    const two = withCorrection(one, { quote: fine, speaker: 'Jones' });
    assert.deepStrictEqual(one.corrections, [{ quote: deficit, speaker: 'Varga' }]);
    assert.deepStrictEqual(two.corrections, [
      { quote: deficit, speaker: 'Varga' },
      { quote: fine, speaker: 'Jones' },
    ]);
  });

  it('a new speaker for the same quote replaces the old one (the file does not grow)', () => {
    const file = built(
      { quote: deficit, speaker: 'Varga' },
      { quote: fine, speaker: 'Jones' },
      { quote: deficit, speaker: 'Jones' },
      { quote: deficit, speaker: null, unnamed: 'an aide' },
    );
    assert.deepStrictEqual(file.corrections, [
      { quote: fine, speaker: 'Jones' },
      { quote: deficit, speaker: null, unnamed: 'an aide' },
    ]);
  });

  it('"not a quote" replaces everything about the quote; a speaker for it afterwards replaces "not a quote"', () => {
    const notAQuote = built(
      { quote: deficit, speaker: 'Varga' },
      { quote: deficit, kind: 'mixed' },
      {
        quote: deficit,
        notAQuote: true,
      },
    );
    assert.deepStrictEqual(notAQuote.corrections, [{ quote: deficit, notAQuote: true }]);
    const back = withCorrection(notAQuote, { quote: deficit, speaker: 'Jones' });
    assert.deepStrictEqual(back.corrections, [{ quote: deficit, speaker: 'Jones' }]);
  });

  it('a kind and a speaker for the same quote are different facts; a new kind replaces an old kind', () => {
    const file = built(
      { quote: deficit, speaker: 'Varga', kind: 'direct' },
      { quote: deficit, kind: 'mixed' },
      { quote: deficit, kind: 'indirect' },
    );
    assert.deepStrictEqual(file.corrections, [
      { quote: deficit, speaker: 'Varga' },
      { quote: deficit, kind: 'indirect' },
    ]);
  });

  it('the same entity: each fact replaced on its own', () => {
    const file = built(
      { entity: 'Varga', role: 'Minister', gender: 'female' },
      { entity: 'Jones', role: 'Mayor' },
      { entity: 'Varga', role: 'Prime Minister' },
      { entity: 'Jones', role: null },
    );
    assert.deepStrictEqual(file.corrections, [
      { entity: 'Varga', gender: 'female' },
      { entity: 'Varga', role: 'Prime Minister' },
      { entity: 'Jones', role: null },
    ]);
  });

  it('with the article’s text, an old anchor of the same quote (before an edit) is the same quote', () => {
    const edited = 'A new first line.\n' + TEXT;
    const old = { quote: deficit, speaker: 'Varga' };
    const now = { quote: anchor('“We will cut the deficit,”', edited), speaker: 'Jones' };
    assert.strictEqual(withCorrection(built(old), now).corrections.length, 2, 'without the text: different anchors');
    assert.deepStrictEqual(withCorrection(built(old), now, edited).corrections, [now]);
  });

  it('withoutCorrection removes one by index', () => {
    const file = built({ quote: deficit, speaker: 'Varga' }, { entity: 'Varga', role: 'Minister' });
    assert.deepStrictEqual(withoutCorrection(file, 0).corrections, [{ entity: 'Varga', role: 'Minister' }]);
    assert.strictEqual(file.corrections.length, 2);
  });

  it('serializeCorrections: pretty, keys in a fixed order, a final newline, read back the same', () => {
    const file: CorrectionsFile = {
      version: 1,
      corrections: [
        { speaker: 'Varga', quote: { text: deficit.text, end: deficit.end, start: deficit.start } },
        { sameAs: 'Jones', entity: 'Caleb Jones' },
      ],
    };
    const json = serializeCorrections(file);
    assert.ok(json.endsWith('}\n'));
    assert.strictEqual(
      json,
      [
        '{',
        '  "version": 1,',
        '  "corrections": [',
        '    {',
        '      "quote": {',
        `        "start": ${deficit.start},`,
        `        "end": ${deficit.end},`,
        `        "text": ${JSON.stringify(deficit.text)}`,
        '      },',
        '      "speaker": "Varga"',
        '    },',
        '    {',
        '      "entity": "Caleb Jones",',
        '      "sameAs": "Jones"',
        '    }',
        '  ]',
        '}',
        '',
      ].join('\n'),
    );
    assert.deepStrictEqual(parseCorrections(json).file, file);
    assert.strictEqual(serializeCorrections(parseCorrections(json).file as CorrectionsFile), json, 'stable');
  });
});
