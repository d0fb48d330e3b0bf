// The entity recognizer: names, one entity per referent, aliases, mentions without titles or possessives,
// roles, headlines and known people. Fixture sentences are written for these tests.
import * as assert from 'assert';
import { findEntities } from '../../src/core/entities';
import { cleanSpans } from '../../src/core/entities/mentions';
import { loadModel } from '../../src/core/entities/weights';
import { toWords } from '../../src/core/entities/words';
import { splitSentences, tokenize } from '../../src/core/text';
import type { AnnotateOptions, Entity } from '../../src/core/types';

function entities(text: string, options: AnnotateOptions = {}): Entity[] {
  const tokens = tokenize(text);
  return findEntities(text, tokens, splitSentences(tokens), options);
}

function byName(list: Entity[], name: string): Entity {
  const e = list.find((x) => x.name === name);
  assert.ok(e, `no entity named ${JSON.stringify(name)} in ${JSON.stringify(list.map((x) => x.name))}`);
  return e!;
}

function checkOffsets(text: string, list: Entity[]): void {
  list.forEach((e, i) => {
    assert.strictEqual(e.id, `e${i + 1}`);
    assert.ok(e.mentions.length > 0);
    for (const m of e.mentions) {
      assert.ok(
        Number.isInteger(m.start) && Number.isInteger(m.end) && m.start >= 0 && m.end > m.start && m.end <= text.length,
      );
      assert.strictEqual(text.slice(m.start, m.end), m.text);
    }
  });
  // Ids follow the order of first mention.
  for (let i = 1; i < list.length; i++) assert.ok(list[i].mentions[0].start > list[i - 1].mentions[0].start);
}

