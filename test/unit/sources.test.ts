// The sources index across articles (src/core/sources): one person across articles is one source, different
// people stay apart, unnamed sources form one group, and the summary counts by gender. Annotations are built by
// hand here (the recognizer is tested elsewhere); the names are made up.
import * as assert from 'assert';
import {
  collectSources,
  isUnnamedQuote,
  organizationKind,
  roleKind,
  sourceKind,
  sourcesCsv,
  type ArticleAnnotation,
} from '../../src/core/sources';
import type { Annotation, Entity, Gender, GenderEvidence, Quote } from '../../src/core/types';
import { person } from './entity-fixture';

function quote(at: number, speaker: string | null, mention: string | null = null): Quote {
  const text = `“Quote number ${at}.”`;
  return {
    start: at,
    end: at + text.length,
    text,
    kind: 'direct',
    speaker,
    speakerMention: mention ? { start: 0, end: mention.length, text: mention } : null,
    cue: null,
  };
}

function article(id: string, entities: Entity[], quotes: Quote[]): ArticleAnnotation {
  const annotation: Annotation = { id, entities, quotes };
  return { id, annotation };
}

const gendered = (g: Gender, ev: GenderEvidence): Partial<Entity> => ({ gender: g, genderEvidence: ev });

describe('sources: one source per person across articles', () => {
  it('merges one full name across articles and counts its articles and quotes', () => {
    const index = collectSources([
      article('a.txt', [person('e1', 'Marta Kovac', { role: 'Finance Minister' })], [quote(0, 'e1'), quote(50, 'e1')]),
      article('b.txt', [person('e3', 'Marta Kovac', { aliases: ['Kovac'] })], [quote(10, 'e3')]),
    ]);
    assert.strictEqual(index.sources.length, 1);
    const s = index.sources[0];
    assert.strictEqual(s.name, 'Marta Kovac');
    assert.deepStrictEqual(s.articles, ['a.txt', 'b.txt']);
    assert.strictEqual(s.quotes.length, 3);
    assert.deepStrictEqual(s.roles, ['Finance Minister']);
    assert.deepStrictEqual(s.aliases, ['Kovac']);
  });

  it('puts a one-word name with the one full name that ends in it, whatever the accents and honorifics', () => {
    const index = collectSources([
      article('a.txt', [person('e1', 'Renée Dufour')], [quote(0, 'e1')]),
      article('b.txt', [person('e1', 'Dufour')], [quote(0, 'e1')]),
      article('c.txt', [person('e1', 'Mrs. Renee Dufour')], [quote(0, 'e1')]),
    ]);
    assert.strictEqual(index.sources.length, 1, index.sources.map((s) => s.name).join(', '));
    assert.strictEqual(index.sources[0].quotes.length, 3);
  });

  it('keeps two people with one surname apart, and a bare surname apart from both', () => {
    const index = collectSources([
      article('a.txt', [person('e1', 'Justin Marlowe')], [quote(0, 'e1')]),
      article('b.txt', [person('e1', 'Pierre Marlowe')], [quote(0, 'e1')]),
      article('c.txt', [person('e1', 'Marlowe')], [quote(0, 'e1')]),
    ]);
    assert.deepStrictEqual(index.sources.map((s) => s.name).sort(), ['Justin Marlowe', 'Marlowe', 'Pierre Marlowe']);
  });

  it('suggests, but does not merge, a name spelled much alike; the user merges with knownPeople aliases', () => {
    const arts = [
      article('a.txt', [person('e1', 'Volodymyr Zelensky')], [quote(0, 'e1')]),
      article('b.txt', [person('e1', 'Volodymyr Zelenskyy')], [quote(0, 'e1')]),
    ];
    const apart = collectSources(arts);
    assert.strictEqual(apart.sources.length, 2);
    assert.deepStrictEqual(apart.sources.find((s) => s.name === 'Volodymyr Zelensky')!.similar, [
      'Volodymyr Zelenskyy',
    ]);
    const merged = collectSources(arts, [{ name: 'Volodymyr Zelenskyy', aliases: ['Volodymyr Zelensky'] }]);
    assert.strictEqual(merged.sources.length, 1);
    assert.strictEqual(merged.sources[0].quotes.length, 2);
  });

  it('does not merge organizations by a shared last word', () => {
    const org = (id: string, name: string): Entity => ({ ...person(id, name), type: 'ORG' });
    const index = collectSources([
      article('a.txt', [org('e1', 'Harbour Authority')], [quote(0, 'e1')]),
      article('b.txt', [org('e1', 'Authority')], [quote(0, 'e1')]),
    ]);
    assert.strictEqual(index.sources.length, 2);
  });
});

