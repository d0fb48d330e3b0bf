import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, fixtureText, openUntitled, revertAndCloseAll, setting } from './helpers';

suite('News Lens live update', () => {
  let restore: (() => Promise<void>) | undefined;
  teardown(async () => {
    await restore?.();
    await revertAndCloseAll();
  });

  test('an edit is re-annotated after the debounce; decorations move with the text; the document is never changed by us', async () => {
    const lens = await api();
    restore = await setting('debounceDelay', 50);
    const text = fixtureText('harbor-bridge.txt');
    const editor = await openUntitled(text);
    const before = await lens.painted(editor);
    assert.ok(before && before['entity:PERSON'].length > 0);
    const insert = 'Ambassador Katarzyna Wolska arrived from Warsaw on Monday.\n\n';
    const at = editor.document.offsetAt(new vscode.Position(2, 0));
    const firstPerson = before['entity:PERSON'].find(([s]) => s >= at);
    assert.ok(firstPerson);
    await editor.edit((b) => b.insert(new vscode.Position(2, 0), insert));
    const version = editor.document.version;
    let after = await lens.painted(editor);
    assert.ok(after);
    assert.equal(editor.document.version, version, 'the extension made no edit of its own');
    const people = after['entity:PERSON'].map(([s, e]) => editor.document.getText().slice(s, e));
    assert.ok(
      people.some((p) => p.includes('Wolska')),
      `the new name is highlighted: ${people.join(', ')}`,
    );
    const shifted = after['entity:PERSON'].find(([s]) => s === firstPerson[0] + insert.length);
    assert.ok(shifted, 'earlier names moved by the inserted length');
    assert.equal(
      editor.document.getText(),
      text.slice(0, at) + insert + text.slice(at),
      "only the test's insert changed the text",
    );

    // Remove the paragraph again: back to the original decorations.
    await editor.edit((b) => b.delete(new vscode.Range(new vscode.Position(2, 0), new vscode.Position(4, 0))));
    after = await lens.painted(editor);
    assert.deepEqual(after, before);
  });

  test('an untitled document is annotated as it is typed', async () => {
    const lens = await api();
    restore = await setting('debounceDelay', 20);
    const editor = await openUntitled('');
    assert.equal((await lens.settled(editor.document))?.kind, 'ready');
    await editor.edit((b) =>
      b.insert(new vscode.Position(0, 0), 'Prime Minister Helga Sorensen visited Copenhagen on Friday.\n'),
    );
    const applied = await lens.painted(editor);
    assert.ok(applied);
    const names = applied['entity:PERSON'].map(([s, e]) => editor.document.getText().slice(s, e));
    assert.ok(
      names.some((n) => n.includes('Sorensen')),
      names.join(', '),
    );
  });
});
