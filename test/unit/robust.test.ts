// annotate() on hostile input: every offset it returns is valid, and valid as the recognizer made it: annotate
// repairs or drops bad spans itself, so each case asserts that its guards had nothing to repair (no problem
// reported) before checking the output. No input makes it do more than linear work (counted, not timed).
import * as assert from 'assert';
import { annotate, type Annotation } from '../../src/core';
import type { AnnotateProblem } from '../../src/core/annotate';

const TYPES = new Set(['PERSON', 'ORG', 'LOC', 'MISC']);
const KINDS = new Set(['direct', 'mixed', 'indirect']);

/** True when `offset` falls between the two halves of a surrogate pair. */
function splitsPair(doc: string, offset: number): boolean {
  if (offset <= 0 || offset >= doc.length) return false;
  const hi = doc.charCodeAt(offset - 1);
  const lo = doc.charCodeAt(offset);
  return hi >= 0xd800 && hi <= 0xdbff && lo >= 0xdc00 && lo <= 0xdfff;
}

function checkSpan(doc: string, span: any, what: string): void {
  assert.ok(span && typeof span === 'object', `${what} is not a span`);
  const { start, end } = span;
  assert.ok(Number.isInteger(start) && Number.isInteger(end), `${what}: offsets ${start}..${end} are not integers`);
  assert.ok(
    start >= 0 && start <= end && end <= doc.length,
    `${what}: offsets ${start}..${end} outside 0..${doc.length}`,
  );
  assert.strictEqual(span.text, doc.slice(start, end), `${what}: text differs from the document at ${start}..${end}`);
  assert.ok(!splitsPair(doc, start) && !splitsPair(doc, end), `${what}: ${start}..${end} splits a surrogate pair`);
}

/** Everything the annotation format promises about `ann` for `doc`. */
function checkAnnotation(doc: string, ann: Annotation): void {
  assert.ok(Array.isArray(ann.entities) && Array.isArray(ann.quotes));
  const ids = new Set<string>();
  const names = new Set<string>();
  for (const e of ann.entities) {
    assert.ok(typeof e.id === 'string' && !ids.has(e.id), `entity id ${e.id} missing or repeated`);
    ids.add(e.id);
    assert.ok(!names.has(`${e.type} ${e.name}`), `two ${e.type} entities named ${JSON.stringify(e.name)}`);
    names.add(`${e.type} ${e.name}`);
    assert.ok(TYPES.has(e.type), `entity ${e.id} type ${e.type}`);
    assert.strictEqual(typeof e.name, 'string');
    assert.ok(e.role === null || typeof e.role === 'string');
    assert.ok(Array.isArray(e.aliases) && e.aliases.every((a) => typeof a === 'string'));
    assert.ok(Array.isArray(e.mentions) && e.mentions.length > 0, `entity ${e.id} has no mention`);
    for (const m of e.mentions) checkSpan(doc, m, `mention of ${e.id}`);
    if (e.roleMention) checkSpan(doc, e.roleMention, `role of ${e.id}`);
  }
  let lastEnd = 0;
  for (const q of ann.quotes) {
    checkSpan(doc, q, 'quote');
    assert.ok(q.start >= lastEnd, `quote ${q.start}..${q.end} overlaps the one before, ending at ${lastEnd}`);
    lastEnd = q.end;
    assert.ok(KINDS.has(q.kind), `quote kind ${q.kind}`);
    assert.ok(q.speaker === null || ids.has(q.speaker), `quote speaker ${q.speaker} is no entity`);
    if (q.speakerMention !== null) checkSpan(doc, q.speakerMention, 'speaker mention');
    if (q.cue !== null) checkSpan(doc, q.cue, 'cue');
  }
  // What the CLI writes must read back the same, lone surrogates included.
  assert.deepStrictEqual(JSON.parse(JSON.stringify(ann)), ann);
}

/**
 * Annotates `doc` and checks the result. The recognizer's own output is checked first: annotate's guards
 * report whatever they had to repair (a stage that threw, a bad span, a dangling speaker, an overlap), and
 * there must be nothing. Then the annotation as the user gets it.
 */
