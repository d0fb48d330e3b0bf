import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { quotesCsv } from '../../src/extension/exportFormat';
import { AnnotationModel } from '../../src/extension/model';
import { api, fixtureText, openUntitled, quoteWith, revertAndCloseAll, openAnnotated } from './helpers';

suite('News Lens exports', () => {
  teardown(revertAndCloseAll);

  test('Export Annotations as JSON opens the annotation in a new untitled document', async () => {
    const { editor, annotation } = await openAnnotated('harbor-bridge.txt');
    const out = await vscode.commands.executeCommand<vscode.TextDocument>('newsLens.exportJson');
    assert.equal(vscode.window.activeTextEditor?.document, out, 'the export is shown');
    assert.notEqual(out, editor.document);
    assert.equal(out.isUntitled, true);
    assert.equal(out.languageId, 'json');
    const parsed = JSON.parse(out.getText());
    assert.deepEqual(parsed.entities, annotation.entities);
    assert.deepEqual(parsed.quotes, annotation.quotes);
    const text = fixtureText('harbor-bridge.txt');
    for (const e of parsed.entities) for (const m of e.mentions) assert.equal(text.slice(m.start, m.end), m.text);
    assert.equal(editor.document.getText(), text, 'the article is untouched');
    assert.equal(editor.document.isDirty, false);
  });

  test('Export Quotes as CSV: speaker, role, kind, quote, line', async function () {
    const { lens, editor, annotation } = await openAnnotated('harbor-bridge.txt');
    const out = await vscode.commands.executeCommand<vscode.TextDocument>('newsLens.exportCsv');
    assert.equal(vscode.window.activeTextEditor?.document, out, 'the export is shown');
    assert.equal(out.isUntitled, true);
    const lines = out
      .getText()
      .split('\r\n')
      .filter((l) => l);
    assert.equal(lines[0], 'speaker,role,kind,quote,line');
    assert.equal(lines.length, annotation.quotes.length + 1);
    const blank = lines.find((l) => l.includes('blank check'));
    assert.ok(blank);
    assert.match(blank, /^Elena Ruiz,Mayor,direct,"""We will not ask residents to sign a blank check,""",\d+$/);
    const line = Number(blank.split(',').pop());
    assert.match(editor.document.lineAt(line - 1).text, /blank check/);
    assert.equal(editor.document.isDirty, false);
    // The export is not annotated itself.
    assert.equal(await lens.annotation(out), undefined);
  });

  // A VS Code document holds one line ending (an edit's line breaks are all rewritten to it), so a CSV with
  // CRLF rows and an LF break inside a quote cannot be shown exactly: the quote's text wins (csvDocumentEol).
  for (const [name, eol] of [
    ['LF', '\n'],
    ['CRLF', '\r\n'],
  ] as const) {
    test(`Export Quotes as CSV: a line break inside a quote stays as the article has it, a formula is neutralised (${name} article)`, async () => {
      const lens = await api();
      const article = [
        'Harbor City, May 4 -- Mayor Elena Ruiz spoke on Monday.',
        '',
        '"We will not ask residents',
        'to sign a blank check," Ruiz told reporters.',
        '',
        'Tomas Berg, the chief engineer, said that =HYPERLINK("http://evil.example","Click here") was the link.',
        '',
      ].join(eol);
      const editor = await openUntitled(article);
      const annotation = await lens.annotation(editor.document);
      assert.ok(annotation);
      assert.equal(
        quoteWith(annotation, 'blank check').text,
        `"We will not ask residents${eol}to sign a blank check,"`,
      );
      const out = await vscode.commands.executeCommand<vscode.TextDocument>('newsLens.exportCsv');
      const csv = out.getText();
      const exact = quotesCsv(new AnnotationModel(annotation), (offset) => editor.document.positionAt(offset).line + 1);
      assert.ok(exact.includes(`,direct,"""We will not ask residents${eol}to sign a blank check,""",3\r\n`));
      assert.ok(
        exact.includes(`,"'=HYPERLINK(""http://evil.example"",""Click here"") was the link",6\r\n`),
        'the formula is neutralised',
      );
      // CRLF article: byte-exact. LF article: the same with LF row endings (the only change possible).
      assert.equal(csv, eol === '\r\n' ? exact : exact.replace(/\r\n/g, '\n'));
      assert.equal(out.eol, eol === '\r\n' ? vscode.EndOfLine.CRLF : vscode.EndOfLine.LF);
      assert.equal(editor.document.getText(), article, 'the article is untouched');
    });
  }
});