describe('sources: gender across articles', () => {
  it('takes the strongest evidence any article gives', () => {
    const index = collectSources([
      article('a.txt', [person('e1', 'Alex Brandt', gendered('male', 'given name'))], [quote(0, 'e1')]),
      article('b.txt', [person('e1', 'Alex Brandt', gendered('female', 'title'))], [quote(0, 'e1')]),
    ]);
    assert.strictEqual(index.sources[0].gender, 'female');
    assert.strictEqual(index.sources[0].genderEvidence, 'title');
  });

  it('gives no gender when articles disagree with evidence of the same strength', () => {
    const index = collectSources([
      article('a.txt', [person('e1', 'Sam Okafor', gendered('male', 'pronoun'))], [quote(0, 'e1')]),
      article('b.txt', [person('e1', 'Sam Okafor', gendered('female', 'pronoun'))], [quote(0, 'e1')]),
    ]);
    assert.strictEqual(index.sources[0].gender, null);
    assert.strictEqual(index.sources[0].genderEvidence, null);
  });
});

describe('sources: unnamed and unattributed quotes, and the summary', () => {
  const arts = [
    article(
      'a.txt',
      [person('e1', 'Marta Kovac', gendered('female', 'title')), person('e2', 'Ivo Bern', gendered('male', 'pronoun'))],
      [quote(0, 'e1'), quote(40, 'e1'), quote(80, 'e2'), quote(120, null, 'a senior official'), quote(160, null, 'he')],
    ),
    article(
      'b.txt',
      [{ ...person('e1', 'Coastal Shipping'), type: 'ORG' }, person('e2', 'Lee Tran')],
      [quote(0, 'e1'), quote(40, null, 'Officials'), quote(80, 'e2'), { ...quote(120, null), unnamed: 'a diplomat' }],
    ),
  ];
  const index = collectSources(arts);

  it('puts unnamed sources in one group and leaves an unresolved pronoun unattributed', () => {
    const group = index.sources.find((s) => s.unnamed)!;
    assert.ok(group, 'no group of unnamed sources');
    assert.strictEqual(group.name, 'Unnamed sources');
    assert.deepStrictEqual(
      group.quotes.map((q) => q.speakerMention),
      ['a senior official', 'Officials', 'a diplomat'],
    );
    assert.strictEqual(index.summary.unattributedQuotes, 1);
  });

  it('tells a person described from a body described: only people are unnamed sources', () => {
    const described = (mention: string) => isUnnamedQuote(quote(0, null, mention));
    for (const m of [
      'a senior official',
      'one commuter',
      'Officials',
      'the rookie defenceman',
      'a source close to the team',
    ])
      assert.ok(described(m), m);
    for (const m of [
      'the union',
      'The transport ministry',
      'police',
      'the port authority',
      'the statement',
      'The bank',
      'The lawsuit',
      'he',
      'They',
    ])
      assert.ok(!described(m), m);
  });

  it('counts sources and quotes by gender, organizations and the named share', () => {
    const s = index.summary;
    assert.strictEqual(s.articles, 2);
    assert.strictEqual(s.quotes, 8);
    assert.strictEqual(s.sources, 4);
    assert.deepStrictEqual(s.people, {
      female: { sources: 1, quotes: 2 },
      male: { sources: 1, quotes: 1 },
      unknown: { sources: 1, quotes: 1 },
    });
    assert.deepStrictEqual(s.organizations, { sources: 1, quotes: 1 });
    assert.strictEqual(s.unnamed.quotes, 3);
    assert.strictEqual(s.namedShare, 5 / 8);
  });

  it('lists the most quoted first', () => {
    assert.deepStrictEqual(
      index.sources.slice(0, 2).map((s) => s.name),
      ['Unnamed sources', 'Marta Kovac'],
    );
  });

  it('writes CSV with a header and quoted cells where needed', () => {
    const csv = sourcesCsv([{ ...index.sources[1], roles: ['minister, "acting"'] }]);
    const lines = csv.split('\r\n');
    assert.strictEqual(lines[0], 'name,type,unnamed,roles,kind,gender,gender_evidence,articles,quotes,aliases,similar');
    assert.strictEqual(lines[1], 'Marta Kovac,PERSON,false,"minister, ""acting""",unknown,female,title,1,2,,');
  });
});

