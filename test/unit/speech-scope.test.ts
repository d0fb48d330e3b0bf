// Quotes are speech by default: beliefs, wishes, plans, findings, objects of non-speech verbs and impersonal
// attributions count only with { attributions: 'all' } (PolNeAR's broad scope). Fixture sentences written here.
import * as assert from 'assert';
import { annotate } from '../../src/core';
import type { AttributionScope } from '../../src/core';

const contents = (text: string, attributions?: AttributionScope) =>
  annotate(text, attributions ? { attributions } : {}).quotes.map((q) => q.text);

describe('attribution scope', () => {
  const notSpeech: [string, string][] = [
    ['Elena Varga believes the port will reopen in May.', 'the port will reopen in May'],
    ['The union wants the ministry to return to the table.', 'the ministry to return to the table'],
    ['Tom Hale plans to close the harbour office next week.', 'to close the harbour office next week'],
    ['The survey shows that most residents oppose the toll.', 'most residents oppose the toll'],
    ['The council cited the rising cost of repairs in its decision.', 'the rising cost of repairs'],
    ['The strike is expected to last until the spring.', 'to last until the spring'],
    ['The mayor hopes the ferry will run again by June.', 'the ferry will run again by June'],
    ['Ana Ruiz knows that the bridge is unsafe.', 'the bridge is unsafe'],
    ['The minister announced a youth summit for the spring.', 'a youth summit for the spring'],
  ];

  it('finds no speech in narration and acts in either scope ("made the move", a goal scored)', () => {
    for (const text of [
      'The club made the move after a losing season.',
      'Ruiz scored twice in the third period as the Oilers beat Calgary 4-2.',
    ]) {
      assert.deepStrictEqual(contents(text), [], text);
      assert.deepStrictEqual(contents(text, 'all'), [], text);
    }
  });

  for (const [text, content] of notSpeech) {
    it(`counts no speech in "${text.slice(0, 40)}…" by default, a claim with attributions 'all'`, () => {
      assert.deepStrictEqual(contents(text), []);
      assert.ok(
        contents(text, 'all').some((q) => q.includes(content.split(' ').slice(0, 3).join(' '))),
        JSON.stringify(contents(text, 'all')),
      );
    });
  }

  it('keeps what was said or written, direct and reported, in both scopes', () => {
    const text =
      'Elena Varga said the port would reopen in May. "We are ready," Tom Hale told reporters. ' +
      'According to the ministry, the talks will resume on Monday. The mayor wrote that the toll was unfair.';
    const speech = contents(text);
    assert.strictEqual(speech.length, 4, JSON.stringify(speech));
    assert.deepStrictEqual(contents(text, 'all'), speech);
  });
});
