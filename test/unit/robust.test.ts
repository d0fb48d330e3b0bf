// annotate() on hostile input: it never throws, never hangs, and every offset it returns is valid.
import * as assert from 'assert';
import { annotate, type Annotation } from '../../src/core';
import { onAnnotateProblem, type AnnotateProblem } from '../../src/core/annotate';

const TYPES = new Set(['PERSON', 'ORG', 'LOC', 'MISC']);
const KINDS = new Set(['direct', 'mixed', 'indirect']);

function checkSpan(doc: string, span: any, what: string): void {
  assert.ok(span && typeof span === 'object', `${what} is not a span`);
  const { start, end } = span;
  assert.ok(Number.isInteger(start) && Number.isInteger(end), `${what}: offsets ${start}..${end} are not integers`);
  assert.ok(start >= 0 && start <= end && end <= doc.length, `${what}: offsets ${start}..${end} outside 0..${doc.length}`);
  assert.strictEqual(span.text, doc.slice(start, end), `${what}: text differs from the document at ${start}..${end}`);
}

/** Everything the annotation format promises about `ann` for `doc`. */
function checkAnnotation(doc: string, ann: Annotation): void {
  assert.ok(Array.isArray(ann.entities) && Array.isArray(ann.quotes));
  const ids = new Set<string>();
  for (const e of ann.entities) {
    assert.ok(typeof e.id === 'string' && !ids.has(e.id), `entity id ${e.id} missing or repeated`);
    ids.add(e.id);
    assert.ok(TYPES.has(e.type), `entity ${e.id} type ${e.type}`);
    assert.strictEqual(typeof e.name, 'string');
    assert.ok(e.role === null || typeof e.role === 'string');
    assert.ok(Array.isArray(e.aliases) && e.aliases.every((a) => typeof a === 'string'));
    assert.ok(Array.isArray(e.mentions) && e.mentions.length > 0, `entity ${e.id} has no mention`);
    for (const m of e.mentions) checkSpan(doc, m, `mention of ${e.id}`);
  }
  for (const q of ann.quotes) {
    checkSpan(doc, q, 'quote');
    assert.ok(KINDS.has(q.kind), `quote kind ${q.kind}`);
    assert.ok(q.speaker === null || ids.has(q.speaker), `quote speaker ${q.speaker} is no entity`);
    if (q.speakerMention !== null) checkSpan(doc, q.speakerMention, 'speaker mention');
    if (q.cue !== null) checkSpan(doc, q.cue, 'cue');
  }
  // What the CLI writes must read back the same, lone surrogates included.
  assert.deepStrictEqual(JSON.parse(JSON.stringify(ann)), ann);
}

/** Problems the guards in annotate() recovered from, with the input that caused each (for the owners). */
const problems: { input: string; problem: AnnotateProblem }[] = [];
let current = '';

function check(doc: string): Annotation {
  current = doc;
  let ann: Annotation | undefined;
  assert.doesNotThrow(() => {
    ann = annotate(doc, { id: 'robust' });
  });
  assert.strictEqual(ann!.id, 'robust');
  checkAnnotation(doc, ann!);
  return ann!;
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

const WORDS = ['the', 'a', 'said', 'says', 'told', 'reporters', 'according', 'to', 'he', 'she', 'they', 'it', 'was', 'not',
  'minister', 'president', 'spokesman', 'of', 'in', 'on', 'that', 'we', 'will', 'added', 'claimed', 'asked', 'Mr.', 'Dr.', 'U.S.',
  'government', 'police', 'on Monday', 'according to', 'told reporters', 'who', 'his', 'her', "didn't", 'AT&T', '3.5', '1,000'];
const NAMES = ['Anna Berg', 'Vladimir Putin', 'Barack Obama', 'Mr. Smith', 'Smith', 'Maria de la Cruz', "O'Neill", 'Jean-Luc Picard',
  'the United Nations', 'Reuters', 'New York', 'Sochi', 'Syria', 'Amnesty International', 'Xi Jinping', 'Zoë Müller', 'MCDONALD'];
const QUOTES = ['"', '"', '“', '”', '‘', '’', "'", '«', '»', '„', '``', "''", '‹', '›', '「', '」'];
const PUNCT = ['.', '.', ',', ',', '!', '?', ';', ':', '—', '–', '-', '...', '…', '(', ')', '[', ']', '/', '&', '*', '#', '@'];
const BREAKS = ['\n', '\n\n', '\r\n', '\r\n\r\n', '\r', '\t', '\u00a0', '\u2028', '\f', '   '];
const ODD = ['😀', '𝒜', '🇺🇸', '👩‍👩‍👧', '🏳️‍🌈', '\ud800', '\udc00', '\udbff\ud800', 'e\u0301', '\u200b', '\u200f', '\ufeff',
  'مرحبا', 'Привет', '你好', 'नमस्ते', '\u0000', '\u001b[31m', '\uffff', '\ufffd'];

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

  before(() => onAnnotateProblem((problem) => problems.push({ input: current, problem })));
  after(() => onAnnotateProblem(null));

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
    for (const unit of ['a', '"', '“', '.', ' "a', 'A. ', '😀', 'said ']) check(unit.repeat(Math.ceil(300000 / unit.length)));
  });

  it('unbalanced, stray and nested quote marks', () => {
    const cases = [
      '"', '""', '"""', '“', '”', '”Backwards,“ he said.', '"Never closed, said Anna Berg.\n\nNext paragraph.',
      'Closed only" said Smith.', '"One "two" three," said Mr. Smith. "Four', '“Curly with straight", said Berg.',
      '‘Single’ and ’stray’ and it\'s Smith\'s "claim\'s."', '"' + '"a" '.repeat(5000), '« Bonjour », a dit Macron. »',
      '"He said: \'She said: "Go." \'," Smith said.', '"\n"\n"\n', '"' + 'x'.repeat(100000), 'Smith said "' + '\n'.repeat(1000) + '"',
      '"“”‘’«»„‟‹›「」『』', '\'\'\'\'\'', '``Old style,\'\' said Berg.',
    ];
    for (const doc of cases) check(doc);
  });

  it('CRLF and lone CR line ends', () => {
    const text = 'Anna Berg, the minister, spoke in Oslo.\n\n"We will act," Berg said.\nShe added that "more is coming."\n';
    for (const doc of [text.replace(/\n/g, '\r\n'), text.replace(/\n/g, '\r'), text.replace(/\n/g, '\r\r\n')]) check(doc);
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
      '« Nous ne céderons pas », a déclaré Emmanuel Macron à Paris, selon l\'Élysée.',
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

  it('a 50 MB text (annotated in segments)', function () {
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

  it('the recognizer stages threw nothing and returned only valid spans for all of the above', () => {
    const lines = problems.slice(0, 5).map(({ input, problem }) => `${problem.stage}: ${problem.message.split('\n').slice(0, 4).join(' | ')}\n    input: ${JSON.stringify(input.slice(0, 200))}`);
    assert.strictEqual(problems.length, 0, `${problems.length} problems, the first:\n${lines.join('\n')}`);
  });
});
