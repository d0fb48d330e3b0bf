import * as assert from 'assert';
import * as fs from 'fs';
import { annotate } from '../../src/core/annotate';
import { sharedFile } from './shared';

// The mission's own article, read from the shared folder (not copied into the repository).
describe('quotes: the Sochi–Syria seed article', function () {
  let file = '';
  before(() => {
    file = sharedFile('seeds', 'sochi-syria.txt');
  });

  it('ties all 13 curly quotations to the right person, in order', () => {
    const text = fs.readFileSync(file, 'utf8');
    const a = annotate(text);
    const names = new Map(a.entities.map((e) => [e.id, e.name]));
    const marks = [...text.matchAll(/“[^”]*”/g)].map((m) => ({
      start: m.index ?? 0,
      end: (m.index ?? 0) + m[0].length,
    }));
    assert.strictEqual(marks.length, 13);
    const expected = [
      'Cameron',
      'Putin',
      'Putin',
      'Cameron',
      'Cameron',
      'Cameron',
      'Cameron',
      'Peskov',
      'Kerry',
      'Kerry',
      'Kerry',
      'Kerry',
      'Kerry',
    ];
    const mentions = [
      'Cameron',
      'Putin',
      'Putin',
      'who',
      'Cameron',
      'Cameron',
      'Cameron',
      'Dmitry Peskov',
      'Kerry',
      'Kerry',
      'Kerry',
      'Kerry',
      'Kerry',
    ];
    marks.forEach((m, i) => {
      const q = a.quotes.find((x) => x.start <= m.start && m.end <= x.end);
      assert.ok(q, `quotation ${i + 1} ${text.slice(m.start, m.end)} not found`);
      assert.strictEqual(q.speakerMention?.text, mentions[i], `quotation ${i + 1}`);
      assert.ok(q.speaker, `quotation ${i + 1} has no speaker`);
      const name = names.get(q.speaker) ?? '';
      assert.ok(name.split(' ').pop() === expected[i], `quotation ${i + 1}: ${name}`);
    });
  });

  it('finds the reported claims with their speakers', () => {
    const text = fs.readFileSync(file, 'utf8');
    const a = annotate(text);
    const names = new Map(a.entities.map((e) => [e.id, e.name]));
    const russia = a.quotes.find((q) => q.text.startsWith('the opposition was equally to blame'));
    assert.ok(russia);
    assert.deepStrictEqual(
      [russia.kind, russia.cue?.text, russia.speakerMention?.text],
      ['indirect', 'argued', 'Russia'],
    );
    assert.strictEqual(names.get(russia.speaker ?? ''), 'Russia');
    const kerry = a.quotes.find((q) => q.text.startsWith('the U.S. and other nations'));
    assert.ok(kerry);
    assert.strictEqual(kerry.kind, 'mixed');
    assert.strictEqual(kerry.speakerMention?.text, 'Kerry');
    // Said by both leaders: a speaker phrase but no single speaker.
    const both = a.quotes.find((q) => q.text.startsWith('Russia and the U.K. are planning'));
    assert.ok(both);
    assert.strictEqual(both.speaker, null);
    assert.ok(both.speakerMention?.text.includes('Putin') && both.speakerMention.text.includes('Cameron'));
  });
});
