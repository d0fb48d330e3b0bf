// src/extension/exportFormat.ts in plain Node: the CSV and JSON exports (no VS Code needed).
import * as assert from 'node:assert/strict';
import type { Annotation, Entity, Quote } from '../../src/core/types';
import { annotationJson, csvDocumentEol, csvField, quotesCsv } from '../../src/extension/exportFormat';
import { AnnotationModel } from '../../src/extension/model';

const entity = (id: string, name: string, role: string | null = null): Entity => ({
  id,
  type: 'PERSON',
  name,
  role,
  aliases: [],
  mentions: [],
});
const quote = (text: string, start: number, speaker: string | null): Quote => ({
  start,
  end: start + text.length,
  text,
  kind: 'indirect',
  speaker,
  speakerMention: null,
  cue: null,
});
/** The 1-based line of an offset in `text`. */
const lineOf =
  (text: string) =>
  (offset: number): number =>
    text.slice(0, offset).split('\n').length;

describe('exportFormat: csvField', () => {
  it('neutralises a cell a spreadsheet would run as a formula: = + - @ tab CR first get a single quote', () => {
    assert.equal(
      csvField('=HYPERLINK("http://evil.example","Click here")'),
      `"'=HYPERLINK(""http://evil.example"",""Click here"")"`,
    );
    assert.equal(csvField('=1+2'), "'=1+2");
    assert.equal(csvField('+44 20 7946 0000'), "'+44 20 7946 0000");
    assert.equal(csvField('-2+3'), "'-2+3");
    assert.equal(csvField('@SUM(A1)'), "'@SUM(A1)");
    assert.equal(csvField('\t=1'), "'\t=1");
    assert.equal(csvField('\r=1'), `"'\r=1"`);
  });

  it('leaves every other cell byte-exact, quoting it only when RFC 4180 needs it', () => {
    assert.equal(csvField('plain'), 'plain');
    assert.equal(csvField(''), '');
    assert.equal(csvField('a = b, - c @ d'), '"a = b, - c @ d"', 'the characters are harmless after the first one');
    assert.equal(csvField("'already quoted"), "'already quoted");
    assert.equal(csvField('say "no"'), '"say ""no"""');
    assert.equal(csvField('Zürich – “quoted” — 東京 😀'), 'Zürich – “quoted” — 東京 😀');
    assert.equal(csvField(' =not first'), ' =not first');
  });

  it('keeps line breaks inside a field as they are (LF, CRLF, CR)', () => {
    assert.equal(csvField('two\nlines'), '"two\nlines"');
    assert.equal(csvField('two\r\nlines'), '"two\r\nlines"');
    assert.equal(csvField('two\rlines'), '"two\rlines"');
  });
});

describe('exportFormat: quotesCsv', () => {
  const text = 'Intro.\n=HYPERLINK("http://evil.example","Click here")\n"We will\nwait," @mayor said.\r\n';
  const formula = '=HYPERLINK("http://evil.example","Click here")';
  const twoLines = '"We will\nwait,"';
  const annotation: Annotation = {
    entities: [entity('e1', '@mayor', '-acting- mayor')],
    quotes: [quote(formula, text.indexOf(formula), null), quote(twoLines, text.indexOf(twoLines), 'e1')],
  };
  const csv = quotesCsv(new AnnotationModel(annotation), lineOf(text));

  it('rows end in CRLF; a line break inside a quoted field stays as it was', () => {
    assert.equal(
      csv,
      'speaker,role,kind,quote,line\r\n' +
        `,,indirect,"'=HYPERLINK(""http://evil.example"",""Click here"")",2\r\n` +
        `'@mayor,'-acting- mayor,indirect,"""We will\nwait,""",3\r\n`,
    );
  });

  it('names an unnamed source the user gave a quote to', () => {
    const unnamed = { ...quote(twoLines, text.indexOf(twoLines), null), unnamed: 'a senior official' };
    const out = quotesCsv(new AnnotationModel({ entities: [], quotes: [unnamed] }), lineOf(text));
    assert.equal(out.split('\r\n')[1], 'unnamed source: a senior official,,indirect,"""We will\nwait,""",3');
  });

  it('no cell of any row starts with a formula character', () => {
    // Split into cells honouring quoted fields, then look at each cell's first character.
    const cells: string[] = [];
    const re = /("(?:[^"]|"")*"|[^,\r\n]*)(,|\r\n)/g;
    for (let m = re.exec(csv); m; m = re.exec(csv)) {
      const raw = m[1];
      cells.push(raw.startsWith('"') ? raw.slice(1, -1).replace(/""/g, '"') : raw);
    }
    assert.equal(cells.length, 15);
    for (const c of cells) assert.ok(!/^[=+\-@\t\r]/.test(c), `cell ${JSON.stringify(c)} is inert`);
  });
});

describe('exportFormat: annotationJson', () => {
  it('is the annotation as JSON, ending in a newline, text untouched', () => {
    const a: Annotation = { id: 'x.txt', entities: [entity('e1', '=cmd')], quotes: [quote('=1+2', 0, 'e1')] };
    const json = annotationJson(a);
    assert.ok(json.endsWith('}\n'));
    assert.deepEqual(JSON.parse(json), a);
  });
});

describe('exportFormat: csvDocumentEol', () => {
  it('CRLF unless a quote holds a bare LF line break (a VS Code document has one line ending)', () => {
    assert.equal(csvDocumentEol('a,b\r\nc,d\r\n'), '\r\n');
    assert.equal(csvDocumentEol('a,"x\r\ny"\r\n'), '\r\n');
    assert.equal(csvDocumentEol('a,"x\ny"\r\n'), '\n');
    assert.equal(csvDocumentEol(''), '\r\n');
  });
});
