// The date an article gives for itself (src/core/sources/dates.ts), for the report's timeline: the first full date
// near the start, in the usual news forms; none when the start gives no full date. Invented sentences.
import * as assert from 'assert';
import { articleDate, DATE_HEAD_CHARS } from '../../src/core/sources';

describe('article dates', () => {
  it('reads ISO dates, "Month D, YYYY", "D Month YYYY" and abbreviated months', () => {
    assert.strictEqual(articleDate('Published 2024-03-15 by the desk.\nThe council met.'), '2024-03-15');
    assert.strictEqual(articleDate('LAKESIDE, March 5, 2023 — The council met.'), '2023-03-05');
    assert.strictEqual(articleDate('By Ann Lee | 15 March 2022\nThe council met.'), '2022-03-15');
    assert.strictEqual(articleDate('Sept. 9, 2021: the council met.'), '2021-09-09');
    assert.strictEqual(articleDate('Posted on the 1st February, 2020, the notice said.'), '2020-02-01');
  });

  it('takes the first date of the start when there are several', () => {
    assert.strictEqual(articleDate('June 2, 2019. The vote of 2018-11-30 was annulled.'), '2019-06-02');
    assert.strictEqual(articleDate('The vote of 2018-11-30 was annulled on June 2, 2019.'), '2018-11-30');
  });

  it('no date: a month without a day or year, an impossible day, or a date deep in the story', () => {
    assert.strictEqual(articleDate('The council met in March to talk about the budget.'), undefined);
    assert.strictEqual(articleDate('The work will start on March 3.'), undefined);
    assert.strictEqual(articleDate('Filed February 30, 2023.'), undefined);
    assert.strictEqual(articleDate('Filed 2023-13-01.'), undefined);
    assert.strictEqual(articleDate(`${'The council met. '.repeat(DATE_HEAD_CHARS / 10)}March 5, 2023`), undefined);
  });

  it('knows leap years', () => {
    assert.strictEqual(articleDate('February 29, 2024'), '2024-02-29');
    assert.strictEqual(articleDate('February 29, 2023'), undefined);
  });
});
