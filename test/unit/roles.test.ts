// Roles (src/core/entities/roles.ts): how the article describes a person, one construction a test, and where
// the role stands (roleMention) with the other roles given (otherRoles). Fixture sentences are written for these
// tests; every name, place and organization in them is made up.
import * as assert from 'assert';
import { findEntities } from '../../src/core/entities';
import { isRoleNoun } from '../../src/core/entities/roles';
import { splitSentences, tokenize } from '../../src/core/text';
import type { Entity } from '../../src/core/types';

function entities(text: string): Entity[] {
  const tokens = tokenize(text);
  return findEntities(text, tokens, splitSentences(tokens), {});
}

function person(text: string, name: string): Entity {
  const list = entities(text);
  const e = list.find((x) => x.name === name);
  assert.ok(e, `no entity named ${JSON.stringify(name)} in ${JSON.stringify(list.map((x) => x.name))}`);
  return e!;
}

function roleOf(text: string, name: string): string | null {
  return person(text, name).role;
}

describe('roles: role nouns', () => {
  it('knows mined role nouns, plurals and agent nouns, but not verbs or function words', () => {
    for (const w of ['goalkeeper', 'owner', 'owners', 'examiner', 'oncologist', 'consultant', 'trainee'])
      assert.ok(isRoleNoun(w), w);
    for (const w of ['under', 'after', 'said', 'enlist', 'government', 'crowd']) assert.ok(!isRoleNoun(w), w);
  });

  it('knows nouns for kinds of people from WordNet, written in lower case, but not words mostly used otherwise', () => {
    for (const w of ['caddie', 'guard', 'steward', 'mechanic', 'buddy']) assert.ok(isRoleNoun(w), w);
    // "have" and "hire" name people in WordNet too, but are mostly verbs; capitalised, a WordNet noun is no role.
    for (const w of ['have', 'hire', 'rival', 'departed']) assert.ok(!isRoleNoun(w), w);
    assert.ok(!isRoleNoun('caddie', false));
  });
});

describe('roles: titles before the name', () => {
  it('takes an open-class role noun with its lower-case modifiers', () => {
    const text = 'The case was heard before Friday, when forensic examiner Paula Grieve gave evidence.';
    assert.strictEqual(roleOf(text, 'Paula Grieve'), 'forensic examiner');
  });

  it('takes a lower-case description before a title noun', () => {
    const text = 'The hall was opened by respected civil rights leader Harold Osei in the spring.';
    assert.strictEqual(roleOf(text, 'Harold Osei'), 'civil rights leader');
  });

  it('takes no lower-case word before an abbreviated title, and no "-ment" noun as a role', () => {
    assert.strictEqual(roleOf('That is the way Sen. Ana Lopez votes on budgets.', 'Ana Lopez'), 'Sen.');
    assert.strictEqual(roleOf('He won the endorsement of Senator Ana Lopez on Friday.', 'Ana Lopez'), 'Senator');
  });

  it('does not run a capitalised title into a lower-case role before "for": that role is someone else\'s', () => {
    const text = 'A spokeswoman for Mayor Tomas Brandt said the plan was sound.';
    const e = person(text, 'Tomas Brandt');
    assert.strictEqual(e.role, 'Mayor');
    assert.notStrictEqual(e.gender, 'female');
    assert.strictEqual(
      roleOf('U.S. Secretary of State Ilse Marvin left Carrow.', 'Ilse Marvin'),
      'U.S. Secretary of State',
    );
  });

  it('takes a modifier that is also a verb after a role modifier ("former train porter")', () => {
    const text = 'In an interview, former train porter Oskar Lind, 76, recalls the long nights.';
    assert.strictEqual(roleOf(text, 'Oskar Lind'), 'former train porter');
  });

  it('takes sports positions and "grad" as role nouns', () => {
    assert.strictEqual(roleOf('The Hawks sent veteran forward Oskar Lind to Carrow.', 'Oskar Lind'), 'veteran forward');
    const text = 'There is little doubt in Tal’s mind about Mira Tal. The Dunmore State grad is loved by the fans.';
    assert.strictEqual(roleOf(text, 'Mira Tal'), 'Dunmore State grad');
  });

  it('takes an abbreviated executive title in an apposition', () => {
    const text = 'The board named Mira Tal, an EVP at Carrow Foods, to its audit committee.';
    assert.strictEqual(roleOf(text, 'Mira Tal'), 'EVP at Carrow Foods');
  });

  it('joins abbreviated titles written with a hyphen, and gives no predicate to the object of "of"', () => {
    const e = person('The father of former Lt.-Gov. Oskar Lind was a train porter in Carrow.', 'Oskar Lind');
    assert.strictEqual(e.role, 'former Lt.-Gov.');
    assert.deepStrictEqual(e.otherRoles, []);
  });

  it('gives no role from an honorific', () => {
    const text = 'The report was welcomed by Dr. Nadia Ferreira on Tuesday.';
    assert.strictEqual(roleOf(text, 'Nadia Ferreira'), null);
  });

  it('shares a plural title across a list of names', () => {
    const text = "In a statement, Moreau's owners Ellen Varga and Piet Lindqvist said they would appeal.";
    assert.strictEqual(roleOf(text, 'Ellen Varga'), "Moreau's owners");
    assert.strictEqual(roleOf(text, 'Piet Lindqvist'), "Moreau's owners");
  });
});