function check(doc: string): Annotation {
  const problems: AnnotateProblem[] = [];
  const ann = annotate(doc, { id: 'robust', onProblem: (problem) => problems.push(problem) });
  const first = problems.slice(0, 3).map((p) => `${p.stage}: ${p.message.split('\n').slice(0, 4).join(' | ')}`);
  assert.deepStrictEqual(
    first,
    [],
    `${problems.length} problem(s) before repair, input ${JSON.stringify(doc.slice(0, 200))}`,
  );
  assert.strictEqual(ann.id, 'robust');
  checkAnnotation(doc, ann);
  return ann;
}

/** Small fast PRNG (mulberry32) so that every run sees the same "random" texts. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = [
  'the',
  'a',
  'said',
  'says',
  'told',
  'reporters',
  'according',
  'to',
  'he',
  'she',
  'they',
  'it',
  'was',
  'not',
  'minister',
  'president',
  'spokesman',
  'of',
  'in',
  'on',
  'that',
  'we',
  'will',
  'added',
  'claimed',
  'asked',
  'Mr.',
  'Dr.',
  'U.S.',
  'government',
  'police',
  'on Monday',
  'according to',
  'told reporters',
  'who',
  'his',
  'her',
  "didn't",
  'AT&T',
  '3.5',
  '1,000',
];
const NAMES = [
  'Anna Berg',
  'Vladimir Putin',
  'Barack Obama',
  'Mr. Smith',
  'Smith',
  'Maria de la Cruz',
  "O'Neill",
  'Jean-Luc Picard',
  'the United Nations',
  'Reuters',
  'New York',
  'Sochi',
  'Syria',
  'Amnesty International',
  'Xi Jinping',
  'Zoë Müller',
  'MCDONALD',
];
const QUOTES = ['"', '"', '“', '”', '‘', '’', "'", '«', '»', '„', '``', "''", '‹', '›', '「', '」'];
const PUNCT = [
  '.',
  '.',
  ',',
  ',',
  '!',
  '?',
  ';',
  ':',
  '—',
  '–',
  '-',
  '...',
  '…',
  '(',
  ')',
  '[',
  ']',
  '/',
  '&',
  '*',
  '#',
  '@',
];
const BREAKS = ['\n', '\n\n', '\r\n', '\r\n\r\n', '\r', '\t', '\u00a0', '\u2028', '\f', '   '];
const ODD = [
  '😀',
  '𝒜',
  '🇺🇸',
  '👩‍👩‍👧',
  '🏳️‍🌈',
  '\ud800',
  '\udc00',
  '\udbff\ud800',
  'e\u0301',
  '\u200b',
  '\u200f',
  '\ufeff',
  'مرحبا',
  'Привет',
  '你好',
  'नमस्ते',
  '\u0000',
  '\u001b[31m',
  '\uffff',
  '\ufffd',
];

function randomText(rand: () => number): string {
  const pick = (xs: string[]) => xs[Math.floor(rand() * xs.length)];
  const n = Math.floor(rand() * rand() * 400);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    const r = rand();
    if (r < 0.35) parts.push(pick(WORDS));
    else if (r < 0.5) parts.push(pick(NAMES));
    else if (r < 0.65) parts.push(pick(QUOTES));
    else if (r < 0.8) parts.push(pick(PUNCT));
    else if (r < 0.9) parts.push(pick(BREAKS));
    else parts.push(pick(ODD));
    parts.push(rand() < 0.7 ? ' ' : '');
  }
  return parts.join('');
}

describe('annotate robustness', function () {
  this.timeout(60000);

  it('empty and whitespace-only text', () => {
    for (const doc of ['', ' ', '\n', '\r\n\r\n', '\t \u00a0\u2003\n\n\n', ' '.repeat(100000), '\n'.repeat(100000)]) {
      const ann = check(doc);
      assert.deepStrictEqual([ann.entities, ann.quotes], [[], []]);
    }
  });

  it('binary garbage: random code units and random bytes read as text', () => {
    const rand = prng(7);
    for (let k = 0; k < 20; k++) {
      const units = Array.from({ length: 2000 }, () => Math.floor(rand() * 0x10000));
      check(String.fromCharCode(...units));
      const bytes = Buffer.from(Array.from({ length: 4000 }, () => Math.floor(rand() * 256)));
      check(bytes.toString('latin1'));
      check(bytes.toString('utf8'));
    }
  });

  it('one line of 1 MB, prose and punctuation without a single line break', () => {
    const rand = prng(11);
    const parts: string[] = [];
    let length = 0;
    while (length < 1 << 20) {
      const s = `${NAMES[Math.floor(rand() * NAMES.length)]} said "${WORDS[Math.floor(rand() * WORDS.length)]} ${WORDS[Math.floor(rand() * WORDS.length)]}," ${rand() < 0.5 ? 'and' : 'but'} `;
      parts.push(s);
      length += s.length;
    }
    check(parts.join(''));
  });

  it('300 KB (more than one segment) of one thing: a letter, quote marks, periods, astral characters', () => {
    for (const unit of ['a', '"', '“', '.', ' "a', 'A. ', '😀', 'said '])
      check(unit.repeat(Math.ceil(300000 / unit.length)));
  });

  it('unbalanced, stray and nested quote marks', () => {
    const cases = [
      '"',
      '""',
      '"""',
      '“',
      '”',
      '”Backwards,“ he said.',
      '"Never closed, said Anna Berg.\n\nNext paragraph.',
      'Closed only" said Smith.',
      '"One "two" three," said Mr. Smith. "Four',
      '“Curly with straight", said Berg.',
      "‘Single’ and ’stray’ and it's Smith's \"claim's.\"",
      '"' + '"a" '.repeat(5000),
      '« Bonjour », a dit Macron. »',
      '"He said: \'She said: "Go." \'," Smith said.',
      '"\n"\n"\n',
      '"' + 'x'.repeat(100000),
      'Smith said "' + '\n'.repeat(1000) + '"',
      '"“”‘’«»„‟‹›「」『』',
      "'''''",
      "``Old style,'' said Berg.",
    ];
    for (const doc of cases) check(doc);
  });

  it('CRLF and lone CR line ends', () => {
    const text =
      'Anna Berg, the minister, spoke in Oslo.\n\n"We will act," Berg said.\nShe added that "more is coming."\n';
    for (const doc of [text.replace(/\n/g, '\r\n'), text.replace(/\n/g, '\r'), text.replace(/\n/g, '\r\r\n')])
      check(doc);
  });

  it('emoji and other astral characters next to names and quotes', () => {
    check('😀Anna Berg😀 said “😀 we will 👩‍👩‍👧 act 🇺🇸,” in 𝒪𝓈𝓁𝑜.\n\n𝐁𝐞𝐫𝐠 said: "🏳️‍🌈".');
    check('"😀' + '😀'.repeat(1000) + '" said Smith.');
  });

  it('lone surrogates anywhere', () => {
    check('\ud800');
    check('\udc00Anna Berg said "\ud800hi\udc00," Berg\ud83d said.\ud83d');
    check('"Smith\udfff" said \ud800Smith\udbff.');
  });

  it('non-English text', () => {
    const docs = [
      'Bundeskanzlerin Angela Merkel sagte am Montag in Berlin: „Wir schaffen das.“ Die Opposition widersprach.',
      "« Nous ne céderons pas », a déclaré Emmanuel Macron à Paris, selon l'Élysée.",
      'Владимир Путин заявил в Сочи: «Мы готовы к переговорам».',
      '习近平在北京表示：“我们将继续改革开放。”外交部发言人说，会谈是建设性的。',
      'قال الرئيس في دمشق: "لن نتراجع".',
      'प्रधानमंत्री ने दिल्ली में कहा, "हम तैयार हैं।"',
      'Ο πρωθυπουργός είπε: «Θα τα καταφέρουμε».',
      '東京で首相は「経済を立て直す」と述べた。',
    ];
    for (const doc of docs) check(doc);
    check(docs.join('\n\n'));
  });

  it('a property test: 400 random texts mixing words, names, quote marks, punctuation, line breaks and odd code points', () => {
    const rand = prng(20261129);
    for (let k = 0; k < 400; k++) check(randomText(rand));
  });

  it('spans never split a surrogate pair, next to astral letters, emoji and lone halves', () => {
    check('𝐀𝐧𝐧𝐚 𝐁𝐞𝐫𝐠 said "𝐰𝐞 𝐰𝐢𝐥𝐥 𝐰𝐢𝐧," in 𝐎𝐬𝐥𝐨. 😀"We act,"😀 said Anna Berg😀.');
    check('Anna Berg\ud83d\ude00said "\ud83d\ude00" and \ud83dBerg said "x\ude00y," to 𐍈𐍈 Reuters.');
  });

  it('nested and crossing attributions give quotes that do not overlap', () => {
    check(
      'Varga said that Harris said that the union said "no deal." Hale argued that "it is over, and nobody," he said, "will sign."',
    );
    check('"They told us that the port stays closed," Varga said, adding that Harris said that "nothing" had changed.');
    check('Dennis Brooks says: \'Just listen. Just listen to us.\' She said: "Go," and he said "no."');
  });

  it('one entity for one name and type (NASA as photo credit and as speaker)', () => {
    const ann = check(
      'The launch was delayed again. (Photo: NASA)\n\n"We are confident," NASA said in a statement. NASA added that the crew is safe.',
    );
    assert.ok(ann.entities.filter((e) => e.name === 'NASA').length <= 1);
  });

  it('does no more than linear work on any input: regular-expression steps counted at two sizes', () => {
    // Every regular-expression use (exec, test, match, replace, split) goes through RegExp.prototype.exec
    // once it is replaced (ECMAScript's RegExpExec); the recognizer is built on them, so their number is
    // a measure of its work that does not depend on the machine's speed or load.
    const units = [
      'a',
      '"',
      '“',
      '.',
      ' "a',
      'A. ',
      '😀',
      'said ',
      'Anna Berg said "we will," ',
      '"One "two" three," said Mr. Smith. ',
      'Varga said that Harris said that ',
      '(',
      '(a. ',
      '« ',
      'MR. SMITH OF THE U.S. ',
      '\n',
      '\r',
      'x\n\n',
      'The minister, Anna Berg, said ',
      '"We will win. We will never give up." ',
    ];
    const original = RegExp.prototype.exec;
    let steps = 0;
    RegExp.prototype.exec = function (this: RegExp, s: string) {
      steps++;
      return original.call(this, s);
    };
    const work = (doc: string) => {
      steps = 0;
      annotate(doc);
      return steps;
    };
    try {
      assert.ok(work('Anna Berg said "we will."') > 10, 'regular-expression steps are counted');
      for (const unit of units) {
        const small = work(unit.repeat(Math.ceil(8000 / unit.length)));
        const large = work(unit.repeat(Math.ceil(32000 / unit.length)));
        // Four times the text: about four times the work (a quadratic step would give sixteen).
        assert.ok(large <= 5 * small + 1000, `${JSON.stringify(unit)}: ${small} steps for 8K, ${large} for 32K`);
      }
    } finally {
      RegExp.prototype.exec = original;
    }
  });

  it('a 50 MB text (annotated in segments; slow: skipped by npm run test:unit outside CI)', function () {
    if (process.env.NEWS_LENS_SKIP_SLOW) this.skip();
    this.timeout(600000);
    const rand = prng(50);
    const parts: string[] = [];
    let length = 0;
    while (length < 50 * (1 << 20)) {
      const s = randomText(rand) + (rand() < 0.5 ? '\n\n' : ' ');
      parts.push(s);
      length += s.length;
    }
    const doc = parts.join('');
    parts.length = 0;
    check(doc);
  });
});
