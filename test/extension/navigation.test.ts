import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAll, entityNamed, fixturePath, offsetsOf, openFile, positionOf, openAnnotated } from './helpers';

suite('News Lens navigation providers', () => {
  teardown(closeAll);

  test('Go to Definition on a short name goes to the first full mention', async () => {
    const lens = await api();
    const editor = await openFile(fixturePath('harbor-bridge.txt'));
    await lens.painted(editor);
    const doc = editor.document;
    const pos = positionOf(doc, 'Ruiz told', 0, 1);
    const defs = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>(
      'vscode.executeDefinitionProvider',
      doc.uri,
      pos,
    );
    assert.equal(defs.length, 1);
    const d = defs[0];
    const range = 'range' in d ? d.range : d.targetRange;
    assert.equal(doc.getText(range), 'Elena Ruiz');
    assert.ok(range.start.line < pos.line);
  });

  test('Find All References on a name lists every mention of that entity', async () => {
    const lens = await api();
    const editor = await openFile(fixturePath('harbor-bridge.txt'));
    await lens.painted(editor);
    const doc = editor.document;
    const annotation = await lens.annotation(doc);
    assert.ok(annotation);
    const berg = entityNamed(annotation, 'Tomas Berg');
    const pos = positionOf(doc, 'Berg said the extra', 0, 1);
    const refs = await vscode.commands.executeCommand<vscode.Location[]>(
      'vscode.executeReferenceProvider',
      doc.uri,
      pos,
    );
    const got = refs.map((r) => offsetsOf(doc, r.range)).sort((a, b) => a[0] - b[0]);
    assert.deepEqual(
      got,
      berg.mentions.map((m) => [m.start, m.end]),
    );
    assert.ok(got.length >= 3);
    for (const r of refs) assert.match(doc.getText(r.range), /Berg/);
  });

  test('no definition or references off names', async () => {
    const lens = await api();
    const editor = await openFile(fixturePath('harbor-bridge.txt'));
    await lens.painted(editor);
    const pos = positionOf(editor.document, 'postponed', 0, 2);
    const defs = await vscode.commands.executeCommand<unknown[]>(
      'vscode.executeDefinitionProvider',
      editor.document.uri,
      pos,
    );
    const refs = await vscode.commands.executeCommand<unknown[]>(
      'vscode.executeReferenceProvider',
      editor.document.uri,
      pos,
    );
    assert.equal(defs.length, 0);
    assert.equal(refs.length, 0);
  });

  test('document symbols: speakers with their quotes', async function () {
    const { editor, annotation } = await openAnnotated('harbor-bridge.txt');
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
      'vscode.executeDocumentSymbolProvider',
      editor.document.uri,
    );
    const ruiz = symbols.find((s) => s.name === 'Elena Ruiz');
    assert.ok(ruiz, `symbols: ${symbols.map((s) => s.name).join(', ')}`);
    assert.equal(ruiz.detail, 'Mayor');
    const id = entityNamed(annotation, 'Elena Ruiz').id;
    assert.equal(ruiz.children.length, annotation.quotes.filter((q) => q.speaker === id).length);
    for (const child of ruiz.children) {
      assert.equal(child.kind, vscode.SymbolKind.String);
      assert.ok(ruiz.range.contains(child.range), 'a speaker symbol contains its quotes');
    }
  });
});
