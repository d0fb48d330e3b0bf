// src/extension/progressThrottle.ts in plain Node, on a clock the test moves: the Sources index's progress
// notification gets a few updates a second, whatever the number of articles, and loses no step.
import * as assert from 'node:assert/strict';
import { type ProgressStep, ThrottledProgress } from '../../src/extension/progressThrottle';

function setup(everyMs: number) {
  let now = 0;
  const sent: ProgressStep[] = [];
  const progress = new ThrottledProgress(
    (s) => sent.push(s),
    everyMs,
    () => now,
  );
  return { progress, sent, advance: (ms: number) => (now += ms) };
}

/** 1,000 articles indexed one every `everyMs`, each a step of 0.1% with its count; then the end's flush. */
function indexThousand(everyMs: number): ProgressStep[] {
  const { progress, sent, advance } = setup(250);
  for (let i = 1; i <= 1000; i++) {
    progress.step({ increment: 0.1, message: `${i} of 1000 articles` });
    advance(everyMs);
  }
  progress.flush();
  return sent;
}

describe('ThrottledProgress', () => {
  it('sends the first step at once, then at most one report per interval', () => {
    // 1,000 articles indexed in 5 s: one step every 5 ms.
    const sent = indexThousand(5);
    assert.equal(sent[0].message, '1 of 1000 articles');
    // 5,000 ms at one report per 250 ms: 20, the first, and the last flushed.
    assert.ok(sent.length <= 22, `${sent.length} reports`);
    assert.ok(sent.length >= 20, `${sent.length} reports`);
  });

  it('loses no increment and ends on the last message', () => {
    const sent = indexThousand(1);
    const total = sent.reduce((sum, s) => sum + (s.increment ?? 0), 0);
    assert.ok(Math.abs(total - 100) < 1e-6, `increments add up to ${total}`);
    assert.equal(sent[sent.length - 1].message, '1000 of 1000 articles');
  });

  it('sends every step when they come slower than the interval, and flush sends nothing twice', () => {
    const { progress, sent, advance } = setup(250);
    for (let i = 1; i <= 3; i++) {
      progress.step({ increment: 10, message: `${i}` });
      advance(300);
    }
    assert.deepEqual(
      sent.map((s) => s.message),
      ['1', '2', '3'],
    );
    progress.flush();
    assert.equal(sent.length, 3);
  });
});
