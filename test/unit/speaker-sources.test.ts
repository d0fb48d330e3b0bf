import * as assert from 'assert';
import { findQuotes } from '../../src/core/quotes';
import { splitSentences, tokenize } from '../../src/core/text';
import type { Entity, EntityType, Quote } from '../../src/core/types';

type Person = [name: string, type: EntityType, role: string | null, gender?: 'male' | 'female'];

/** Entities built by hand: every occurrence of each name (and of its last word, if asked) is a mention. */
function entitiesFor(text: string, people: Person[], surnames = false): Entity[] {
  const ents: Entity[] = people.map(([name, type, role, gender], i) => ({
    id: `e${i + 1}`,
    type,
    name,
    role,
    aliases: [],
    mentions: [],
    gender: gender ?? null,
    genderEvidence: gender ? 'given name' : null,
  }));
  const taken: [number, number][] = [];
  const free = (s: number, e: number) => taken.every(([a, b]) => e <= a || b <= s);
  const add = (e: Entity, word: string) => {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length)) {
      if (!free(at, at + word.length) || /\p{L}/u.test(text[at + word.length] ?? '')) continue;
      taken.push([at, at + word.length]);
      e.mentions.push({ start: at, end: at + word.length, text: word });
    }
  };
  ents.forEach((e) => add(e, e.name));
  if (surnames) ents.forEach((e) => e.name.includes(' ') && add(e, e.name.split(' ').pop() as string));
  for (const e of ents) e.mentions.sort((a, b) => a.start - b.start);
  return ents;
}

function quotesWith(text: string, entities: Entity[]): Quote[] {
  const tokens = tokenize(text);
  return findQuotes(text, tokens, splitSentences(tokens), entities, {});
}

