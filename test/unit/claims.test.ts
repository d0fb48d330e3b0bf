import * as assert from 'assert';
import { findQuotes } from '../../src/core/quotes';
import { splitSentences, tokenize } from '../../src/core/text';
import type { Quote } from '../../src/core/types';

function quotesOf(text: string): Quote[] {
  const tokens = tokenize(text);
  return findQuotes(text, tokens, splitSentences(tokens), [], {});
}

/** With the broad scope (attributions 'all'): beliefs, findings, wishes, plans, object and impersonal cues too. */
function allQuotesOf(text: string): Quote[] {
  const tokens = tokenize(text);
  return findQuotes(text, tokens, splitSentences(tokens), [], { attributions: 'all' });
}

describe('claims: reported speech', () => {
  it('X said (that) …: the content after the cue, without cue and speaker', () => {
    const [a] = quotesOf('Helen Marsh said that the school would stay open.');
    assert.deepStrictEqual(
      [a.text, a.kind, a.speakerMention?.text, a.cue?.text],
      ['the school would stay open', 'indirect', 'Helen Marsh', 'said'],
    );
    const [b] = quotesOf('Helen Marsh said the school would stay open.');
    assert.strictEqual(b.text, 'the school would stay open');
  });

  it('…, X said: the content before the cue', () => {
    const [q] = quotesOf('The school will stay open until June, Helen Marsh said on Tuesday.');
    assert.deepStrictEqual(
      [q.text, q.speakerMention?.text, q.cue?.text],
      ['The school will stay open until June', 'Helen Marsh', 'said'],
    );
  });

  it('content split around the attribution gives two parts with one speaker', () => {
    const qs = quotesOf('The plan, the mayor said, is dead.');
    assert.deepStrictEqual(
      qs.map((q) => q.text),
      ['The plan', 'is dead'],
    );
    assert.ok(qs.every((q) => q.speakerMention?.text === 'the mayor'));
  });

  it('an intro phrase before the speaker is not content', () => {
    const [q] = quotesOf('In Oslo, Ingrid Berg said the fund would be closed.');
    assert.strictEqual(q.text, 'the fund would be closed');
    assert.strictEqual(q.speakerMention?.text, 'Ingrid Berg');
  });

  it('kind: direct when all of it is quoted, mixed when part is, indirect otherwise', () => {
    const [d] = quotesOf('Ana Polk said: “We will appeal.”');
    assert.strictEqual(d.kind, 'direct');
    const [m] = quotesOf('Ana Polk said the ruling was “a disgrace” and would be appealed.');
    assert.deepStrictEqual([m.kind, m.text], ['mixed', 'the ruling was “a disgrace” and would be appealed']);
    const [i] = quotesOf('Ana Polk said the ruling would be appealed.');
    assert.strictEqual(i.kind, 'indirect');
  });

  it('a partial quote cut by the claim edge is taken whole', () => {
    const [q] = quotesOf('Syrians must choose “a leader they trust,” Kerry said.');
    assert.strictEqual(q.text, 'Syrians must choose “a leader they trust,”');
    assert.strictEqual(q.kind, 'mixed');
  });

  it('belief and finding verbs count after a subject', () => {
    const [a] = allQuotesOf('Most voters believe the economy is getting worse.');
    assert.deepStrictEqual(
      [a.text, a.speakerMention?.text, a.cue?.text],
      ['the economy is getting worse', 'Most voters', 'believe'],
    );
    const [b] = allQuotesOf('The new poll shows that the race is tied.');
    assert.deepStrictEqual([b.text, b.speakerMention?.text], ['the race is tied', 'The new poll']);
  });

  it('a participle clause reports for the subject of its sentence', () => {
    const qs = quotesOf('Lopez rejected the offer on Friday, saying the price was too low.');
    const q = qs.find((x) => x.cue?.text === 'saying');
    assert.ok(q);
    assert.deepStrictEqual([q.text, q.speakerMention?.text], ['the price was too low', 'Lopez']);
  });

  it('a passive attributes its subject to the agent (“was first reported by”)', () => {
    const qs = quotesOf('The leak was first reported by the Herald.');
    assert.deepStrictEqual(
      qs.map((q) => [q.text, q.speakerMention?.text, q.cue?.text]),
      [['The leak', 'the Herald', 'reported by']],
    );
  });

  it('a nested cue inside a later attribution counts once', () => {
    const qs = quotesOf('Nina Volk believes the vote was rigged, her lawyer said.');
    assert.deepStrictEqual(
      qs.map((q) => [q.text, q.speakerMention?.text]),
      [['Nina Volk believes the vote was rigged', 'her lawyer']],
    );
  });

  it('two speakers in one sentence each get their own claim', () => {
    const text = 'Cameron, who said he “strongly” backs the plan, said Britain and Russia agree on the aims.';
    const qs = quotesOf(text);
    assert.deepStrictEqual(
      qs.map((q) => [q.text, q.speakerMention?.text]),
      [
        ['he “strongly” backs the plan', 'who'],
        ['Britain and Russia agree on the aims', 'Cameron'],
      ],
    );
  });

  it('an impersonal attribution has no source: “X is expected to …”', () => {
    const qs = allQuotesOf('One voter in nine is expected to be Latino.');
    assert.deepStrictEqual(
      qs.map((q) => [q.text, q.speakerMention, q.cue?.text]),
      [
        ['One voter in nine', null, 'is expected'],
        ['to be Latino', null, 'is expected'],
      ],
    );
  });

  it('verb + particle cues and progressive forms', () => {
    const [a] = allQuotesOf('The union called for a new vote on the contract.');
    assert.deepStrictEqual(
      [a.text, a.speakerMention?.text, a.cue?.text],
      ['a new vote on the contract', 'The union', 'called for'],
    );
    const [b] = allQuotesOf('Mayor Ruth Hale is warning residents that the dam may fail.');
    assert.deepStrictEqual([b.speakerMention?.text, b.cue?.text], ['Mayor Ruth Hale', 'warning']);
    assert.ok(b.text.endsWith('the dam may fail'));
  });

  it('skips a time phrase between the speaker and the cue', () => {
    const [q] = allQuotesOf('Ravi Bose on Wednesday called on the board to resign.');
    assert.strictEqual(q.speakerMention?.text, 'Ravi Bose');
  });

  it('wanting and planning take an infinitive as content', () => {
    const [q] = allQuotesOf('She wants to double the size of the program.');
    assert.deepStrictEqual([q.text, q.speakerMention?.text], ['to double the size of the program', 'She']);
  });

  it('a second verb joined by “and” shares the subject: “X cut … and said …”', () => {
    const [q] = quotesOf('Mayor Lund cut the ribbon and said the park would reopen in May.');
    assert.deepStrictEqual(
      [q.text, q.speakerMention?.text, q.cue?.text],
      ['the park would reopen in May', 'Mayor Lund', 'said'],
    );
  });

  it('counted speakers: “eight of 10 voters say”', () => {
    const [q] = quotesOf('Nearly eight of 10 voters say the debate matters.');
    assert.deepStrictEqual([q.text, q.speakerMention?.text], ['the debate matters', 'eight of 10 voters']);
  });

  it('a verb of physical action is not a reporting cue: “Soldiers blocked …”', () => {
    const qs = quotesOf(
      'Soldiers blocked the northern bridge late on Friday after a clash between farmers and traders.',
    );
    assert.deepStrictEqual(
      qs.map((q) => q.cue?.text),
      [],
    );
  });

  it('a one-noun object is not reported content: “X rejected his offer”', () => {
    assert.deepStrictEqual(
      quotesOf('Mira Osei, the chair of the tenants group, rejected his offer.').map((q) => q.text),
      [],
    );
    // A longer object still counts.
    const [q] = quotesOf('Mira Osei rejected claims that the building was unsafe.');
    assert.strictEqual(q?.text, 'claims that the building was unsafe');
  });

  it('an object cue followed by a noun phrase with no clause (no word the Brill lexicon knows as a finite verb) is no claim', () => {
    // "sent" and "continues" are object cues (PolNeAR counts "X sent a letter saying …"), but what they act on is not speech.
    assert.deepStrictEqual(allQuotesOf('The council sent a letter to every member on Friday.'), []);
    assert.deepStrictEqual(allQuotesOf('Coverage continues below this advertisement.'), []);
    // With a clause ("would"), the same cue reports content.
    const [q] = allQuotesOf('The council issued a warning that the bridge would close.');
    assert.deepStrictEqual([q?.text, q?.cue?.text], ['a warning that the bridge would close', 'issued']);
  });
});
