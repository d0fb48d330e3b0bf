// Reviewing attributions and corrections in words (src/extension/review.ts, correctionText.ts): which quotes to
// look at again, the reason the hover gives for a speaker, and a correction as the Speakers view lists it.
import * as assert from 'assert';
import type { Correction } from '../../src/core/corrections/types';
import type { AttributionRule, Quote } from '../../src/core/types';
import { describeCorrection } from '../../src/extension/correctionText';
import { attributionReason, nextToReview, needsReview, quotesToReview } from '../../src/extension/review';

function quote(start: number, rule: AttributionRule, confidence: number, extra: Partial<Quote> = {}): Quote {
  const text = `“Words at ${start}.”`;
  return {
    start,
    end: start + text.length,
    text,
    kind: 'direct',
    speaker: rule === 'none' ? null : 'e1',
    speakerMention: null,
    cue: null,
    attribution: { rule, confidence },
    ...extra,
  };
}

describe('review: quotes to look at again', () => {
  const quotes = [
    quote(0, 'cue after', 0.97),
    quote(40, 'pronoun', 0.45),
    quote(80, 'corrected', 1),
    quote(120, 'none', 0.3),
    quote(160, 'description', 0.59),
  ];

  it('takes the quotes below the threshold that the user has not corrected', () => {
    assert.deepStrictEqual(
      quotesToReview(quotes, 0.6).map((q) => q.start),
      [40, 120, 160],
    );
    assert.ok(!needsReview(quote(0, 'corrected', 0.1), 0.6));
    assert.ok(!needsReview({ ...quote(0, 'none', 0), attribution: undefined }, 0.6));
    assert.deepStrictEqual(quotesToReview(quotes, 0), []);
  });

  it('walks to the next one from the cursor, and wraps around at the end', () => {
    const first = nextToReview(quotes, 0.6, undefined, 50)!;
    assert.strictEqual(first.quote.start, 120);
    assert.strictEqual(first.left, 3);
    const second = nextToReview(quotes, 0.6, first.quote, 0)!;
    assert.strictEqual(second.quote.start, 160);
    const third = nextToReview(quotes, 0.6, second.quote, 0)!;
    assert.deepStrictEqual([third.quote.start, third.wrapped], [40, true]);
  });
});

describe('review: the reason for a speaker, in words', () => {
  const span = (start: number, text: string) => ({ start, end: start + text.length, text });

  it('names the words that gave the speaker, the rule and the confidence', () => {
    const q = quote(0, 'pronoun', 0.7234, { speakerMention: span(20, 'he'), cue: span(23, 'said') });
    assert.strictEqual(attributionReason(q), 'speaker from “he said”, the last man named (pronoun), confidence 0.72');
    const after = quote(0, 'cue after', 0.97, { speakerMention: span(30, 'Berg'), cue: span(25, 'said') });
    assert.strictEqual(
      attributionReason(after),
      'speaker named after the quote, “said Berg” (cue after), confidence 0.97',
    );
  });

  it("says a correction is the user's, and passes article text through the escaper", () => {
    assert.strictEqual(attributionReason(quote(0, 'corrected', 1)), 'set by you');
    const unnamed = quote(0, 'corrected', 1, { speaker: null, unnamed: 'a *senior* aide' });
    const esc = (s: string) => s.replace(/\*/g, '\\*');
    assert.strictEqual(attributionReason(unnamed, esc), 'set by you: an unnamed source, “a \\*senior\\* aide”');
    assert.strictEqual(attributionReason({ ...quote(0, 'none', 0.5), attribution: undefined }), undefined);
  });
});

describe('review: a correction in words', () => {
  const anchor = { start: 0, end: 22, text: '“The ground is weak.”' };

  it('says what each kind of correction does', () => {
    const cases: [Correction, string][] = [
      [{ quote: anchor, speaker: 'Tomas Berg' }, 'Speaker Tomas Berg: “The ground is weak.”'],
      [
        { quote: anchor, speaker: null, unnamed: 'a senior aide' },
        'Unnamed source “a senior aide”: “The ground is weak.”',
      ],
      [{ quote: anchor, notAQuote: true }, 'Not a quote: “The ground is weak.”'],
      [{ entity: 'Varga', role: 'Prime Minister', gender: 'female' }, 'Varga: role “Prime Minister”; gender female'],
      [{ entity: 'Regina King', type: null }, 'Regina King: not a name'],
      [{ entity: 'Caleb Jones', sameAs: 'Jones' }, 'Caleb Jones: the same as Jones'],
    ];
    for (const [c, words] of cases) assert.strictEqual(describeCorrection(c), words);
  });
});
