// src/extension/settings.ts in plain Node: how the `newsLens.*` settings are read. Defaults come from
// package.json (test/unit/manifest.test.ts checks the two agree); here `value` stands for what VS Code returns
// and `fallback` for the contributed default.
import * as assert from 'node:assert/strict';
import { parseConfig, parseKnownPeople, type SettingKey } from '../../src/extension/settings';

const DEFAULTS: Record<SettingKey, unknown> = {
  enabled: true,
  knownPeople: {},
  attributions: 'speech',
  showGender: true,
  reviewBelow: 0.6,
  entityTypes: ['PERSON', 'ORG'],
  quoteKinds: ['direct'],
  debounceDelay: 250,
  maxDocumentSizeMB: 2,
  'speakersView.revealOnCursor': false,
  'sources.include': '**/*.txt',
  'sources.maxFiles': 20000,
};

/** The config for user values `user` (unset keys read as their default, as VS Code does). */
function read(user: Partial<Record<SettingKey, unknown>>) {
  return parseConfig(
    (key) => (key in user ? user[key] : DEFAULTS[key]),
    (key) => DEFAULTS[key],
  );
}

describe('parseConfig', () => {
  it('reads showGender, and a gender in knownPeople only when it is female or male', () => {
    assert.equal(read({ showGender: false }).showGender, false);
    assert.equal(read({}).showGender, true);
    assert.deepEqual(parseKnownPeople({ 'Ana Ruiz': { gender: 'female' }, 'Tom Hale': { gender: 'm' } }), [
      { name: 'Ana Ruiz', gender: 'female' },
      { name: 'Tom Hale' },
    ]);
  });

  it('reads reviewBelow as a number in [0, 1], its default for anything else', () => {
    assert.equal(read({}).reviewBelow, 0.6);
    assert.equal(read({ reviewBelow: 0.25 }).reviewBelow, 0.25);
    assert.equal(read({ reviewBelow: 3 }).reviewBelow, 1);
    assert.equal(read({ reviewBelow: -1 }).reviewBelow, 0);
    assert.equal(read({ reviewBelow: 'high' }).reviewBelow, 0.6);
  });

  it('reads the attribution scope, and falls back to speech for anything else', () => {
    assert.equal(read({ attributions: 'all' }).attributions, 'all');
    assert.equal(read({}).attributions, 'speech');
    assert.equal(read({ attributions: 'beliefs' }).attributions, 'speech');
    assert.equal(read({ attributions: 7 }).attributions, 'speech');
  });

  it('takes well-formed values as they are', () => {
    const c = read({
      enabled: false,
      entityTypes: ['LOC', 'MISC'],
      quoteKinds: ['mixed', 'indirect'],
      debounceDelay: 0,
      maxDocumentSizeMB: 0.5,
      'speakersView.revealOnCursor': true,
    });
    assert.equal(c.enabled, false);
    assert.deepEqual([...c.entityTypes], ['LOC', 'MISC']);
    assert.deepEqual([...c.quoteKinds], ['mixed', 'indirect']);
    assert.equal(c.debounceMs, 0);
    assert.equal(c.maxLength, 512 * 1024);
    assert.equal(c.revealOnCursor, true);
  });

  it('a value of the wrong type reads as the contributed default, not as a default of its own', () => {
    const c = read({
      enabled: 'yes',
      entityTypes: 'PERSON',
      quoteKinds: null,
      debounceDelay: '100',
      maxDocumentSizeMB: NaN,
      'speakersView.revealOnCursor': 1,
    });
    assert.equal(c.enabled, true);
    assert.deepEqual([...c.entityTypes], ['PERSON', 'ORG']);
    assert.deepEqual([...c.quoteKinds], ['direct']);
    assert.equal(c.debounceMs, 250);
    assert.equal(c.maxLength, 2 * 1024 * 1024);
    assert.equal(c.revealOnCursor, false);
  });

  it('clamps numbers into their range', () => {
    assert.equal(read({ debounceDelay: -5 }).debounceMs, 0);
    assert.equal(read({ debounceDelay: 1e9 }).debounceMs, 10_000);
    assert.equal(read({ maxDocumentSizeMB: -1 }).maxLength, 0);
    assert.equal(read({ maxDocumentSizeMB: 5000 }).maxLength, 1024 * 1024 * 1024);
    assert.equal(read({ maxDocumentSizeMB: Infinity }).maxLength, 2 * 1024 * 1024, 'not finite: the default');
  });

  it('keeps only known names of types and kinds, in a fixed order, without duplicates', () => {
    const c = read({ entityTypes: ['MISC', 'person', 'PERSON', 'PERSON', 3], quoteKinds: [] });
    assert.deepEqual([...c.entityTypes], ['PERSON', 'MISC']);
    assert.deepEqual([...c.quoteKinds], [], 'an empty list is a choice: no quotes');
  });

  it('reads knownPeople through parseKnownPeople; a list instead of an object is the default (none)', () => {
    assert.deepEqual(read({ knownPeople: { 'Ann Lee': { role: 'Mayor', aliases: ['Lee'] } } }).knownPeople, [
      { name: 'Ann Lee', role: 'Mayor', aliases: ['Lee'] },
    ]);
    assert.deepEqual(read({ knownPeople: ['Ann Lee'] }).knownPeople, []);
  });
});

describe('parseKnownPeople', () => {
  it('names with a role, aliases or a role given as a string; drops blank names and malformed aliases', () => {
    assert.deepEqual(
      parseKnownPeople({
        ' Ann Lee ': { role: ' Mayor ', aliases: ['Lee', 3, ' ', 'A. Lee'] },
        'Bo Chen': 'Police chief',
        ' ': {},
        'Cy Diaz': 7,
      }),
      [
        { name: 'Ann Lee', role: 'Mayor', aliases: ['Lee', 'A. Lee'] },
        { name: 'Bo Chen', role: 'Police chief' },
        { name: 'Cy Diaz' },
      ],
    );
  });

  it('anything but an object is no people', () => {
    for (const v of [null, undefined, 'Ann Lee', 3, ['Ann Lee']]) assert.deepEqual(parseKnownPeople(v), []);
  });
});
