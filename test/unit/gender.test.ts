// Gender of people and its evidence (known, title, pronoun, given name). Fixture sentences and names are
// written for these tests.
import * as assert from 'assert';
import { findEntities } from '../../src/core/entities';
import { givenNameClass } from '../../src/core/entities/gender';
import { splitSentences, tokenize } from '../../src/core/text';
import type { AnnotateOptions, RecognizedEntity } from '../../src/core/types';

function entities(text: string, options: AnnotateOptions = {}): RecognizedEntity[] {
  const tokens = tokenize(text);
  return findEntities(text, tokens, splitSentences(tokens), options);
}

function person(list: RecognizedEntity[], name: string): RecognizedEntity {
  const e = list.find((x) => x.name === name);
  assert.ok(e, `no entity named ${JSON.stringify(name)} in ${JSON.stringify(list.map((x) => x.name))}`);
  assert.strictEqual(e!.type, 'PERSON', name);
  return e!;
}

function genderOf(list: RecognizedEntity[], name: string): [string | null, string | null] {
  const e = person(list, name);
  return [e.gender, e.genderEvidence];
}

describe('gender: the given-name list', () => {
  it('knows names strongly of one gender, and names both genders use', () => {
    assert.strictEqual(givenNameClass('Margaret'), 'female');
    assert.strictEqual(givenNameClass('ROBERT'), 'male');
    assert.strictEqual(givenNameClass('Jordan'), 'unisex');
    assert.strictEqual(givenNameClass('Qwzx'), null);
    // "Strongly" is 90% of the births: Courtney (about 92% girls) and Francis (about 92% boys) have a gender;
    // a boy's name also at 85% and 80% in each era (before 1970 and from then on): Chris (about 86% boys; 83% and
    // 93%) and Marty (89%; 88% and 91%) are men's, Hayden (82%) is not; Robin (87% girls) stays unisex (most people
    // in the news are men), and so does Kennedy (a boy's name in the 1960s, a girl's since);
    // nor does Jean (95% girls in US births, a man's name in French: Jean Chrétien, Jean-Pierre).
    assert.strictEqual(givenNameClass('Courtney'), 'female');
    assert.strictEqual(givenNameClass('Jean'), 'unisex');
    assert.strictEqual(givenNameClass('Jean-Pierre'), 'unisex');
    assert.strictEqual(givenNameClass('Francis'), 'male');
    assert.strictEqual(givenNameClass('Chris'), 'male');
    assert.strictEqual(givenNameClass('Marty'), 'male');
    assert.strictEqual(givenNameClass('Hayden'), 'unisex');
    assert.strictEqual(givenNameClass('Robin'), 'unisex');
    assert.strictEqual(givenNameClass('Kennedy'), 'unisex');
    // A compound given name: its first part with a class.
    assert.strictEqual(givenNameClass('Marie-Claude'), 'female');
  });

  it('knows a given name written with accents that the birth counts record without them', () => {
    assert.strictEqual(givenNameClass('François'), 'male');
    assert.strictEqual(givenNameClass('Hélène'), 'female');
  });

  it('finds a person whose accented given name is the only sign of a name', () => {
    const text = 'The ruling came on Friday.\n\nSuperior Court Justice François Duvalle is to hand down a sentence.';
    const e = person(entities(text), 'François Duvalle');
    assert.strictEqual(e.type, 'PERSON');
  });
});

describe('gender: rare given names and object pronouns', () => {
  it('takes the gender of a rare given name (30-99 births), which is still no given name to the entity finder', () => {
    const list = entities('Tayshia Dhillon, a nurse from Surrey, spoke at the meeting on Monday.');
    assert.deepStrictEqual(genderOf(list, 'Tayshia Dhillon'), ['female', 'given name']);
    assert.strictEqual(givenNameClass('Tayshia'), null);
  });

  it('gives an object pronoun to someone other than its verb’s subject ("Hale told him")', () => {
    const text =
      'Taylor Vale asked Robin Hale about the old course on Tuesday.\n\n' +
      '“You were not even born when I first played here,” Hale told him.';
    const list = entities(text);
    assert.deepStrictEqual(genderOf(list, 'Taylor Vale'), ['male', 'pronoun']);
    assert.deepStrictEqual(genderOf(list, 'Robin Hale'), [null, null]);
  });

  it('keeps the pronoun vote of the subject across a clause or after a preposition ("said doctors told him")', () => {
    for (const text of [
      'Taylor Lee said doctors told him to rest for a month.',
      'Taylor Lee looked around him and left the room.',
    ])
      assert.deepStrictEqual(genderOf(entities(text), 'Taylor Lee'), ['male', 'pronoun'], text);
  });

  it('takes no gender from a rare name used as a surname after a title ("Judge Lopez")', () => {
    assert.deepStrictEqual(genderOf(entities('Judge Lopez said the case would go to trial in May.'), 'Lopez'), [
      null,
      null,
    ]);
  });
});