/** The speaker id of the quote whose text starts with `opening`. */
function speakerOf(qs: Quote[], opening: string): string | null | undefined {
  return qs.find((q) => q.text.replace(/^[“"]/u, '').startsWith(opening))?.speaker;
}

describe('speaker sources: pronouns after a narrative stretch', () => {
  it('the previous speaker named again as a subject after someone else keeps “he”', () => {
    const text =
      '“The railway made the country,” Omar Platt says.\n\n' +
      'He also knew the late Ivan Dorsey, a union organizer, and Dorsey described those years in a memoir.\n\n' +
      'Only lately Platt pieced the stories together. “I never saw the whole picture,” he says.';
    const ents = entitiesFor(
      text,
      [
        ['Omar Platt', 'PERSON', null, 'male'],
        ['Ivan Dorsey', 'PERSON', 'union organizer', 'male'],
      ],
      true,
    );
    assert.strictEqual(speakerOf(quotesWith(text, ents), 'I never saw'), 'e1');
  });

  it('without that second naming the pronoun stays open between the two', () => {
    const text =
      '“The railway made the country,” Omar Platt says.\n\n' +
      'He also knew the late Ivan Dorsey, a union organizer, and Dorsey described those years in a memoir.\n\n' +
      'Only lately the stories came together. “I never saw the whole picture,” he says.';
    const ents = entitiesFor(
      text,
      [
        ['Omar Platt', 'PERSON', null, 'male'],
        ['Ivan Dorsey', 'PERSON', 'union organizer', 'male'],
      ],
      true,
    );
    assert.notStrictEqual(speakerOf(quotesWith(text, ents), 'I never saw'), 'e1');
  });

  it('a name in a subordinate clause opening the sentence does not take “he” from the speaker', () => {
    const text =
      'College spokesman Ned Ruff said the list drew 2,000 votes. ' +
      'Although Mayor Tom Gale has often said that the word means nothing, its place on the list is no statement. ' +
      'Rather, voters were tired of hearing it, he said.\n\n' +
      '“I can tell a campaign when I see one,” he said.';
    const ents = entitiesFor(
      text,
      [
        ['Ned Ruff', 'PERSON', 'College spokesman', 'male'],
        ['Tom Gale', 'PERSON', 'Mayor', 'male'],
      ],
      true,
    );
    const qs = quotesWith(text, ents);
    assert.strictEqual(speakerOf(qs, 'I can tell'), 'e1');
    assert.strictEqual(speakerOf(qs, 'Rather'), 'e1');
    // The subordinate clause's own claim is still Gale's.
    assert.strictEqual(speakerOf(qs, 'the word means'), 'e2');
  });

  it('“…, Platt believes.” closing the sentence before makes Platt the one “he” stands for', () => {
    const text =
      '“We owe them a lot,” Omar Platt said.\n\n' +
      'In 1955 Carl Ives was hired as a conductor, the first Black man in the job. ' +
      'The porters made the country fairer, Platt believes. “I hope readers see the whole country,” he says.';
    const ents = entitiesFor(
      text,
      [
        ['Omar Platt', 'PERSON', null, 'male'],
        ['Carl Ives', 'PERSON', 'conductor', 'male'],
      ],
      true,
    );
    assert.strictEqual(speakerOf(quotesWith(text, ents), 'I hope readers'), 'e1');
  });

  it('a description opening the sentence before (“the mayor brought up …”) resolves “he” to the one mayor', () => {
    const text =
      'Mayor Dan Hollis promised a new line.\n\n' +
      'The Rail Board told reporters it had no study. “The board never did one,” a spokesperson said.\n\n' +
      'On Dec. 13, the mayor brought up the plan again while speaking to the media.\n\n' +
      '“We can build it around the clock,” he said.';
    const ents = entitiesFor(text, [
      ['Dan Hollis', 'PERSON', 'Mayor', 'male'],
      // An organization the recognizer took for a person of unknown gender: the pronoun's rival.
      ['Rail Board', 'PERSON', null],
    ]);
    assert.strictEqual(speakerOf(quotesWith(text, ents), 'We can build'), 'e1');
  });

  it('but not when two people share the description', () => {
    const text =
      'Mayor Dan Hollis and Mayor Ray Penn promised a new line.\n\n' +
      'The Rail Board told reporters it had no study. “The board never did one,” a spokesperson said.\n\n' +
      'On Dec. 13, the mayor brought up the plan again while speaking to the media.\n\n' +
      '“We can build it around the clock,” he said.';
    const ents = entitiesFor(text, [
      ['Dan Hollis', 'PERSON', 'Mayor', 'male'],
      ['Ray Penn', 'PERSON', 'Mayor', 'male'],
      ['Rail Board', 'PERSON', null],
    ]);
    assert.strictEqual(speakerOf(quotesWith(text, ents), 'We can build'), null);
  });
});

describe('speaker sources: a quotation after a colon', () => {
  it('is said by the subject of the verb nearest the colon, not by the word opening the sentence', () => {
    const text =
      'Boardroom drift was on display in May when Ana Ruiz again took to her blog with this: “Titles are for show, and this one will be gone in three years.”';
    const qs = quotesWith(text, entitiesFor(text, [['Ana Ruiz', 'PERSON', null, 'female']]));
    const q = qs.find((x) => x.kind === 'direct');
    assert.strictEqual(q?.speakerMention?.text, 'Ana Ruiz');
    assert.strictEqual(q?.speaker, 'e1');
  });

  it('keeps the name with an apposition before the verb: “Hale, the doctor, is blunt: “…””', () => {
    const text = 'Tom Hale, the doctor, is blunt: “Nobody should ever mix these pills with anything they buy.”';
    const q = quotesWith(text, entitiesFor(text, [['Tom Hale', 'PERSON', 'doctor', 'male']])).find(
      (x) => x.kind === 'direct',
    );
    assert.strictEqual(q?.speaker, 'e1');
  });
});

describe('speaker sources: a cue coordinated with an earlier verb', () => {
  it('after an opening phrase: “In an interview on Monday, Secretary Ana Ruiz praised … and said …”', () => {
    const text =
      'In an interview with the Daily Star on Monday, Secretary of State Ana Ruiz praised the support of her allies and said she did not think the dispute would last.';
    const qs = quotesWith(text, entitiesFor(text, [['Ana Ruiz', 'PERSON', 'Secretary of State', 'female']]));
    const q = qs.find((x) => x.text.startsWith('she did not think'));
    assert.strictEqual(q?.speaker, 'e1');
    assert.strictEqual(q?.cue?.text, 'said');
  });

  it('“… and then quipped to the crowd, “…”” takes the segment’s speaker for the quotation', () => {
    const text =
      'Tom Hale said he was tired and then quipped to the crowd, “That you should look into. Maybe you are next.” The crowd laughed.';
    const qs = quotesWith(text, entitiesFor(text, [['Tom Hale', 'PERSON', null, 'male']]));
    const q = qs.find((x) => x.kind === 'direct');
    assert.strictEqual(q?.text, '“That you should look into. Maybe you are next.”');
    assert.strictEqual(q?.speaker, 'e1');
  });
});

describe('speaker sources: narration after a quotation closed by a comma', () => {
  it('“… and said, “Oh, it’s my rose,” which is when …”: the quotation alone is the quote', () => {
    const text = 'Dana Roe picked it up and said, “Oh, it’s my rose,” which is when the others started to fume.';
    const q = quotesWith(text, entitiesFor(text, [['Dana Roe', 'PERSON', null, 'female']]))[0];
    assert.strictEqual(q?.text, '“Oh, it’s my rose,”');
    assert.strictEqual(q?.kind, 'direct');
  });

  it('“said that “…,” alluding to …” stays a quote with its “that”', () => {
    const text = 'Ana Ruiz said that “blaming others will not solve the problems,” alluding to an old proverb.';
    const q = quotesWith(text, entitiesFor(text, [['Ana Ruiz', 'PERSON', null, 'female']]))[0];
    assert.strictEqual(q?.text, 'that “blaming others will not solve the problems,”');
  });

  it('a list of quoted phrases joined by “and” is not cut', () => {
    const text = 'Ana Ruiz spoke of “how the system is rigged,” and “wounded families” across the state.';
    const qs = quotesWith(text, []);
    assert.ok(qs.every((q) => q.text !== '“how the system is rigged,”'));
  });
});

describe('speaker sources: a post embedded with its signature', () => {
  const post =
    'The council met on Friday.\n\n' +
    'Crews are out on every road tonight. Stay home if you can. https://t.co/aB3dE5fG7h — Ana Ruiz (@anaruiz_news) December 18, 2018\n\n' +
    'The storm passed by morning.';

  it('the paragraph before “— Name (@handle) Month D, YYYY” is what the signed person wrote', () => {
    const qs = quotesWith(post, entitiesFor(post, [['Ana Ruiz', 'PERSON', null, 'female']]));
    const q = qs.find((x) => x.text.startsWith('Crews'));
    assert.strictEqual(q?.text, 'Crews are out on every road tonight. Stay home if you can.');
    assert.strictEqual(q?.speaker, 'e1');
    assert.strictEqual(q?.speakerMention?.text, 'Ana Ruiz');
  });

  it('a link glued to a hashtag (“#Storm pic.twitter.com/…”) is left out too', () => {
    const text =
      'Power is back for most homes. #BCStormpic.twitter.com/rg2GLQ — Island Power (@islandpower) May 2, 2019';
    const q = quotesWith(text, entitiesFor(text, [['Island Power', 'ORG', null]]))[0];
    assert.strictEqual(q?.text, 'Power is back for most homes.');
    assert.strictEqual(q?.speaker, 'e1');
  });

  it('no claim without the handle and the date: a dash and a name alone sign nothing', () => {
    const text = 'Crews are out on every road tonight — Ana Ruiz, the mayor, told us so in 2018';
    assert.ok(quotesWith(text, []).every((q) => !q.text.startsWith('Crews are out')));
  });
});

describe('speaker sources: speech is a clause, even after a long listing subject', () => {
  it('“he said further information about X, the outcome of Y and a visit by Z would be …” is a claim', () => {
    const text =
      'Ministry spokesman Li Wen gave no details. But he said further information about the talks, the outcome of the meetings and a possible visit by the president would be released soon.';
    const qs = quotesWith(text, entitiesFor(text, [['Li Wen', 'PERSON', 'Ministry spokesman', 'male']]));
    const q = qs.find((x) => x.text.startsWith('further information'));
    assert.ok(q, 'the claim is found');
    assert.strictEqual(q?.speaker, 'e1');
  });

  it('but a modal inside a relative clause after a noun phrase makes no clause: “added the group to its program, which could …”', () => {
    const text =
      'The province added the drug group to its monitoring program for pharmacies, clinics and hospitals, which could track every sale.';
    assert.strictEqual(quotesWith(text, []).length, 0);
  });
});

describe('speaker sources: a surname the recognizer left alone', () => {
  it('“Guest said …” is the one person named … Guest; “he” then goes on with him', () => {
    const text =
      'Dr. Tim Guest runs the emergency room.\n\n“We are full every night,” Terry Chapman said.\n\n' +
      'Guest said too often, the emergency room becomes a safety net.\n\n“We are the last resort,” he said.';
    // Only the full name is a mention of Tim Guest: the lone “Guest” is no mention.
    const ents = entitiesFor(text, [
      ['Tim Guest', 'PERSON', null, 'male'],
      ['Terry Chapman', 'PERSON', null, 'male'],
    ]);
    const qs = quotesWith(text, ents);
    assert.strictEqual(speakerOf(qs, 'often, the emergency'), 'e1');
    assert.strictEqual(speakerOf(qs, 'We are the last'), 'e1');
  });

  it('but not when two people share the surname', () => {
    const text =
      'Trevor Nicholson and Mary Nicholson wrote the policy.\n\n“It is at the discretion of the officer,” said Nicholson in an email.';
    const ents = entitiesFor(text, [
      ['Trevor Nicholson', 'PERSON', null, 'male'],
      ['Mary Nicholson', 'PERSON', null, 'female'],
    ]);
    assert.strictEqual(speakerOf(quotesWith(text, ents), 'It is at'), null);
  });
});

describe('speaker sources: what a person called something', () => {
  it('“Dana Roe earlier this week called the minister a “coward” on Twitter” is Roe’s word', () => {
    const text = 'Dana Roe earlier this week called Finance Minister Al Hart a “coward” on Twitter, for example.';
    const ents = entitiesFor(text, [
      ['Dana Roe', 'PERSON', null, 'female'],
      ['Al Hart', 'PERSON', 'Finance Minister', 'male'],
    ]);
    const q = quotesWith(text, ents).find((x) => x.text === '“coward”');
    assert.strictEqual(q?.speaker, 'e1');
    assert.strictEqual(q?.cue?.text, 'called');
  });

  it('a later quotation of the same sentence goes on with that speaker', () => {
    const text =
      'Tom Hale called it “completely unfair” for the students “to be dragged through the mud like this by everyone.”';
    const qs = quotesWith(text, entitiesFor(text, [['Tom Hale', 'PERSON', null, 'male']]));
    assert.strictEqual(speakerOf(qs, 'to be dragged'), 'e1');
  });

  it('no speaker for a thing called by a name (“a campaign called “Code Red””) nor for “it called”', () => {
    const text =
      'The union started a campaign called “Code Red” last year. In what it called a “thorough process,” the firm hired two.';
    const qs = quotesWith(text, []);
    assert.ok(qs.every((q) => q.text !== '“Code Red”' && q.text !== '“thorough process,”'));
  });
});

describe('speaker sources: “points out” reports speech', () => {
  it('“Platt points out that …” is a claim with the default (speech) scope', () => {
    const text = 'Omar Platt points out that the rule kept most workers from the islands out of the country.';
    const qs = quotesWith(text, entitiesFor(text, [['Omar Platt', 'PERSON', null, 'male']]));
    assert.strictEqual(qs[0]?.speaker, 'e1');
    assert.strictEqual(qs[0]?.cue?.text, 'points out');
  });
});

describe('speaker sources: a pull quote signed with a name', () => {
  it('“It is hard on our seniors. Rod Pine, Lake Elm mayor” is what Rod Pine said', () => {
    const text =
      'The storm cut power to 60,000 homes.\n\nIt is very hard on our seniors if they have no backup at all. Rod Pine, Lake Elm mayor\n\n“Crews are out,” the utility said.';
    const qs = quotesWith(text, entitiesFor(text, [['Rod Pine', 'PERSON', 'Lake Elm mayor', 'male']]));
    const q = qs.find((x) => x.text.startsWith('It is very hard'));
    assert.strictEqual(q?.text, 'It is very hard on our seniors if they have no backup at all.');
    assert.strictEqual(q?.speaker, 'e1');
    assert.strictEqual(q?.cue, null);
  });

  it('a photo caption closed by its photographer’s name is no pull quote', () => {
    const text =
      'A cyclist rides past shuttered homes in the west end on Oct. 29, 2015. Ben Nelms\n\nThe vote was close.';
    assert.ok(quotesWith(text, []).every((q) => !q.text.startsWith('A cyclist')));
  });
});

describe('speaker sources: a name whose last word is also a function word', () => {
  it('“On Tuesday, Ms. May said …” is said by Ms. May, not skipped as the modal “may”', () => {
    const text = 'On Tuesday, Ms. May said a potential solution could be to put a time limit on the plan.';
    const q = quotesWith(text, entitiesFor(text, [['May', 'PERSON', null, 'female']]))[0];
    assert.strictEqual(q?.speakerMention?.text, 'Ms. May');
    assert.strictEqual(q?.speaker, 'e1');
  });
});

describe('speaker sources: the listener after “told”', () => {
  it('““…,” Mr. Hale told the House before slamming …”: the quotation is the content, not what follows', () => {
    const text =
      'The vote was “a catastrophic defeat for this government,” Mr. Hale told the House before slamming the offer to talk.';
    const q = quotesWith(text, entitiesFor(text, [['Hale', 'PERSON', null, 'male']]))[0];
    assert.strictEqual(q?.text, 'The vote was “a catastrophic defeat for this government,”');
    assert.strictEqual(q?.speaker, 'e1');
  });

  it('““…,” Ana told the minister in a soft voice, her words met with applause”: the narration is no quote', () => {
    const text =
      '“I came all the way from Syria to thank you,” Ana Ruiz told the prime minister in a soft voice, her words met with applause.';
    const qs = quotesWith(text, []);
    assert.deepStrictEqual(
      qs.map((q) => q.text),
      ['“I came all the way from Syria to thank you,”'],
    );
  });

  it('but “told reporters most victims were …” keeps its content', () => {
    const text = 'An agency official named Jhony told reporters most victims were Indonesian holidaymakers.';
    assert.strictEqual(quotesWith(text, [])[0]?.text, 'most victims were Indonesian holidaymakers');
  });

  it('a capitalised listener and a medium after it: “told the Senate in a letter that …”', () => {
    const text = 'Ana Ruiz told the Senate in a letter that the plan was dead.';
    const q = quotesWith(text, [])[0];
    assert.strictEqual(q?.text, 'the plan was dead');
  });
});

describe('speaker sources: phrases between a cue and what it reports', () => {
  it('“… and in a carefully worded response said …” coordinates the cue with the earlier verb', () => {
    const text =
      'Ana Ruiz called the report wrong on Thursday and in a carefully worded response said she never gave orders.';
    const q = quotesWith(text, entitiesFor(text, [['Ana Ruiz', 'PERSON', null, 'female']])).find((x) =>
      x.text.startsWith('she never'),
    );
    assert.strictEqual(q?.speaker, 'e1');
  });

  it('“… apologized and then, behind her back, sniffed that “…”” coordinates across an aside between commas', () => {
    const text =
      'Dana Roe apologized to her face and then, behind her back, sniffed that “there is no advantage here.”';
    const q = quotesWith(text, entitiesFor(text, [['Dana Roe', 'PERSON', null, 'female']]))[0];
    assert.strictEqual(q?.cue?.text, 'sniffed');
    assert.strictEqual(q?.speaker, 'e1');
  });

  it('“told reporters she would …” keeps “she” in the content, after a time phrase too', () => {
    for (const text of [
      'Ana Ruiz told reporters she would run again.',
      'Ana Ruiz told reporters on Monday she would run again.',
    ])
      assert.strictEqual(quotesWith(text, [])[0]?.text, 'she would run again', text);
  });
});

describe('speaker sources: more clauses after a cue', () => {
  it('“said by text message the weather had been fine” is reported speech, not a passive', () => {
    const text = 'Roma, a local guide, said by text message the weather had been fine when the waves struck.';
    assert.strictEqual(quotesWith(text, [])[0]?.text, 'the weather had been fine when the waves struck');
  });

  it('a long subject then a past form: “said roughly 65 per cent of the shop’s employees voted in favour”', () => {
    const text =
      'Jeff Hale said roughly 65 per cent of the Main Street location’s employees voted in favour of a union.';
    assert.ok(quotesWith(text, [])[0]?.text.startsWith('roughly 65 per cent'));
  });

  it('but no clause in “disclosed a profit of $3 billion for the 12 months ended Dec. 31”', () => {
    const text =
      'The company disclosed a profit of $3.3 billion on revenue of $39 billion for the 12 months ended Dec. 31.';
    assert.strictEqual(quotesWith(text, []).length, 0);
  });
});

describe('speaker sources: an apposition after a state abbreviation', () => {
  it('“Rep. Ana Ruiz, D-Calif., the incoming chairwoman of …, said …” is said by Ana Ruiz', () => {
    const text =
      'Rep. Ana Ruiz, D-Calif., the incoming chairwoman of the subcommittee that handles security, said in an interview that her office is preparing a bill.';
    const q = quotesWith(text, entitiesFor(text, [['Ana Ruiz', 'PERSON', null, 'female']]))[0];
    assert.strictEqual(q?.speaker, 'e1');
  });
});

describe('speaker sources: speech nested in a subordinate clause', () => {
  it('“Ruiz said the rivals are lying when they say …” is all Ruiz’s (speech scope)', () => {
    const text = 'Ana Ruiz said the rivals are flat-out lying when they say the pact overrides the law.';
    const qs = quotesWith(text, entitiesFor(text, [['Ana Ruiz', 'PERSON', null, 'female']]));
    assert.strictEqual(qs.length, 1);
    assert.strictEqual(qs[0].text, 'the rivals are flat-out lying when they say the pact overrides the law');
    assert.strictEqual(qs[0].speaker, 'e1');
  });

  it('with attributions “all” the nested attribution stays its own', () => {
    const text = 'Ana Ruiz said the rivals are flat-out lying when they say the pact overrides the law.';
    const tokens = tokenize(text);
    const qs = findQuotes(text, tokens, splitSentences(tokens), [], { attributions: 'all' });
    assert.ok(qs.some((q) => q.speakerMention?.text === 'they'));
  });
});

describe('speaker sources: a verb right before a quoted sentence', () => {
  it('“protesters chanted “Hale must go!”” is the protesters’ quote', () => {
    const text = 'As the speakers went on, protesters chanted “Hale must go!”';
    const q = quotesWith(text, [])[0];
    assert.strictEqual(q?.text, '“Hale must go!”');
    assert.strictEqual(q?.speakerMention?.text, 'protesters');
    assert.strictEqual(q?.cue?.text, 'chanted');
  });

  it('but not after a copula (“she was “a little bit tired.””) nor with a singular noun subject', () => {
    for (const text of [
      'Dana Roe blew a horn, joking later that she was “a little bit tired.”',
      'Sanders said the country has spent “hundreds of years fighting this.”',
    ])
      assert.ok(
        quotesWith(text, []).every((q) => q.cue?.text !== 'was' && q.speakerMention?.text !== 'the country'),
        text,
      );
  });
});

describe('speaker sources: “told” and its listener', () => {
  it('“had been diagnosed with cancer and told he had months to live” is no speech', () => {
    const text = 'Cable, then 29, had been diagnosed with colon cancer and told he had three months to live.';
    assert.strictEqual(quotesWith(text, []).length, 0);
  });

  it('but “was greeted by fans and told them she would run” is, with “she” in the content', () => {
    const text = 'Ana Ruiz was greeted by fans and told them she would run again.';
    assert.strictEqual(quotesWith(text, [])[0]?.text, 'she would run again');
  });
});

describe('speaker sources: names that look like other words', () => {
  it('a surname ending in “-ly” is a name, not an adverb: “Still, McNeely said …”', () => {
    const text = 'Still, Morgan McNeely said disease can complicate a relationship.';
    const q = quotesWith(text, entitiesFor(text, [['Morgan McNeely', 'PERSON', null, 'female']]))[0];
    assert.strictEqual(q?.speaker, 'e1');
  });

  it('a zero-width space after the name stands for nothing: “Hale\\u200b said he expects …”', () => {
    const text = 'As well as the other issues, Jeff Hale\u200b said he expects the union to help.';
    const q = quotesWith(text, entitiesFor(text, [['Jeff Hale', 'PERSON', null, 'male']]))[0];
    assert.strictEqual(q?.text, 'he expects the union to help');
    assert.strictEqual(q?.speaker, 'e1');
  });
});

describe('speaker sources: a topic is not what was said', () => {
  it('“Ana Ruiz writes about style and culture and answers reader questions” is no claim', () => {
    const text = 'Ana Ruiz writes about style and culture and answers reader questions for our weekly column.';
    assert.strictEqual(quotesWith(text, []).length, 0);
  });
});

describe('speaker sources: a question put to someone', () => {
  it('“reporters asked if …” / “asked him how long …” report nothing said (speech scope)', () => {
    for (const text of [
      'Reporters asked if the meeting would take place before March 2.',
      'Ana Ruiz asked him how long he had been coming to this course.',
    ])
      assert.strictEqual(quotesWith(text, []).length, 0, text);
  });

  it('but “asked that the vote be delayed” and PolNeAR’s broad scope keep theirs', () => {
    assert.strictEqual(quotesWith('Ana Ruiz asked that the vote be delayed.', []).length, 1);
    const text = 'Reporters asked if the meeting would take place before March 2.';
    const tokens = tokenize(text);
    assert.strictEqual(findQuotes(text, tokens, splitSentences(tokens), [], { attributions: 'all' }).length, 1);
  });
});

describe('speaker sources: an intention is not speech', () => {
  it('“She promised to meet …”, “vowed to pass …” are no claims (speech scope)', () => {
    for (const text of [
      'Ana Ruiz promised to meet with other party leaders this week.',
      'Democrats vowed to pass legislation to reopen government.',
    ])
      assert.strictEqual(quotesWith(text, []).length, 0, text);
  });

  it('but a request to a listener is: “she urged police to investigate”', () => {
    const q = quotesWith('After her son died, Ana Ruiz urged police to investigate.', [])[0];
    assert.ok(q?.text.endsWith('to investigate'));
  });
});

describe('speaker sources: narration and particles after a cue', () => {
  it('““…,” he said, though he did not name anyone” ends the quote at the cue', () => {
    const text = 'Some people spread fear for gain, Tom Hale said, though he did not name any individuals or groups.';
    const qs = quotesWith(text, []);
    assert.ok(qs.every((q) => !q.text.startsWith('though')));
  });

  it('“the company wrote off assets worth billions” is no claim', () => {
    assert.strictEqual(quotesWith('The company wrote off assets worth billions of dollars last year.', []).length, 0);
  });
});

describe('speaker sources: a bare plural listener', () => {
  it('““…”, Ana Ruiz told followers in a tearful post.” takes the content before, none after', () => {
    const text = 'At least four band members were killed, lead singer Ana Ruiz told followers in a tearful post.';
    const qs = quotesWith(text, entitiesFor(text, [['Ana Ruiz', 'PERSON', null, 'female']]));
    assert.deepStrictEqual(
      qs.map((q) => [q.text, q.speaker]),
      [['At least four band members were killed', 'e1']],
    );
  });
});

describe('speaker sources: confessions and confidences are speech', () => {
  it('“Mara Olin, who finally confessed that …” and “Olin confided that …” are what she said', () => {
    const text =
      'The last rose went to Mara Olin, who finally confessed that she had never been on a date.\n\n' +
      'Later Mara Olin confided that the cameras made her nervous.';
    const qs = quotesWith(text, entitiesFor(text, [['Mara Olin', 'PERSON', null, 'female']]));
    assert.strictEqual(speakerOf(qs, 'she had never been'), 'e1');
    assert.strictEqual(speakerOf(qs, 'the cameras made'), 'e1');
  });
});

describe('speaker sources: participles of speech verbs', () => {
  it('“…, joking that …” and “by … and joking that …” are what the subject said', () => {
    const text =
      'Lina Voss laughed, joking that the kitchen was “a small disaster.”\n\n' +
      'Later Dara Quell crashed the dinner with Tomas Brink by ringing a bell and joking that she was “still hungry.”\n\n' +
      // Not coordinated with a gerund after a preposition: Tomas Brink did not admit anything.
      'Tomas Brink praised Lina Voss for listening and admitting that mistakes were made.';
    const qs = quotesWith(
      text,
      entitiesFor(text, [
        ['Lina Voss', 'PERSON', null, 'female'],
        ['Dara Quell', 'PERSON', null, 'female'],
        ['Tomas Brink', 'PERSON', null, 'male'],
      ]),
    );
    assert.strictEqual(speakerOf(qs, 'the kitchen was'), 'e1');
    assert.strictEqual(speakerOf(qs, 'she was “still'), 'e2');
    assert.strictEqual(qs.length, 2);
  });
});

describe('speaker sources: any verb before a comma and a quotation', () => {
  it('“… and crowed, “Oh, …,” which is when …” is what the subject said; so is “retorted, “…” and then …”', () => {
    const text =
      'Mara Lind picked up the flower and crowed, “Oh, it is my rose,” which is when Tessa Moor started crying.\n\n' +
      'Dana Cole retorted, “I am a good swimmer” and then dropped the mic with a crash.\n\n' +
      'The crowd waited, “patiently” as one fan put it.';
    const qs = quotesWith(
      text,
      entitiesFor(text, [
        ['Mara Lind', 'PERSON', null, 'female'],
        ['Tessa Moor', 'PERSON', null, 'female'],
        ['Dana Cole', 'PERSON', null, 'female'],
      ]),
    );
    assert.deepStrictEqual(
      qs.map((q) => [q.text, q.kind, q.speaker]),
      [
        ['“Oh, it is my rose,”', 'direct', 'e1'],
        ['“I am a good swimmer”', 'direct', 'e3'],
      ],
    );
  });
});

describe('speaker sources: an opening adverbial is no subject; a document from a named source', () => {
  it('“Nonetheless, she …, told X she was “…”” and “Later that month, X applied …, arguing …” skip the adverbial', () => {
    const text =
      '“The rumours do not get to me,” Vera Lusk said.\n\n' +
      'Nonetheless, she played nice and, without meaning a word of it, told Ilse Marr she was “the best friend I have.”\n\n' +
      'The regulator refused the deal in May. Later that month, Norvale Mining applied for a review, arguing the refusal was “unreasonable.”';
    const qs = quotesWith(
      text,
      entitiesFor(text, [
        ['Vera Lusk', 'PERSON', null, 'female'],
        ['Ilse Marr', 'PERSON', null, 'female'],
        ['Norvale Mining', 'ORG', null],
      ]),
    );
    assert.strictEqual(speakerOf(qs, 'she was'), 'e1');
    assert.strictEqual(speakerOf(qs, 'the refusal was'), 'e3');
  });

  it('“A release sent to media from X late Friday said …”: X speaks, not “Friday”', () => {
    const text = 'A release sent to media from Stella Workers late Friday said a majority of the staff voted yes.';
    const qs = quotesWith(text, entitiesFor(text, [['Stella Workers', 'ORG', null]]));
    assert.deepStrictEqual(
      qs.map((q) => [q.text, q.speaker]),
      [['a majority of the staff voted yes', 'e1']],
    );
  });
});

describe('speaker sources: where the new rules must not fire', () => {
  const people: Person[] = [
    ['Tom Hale', 'PERSON', null, 'male'],
    ['Ana Ruiz', 'PERSON', null, 'female'],
    ['Kelly', 'PERSON', null, 'female'],
  ];
  const run = (text: string) => quotesWith(text, entitiesFor(text, people)).map((q) => [q.text, q.speaker]);

  it('a name ending in "-ly" before a comma is a name, not a sentence adverb', () => {
    assert.deepStrictEqual(run('Kelly, the mayor, said the vote was fair.'), [['the vote was fair', 'e3']]);
  });

  it('“On Friday Ana Ruiz, the mayor, …”: the comma opens an apposition, not the end of a time phrase', () => {
    assert.deepStrictEqual(run('On Friday Ana Ruiz, the mayor, toured the plant, saying it would reopen.'), [
      ['it would reopen', 'e2'],
    ]);
  });

  it('a verb before a comma and a quotation: not in a subordinate or relative clause, nor with its own attribution', () => {
    const quoted = run('When Tom Hale resigned, “We were stunned,” said Ana Ruiz.');
    assert.ok(
      quoted.every(([, sp]) => sp !== 'e1'),
      `Tom Hale said nothing: ${JSON.stringify(quoted)}`,
    );
    assert.deepStrictEqual(run('Tom Hale waved at Ana Ruiz, who smiled and nodded, “Yes.”'), []);
  });

  it('"from" gives a document its source only right after it: not “a decision on the appeal from X”', () => {
    assert.deepStrictEqual(run('A decision on the appeal from Tom Hale said the evidence was weak.'), []);
  });

  it('a quoted phrase before "and" + verb stays in the content: “red tape” and delayed permits were to blame', () => {
    assert.deepStrictEqual(run('Ana Ruiz said “red tape” and delayed permits were to blame.'), [
      ['“red tape” and delayed permits were to blame', 'e2'],
    ]);
  });

  it('“boasting a lead” reports nothing said; “boasting that …” does', () => {
    assert.deepStrictEqual(run('Ana Ruiz met voters in Iowa, boasting a lead of ten points.'), []);
    assert.deepStrictEqual(run('Ana Ruiz met voters in Iowa, boasting that she would win.'), [['she would win', 'e2']]);
  });
});