describe('sources: kinds of role', () => {
  it('places a role by its head noun, then by its other words', () => {
    assert.strictEqual(roleKind('Oilers goalie'), 'athlete and sport');
    assert.strictEqual(roleKind('Finance Minister'), 'politician');
    assert.strictEqual(roleKind('director of health care at Veterans Affairs'), 'official');
    assert.strictEqual(roleKind('professor of economics'), 'expert');
    assert.strictEqual(roleKind("Putin's spokesman"), 'official');
    assert.strictEqual(roleKind('a resident of the area'), 'citizen');
    assert.strictEqual(roleKind('Huawei CFO'), 'business');
    assert.strictEqual(roleKind('police officers'), 'police and military');
    assert.strictEqual(roleKind('team captain'), 'athlete and sport');
    assert.strictEqual(roleKind('Attorney General'), 'legal');
    assert.strictEqual(roleKind('best-selling mystery'), 'other');
    assert.strictEqual(roleKind(null), 'unknown');
  });

  it('places an organization with no role by the words of its name, a place as its government', () => {
    assert.strictEqual(organizationKind('Harbour Transport Safety Board'), 'official');
    assert.strictEqual(organizationKind('Eastvale Police Service'), 'police and military');
    assert.strictEqual(organizationKind('Northfield Press Agency'), 'arts and media');
    assert.strictEqual(organizationKind('Department of Energy'), 'official');
    assert.strictEqual(organizationKind('Lakeshore Nurses Union'), 'labour and advocacy');
    assert.strictEqual(organizationKind('the African Union'), 'official');
    assert.strictEqual(organizationKind('Quarry Mining Corp.'), 'business');
    assert.strictEqual(organizationKind('University of Westmark'), 'expert');
    assert.strictEqual(organizationKind('St. Brendan General Hospital'), 'health');
    assert.strictEqual(organizationKind('Zentrava'), 'organization');
    assert.strictEqual(sourceKind(undefined, 'ORG', 'Eastvale Police Service'), 'police and military');
    assert.strictEqual(sourceKind('union spokesman', 'ORG', 'Eastvale Police Service'), 'official');
    assert.strictEqual(sourceKind(undefined, 'LOC', 'Ottawa'), 'official');
    assert.strictEqual(sourceKind(undefined, 'PERSON', 'Jane Doe'), 'unknown');
  });

  it('gives each source the kind of its first role and counts named sources by kind', () => {
    const index = collectSources([
      article(
        'a.txt',
        [
          person('e1', 'Marta Kovac', { role: 'Finance Minister' }),
          person('e2', 'Ivo Bern', { role: 'Oilers goalie' }),
        ],
        [quote(0, 'e1'), quote(40, 'e2'), quote(80, 'e2')],
      ),
    ]);
    assert.strictEqual(index.sources.find((s) => s.name === 'Marta Kovac')!.kind, 'politician');
    assert.deepStrictEqual(index.summary.byKind, {
      politician: { sources: 1, quotes: 1 },
      'athlete and sport': { sources: 1, quotes: 2 },
    });
  });
});
