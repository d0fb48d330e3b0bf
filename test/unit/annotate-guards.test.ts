// The guards in annotate(): an annotator built with stand-in recognizer stages that throw or return bad
// spans, to see that it still returns a valid annotation and says what it fixed (per call, to onProblem).
import * as assert from 'assert';
import {
  createAnnotator,
  WHOLE_TEXT_LIMIT,
  type AnnotateProblem,
  type Annotator,
  type Stages,
} from '../../src/core/annotate';
import type { AnnotateOptions, Annotation, Entity, Quote } from '../../src/core/types';

type Stage = (text: string, ...rest: unknown[]) => unknown;
interface Stubs {
  entities: Stage;
  quotes: Stage;
}

const stubs: Stubs = { entities: () => [], quotes: () => [] };

describe('annotate guards (with stand-in stages)', function () {
  this.timeout(60000);
  let problems: AnnotateProblem[];
  const annotator: Annotator = createAnnotator({
    stages: {
      findEntities: ((...a: unknown[]) => stubs.entities(...(a as [string]))) as Stages['findEntities'],
      findQuotes: ((...a: unknown[]) => stubs.quotes(...(a as [string]))) as Stages['findQuotes'],
    },
  });
  // The same call as annotate's, with this test's problem listener.
  const core = {
    annotate: (text: string, options: AnnotateOptions | null = {}): Annotation =>
      annotator(
        text,
        options && typeof options === 'object'
          ? { ...options, onProblem: (p) => problems.push(p) }
          : (options as unknown as AnnotateOptions),
      ),
    WHOLE_TEXT_LIMIT,
  };

  beforeEach(() => {
    problems = [];
    stubs.entities = () => [];
    stubs.quotes = () => [];
  });

  const person = (id: string, start: number, text: string): Entity => ({
    id,
    type: 'PERSON',
    name: text,
    role: null,
    aliases: [],
    mentions: [{ start, end: start + text.length, text }],
  });
  const quote = (start: number, text: string, speaker: string | null): Quote => ({
    start,
    end: start + text.length,
    text,
    kind: 'direct',
    speaker,
    speakerMention: null,
    cue: null,
  });
  const doc = '"Hi," said Anna.';

  it('a stage that throws gives no entities (or no quotes) instead of an exception, and is reported', () => {
    stubs.entities = () => {
      throw new Error('entities broke');
    };
    stubs.quotes = () => [quote(0, '"Hi,"', null)];
    const a = core.annotate(doc, { id: 'x' });
    assert.deepStrictEqual(a.entities, []);
    assert.strictEqual(a.quotes.length, 1);
    assert.strictEqual(a.id, 'x');
    assert.deepStrictEqual(
      problems.map((p) => p.stage),
      ['entities'],
    );
    assert.match(problems[0].message, /entities broke/);

    problems = [];
    stubs.entities = () => [person('e1', 11, 'Anna')];
    stubs.quotes = () => {
      throw new TypeError('quotes broke');
    };
    const b = core.annotate(doc);
    assert.strictEqual(b.entities.length, 1);
    assert.deepStrictEqual(b.quotes, []);
    assert.deepStrictEqual(
      problems.map((p) => p.stage),
      ['quotes'],
    );
  });

  it('drops a quote that overlaps an earlier one, and reports it (the quote finder must never give one)', () => {
    stubs.entities = () => [];
    stubs.quotes = () => [quote(6, 'said Anna.', null), quote(0, '"Hi," said', null)];
    const a = core.annotate(doc);
    assert.deepStrictEqual(
      a.quotes.map((q) => [q.start, q.end]),
      [[0, 10]],
    );
    assert.match(problems.map((p) => p.message).join('\n'), /dropped quote 6\.\.16: it overlaps quote 0\.\.10/);
  });

  it('passes the model it was given to the entity stage, and loads none of its own', () => {
    const model = {
      lex: {},
      slotKey: new Int32Array(1),
      rowOf: new Int32Array(1),
      mask: 0,
      weights: new Float32Array(0),
    } as unknown as Parameters<Stages['findEntities']>[4];
    let seen: unknown = null;
    const withModel = createAnnotator({
      model,
      stages: {
        findEntities: (_t, _k, _s, _o, m) => {
          seen = m;
          return [];
        },
        findQuotes: () => [],
      },
    });
    withModel('Anna Berg spoke.');
    assert.strictEqual(seen, model);
  });

  it("tells each call's own listener about its problems, and nobody else", () => {
    stubs.quotes = () => {
      throw new Error('quotes broke');
    };
    const heard: string[] = [];
    annotator(doc, { onProblem: (p) => heard.push(`first: ${p.stage}`) });
    annotator(doc);
    annotator(doc, {
      onProblem: () => {
        throw new Error('a listener that fails');
      },
    });
    annotator(doc, { onProblem: (p) => heard.push(`second: ${p.stage}`) });
    assert.deepStrictEqual(heard, ['first: quotes', 'second: quotes']);
  });

  it('a stage returning something other than a list counts as nothing', () => {
    stubs.entities = () => undefined;
    stubs.quotes = () => ({ not: 'a list' });
    assert.deepStrictEqual(core.annotate(doc), { entities: [], quotes: [] });
  });

  it('drops spans with bad offsets, repairs a mention text, clears a dangling speaker, cue or speaker mention', () => {
    stubs.entities = () => [
      person('e1', 11, 'Anna'),
      { ...person('e2', 11, 'Anna'), mentions: [{ start: 11, end: 99, text: 'Anna' }] }, // past the end: entity dropped
      {
        ...person('e3', 11, 'Anna'),
        mentions: [
          { start: 11, end: 15, text: 'Ana' },
          { start: -1, end: 2, text: '"H' },
        ],
      },
    ];
    stubs.quotes = (_text, _tokens, _sentences, entities) => {
      assert.deepStrictEqual(
        (entities as Entity[]).map((e) => e.id),
        ['e1', 'e3'],
        'findQuotes sees only checked entities',
      );
      return [
        {
          ...quote(0, '"Hi,"', 'e2'),
          cue: { start: 6, end: 10, text: 'said' },
          speakerMention: { start: 11, end: 15, text: 'Anna' },
        },
        {
          ...quote(11, 'Anna.', 'e1'),
          cue: { start: 6, end: 1, text: 'said' },
          speakerMention: { start: 11.5, end: 15, text: 'Anna' },
        },
        quote(-3, '"Hi,"', 'e1'),
      ];
    };
    const a = core.annotate(doc);
    assert.deepStrictEqual(
      a.entities.map((e) => [e.id, e.mentions]),
      [
        ['e1', [{ start: 11, end: 15, text: 'Anna' }]],
        ['e3', [{ start: 11, end: 15, text: 'Anna' }]],
      ],
    );
    assert.deepStrictEqual(
      a.quotes.map((q) => [q.start, q.speaker, q.cue?.text ?? null, q.speakerMention?.text ?? null]),
      [
        [0, null, 'said', 'Anna'],
        [11, 'e1', null, null],
      ],
    );
    const messages = problems.map((p) => p.message).join('\n');
    for (const expected of [
      /bad offsets 11\.\.99/,
      /dropped entity e2/,
      /text "Ana" is not the document's "Anna"/,
      /bad offsets -1\.\.2/,
      /speaker e2 is no entity/,
      /bad offsets 6\.\.1/,
      /bad offsets 11\.5\.\.15/,
      /bad offsets -3\.\.2/,
    ]) {
      assert.match(messages, expected);
    }
  });

  it('never throws on a text that is not a string, or options that are not an object', () => {
    assert.deepStrictEqual(core.annotate(undefined as unknown as string), { entities: [], quotes: [] });
    assert.deepStrictEqual(core.annotate(null as unknown as string, null as unknown as object), {
      entities: [],
      quotes: [],
    });
    let seen = '';
    stubs.entities = (text) => {
      seen = text;
      return [];
    };
    core.annotate(42 as unknown as string);
    assert.strictEqual(seen, '42');
  });

  it('annotates a long text segment by segment (windows with context), with offsets into the whole and one entity per name', () => {
    const para = 'Anna Berg met Carl Holm.\n\n';
    const text = para.repeat(Math.ceil((core.WHOLE_TEXT_LIMIT + 1) / para.length));
    const paragraphs = text.length / para.length;
    const segments: string[] = [];
    stubs.entities = (seg) => {
      segments.push(seg);
      const found: Entity[] = [];
      for (const name of ['Anna Berg', 'Carl Holm']) {
        const mentions = [];
        for (let i = seg.indexOf(name); i >= 0; i = seg.indexOf(name, i + 1))
          mentions.push({ start: i, end: i + name.length, text: name });
        if (mentions.length)
          found.push({ id: `e${found.length + 1}`, type: 'PERSON', name, role: null, aliases: [], mentions });
      }
      return found;
    };
    // One quote per paragraph: "Anna Berg", said by Anna Berg.
    stubs.quotes = (seg, _t, _s, entities) => {
      const out: Quote[] = [];
      for (let i = (seg as string).indexOf('Anna Berg'); i >= 0; i = (seg as string).indexOf('Anna Berg', i + 1))
        out.push(quote(i, 'Anna Berg', (entities as Entity[])[0].id));
      return out;
    };
    const a = core.annotate(text);
    assert.ok(segments.length > 1);
    // Each window is whole paragraphs (cut at paragraph breaks); with their context they cover the text,
    // and the context costs well under twice the work.
    for (const s of segments) assert.strictEqual(s, para.repeat(s.length / para.length));
    const total = segments.reduce((n, s) => n + s.length, 0);
    assert.ok(total >= text.length && total < 1.7 * text.length, `windows total ${total} for ${text.length}`);
    assert.deepStrictEqual(
      a.entities.map((e) => [e.id, e.name, e.mentions.length]),
      [
        ['e1', 'Anna Berg', paragraphs],
        ['e2', 'Carl Holm', paragraphs],
      ],
    );
    for (const e of a.entities) for (const m of e.mentions) assert.strictEqual(text.slice(m.start, m.end), m.text);
    assert.strictEqual(
      a.quotes.length,
      paragraphs,
      'every quote once: none lost at a cut, none twice from overlapping windows',
    );
    a.quotes.forEach((q, i) => {
      assert.strictEqual(q.start, i * para.length);
      assert.strictEqual(text.slice(q.start, q.end), 'Anna Berg');
      assert.strictEqual(q.speaker, 'e1');
    });
    assert.deepStrictEqual(problems, []);
  });
});