describe('findEntities: names, aliases and possessives', () => {
  const text =
    'Chancellor Angela Merkel met French President Emmanuel Macron in Berlin on Tuesday.\n' +
    "Merkel's office said the talks with Macron had been useful. Macron later flew to Brussels.";
  const list = entities(text);

  it('gives one entity per person with the full name and the surname as alias', () => {
    const merkel = byName(list, 'Angela Merkel');
    assert.strictEqual(merkel.type, 'PERSON');
    assert.deepStrictEqual(merkel.aliases, ['Merkel']);
    assert.deepStrictEqual(
      merkel.mentions.map((m) => m.text),
      ['Angela Merkel', 'Merkel'],
    );
    const macron = byName(list, 'Emmanuel Macron');
    assert.deepStrictEqual(
      macron.mentions.map((m) => m.text),
      ['Emmanuel Macron', 'Macron', 'Macron'],
    );
  });

  it('keeps titles and possessives out of mentions and puts the title in the role', () => {
    assert.strictEqual(byName(list, 'Angela Merkel').role, 'Chancellor');
    assert.strictEqual(byName(list, 'Emmanuel Macron').role, 'French President');
    for (const e of list)
      for (const m of e.mentions) assert.ok(!/['’]s$|^(President|Chancellor) /.test(m.text), m.text);
  });

  it('finds the places', () => {
    assert.strictEqual(byName(list, 'Berlin').type, 'LOC');
    assert.strictEqual(byName(list, 'Brussels').type, 'LOC');
    checkOffsets(text, list);
  });
});

describe('findEntities: names the tagger may miss or mis-type', () => {
  it('takes the capitalised words after an honorific for a person ("Mr. King")', () => {
    const text = 'Mr. King told the committee that the plan was sound. Ms. de la Vega disagreed.';
    const list = entities(text);
    assert.strictEqual(byName(list, 'King').type, 'PERSON');
    assert.strictEqual(byName(list, 'de la Vega').type, 'PERSON');
  });

  it('splits a title and a name tagged together as an organization', () => {
    const text = 'City Attorney Brad Holm said the city would appeal the ruling.';
    const holm = byName(entities(text), 'Brad Holm');
    assert.strictEqual(holm.type, 'PERSON');
    assert.strictEqual(holm.role, 'City Attorney');
  });

  it('finds speaker labels of a transcript in capitals from the full names in the text', () => {
    const text =
      'The debate was moderated by Chris Wallace of Fox News, with Senator Tim Kaine and Governor Mike Pence.\n' +
      'WALLACE: Good evening.\nPENCE: Thank you, Chris.\nKAINE: Thank you.';
    const list = entities(text);
    assert.deepStrictEqual(
      byName(list, 'Chris Wallace').mentions.map((m) => m.text),
      ['Chris Wallace', 'WALLACE', 'Chris'],
    );
    assert.deepStrictEqual(
      byName(list, 'Tim Kaine').mentions.map((m) => m.text),
      ['Tim Kaine', 'KAINE'],
    );
    assert.strictEqual(byName(list, 'Tim Kaine').role, 'Senator');
    assert.deepStrictEqual(
      byName(list, 'Mike Pence').mentions.map((m) => m.text),
      ['Mike Pence', 'PENCE'],
    );
    assert.strictEqual(byName(list, 'Mike Pence').role, 'Governor');
  });
});

describe('findEntities: organizations', () => {
  it('knows organizations a 1996 corpus does not, and keeps a sentence period out of a name', () => {
    const text = 'The boy later visited Google in California and met engineers from NASA.\nTwitter users praised him.';
    const list = entities(text);
    assert.strictEqual(byName(list, 'Google').type, 'ORG');
    assert.strictEqual(byName(list, 'NASA').type, 'ORG');
    assert.strictEqual(byName(list, 'Twitter').type, 'ORG');
  });

  it('keeps a plural possessive inside an organization\'s name ("Farmers\' Union")', () => {
    const text = "Jonas Heller met Karin Blom, a spokeswoman for the Norland Farmers' Cooperative, in Oslo.";
    const list = entities(text);
    const coop = byName(list, "Norland Farmers' Cooperative");
    assert.strictEqual(coop.type, 'ORG');
    assert.ok(!list.some((e) => e.name === 'Cooperative' || e.name === 'Norland Farmers'));
    assert.strictEqual(byName(list, 'Karin Blom').role, "spokeswoman for the Norland Farmers' Cooperative");
  });

  it('names an entity by its normally cased form rather than a dateline in capitals', () => {
    const text =
      'BRENDALE, May 9 - Floods closed two schools in Brendale on Friday, and the mayor of Brendale asked for help.';
    const place = entities(text).find((e) => e.mentions.some((m) => m.text === 'BRENDALE'));
    assert.strictEqual(place?.name, 'Brendale');
    // An acronym in capitals keeps its form.
    assert.strictEqual(byName(entities('The NATO summit opened. NATO leaders met in Riga.'), 'NATO').name, 'NATO');
  });

  it('types a name ending in an organization noun as ORG, whatever the tagger said', () => {
    const text =
      'The Dunmore Valley Regional Council voted on Monday. Gita Rao, a manager at Kestrel Construction, said Kestrel Construction would bid.';
    const list = entities(text);
    for (const e of list.filter((x) => /Council|Construction/.test(x.name))) assert.strictEqual(e.type, 'ORG', e.name);
    assert.ok(list.some((e) => e.name.endsWith('Dunmore Valley Regional Council')));
    assert.ok(list.some((e) => e.name === 'Kestrel Construction'));
    assert.strictEqual(byName(list, 'Gita Rao').type, 'PERSON');
  });

  it('keeps the period of a corporate suffix', () => {
    const text = 'Shares of Acme Widgets Inc. rose on Tuesday.';
    assert.strictEqual(byName(entities(text), 'Acme Widgets Inc.').type, 'ORG');
  });
});

describe('findEntities: people who share a surname', () => {
  it('gives a lone surname to the one named most often', () => {
    const text =
      'Mary Nash met her brother Tom Nash in Leeds on Monday. Mary Nash said the budget was sound. Nash left at noon.';
    const list = entities(text);
    assert.deepStrictEqual(
      byName(list, 'Mary Nash').mentions.map((m) => m.text),
      ['Mary Nash', 'Mary Nash', 'Nash'],
    );
    assert.deepStrictEqual(
      byName(list, 'Tom Nash').mentions.map((m) => m.text),
      ['Tom Nash'],
    );
  });

  it('links a lone surname to neither when two people are named equally often', () => {
    const text = 'Mary Nash met her brother Tom Nash in Leeds on Monday. Nash left at noon.';
    const list = entities(text);
    assert.strictEqual(byName(list, 'Mary Nash').mentions.length, 1);
    assert.strictEqual(byName(list, 'Tom Nash').mentions.length, 1);
  });
});

describe('findEntities: roles from appositions and predicates', () => {
  it('reads an apposition after the name, skipping an age', () => {
    const text = 'Maria Lopez, 42, a nurse at the city hospital, said the ward was full.';
    assert.strictEqual(byName(entities(text), 'Maria Lopez').role, 'nurse at the city hospital');
  });

  it('reads a possessive apposition ("X, Y\'s spokesman")', () => {
    const text = "The plan was approved, Tom Becker, the governor's spokesman, told reporters in Denver.";
    assert.strictEqual(byName(entities(text), 'Tom Becker').role, "governor's spokesman");
  });

  it('reads an apposition before the name ("the team\'s coach, X")', () => {
    const text = "After the match the home team's coach, Carlos Ruiz, praised the defence.";
    assert.strictEqual(byName(entities(text), 'Carlos Ruiz').role, "home team's coach");
  });

  it('reads an apposition before the name that holds a prepositional phrase', () => {
    const text = 'On Monday the president of the regional council, Marco Bellini, called for calm.';
    assert.strictEqual(byName(entities(text), 'Marco Bellini').role, 'president of the regional council');
  });

  it('takes no role from a phrase whose head is not a role noun', () => {
    const text = "Anna Kraus was President Lee's choice for the dinner in Seoul.";
    assert.strictEqual(byName(entities(text), 'Anna Kraus').role, null);
  });

  it('reads a predicate ("X is the mayor of Y")', () => {
    const text = 'Paul Hansen is the mayor of Springfield. Hansen said the bridge would reopen in May.';
    const hansen = byName(entities(text), 'Paul Hansen');
    assert.strictEqual(hansen.role, 'mayor of Springfield');
    assert.strictEqual(hansen.mentions.length, 2);
  });

  it('gives no role when the text gives none, and none from a list of names', () => {
    const text = 'Peter Novak, Anna Berg and Louis Martin arrived in Vienna on Friday.';
    const list = entities(text);
    for (const name of ['Peter Novak', 'Anna Berg', 'Louis Martin']) assert.strictEqual(byName(list, name).role, null);
  });

  it('does not give the role of someone speaking for a person to that person', () => {
    const text = 'A spokeswoman for Maria Lopez said on Friday that the talks would go on.';
    assert.strictEqual(byName(entities(text), 'Maria Lopez').role, null);
  });

  it('keeps the organization and qualifiers of a title ("White House press secretary")', () => {
    const text = 'White House press secretary Dan Reed told reporters the visit was postponed.';
    assert.strictEqual(byName(entities(text), 'Dan Reed').role, 'White House press secretary');
  });

  it('does not take a relative clause for a role', () => {
    const text = 'Helen Park, who said she had seen the fire, called the police.';
    assert.strictEqual(byName(entities(text), 'Helen Park').role, null);
  });
});

describe('findEntities: companies typed people', () => {
  it('makes a lone name an organization when the text names it with a corporate suffix', () => {
    const text =
      'Shares of Halvorsen Corp rose 3 percent. Halvorsen said sales grew in Asia, and Halvorsen expects more orders.';
    const list = entities(text);
    const lone = list.find((e) => e.mentions.some((m) => m.text === 'Halvorsen'));
    assert.ok(lone && lone.type === 'ORG', JSON.stringify(list));
    assert.ok(!list.some((e) => e.type === 'PERSON'), JSON.stringify(list));
  });

  it('leaves a person named in full with a given name a person beside the company of the same word', () => {
    const text = 'Premier Doug Ford spoke on Monday. Ford said the plant, owned by Ford Motor Co., would stay open.';
    const ford = byName(entities(text), 'Doug Ford');
    assert.equal(ford.type, 'PERSON');
    assert.equal(ford.mentions.length, 2, JSON.stringify(ford));
  });
});

describe('findEntities: a place is no surname of a run-on', () => {
  it('keeps a word typed a place apart from a "person" that does not open with a given name', () => {
    // The tagger runs "Lebed Chechnya" together in the headline; "Chechnya" alone is the place it always is.
    const text =
      'Kremlin backs Lebed Chechnya truce plan.\nMOSCOW 2019-05-02\nPresident Boris Yeltsin backed the plan for Chechnya on Friday, officials said. Fighting in Chechnya has killed thousands since 1994, and rebels in Chechnya want independence.';
    const list = entities(text);
    const place = list.find((e) => e.name === 'Chechnya');
    assert.ok(place && place.type === 'LOC' && place.mentions.length === 3, JSON.stringify(list));
    assert.ok(!list.some((e) => e.type === 'PERSON' && e.aliases.includes('Chechnya')), JSON.stringify(list));
  });

  it('still makes a word typed a place the surname of a person named in full with a given name', () => {
    const text =
      'Premier Tim Houston spoke in Halifax on Monday. Houston said the budget would balance. Later, Houston left for Ottawa.';
    const houston = byName(entities(text), 'Tim Houston');
    assert.equal(houston.mentions.length, 3, JSON.stringify(houston));
  });
});

describe('findEntities: parentheses in names', () => {
  it('closes a parenthesis opened inside a name, or ends the name before it', () => {
    const text =
      'Results of matches played on Saturday: Mladost (BJ) 2 Radnicki (N) 1.\nMayor Jane Doe (Liberal said she would run.';
    const list = entities(text);
    const names = list.flatMap((e) => e.mentions.map((m) => m.text));
    assert.ok(names.includes('Mladost (BJ)'), JSON.stringify(names));
    assert.ok(names.includes('Radnicki (N)'), JSON.stringify(names));
    for (const n of names) assert.equal((n.match(/\(/g) ?? []).length, (n.match(/\)/g) ?? []).length, n);
    checkOffsets(text, list);
  });
});

describe('findEntities: headlines', () => {
  it('finds names in an all-caps headline and joins them to the body text', () => {
    const text =
      'MERKEL WARNS OF TRADE WAR WITH CHINA\nBERLIN 2019-03-04\nGerman Chancellor Angela Merkel warned on Monday that a trade war with China would hurt Germany.';
    const list = entities(text);
    const merkel = byName(list, 'Angela Merkel');
    assert.ok(
      merkel.mentions.some((m) => m.text === 'MERKEL'),
      JSON.stringify(merkel),
    );
    const china = list.find((e) => e.type === 'LOC' && e.mentions.some((m) => m.text === 'CHINA'));
    assert.ok(china, JSON.stringify(list));
    assert.strictEqual(china!.name, 'China');
    checkOffsets(text, list);
  });

  it('keeps a surname that is a common word in a line of names, which looks like a title-case headline', () => {
    // Only a headline in capitals loses a trailing common word ("MERKEL WARNS"): a scorers' line is a list of names.
    const text =
      'Wellington - Tries: Tom Reid, Walter Little, Sam Brook.\nConversions: Owen Marsh (2).\n\nThe home side won 30-12 on Saturday.';
    const names = entities(text)
      .filter((e) => e.type === 'PERSON')
      .map((e) => e.name);
    assert.ok(names.includes('Walter Little'), JSON.stringify(names));
    assert.ok(!names.includes('Walter'), JSON.stringify(names));
  });

  it('does not read a title-case headline as one long organization name', () => {
    const text =
      'France, Germany Agree New Steps Toward Climate Deal\n\nFrance and Germany agreed on new steps, officials said.';
    for (const e of entities(text))
      assert.ok(
        e.mentions.every((m) => m.text.split(' ').length <= 2),
        JSON.stringify(e),
      );
  });
});

describe('findEntities: knownPeople', () => {
  it('recognizes a known name and its aliases as one person and uses the given role', () => {
    const text = 'Xiuying spoke first. Later Wang Xiuying closed the session. Ms Wang thanked the staff.';
    const list = entities(text, {
      knownPeople: [{ name: 'Wang Xiuying', role: 'Committee chair', aliases: ['Xiuying', 'Wang'] }],
    });
    const people = list.filter((e) => e.type === 'PERSON');
    assert.strictEqual(people.length, 1, JSON.stringify(list));
    assert.strictEqual(people[0].name, 'Wang Xiuying');
    assert.strictEqual(people[0].role, 'Committee chair');
    assert.deepStrictEqual(
      people[0].mentions.map((m) => m.text),
      ['Xiuying', 'Wang Xiuying', 'Wang'],
    );
  });

  it("prefers the text's own role to the given one", () => {
    const text = 'Finance Minister Lena Holt presented the budget.';
    const list = entities(text, { knownPeople: [{ name: 'Lena Holt', role: 'Politician' }] });
    assert.strictEqual(byName(list, 'Lena Holt').role, 'Finance Minister');
  });

  it('ignores malformed entries', () => {
    const bad = [
      null,
      { name: 42 },
      { name: '' },
      { name: 'Ann Lee', aliases: 'x' },
    ] as unknown as AnnotateOptions['knownPeople'];
    const list = entities('Ann Lee arrived.', { knownPeople: bad });
    assert.strictEqual(byName(list, 'Ann Lee').type, 'PERSON');
  });
});

describe('findEntities: never throws', () => {
  const inputs: [string, string][] = [
    ['empty', ''],
    ['spaces', '   \n\n\t  '],
    ['binary', Array.from({ length: 3000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('')],
    ['lone surrogates', '\uD800abc\uDC00 Putin\uD83D'],
    ['emoji', '😀 Putin said 👍🏽 that Merkel’s 🇩🇪 plan works. 𝒜𝒷𝒸 Berlin.'],
    ['huge line', 'Smith '.repeat(50000) + 'met Jones in Paris'],
    ['non-English', 'Владимир Путин встретился с Ангелой Меркель в Москве. 習近平は東京を訪問した。'],
    ['punctuation', "'s 's ’s , . Mr. Dr. the The THE 's"],
  ];
  for (const [label, text] of inputs) {
    it(label, () => {
      const list = entities(text);
      assert.ok(Array.isArray(list));
      for (const e of list) for (const m of e.mentions) assert.strictEqual(text.slice(m.start, m.end), m.text);
    });
  }
});

describe('entities: a name period that ends the sentence, names with their own "\'s"', () => {
  it('leaves out of a corporate name the period that also ends its sentence, keeps it inside one', () => {
    const text =
      'Shares of the lender rose after the deal, said Ben Ortiz, an analyst at Varrow & Co.\n' +
      'The bank did not comment. Talbern Holdings Inc. said on Monday it would bid.';
    const list = entities(text);
    checkOffsets(text, list);
    assert.strictEqual(byName(list, 'Varrow & Co').type, 'ORG');
    assert.strictEqual(byName(list, 'Talbern Holdings Inc.').type, 'ORG');
  });

  it('keeps the "\'s" of a name that never goes without it and is followed by a verb or a clause end', () => {
    const text =
      "The $9 billion bid for Brennick's was the largest this year. Analysts said Brennick's was the prize in " +
      "the region, and a rival had also looked at Brennick's.";
    const list = entities(text);
    checkOffsets(text, list);
    const e = byName(list, "Brennick's");
    assert.strictEqual(e.mentions.length, 3);
    assert.ok(!list.some((x) => x.name === 'Brennick'));
  });

  it('leaves a possessive "\'s" after a name that opens with a given name, also goes without it, or has no verb after', () => {
    const a = entities("The council thanked Jane Doe's team. Jane Doe's was the best entry. Jane Doe's won.");
    assert.ok(byName(a, 'Jane Doe'));
    const b = entities("Brennick's was sold. Brennick said the deal would close soon.");
    assert.ok(!b.some((x) => x.name === "Brennick's"));
    const c = entities("Germany's, France's and Italy's leaders met. The title was Federer's. Federer's coach left.");
    for (const e of c) assert.ok(!/'s$/.test(e.name), e.name);
  });

  it('joins to a name with its own "\'s" only an organization named as one after it', () => {
    const text =
      "Brennick's was sold. Analysts said Brennick's was a prize. Brennick's Bancorp Inc. agreed. " +
      "Brennick's Tamra Hollis said so.";
    const list = entities(text);
    assert.ok(list.some((e) => e.name === "Brennick's Bancorp Inc."));
    assert.ok(!list.some((e) => e.name.includes('Tamra') && e.name.includes('Brennick')));
  });
});

describe('entities: a name holds no verb', () => {
  const spanOver = (text: string, type: 'PERSON' | 'ORG') => {
    const tokens = tokenize(text);
    const words = toWords(tokens, new Set(splitSentences(tokens).map((s) => s.first)));
    const last = words.findIndex((w) => w.text === '.');
    const mentions = cleanSpans(words, [{ first: 0, last, type }], loadModel().lex);
    return mentions.map((m) => text.slice(words[m.first].start, words[m.last - 1].end));
  };

  it('splits a tagger run at a verb inside it into the names either side', () => {
    assert.deepStrictEqual(spanOver('Charles ceded Alsace.', 'PERSON'), ['Charles', 'Alsace']);
    assert.deepStrictEqual(spanOver('Trump invited Gennifer Flowers.', 'PERSON'), ['Trump', 'Gennifer Flowers']);
    assert.deepStrictEqual(spanOver('Vantara acquires Lentoni.', 'ORG'), ['Vantara', 'Lentoni']);
  });

  it('keeps the lower-case words names do hold, a verb form among them when no capital follows it', () => {
    assert.deepStrictEqual(spanOver('Sisters of Charity.', 'ORG'), ['Sisters of Charity']);
    assert.deepStrictEqual(spanOver('Bank of the West.', 'ORG'), ['Bank of the West']);
    // "flies" is a verb form, but no capitalised word stands before it.
    assert.deepStrictEqual(spanOver('Lord of the Flies.', 'ORG'), ['Lord of the Flies']);
  });
});

describe('entities: a surname after given names the tagger stopped at', () => {
  it('takes the capitalised word after a person named by given names only', () => {
    const text = 'U.S. captain Billie Jean King said at the draw. King added that the team was ready.';
    const list = entities(text);
    checkOffsets(text, list);
    const e = byName(list, 'Billie Jean King');
    assert.strictEqual(e.type, 'PERSON');
    assert.strictEqual(e.mentions.length, 2);
  });

  it('not a weekday, nor a word another capitalised word follows', () => {
    const a = entities('Visitors saw Mary Ann Tuesday at the fair.');
    assert.ok(!a.some((e) => e.name.includes('Tuesday')), JSON.stringify(a.map((e) => e.name)));
    const c = entities('Guests of Mary Ann Holt Hall dined.');
    assert.ok(!c.some((e) => e.name === 'Mary Ann Holt'), JSON.stringify(c.map((e) => e.name)));
  });
});