describe('roles: appositions', () => {
  it('takes an apposition after a doctor with an honorific', () => {
    const text = "Deaths rose again, said Dr. Owen Marsh, Eastland's chief medical examiner.";
    assert.strictEqual(roleOf(text, 'Owen Marsh'), "Eastland's chief medical examiner");
  });

  it('takes coordinated modifiers and nouns in one apposition', () => {
    const text = 'He knew Walter Beade, a prominent labour and civil rights activist who lived in Dunmore.';
    assert.strictEqual(roleOf(text, 'Walter Beade'), 'prominent labour and civil rights activist');
  });

  it('ends the role before a participle after its head', () => {
    const text = 'Lena Ortiz, a locomotive engineer based in Carrow, said the cold was hard on brakes.';
    assert.strictEqual(roleOf(text, 'Lena Ortiz'), 'locomotive engineer');
  });

  it('closes an apposition at a participle after its head', () => {
    const text = 'Ana Pirk, the Dunmore student seen in the video as she spoke to reporters, was not there.';
    assert.strictEqual(roleOf(text, 'Ana Pirk'), 'Dunmore student');
  });

  it('accepts a long apposition up to its closing comma', () => {
    const text =
      'Tarik Olsen, director of defence studies at the Carrow-based Institute for the Study of Northern Affairs, said so.';
    assert.strictEqual(
      roleOf(text, 'Tarik Olsen'),
      'director of defence studies at the Carrow-based Institute for the Study of Northern Affairs',
    );
  });

  it('takes a title with an open-class role noun that only WordNet lists', () => {
    assert.strictEqual(roleOf('Ravens guard Tobin Vale scored twelve points.', 'Tobin Vale'), 'Ravens guard');
    assert.strictEqual(roleOf('He likes having caddie Pim Rawley tend the flag.', 'Pim Rawley'), 'caddie');
  });

  it('stops a title at "of" after a lower-case role: the role before it is someone else\'s', () => {
    const text = 'The father of jazz legend Jonah Pell was a baker.';
    assert.strictEqual(roleOf(text, 'Jonah Pell'), 'jazz legend');
    assert.strictEqual(
      roleOf('Minister of Foreign Affairs Dana Kirsch spoke first.', 'Dana Kirsch'),
      'Minister of Foreign Affairs',
    );
  });

  it('takes the whole apposition before the name, not the object of its preposition', () => {
    const text = 'A spokeswoman for the carrier, Anna Lindqvar, said the flights would resume.';
    assert.strictEqual(roleOf(text, 'Anna Lindqvar'), 'spokeswoman for the carrier');
  });

  it('takes two roles joined by "and" before the name', () => {
    const text = 'The society was shaken in the spring, when its president and CEO, Ross Pelletier, departed.';
    assert.strictEqual(roleOf(text, 'Ross Pelletier'), 'its president and CEO');
  });

  it('takes an apposition opened by a preposition when the name is set off after it', () => {
    const text = 'He mocked the remarks of Ruritanian president, Otto Brenn, and his followers.';
    assert.strictEqual(roleOf(text, 'Otto Brenn'), 'Ruritanian president');
  });

  it('takes no role from an introductory phrase whose subject is the name', () => {
    const text = 'In a letter to the minister, Jana Dvorak wrote that the plan had failed.';
    assert.strictEqual(roleOf(text, 'Jana Dvorak'), null);
  });

  it('takes a description before a name in parentheses', () => {
    const text = 'Not even the minister of fisheries (Aldo Brisk) would agree to it.';
    assert.strictEqual(roleOf(text, 'Aldo Brisk'), 'minister of fisheries');
  });

  it('takes a description with no article after punctuation, before a name in parentheses', () => {
    const text = 'Not even (today’s) minister of fisheries (Aldo Brisk) would agree to it.';
    assert.strictEqual(roleOf(text, 'Aldo Brisk'), 'minister of fisheries');
  });

  it('takes the description before "named"', () => {
    const text = 'An emergency agency official in Vessna province named Tomaso Rieck told reporters the road was shut.';
    assert.strictEqual(roleOf(text, 'Tomaso Rieck'), 'emergency agency official in Vessna province');
    assert.strictEqual(roleOf('The dog named Rollo Fenn barked all night.', 'Rollo Fenn'), null);
  });

  it('gives a plural description before a list of names to every name in it, a singular one only to the first', () => {
    const text = 'The two newest councillors, Petra Fryer and Milo Wiebke, spoke after the vote.';
    assert.strictEqual(roleOf(text, 'Petra Fryer'), 'two newest councillors');
    assert.strictEqual(roleOf(text, 'Milo Wiebke'), 'two newest councillors');
    const one = 'Her lawyer, Anna Bellamy, and Tomas Rayner spoke after the vote.';
    assert.strictEqual(roleOf(one, 'Anna Bellamy'), 'Her lawyer');
    assert.strictEqual(roleOf(one, 'Tomas Rayner'), null);
  });

  it('reads a one-word name the tagger found right before the role noun as a modifier of the role', () => {
    const text = 'Will the two newest Green councillors, Oskar Lind and Petra Sol, vote with the mayor?';
    assert.strictEqual(roleOf(text, 'Oskar Lind'), 'two newest Green councillors');
    assert.strictEqual(roleOf(text, 'Petra Sol'), 'two newest Green councillors');
  });

  it('reads a place with its province inside an apposition', () => {
    const text = 'The hearing was for the death of Mira Tal, a Dunmore, N.S., police officer, in 2015.';
    assert.strictEqual(roleOf(text, 'Mira Tal'), 'Dunmore, N.S., police officer');
  });

  it('reads a plural possessive inside an apposition', () => {
    const text = 'Mira Tal, the Catholic girls’ school graduate, said it was wrong.';
    assert.strictEqual(roleOf(text, 'Mira Tal'), 'Catholic girls’ school graduate');
  });

  it('reads an apposition that ends in an organization name right before the comma', () => {
    const text = 'The director of provincial operations for Harbour Health, Jeff Frasier, said the wait was long.';
    assert.strictEqual(roleOf(text, 'Jeff Frasier'), 'director of provincial operations for Harbour Health');
  });

  it('takes an apposition before the name opened by a possessive', () => {
    const text = 'He arrived with his wife, Mirela Dostal, on Monday.';
    assert.strictEqual(roleOf(text, 'Mirela Dostal'), 'his wife');
    const text2 = 'The board did not include Varga’s brother, Tomas, who had resigned.';
    assert.strictEqual(roleOf(text2, 'Tomas'), 'Varga’s brother');
  });
});

