// People the tagger types as something else: names in a long list of people, a name right after a title, and
// an organization's name after a word that is also a title. Fixture sentences are written for these tests;
// the names are made up (or, for the list, invented given names no word list knows).
import * as assert from 'assert';
import { findEntities } from '../../src/core/entities';
import {
  givenNamePersons,
  givenNamesNotMisc,
  leadersOfGovernments,
  splitAtBreaks,
  type Mention,
} from '../../src/core/entities/mentions';
import { loadModel } from '../../src/core/entities/weights';
import { toWords } from '../../src/core/entities/words';
import { splitSentences, tokenize } from '../../src/core/text';
import type { Entity } from '../../src/core/types';

function entities(text: string): Entity[] {
  const tokens = tokenize(text);
  return findEntities(text, tokens, splitSentences(tokens), {});
}

const typeOf = (list: Entity[], name: string) => list.find((e) => e.name === name)?.type ?? null;

describe('people: names the tagger typed otherwise', () => {
  it('takes unknown words in a long list of people as people too', () => {
    const text =
      'The second group date was with Alex, Erika, Katie, Zorvanne, Sydney, Quillora, Caitlin and Heather: what fun.';
    assert.strictEqual(typeOf(entities(text), 'Quillora'), 'PERSON');
  });

  it('leaves a short list alone', () => {
    const list = entities('The prize went to Anna and Zorvanne Industries.');
    assert.notStrictEqual(typeOf(list, 'Zorvanne'), 'PERSON');
  });

  it('takes a name the tagger typed as other right after a title as a person', () => {
    const list = entities('She met South Korean President Moon Jae-in on Friday.');
    assert.strictEqual(typeOf(list, 'Moon Jae-in'), 'PERSON');
  });

  it('moves a given name the tagger put at the end of a title span into the person right after it', () => {
    const text = 'Senate Majority Leader Mitch Quillfeather blamed the media.';
    const tokens = tokenize(text);
    const words = toWords(tokens, new Set(splitSentences(tokens).map((s) => s.first)));
    const tagged: Mention[] = [
      { first: 0, last: 4, type: 'ORG', known: -1 },
      { first: 4, last: 5, type: 'PERSON', known: -1 },
    ];
    const person = givenNamePersons(words, tagged, loadModel().lex).find((m) => m.type === 'PERSON');
    assert.deepStrictEqual(person && [person.first, person.last], [3, 5]);
  });

  it('takes a one-word name before an apposition that describes a person as a person', () => {
    const list = entities(
      'The water came at night. Ani, a resident of the coast, was asleep when it struck. ' +
        'Roman, a fisherman who runs boats to the island, said the sea had been calm.',
    );
    // A word the tagger missed, and a given name it typed as other ("Roman").
    assert.strictEqual(typeOf(list, 'Ani'), 'PERSON');
    assert.strictEqual(typeOf(list, 'Roman'), 'PERSON');
    // An apposition that describes no person makes no person.
    const company = entities('Zorvanne, a maker of boats, said sales rose.');
    assert.notStrictEqual(typeOf(company, 'Zorvanne'), 'PERSON');
  });

  it('takes the name of a byline line that looks like a title-case headline as a person', () => {
    const text =
      '\n\nAnnabelle Quist, The Associated Press\n\n\n\nDUNMORE -- World markets mostly rose Thursday as investors ' +
      'awaited comments.';
    assert.strictEqual(typeOf(entities(text), 'Annabelle Quist'), 'PERSON');
  });

  it('makes a one-word given name typed MISC a person where it is typed PERSON elsewhere', () => {
    const text = 'Demi won the rose. Later, interior designer Demi cried. The Emmy went to Orlov.';
    const tokens = tokenize(text);
    const words = toWords(tokens, new Set(splitSentences(tokens).map((s) => s.first)));
    const at = (w: string) => words.findIndex((x) => x.text === w);
    const tagged: Mention[] = [
      { first: at('Demi'), last: at('Demi') + 1, type: 'PERSON', known: -1 },
      { first: words.length - 9, last: words.length - 8, type: 'MISC', known: -1 },
      { first: at('Emmy'), last: at('Emmy') + 1, type: 'MISC', known: -1 },
    ];
    assert.strictEqual(words[tagged[1].first].text, 'Demi');
    assert.deepStrictEqual(
      givenNamesNotMisc(words, tagged).map((m) => m.type),
      ['PERSON', 'PERSON', 'MISC'],
    );
  });

  it('does not make a person of an organization after a title word ("Premier League")', () => {
    const list = entities('He scored twice in the Premier League for the club on Saturday.');
    assert.ok(!list.some((e) => e.type === 'PERSON'), JSON.stringify(list.map((e) => [e.type, e.name])));
  });
});

describe('people: a leader named by their government', () => {
  it('makes "Trudeau" in "the Trudeau government" the person when a Trudeau is named in full', () => {
    const text = 'Justin Trudeau spoke. Critics of the Trudeau government and the Ford plant said so.';
    const words = toWords(tokenize(text), new Set([0]));
    const at = (w: string) => words.findIndex((x) => x.text === w);
    const mentions: Mention[] = [
      { first: at('Justin'), last: at('Justin') + 2, type: 'PERSON', known: -1 },
      { first: words.findIndex((x, i) => x.text === 'Trudeau' && i > 2), last: 0, type: 'MISC', known: -1 },
      { first: at('Ford'), last: at('Ford') + 1, type: 'ORG', known: -1 },
    ];
    mentions[1].last = mentions[1].first + 1;
    const out = leadersOfGovernments(words, mentions);
    assert.deepStrictEqual(
      out.map((m) => m.type),
      ['PERSON', 'PERSON', 'ORG'],
    );
  });
});

describe('people: a name span never runs across a reporting verb or a sentence break', () => {
  it('cuts "Lohmar said Emery" into two names and "McMillen. Some" after the name', () => {
    const names = (text: string) => entities(text).map((e) => e.name);
    const tokens = tokenize('“We are done,” Lohmar said Emery had confessed.');
    const words = toWords(tokens, new Set([0]));
    const i = (w: string) => words.findIndex((x) => x.text === w);
    const spans = [{ first: i('Lohmar'), last: i('Emery') + 1, type: 'PERSON' as const }];
    assert.deepStrictEqual(
      splitAtBreaks(words, spans, loadModel().lex).map((s) =>
        words
          .slice(s.first, s.last)
          .map((w) => w.text)
          .join(' '),
      ),
      ['Lohmar', 'Emery'],
    );
    assert.ok(!names('He trusted Robert McMillen. Some people did not.').some((n) => /Some/.test(n)));
  });
});
