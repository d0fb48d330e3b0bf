import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { CORRECTIONS_SCHEMA, parseCorrections } from '../../src/core/corrections';

const ARTICLE =
  'Elena Varga, the finance minister, spoke on Monday. “We will cut the deficit,” Varga said. ' +
  'A senior official said the plan was late. “Read the label,” the sign said.';

const anchor = (s: string) => {
  const start = ARTICLE.indexOf(s);
  return { start, end: start + s.length, text: s };
};

/** The example, with real values. */
const EXAMPLE = {
  version: 1,
  corrections: [
    { quote: anchor('“We will cut the deficit,”'), speaker: 'Elena Varga' },
    { quote: anchor('“Read the label,”'), notAQuote: true },
    { quote: anchor('the plan was late'), speaker: null, unnamed: 'a senior official' },
    { entity: 'Varga', role: 'Prime Minister', gender: 'female' },
    { entity: 'Caleb Jones', sameAs: 'Jones' },
    { entity: 'Regina King', type: 'PERSON' },
  ],
};

/** The problems parseCorrections finds in `value` written as JSON (asserting that it refuses the file). */
function problemsOf(value: unknown): string[] {
  const { file, problems } = parseCorrections(JSON.stringify(value));
  assert.strictEqual(file, null, 'refused');
  assert.ok(problems.length > 0, 'with a reason');
  return problems;
}

/** EXAMPLE with correction `i` replaced by `c`. */
const withItem = (i: number, c: unknown) => ({
  ...EXAMPLE,
  corrections: EXAMPLE.corrections.map((x, k) => (k === i ? c : x)),
});

