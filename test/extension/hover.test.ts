import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAll, entityNamed, fixturePath, hoverText, openFile, positionOf, openAnnotated } from './helpers';

suite('News Lens hover cards', () => {
  teardown(closeAll);

  test('a name shows the full name, type, role, other names and counts', async () => {
    const lens = await api();
    const editor = await openFile(fixturePath('harbor-bridge.txt'));
    await lens.painted(editor);
    // "Ruiz told reporters": the short name, second mention.
    const pos = positionOf(editor.document, 'Ruiz told', 0, 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, pos);
    const text = hoverText(hovers);
    assert.match(text, /Elena Ruiz/);
    assert.match(text, /Person/);
    assert.match(text, /Mayor/);
    assert.match(text, /\d+ mentions/);
  });

  test('a name of someone quoted links to their next quote and the Speakers view, through trusted commands only', async function () {
    const { lens, editor, annotation } = await openAnnotated('harbor-bridge.txt');
    const pos = positionOf(editor.document, 'Tomas Berg', 0, 3);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, pos);
    const text = hoverText(hovers);
    assert.match(text, /Tomas Berg/);
    assert.match(text, /chief engineer/);
    assert.match(text, /command:newsLens\.nextQuoteBySpeaker\?/);
    assert.match(text, /command:newsLens\.revealSpeaker\?/);
    assert.match(text, /ground is weaker/, 'the first words of a quote');
    // The links name the entity by id (two entities may share a name), with the document and the place.
    const berg = entityNamed(annotation, 'Tomas Berg');
    for (const link of text.match(/\(command:newsLens\.\w+\?[^) ]+/g) ?? []) {
      const args = JSON.parse(decodeURIComponent(link.slice(link.indexOf('?') + 1)))[0];
      assert.deepEqual(args, { uri: editor.document.uri.toString(), entityId: berg.id, offset: editor.document.offsetAt(pos) });
    }
    for (const h of hovers) {
      for (const c of h.contents) {
        if (typeof c === 'string' || !(c instanceof vscode.MarkdownString) || !c.isTrusted) continue;
        assert.equal(typeof c.isTrusted, 'object', 'trust is an allow-list, not `true`');
      }
    }
  });

  test('a quote shows who said it and the cue', async function () {
    const { lens, editor, annotation } = await openAnnotated('harbor-bridge.txt');
    const pos = positionOf(editor.document, 'blank check', 0, 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, pos);
    const text = hoverText(hovers);
    assert.match(text, /by \*\*Elena Ruiz\*\*/);
    assert.match(text, /Mayor/);
    assert.match(text, /told reporters|told/);
    assert.match(text, /Next quote by Elena Ruiz/);
  });
});