describe('roles: predicates', () => {
  it('takes a predicate in a relative clause', () => {
    const text = 'Its alumni include Peter Vasko, who is now Carrow County counsel.';
    assert.strictEqual(roleOf(text, 'Peter Vasko'), 'Carrow County counsel');
  });

  it('takes the verb phrase of a relative clause with a verb of position', () => {
    const text = '“It is too late,” said Ines Kowal, who heads the Dunmore Tenants Union.';
    assert.strictEqual(roleOf(text, 'Ines Kowal'), 'heads the Dunmore Tenants Union');
  });

  it('takes a relative clause that states a post or a place of work, when no noun gives the role', () => {
    const text =
      '“We will appeal,” said Oskar Lind, who joined the board last spring. Mira Tal, who graduated from ' +
      'Dunmore College in 2010, agreed. Petra Sol, who has been in charge of the Carrow league since 2012, left.';
    assert.strictEqual(roleOf(text, 'Oskar Lind'), 'joined the board last spring');
    assert.strictEqual(roleOf(text, 'Mira Tal'), 'graduated from Dunmore College in 2010');
    assert.strictEqual(roleOf(text, 'Petra Sol'), 'has been in charge of the Carrow league since 2012');
  });

  it('takes no relative clause about speech, belief, others or a passive as a role', () => {
    const text =
      'Oskar Lind, who said the board was wrong, left. Mira Tal, who wants Dunmore College to stay open, ' +
      'agreed. Petra Sol, who had been charged by the Carrow police, left. Ada Lim, who met him at Dunmore College, ' +
      'smiled.';
    for (const name of ['Oskar Lind', 'Mira Tal', 'Petra Sol', 'Ada Lim']) assert.strictEqual(roleOf(text, name), null);
  });

  it('takes "one of" a role', () => {
    const text = 'Ravi Menon was one of the co-founders of the Dunmore Film Week, which ran for years.';
    assert.strictEqual(roleOf(text, 'Ravi Menon'), 'co-founders of the Dunmore Film Week');
  });

  it('prefers the role the person holds now to a former one', () => {
    const text = 'Oskar Lind, a former Carrow University law professor, has taken over as Minister of Justice.';
    const e = person(text, 'Oskar Lind');
    assert.strictEqual(e.role, 'Minister of Justice');
    assert.deepStrictEqual(e.otherRoles, ['former Carrow University law professor']);
  });

  it('takes a role after "as"', () => {
    const text = 'In 1961, Alma Reyes was hired by the Carrow Railway as a conductor, the first woman in the job.';
    assert.strictEqual(roleOf(text, 'Alma Reyes'), 'conductor');
  });

  it('takes the character a player plays from "Character (Player)", but not a party label in parentheses', () => {
    const text =
      'Then Alex runs from Lance (Oskar Lind) and Kaye (Petra Sol) across the field. Senator Ada Quell (D-Ore.) voted.';
    assert.strictEqual(roleOf(text, 'Oskar Lind'), 'Lance');
    assert.strictEqual(roleOf(text, 'Petra Sol'), 'Kaye');
    assert.strictEqual(roleOf(text, 'Ada Quell'), 'Senator');
  });

  it('gives the counted plural role of the sentence before to a list after "They were"', () => {
    const text = 'Police later found three victims in the house. They were Mira Tal, 8; and Oskar Lind, 61.';
    assert.strictEqual(roleOf(text, 'Mira Tal'), 'victims');
    assert.strictEqual(roleOf(text, 'Oskar Lind'), 'victims');
  });

  it('takes a plural role before "such as" and a name, without a plural noun before it', () => {
    const text = 'He told doctors mass shooters such as Oskar Lind were his idols.';
    assert.strictEqual(roleOf(text, 'Oskar Lind'), 'mass shooters');
  });

  it('gives a plural role to every name of a list after "were"', () => {
    const text = 'The survivors were Jonas Pirk, 39, Agnes Holm, 44, and Milan Roth, 57.';
    for (const name of ['Jonas Pirk', 'Agnes Holm', 'Milan Roth']) assert.strictEqual(roleOf(text, name), 'survivors');
  });
});

