import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAll, entityNamed, fixturePath, openFile, quoteWith, requireQuotes } from './helpers';

suite('News Lens decorations', () => {
  teardown(closeAll);

  test('names are decorated by type, exactly where the recognizer found them', async () => {
    const lens = await api();
    const editor = await openFile(fixturePath('harbor-bridge.txt'));
    const applied = await lens.painted(editor);
    assert.ok(applied, 'the editor was painted');
    const annotation = await lens.annotation(editor.document);
    assert.ok(annotation);
    const doc = editor.document;

    const ruiz = entityNamed(annotation, 'Elena Ruiz');
    assert.equal(ruiz.type, 'PERSON');
    const people = applied['entity:PERSON'].map(([s, e]) => doc.getText().slice(s, e));
    assert.ok(people.includes('Elena Ruiz'), `PERSON decorations include "Elena Ruiz": ${people.join(', ')}`);
    assert.ok(people.includes('Ruiz'));

    for (const type of ['PERSON', 'ORG', 'LOC'] as const) {
      const expected = annotation.entities
        .filter((e) => e.type === type)
        .flatMap((e) => e.mentions.map((m) => [m.start, m.end]))
        .sort((a, b) => a[0] - b[0]);
      assert.deepEqual(applied[`entity:${type}`], expected, `${type} decorations match the annotation`);
    }
    assert.deepEqual(applied['entity:MISC'], [], 'MISC is off by default');
  });

  test('quotes are tinted by speaker: one color per speaker, unattributed apart', async function () {
    const lens = await api();
    const editor = await openFile(fixturePath('harbor-bridge.txt'));
    const applied = await lens.painted(editor);
    const annotation = await lens.annotation(editor.document);
    assert.ok(applied && annotation);
    requireQuotes(annotation);

    const keyOf = (start: number): string[] =>
      Object.entries(applied)
        .filter(([k, spans]) => k.startsWith('quote:') && spans.some(([s]) => s === start))
        .map(([k]) => k);
    for (const q of annotation.quotes)
      assert.equal(keyOf(q.start).length, 1, `quote at ${q.start} has exactly one color`);

    const ruiz1 = quoteWith(annotation, 'blank check');
    const ruiz2 = quoteWith(annotation, 'straight answer');
    const berg = quoteWith(annotation, 'ground is weaker');
    assert.equal(ruiz1.speaker, entityNamed(annotation, 'Elena Ruiz').id);
    assert.equal(berg.speaker, entityNamed(annotation, 'Tomas Berg').id);
    assert.deepEqual(keyOf(ruiz1.start), keyOf(ruiz2.start), 'same speaker, same color');
    assert.notDeepEqual(keyOf(ruiz1.start), keyOf(berg.start), 'different speakers, different colors');
    for (const q of annotation.quotes.filter((x) => x.speaker === null)) {
      assert.deepEqual(keyOf(q.start), ['quote:unattributed']);
    }
  });

  test('split editors on the same document are both painted', async () => {
    const lens = await api();
    const left = await openFile(fixturePath('harbor-bridge.txt'), vscode.ViewColumn.One);
    const right = await vscode.window.showTextDocument(left.document, {
      viewColumn: vscode.ViewColumn.Two,
      preview: false,
    });
    assert.notEqual(left, right);
    const a = await lens.painted(left);
    const b = await lens.painted(right);
    assert.ok(a && b);
    assert.ok(a['entity:PERSON'].length > 0);
    assert.deepEqual(a, b);
  });
});
