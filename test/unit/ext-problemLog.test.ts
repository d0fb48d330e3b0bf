// src/extension/problemLog.ts in plain Node (it imports `vscode` for types only): the "News Lens" output channel
// gets one line per problem the recognizer recovered from, and is created only when first needed.
import * as assert from 'node:assert/strict';
import { LOG_CHANNEL, ProblemLog, problemLine, type LogChannel } from '../../src/extension/problemLog';

/** An output channel stand-in that keeps what is written to it. */
class FakeChannel implements LogChannel {
  readonly lines: string[] = [];
  shown: Array<boolean | undefined> = [];
  disposed = false;
  constructor(readonly name: string) {}
  appendLine(line: string): void {
    this.lines.push(line);
  }
  show(preserveFocus?: boolean): void {
    this.shown.push(preserveFocus);
  }
  dispose(): void {
    this.disposed = true;
  }
}

const TIME = new Date(Date.UTC(2026, 11, 1, 23, 40, 5, 123));

function logWithChannels(): { log: ProblemLog; made: FakeChannel[] } {
  const made: FakeChannel[] = [];
  const log = new ProblemLog(
    (name) => (made.push(new FakeChannel(name)), made[made.length - 1]),
    () => TIME,
  );
  return { log, made };
}

describe('problemLine', () => {
  it('time, document, stage and the message', () => {
    assert.equal(
      problemLine(TIME, 'news/harbor.txt', { stage: 'validate', message: 'dropped quote with bad offsets 5..3' }),
      '[2026-12-01T23:40:05.123Z] news/harbor.txt: validate: dropped quote with bad offsets 5..3',
    );
  });

  it('only the first line of a message (a stack trace stays out), whatever the line ends', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const message = `findQuotes threw: TypeError: x is undefined${eol}    at findQuotes (quotes.ts:10:5)${eol}    at annotate`;
      assert.equal(
        problemLine(TIME, 'a.txt', { stage: 'quotes', message }),
        '[2026-12-01T23:40:05.123Z] a.txt: quotes: findQuotes threw: TypeError: x is undefined',
      );
    }
  });
});

describe('ProblemLog', () => {
  it('creates no channel until there is something to write', () => {
    const { log, made } = logWithChannels();
    log.write('a.txt', []);
    assert.equal(made.length, 0);
    assert.equal(log.outputChannel, undefined);
  });

  it('writes one line per problem to the "News Lens" channel, created once', () => {
    const { log, made } = logWithChannels();
    log.write('a.txt', [
      { stage: 'entities', message: 'findEntities threw: boom\n  at stack' },
      { stage: 'validate', message: 'dropped entity e3 with bad offsets -1..2' },
    ]);
    log.write('b.txt', [{ stage: 'quotes', message: 'findQuotes threw: bang' }]);
    assert.equal(made.length, 1);
    assert.equal(made[0].name, LOG_CHANNEL);
    assert.equal(LOG_CHANNEL, 'News Lens');
    assert.deepEqual(made[0].lines, [
      '[2026-12-01T23:40:05.123Z] a.txt: entities: findEntities threw: boom',
      '[2026-12-01T23:40:05.123Z] a.txt: validate: dropped entity e3 with bad offsets -1..2',
      '[2026-12-01T23:40:05.123Z] b.txt: quotes: findQuotes threw: bang',
    ]);
    assert.equal(log.outputChannel, made[0]);
  });

  it('show() creates the channel if needed and shows it without taking the focus', () => {
    const { log, made } = logWithChannels();
    log.show();
    log.show();
    assert.equal(made.length, 1);
    assert.deepEqual(made[0].shown, [true, true]);
  });

  it('dispose() disposes the channel', () => {
    const { log, made } = logWithChannels();
    log.show();
    log.dispose();
    assert.equal(made[0].disposed, true);
    assert.equal(log.outputChannel, undefined);
  });
});
