// Where names of organizations begin and end: runs over common words, particles, parentheses, possessives before
// titles, "X of Place", and names with a complement ("Council on ..."). Fixture sentences are written for these
// tests; the organizations are made up or generic.
import * as assert from 'assert';
import { annotate } from '../../src/core';
import { findEntities } from '../../src/core/entities';
import { splitSentences, tokenize } from '../../src/core/text';

function names(text: string): string[] {
  const tokens = tokenize(text);
  return findEntities(text, tokens, splitSentences(tokens), {}).flatMap((e) =>
    e.mentions.map((m) => `${e.type}:${m.text}`),
  );
}

const show = (list: string[]) => JSON.stringify(list);

describe('organization spans', () => {
  it('ends a name at a common word in lower case the tagger ran over', () => {
    const list = names('"I would like to thank the Eagles organisation and the fans of Philadelphia," he said.');
    assert.ok(list.includes('ORG:Eagles'), show(list));
    assert.ok(!list.some((n) => n.includes('organisation')), show(list));
    const run = names('The move to Bergamo-based Atalanta reunites Lentini with his old coach.');
    assert.ok(!run.some((n) => n.includes('reunites')), show(run));
  });

  it('keeps an irregular plural\'s "\'s" that opens a name ("Women\'s College Hospital")', () => {
    const list = names(
      "Doctors at Women's College Hospital agreed. The Children's Aid Society said it would review the case.",
    );
    assert.ok(list.includes("ORG:Women's College Hospital"), show(list));
    assert.ok(list.includes("ORG:Children's Aid Society"), show(list));
  });

  it('keeps particles inside a name and joins the pieces the tagger left on either side', () => {
    const list = names('The Gazzetta dello Sport said the deal would cost the club $ 600,000.');
    assert.ok(list.includes('ORG:Gazzetta dello Sport'), show(list));
    const person = names('A quick penalty from Van der Westhuizen five metres out gave the Springboks the lead.');
    assert.ok(person.includes('PERSON:Van der Westhuizen'), show(person));
  });

  it("keeps a club's town letter in parentheses, but not an acronym of the name", () => {
    const list = names('Division A\nHajduk 2 Proleter (Z) 0\nZemun 1 Rad (B) 0\n');
    assert.ok(list.includes('ORG:Proleter (Z)'), show(list));
    assert.ok(list.includes('ORG:Rad (B)'), show(list));
    assert.ok(!list.includes('ORG:Z'), show(list));
    const eu = names('The European Union (EU) said on Monday it would study the plan.');
    assert.ok(eu.includes('ORG:European Union'), show(eu));
  });

  it('makes a name in parentheses inside a name its own name', () => {
    const list = names('Hizbollah (Party of God) gunmen have waged a guerrilla war in the south.');
    assert.ok(list.includes('ORG:Hizbollah'), show(list));
    assert.ok(list.includes('ORG:Party of God'), show(list));
    assert.ok(!list.some((n) => n.includes('(')), show(list));
  });

  it('ends a name at a possessive before a title', () => {
    const list = names(
      "Michael Collins, the Irish Republican Army's Director of Intelligence, fought for independence.",
    );
    assert.ok(list.includes('ORG:Irish Republican Army'), show(list));
    assert.ok(!list.some((n) => n.includes('Director')), show(list));
  });

  it('splits a club or company "of" its country or town, not "University of Texas" or "Bank of Canada"', () => {
    const list = names(
      'They lost to Karlsruhe of Germany. Ouedec has joined Espanyol of Barcelona. The car made by Kia Motor Corp of South Korea arrived.',
    );
    for (const n of [
      'ORG:Karlsruhe',
      'LOC:Germany',
      'ORG:Espanyol',
      'LOC:Barcelona',
      'ORG:Kia Motor Corp',
      'LOC:South Korea',
    ])
      assert.ok(list.includes(n), `${n} in ${show(list)}`);
    const kept = names(
      'The University of Texas, the House of Commons, the Bank of Canada and the City of Surrey agreed on Friday.',
    );
    for (const n of ['University of Texas', 'House of Commons', 'Bank of Canada', 'City of Surrey'])
      assert.ok(
        kept.some((k) => k.endsWith(`:${n}`)),
        `${n} in ${show(kept)}`,
      );
  });

  it('makes "Council on ..." and "Center for ..." one organization, not "Union on Brexit" or "Committee on Monday"', () => {
    const list = names(
      'A fellow at the Center for Strategic and International Studies said the Council on Foreign Relations was wrong.',
    );
    assert.ok(list.includes('ORG:Center for Strategic and International Studies'), show(list));
    assert.ok(list.includes('ORG:Council on Foreign Relations'), show(list));
    const not = names('The European Union on Brexit was firm. The Committee on Monday voted to adjourn.');
    assert.ok(!not.some((n) => n.includes('Brexit') && n.includes('Union')), show(not));
    assert.ok(!not.some((n) => n.includes('Monday') && n.startsWith('ORG')), show(not));
    const title = names('Council on Foreign Relations President Richard Haass spoke on Friday.');
    assert.ok(title.includes('PERSON:Richard Haass'), show(title));
  });

  it('makes groups of people "for", "Without" or "Against" something one organization, and ends one at a second', () => {
    const list = names(
      'Physicians for Human Rights and Canadian Doctors for Medicare said so. Doctors Without Borders agreed, as did Citizens for Tax Justice.',
    );
    for (const n of [
      'Physicians for Human Rights',
      'Canadian Doctors for Medicare',
      'Doctors Without Borders',
      'Citizens for Tax Justice',
    ])
      assert.ok(list.includes(`ORG:${n}`), `${n} in ${show(list)}`);
    const date = names('A vigil was held at the Islamic Cultural Centre on Jan. 29 for the victims.');
    assert.ok(!date.some((n) => n.includes('Centre on')), show(date));
  });

  it('gives a quote "according to" such an organization to it', () => {
    const text =
      'Thirty per cent of the deaths involve a sedative, according to the National Institute on Drug Abuse. Officials agree.';
    const r = annotate(text);
    const q = r.quotes.find((x) => x.text.includes('Thirty'));
    assert.ok(q, JSON.stringify(r.quotes));
    const e = r.entities.find((x) => x.id === q.speaker);
    assert.strictEqual(e?.name, 'National Institute on Drug Abuse');
  });
});