describe('roles: roleMention and otherRoles', () => {
  it('says where the role stands, and keeps the other roles', () => {
    const text =
      'Forensic examiner Paula Grieve testified. Grieve, a veteran pathologist at Carrow General, said little.';
    const e = person(text, 'Paula Grieve');
    assert.strictEqual(e.role, 'veteran pathologist at Carrow General');
    assert.ok(e.roleMention);
    assert.strictEqual(text.slice(e.roleMention!.start, e.roleMention!.end), e.role);
    assert.strictEqual(e.roleMention!.text, e.role);
    assert.deepStrictEqual(e.otherRoles, ['Forensic examiner']);
  });

  it('has a null roleMention and no other roles without a role', () => {
    const e = person('Paula Grieve testified on Monday.', 'Paula Grieve');
    assert.strictEqual(e.role, null);
    assert.strictEqual(e.roleMention, null);
    assert.deepStrictEqual(e.otherRoles, []);
  });
});

describe('roles: a description elsewhere', () => {
  it('takes a sentence-opening description right after a sentence naming one person', () => {
    const text = 'Ilse Marvin is back on the tour this week. The veteran golfer is a favourite of the crowd.';
    assert.strictEqual(roleOf(text, 'Ilse Marvin'), 'veteran golfer');
  });

  it('adds it to the other roles when the text gives a role already', () => {
    const text = 'Senator Ilse Marvin will run again. The Maple Party veteran is confident of her support.';
    const e = person(text, 'Ilse Marvin');
    assert.strictEqual(e.role, 'Senator');
    assert.deepStrictEqual((e as { otherRoles?: string[] }).otherRoles, ['Maple Party veteran']);
  });

  it('takes nothing when the sentence before names two people, or the description is any person', () => {
    assert.strictEqual(
      roleOf('Ilse Marvin met Tomas Brandt on Monday. The veteran golfer is a favourite of the crowd.', 'Ilse Marvin'),
      null,
    );
    assert.strictEqual(
      roleOf('Ilse Marvin was at the gate. The woman is a favourite of the crowd.', 'Ilse Marvin'),
      null,
    );
  });
  it('takes a description that opens a sentence for the person named first in the sentences after it', () => {
    const text =
      'DUNMORE — A spokeswoman for the Carrow council said the plan was sound. “We stand by it,” said Ilse Marvin. ' +
      'Its transport minister has ordered a review. Oskar Lind said in a statement that it starts Monday. ' +
      'But a veteran Dunmore-based engineer said the line is old. “It was built in 1920,” said Petra Sol.';
    assert.strictEqual(roleOf(text, 'Ilse Marvin'), 'spokeswoman for the Carrow council');
    assert.strictEqual(roleOf(text, 'Oskar Lind'), 'transport minister');
    assert.strictEqual(roleOf(text, 'Petra Sol'), 'veteran Dunmore-based engineer');
  });

  it('takes a description that opens a clause after "where" or "said" for the person named next', () => {
    const text =
      'The mayor spoke at a town hall, where a young Carrow refugee thanked him. “I came here to thank you,” ' +
      'Mira Tal told the mayor. A judge ruled on Monday. The Dunmore aid group said its programs director ' +
      'was among those killed. A statement confirmed the death of Oskar Lind.';
    assert.strictEqual(roleOf(text, 'Mira Tal'), 'young Carrow refugee');
    // The description nearest before the name is its, not the judge.
    assert.strictEqual(roleOf(text, 'Oskar Lind'), 'programs director');
  });

  it('takes no description ahead when the next person named is not new, or another person is named with it', () => {
    const text =
      'Ilse Marvin spoke first. A spokeswoman for the city said the plan was sound. Ilse Marvin agreed. ' +
      'A union official said it was late. Oskar Lind and Petra Sol disagreed.';
    for (const name of ['Ilse Marvin', 'Oskar Lind', 'Petra Sol']) assert.strictEqual(roleOf(text, name), null);
  });
});
