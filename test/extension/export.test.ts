import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, fixturePath, fixtureText, openFile, revertAndCloseAll, openAnnotated } from './helpers';

suite('News Lens exports', () => {
  teardown(revertAndCloseAll);

  test('Export Annotations as JSON opens the annotation in a new untitled document', async () => {
    const { lens, editor, annotation } = await openAnnotated('harbor-bridge.txt');
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
    const lines = out.getText().split('\r\n').filter((l) => l);
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
});