describe('gender: evidence', () => {
  it('takes a given name strongly of one gender', () => {
    const list = entities('Margaret Thorncliff said the budget was sound. Robert Vance disagreed with the plan.');
    assert.deepStrictEqual(genderOf(list, 'Margaret Thorncliff'), ['female', 'given name']);
    assert.deepStrictEqual(genderOf(list, 'Robert Vance'), ['male', 'given name']);
  });

  it('leaves a name used by both genders without other evidence null', () => {
    const list = entities('Robin Pelley said the bridge would reopen in May.');
    assert.deepStrictEqual(genderOf(list, 'Robin Pelley'), [null, null]);
  });

  it('takes a pronoun that refers to the person', () => {
    const list = entities(
      'Tarn Welby opened the new clinic in Dunmore on Monday. She said the town had waited ten years for it.',
    );
    assert.deepStrictEqual(genderOf(list, 'Tarn Welby'), ['female', 'pronoun']);
    const him = entities('Oren Amundry lost the vote on Tuesday. He said his team would try again next year.');
    assert.deepStrictEqual(genderOf(him, 'Oren Amundry'), ['male', 'pronoun']);
  });

  it('counts a pronoun written with a contraction', () => {
    const list = entities('Robin Pelley lost the vote on Tuesday. She’d hoped the council would wait a year.');
    assert.deepStrictEqual(genderOf(list, 'Robin Pelley'), ['female', 'pronoun']);
  });

  it('lets a pronoun outrank a name used by both genders', () => {
    const list = entities(
      'Robin Pelley said the bridge would reopen in May. She added that the repairs had cost more than planned.',
    );
    assert.deepStrictEqual(genderOf(list, 'Robin Pelley'), ['female', 'pronoun']);
  });

  it('ignores pronouns inside quotation marks and pronouns with two possible antecedents', () => {
    const quoted = entities('"He will never win," Tarn Welby told reporters in Dunmore.');
    assert.deepStrictEqual(genderOf(quoted, 'Tarn Welby'), [null, null]);
    const two = entities('The court heard from Tarn Welby and Robin Pelley on Monday. She said the ruling was unfair.');
    assert.deepStrictEqual(genderOf(two, 'Tarn Welby'), [null, null]);
    assert.deepStrictEqual(genderOf(two, 'Robin Pelley'), [null, null]);
    // ... unless one of them opens the sentence (its subject).
    const subject = entities('Tarn Welby thanked Robin Pelley on Monday. She said the ruling was unfair.');
    assert.deepStrictEqual(genderOf(subject, 'Tarn Welby'), ['female', 'pronoun']);
    assert.deepStrictEqual(genderOf(subject, 'Robin Pelley'), [null, null]);
  });

  it('gives no vote to a person named earlier when a word for a person of that gender stands between', () => {
    const list = entities(
      'Tarn Welby was buried on Monday. At the morgue, the mother of a young soldier wept as she spoke.',
    );
    assert.deepStrictEqual(genderOf(list, 'Tarn Welby'), [null, null]);
  });

  it('gives the pronoun to the one person it fits when the others are of the other gender', () => {
    const list = entities('Robert Vance met Tarn Welby in Dunmore on Monday. She said the talks had gone well.');
    assert.deepStrictEqual(genderOf(list, 'Tarn Welby'), ['female', 'pronoun']);
    assert.deepStrictEqual(genderOf(list, 'Robert Vance'), ['male', 'given name']);
  });

  it('takes honorifics and gendered role nouns, which outrank the given name', () => {
    const list = entities('Mrs. Quill thanked the volunteers. Mr. Ashley Corran, the owner, agreed.');
    assert.deepStrictEqual(genderOf(list, 'Quill'), ['female', 'title']);
    assert.deepStrictEqual(genderOf(list, 'Ashley Corran'), ['male', 'title']);
    const roles = entities(
      'Tarn Welby, a spokeswoman for the Dunmore council, said the road would close. ' +
        'Actress Oren Amundry attended the opening. Later, his wife, Pelley Orrane, spoke to reporters.',
    );
    assert.deepStrictEqual(genderOf(roles, 'Tarn Welby'), ['female', 'title']);
    assert.deepStrictEqual(genderOf(roles, 'Oren Amundry'), ['female', 'title']);
    assert.deepStrictEqual(genderOf(roles, 'Pelley Orrane'), ['female', 'title']);
  });

  it("takes the user's knownPeople gender over anything in the text", () => {
    const text = 'Sam Orrin opened the session. He said the agenda was long.';
    const list = entities(text, { knownPeople: [{ name: 'Sam Orrin', gender: 'female' }] });
    assert.deepStrictEqual(genderOf(list, 'Sam Orrin'), ['female', 'known']);
    // A bad value is ignored.
    const bad = entities(text, { knownPeople: [{ name: 'Sam Orrin', gender: 'x' as never }] });
    assert.deepStrictEqual(genderOf(bad, 'Sam Orrin'), ['male', 'pronoun']);
  });

  it('always sets both fields: null on organizations and places', () => {
    const list = entities('Margaret Thorncliff of the Dunmore Valley Regional Council spoke in Oslo.');
    assert.ok(list.length >= 3);
    for (const e of list) {
      assert.ok('gender' in e && 'genderEvidence' in e, e.name);
      if (e.type !== 'PERSON') assert.deepStrictEqual([e.gender, e.genderEvidence], [null, null], e.name);
      assert.strictEqual(e.gender === null, e.genderEvidence === null);
    }
  });
});