describe('corrections: the file format', () => {
  it('the published schema is the bundled one, versioned, with an $id and closed objects', () => {
    const onDisk = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'schemas/corrections.schema.json'), 'utf8'));
    assert.deepStrictEqual(CORRECTIONS_SCHEMA, onDisk);
    assert.strictEqual(onDisk.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.ok(typeof onDisk.$id === 'string' && onDisk.$id.length > 0);
    assert.deepStrictEqual(onDisk.properties.version, { ...onDisk.properties.version, const: 1 });
    assert.strictEqual(onDisk.additionalProperties, false);
    for (const [name, def] of Object.entries<any>(onDisk.$defs)) {
      if (def.type === 'object') assert.strictEqual(def.additionalProperties, false, `${name} is closed`);
      assert.ok(typeof def.description === 'string', `${name} is described`);
    }
  });

  it('accepts the issue’s example', () => {
    const { file, problems } = parseCorrections(JSON.stringify(EXAMPLE, null, 2));
    assert.deepStrictEqual(problems, []);
    assert.deepStrictEqual(file, EXAMPLE);
  });

  it('accepts an empty file, a byte-order mark, a "$schema" member, kind and confirmed', () => {
    const file = {
      $schema: '../schemas/corrections.schema.json',
      version: 1,
      corrections: [
        { quote: anchor('the plan was late'), kind: 'mixed' },
        { quote: anchor('“We will cut the deficit,”'), speaker: 'Varga', confirmed: true, kind: 'direct' },
        { entity: 'Varga', type: null, role: null, gender: null },
      ],
    };
    assert.deepStrictEqual(parseCorrections('\ufeff' + JSON.stringify(file)).problems, []);
    assert.deepStrictEqual(parseCorrections('{"version": 1, "corrections": []}'), {
      file: { version: 1, corrections: [] },
      problems: [],
    });
  });

  it('not JSON, or not an object: one clear problem', () => {
    assert.match(parseCorrections('{"version": 1,').problems[0], /^not JSON/);
    assert.match(parseCorrections('[]').problems[0], /expected a JSON object/);
  });

  it('a newer version is refused as such, not misread', () => {
    const { file, problems } = parseCorrections(JSON.stringify({ version: 2, corrections: [{ anything: 1 }] }));
    assert.strictEqual(file, null);
    assert.deepStrictEqual(problems, [
      'version 2 was written by a newer News Lens; this one reads version 1 (update News Lens)',
    ]);
  });

  it('a missing or wrong version, a missing list, an unknown top-level field', () => {
    assert.deepStrictEqual(problemsOf({ corrections: [] }), ['"version" is missing']);
    assert.deepStrictEqual(problemsOf({ version: 0, corrections: [] }), ['version: must be 1']);
    assert.deepStrictEqual(problemsOf({ version: 1 }), ['"corrections" is missing']);
    assert.deepStrictEqual(problemsOf({ version: 1, corrections: [], notes: 'x' }), ['unknown field "notes"']);
  });

  it('names the correction and the field of each problem', () => {
    assert.deepStrictEqual(problemsOf(withItem(0, { quote: { start: 1, end: 'x', text: 'a' }, speaker: 'A' })), [
      'corrections[0].quote.end: must be an integer',
    ]);
    assert.deepStrictEqual(problemsOf(withItem(1, { quote: anchor('the plan was late'), notAQuote: false })), [
      'corrections[1].notAQuote: must be true',
    ]);
    assert.deepStrictEqual(problemsOf(withItem(3, { entity: 'Varga', gender: 'other' })), [
      'corrections[3].gender: must be one of "female", "male", null',
    ]);
    assert.deepStrictEqual(problemsOf(withItem(5, { entity: 'Regina King', type: 'PEOPLE' })), [
      'corrections[5].type: must be one of "PERSON", "ORG", "LOC", "MISC", null',
    ]);
    assert.deepStrictEqual(problemsOf(withItem(2, { quote: anchor('the plan was late'), kind: 'quoted' })), [
      'corrections[2].kind: must be one of "direct", "mixed", "indirect"',
    ]);
    assert.deepStrictEqual(problemsOf(withItem(0, { quote: anchor('the plan was late'), speaker: 7 })), [
      'corrections[0].speaker: must be a string or null',
    ]);
  });

  it('refuses unknown fields, a description with a named speaker, an entity correction saying nothing', () => {
    assert.deepStrictEqual(problemsOf(withItem(4, { entity: 'Caleb Jones', sameAs: 'Jones', colour: 'red' })), [
      'corrections[4]: unknown field "colour"',
    ]);
    assert.deepStrictEqual(
      problemsOf(withItem(2, { quote: anchor('the plan was late'), speaker: 'Varga', unnamed: 'an aide' })),
      ['corrections[2].speaker: must be null'],
    );
    assert.deepStrictEqual(problemsOf(withItem(3, { entity: 'Varga' })), [
      'corrections[3]: says nothing about the entity: give "role", "gender", "type" or "sameAs"',
    ]);
    assert.deepStrictEqual(problemsOf(withItem(3, { entity: '', role: 'x' })), [
      'corrections[3].entity: must not be empty',
    ]);
    assert.deepStrictEqual(problemsOf(withItem(0, { quote: anchor('the plan was late') })), [
      'corrections[0]: "kind" is missing',
    ]);
    assert.deepStrictEqual(problemsOf(withItem(0, { speech: 'x' })), [
      'corrections[0]: not a correction: it needs "quote" (with "speaker", "notAQuote" or "kind") or "entity"',
    ]);
    assert.deepStrictEqual(problemsOf(withItem(0, 'Varga said it')), ['corrections[0]: must be an object']);
  });

  it('refuses a quote anchor whose text does not fit its span', () => {
    assert.deepStrictEqual(problemsOf(withItem(0, { quote: { start: 10, end: 5, text: 'abcde' }, speaker: 'A' })), [
      'corrections[0].quote: end 5 is before start 10',
    ]);
    assert.deepStrictEqual(problemsOf(withItem(0, { quote: { start: 10, end: 12, text: 'abcde' }, speaker: 'A' })), [
      'corrections[0].quote: "text" is 5 characters long but the span 10..12 is 2',
    ]);
  });

  it('lists every bad correction, each once', () => {
    const problems = problemsOf({
      version: 1,
      corrections: [
        { entity: 'A', role: 3 },
        EXAMPLE.corrections[0],
        { quote: anchor('the plan was late'), kind: 'x' },
      ],
    });
    assert.deepStrictEqual(problems, [
      'corrections[0].role: must be a string or null',
      'corrections[2].kind: must be one of "direct", "mixed", "indirect"',
    ]);
  });
});
