import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { JumpResult } from '../../src/extension/commands';
import { closeAll, entityNamed, positionOf, openAnnotated } from './helpers';

function selected(editor: vscode.TextEditor): [number, number] {
  const d = editor.document;
  return [d.offsetAt(editor.selection.start), d.offsetAt(editor.selection.end)];
}

suite('News Lens quote jumps', () => {
  teardown(closeAll);

  test('Next/Previous Quote by Same Speaker visit that speaker only, selecting each quote, wrapping around', async function () {
    const { editor, annotation } = await openAnnotated('harbor-bridge.txt');
    const id = entityNamed(annotation, 'Elena Ruiz').id;
    const theirs = annotation.quotes.filter((q) => q.speaker === id).sort((a, b) => a.start - b.start);
    assert.ok(theirs.length >= 2, 'Elena Ruiz has several quotes');

    // From her name ("Ruiz told reporters"): her quotes after that point, then around to her first ones.
    const pos = positionOf(editor.document, 'Ruiz told', 0, 2);
    editor.selection = new vscode.Selection(pos, pos);
    const from = editor.document.offsetAt(pos);
    const after = theirs.filter((q) => q.start >= from);
    const expected = [...after, ...theirs.filter((q) => q.start < from)];
    const seen: Array<[number, number]> = [];
    const wraps: boolean[] = [];
    for (let i = 0; i < theirs.length; i++) {
      const r = await vscode.commands.executeCommand<JumpResult>('newsLens.nextQuoteBySpeaker');
      seen.push(selected(editor));
      wraps.push(r.wrapped);
    }
    assert.deepEqual(
      seen,
      expected.map((q) => [q.start, q.end]),
    );
    assert.deepEqual(
      wraps,
      expected.map((_, i) => i === after.length),
      'wraps exactly once, after the last quote',
    );
    // From the first quote, Next twice round the list brings it back with a wrap.
    await vscode.commands.executeCommand(
      'newsLens.selectRange',
      editor.document.uri.toString(),
      theirs[theirs.length - 1].start,
      theirs[theirs.length - 1].end,
    );
    const again = await vscode.commands.executeCommand<JumpResult>('newsLens.nextQuoteBySpeaker');
    assert.equal(again.wrapped, true, 'wraps after the last quote');
    assert.deepEqual(selected(editor), [theirs[0].start, theirs[0].end]);
    const back = await vscode.commands.executeCommand<JumpResult>('newsLens.previousQuoteBySpeaker');
    assert.equal(back.wrapped, true, 'wraps before the first quote');
    assert.deepEqual(selected(editor), [theirs[theirs.length - 1].start, theirs[theirs.length - 1].end]);
    await vscode.commands.executeCommand('newsLens.previousQuoteBySpeaker');
    assert.deepEqual(selected(editor), [theirs[theirs.length - 2].start, theirs[theirs.length - 2].end]);
  });

  test('Next/Previous Quote visit every quote in order', async function () {
    const { editor, annotation } = await openAnnotated('harbor-bridge.txt');
    const all = [...annotation.quotes].sort((a, b) => a.start - b.start);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const seen: Array<[number, number]> = [];
    for (let i = 0; i < all.length; i++) {
      await vscode.commands.executeCommand('newsLens.nextQuote');
      seen.push(selected(editor));
    }
    assert.deepEqual(
      seen,
      all.map((q) => [q.start, q.end]),
    );
    await vscode.commands.executeCommand('newsLens.nextQuote');
    assert.deepEqual(selected(editor), [all[0].start, all[0].end], 'wraps to the first');
    await vscode.commands.executeCommand('newsLens.previousQuote');
    assert.deepEqual(selected(editor), [all[all.length - 1].start, all[all.length - 1].end], 'wraps to the last');
  });

  test('a hover link jumps from the given place to the next quote by that speaker', async function () {
    const { editor, annotation } = await openAnnotated('harbor-bridge.txt');
    const berg = entityNamed(annotation, 'Tomas Berg');
    const first = annotation.quotes.filter((q) => q.speaker === berg.id).sort((a, b) => a.start - b.start)[0];
    assert.ok(first);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('newsLens.nextQuoteBySpeaker', {
      uri: editor.document.uri.toString(),
      entityId: berg.id,
      offset: 0,
    });
    assert.deepEqual(selected(editor), [first.start, first.end]);
  });

  test('jump keys are bound for plain text', async () => {
    const ext = vscode.extensions.getExtension('newslens.news-lens')!;
    const bindings = ext.packageJSON.contributes.keybindings as Array<{ command: string; key: string; when: string }>;
    for (const cmd of [
      'newsLens.nextQuoteBySpeaker',
      'newsLens.previousQuoteBySpeaker',
      'newsLens.nextQuote',
      'newsLens.previousQuote',
    ]) {
      const b = bindings.find((x) => x.command === cmd);
      assert.ok(b, `${cmd} has a default key`);
      assert.match(b.when, /editorLangId == plaintext/);
    }
  });
});
