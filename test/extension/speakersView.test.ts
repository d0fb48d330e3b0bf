import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { unnamedSourceOf } from '../../src/core/sources/unnamed';
import { closeAll, entityNamed, openAnnotated, positionOf, sleep } from './helpers';

suite('News Lens Speakers view', () => {
  teardown(closeAll);

  test('lists speakers most quoted first, with role and counts, and their quotes', async function () {
    const { lens, editor, annotation } = await openAnnotated('harbor-bridge.txt');
    await lens.painted(editor);

    const rows = lens.speakerRows();
    const speakers = rows.filter((r) => r.node.kind === 'speaker');
    assert.ok(speakers.length >= 2);
    const counts = speakers.map(
      (r) =>
        annotation.quotes.filter((q) => r.node.kind === 'speaker' && q.speaker === r.node.speaker.entity.id).length,
    );
    assert.deepEqual(
      counts,
      [...counts].sort((a, b) => b - a),
      'most quoted first',
    );
    assert.equal(speakers[0].item.label, 'Elena Ruiz');
    assert.match(String(speakers[0].item.description), /Mayor/);
    assert.match(String(speakers[0].item.description), /\d+ quotes?/);
    const ruiz = entityNamed(annotation, 'Elena Ruiz');
    assert.equal(speakers[0].item.id, `speaker:${ruiz.id}`, 'ids by entity id (two speakers may share a name)');
    const children = lens.speakerRows(speakers[0].node);
    assert.equal(children.length, annotation.quotes.filter((q) => q.speaker === ruiz.id).length);
    for (const c of children) {
      assert.ok(c.item.command, 'a quote row selects its quote');
      assert.ok(c.item.iconPath instanceof vscode.ThemeIcon);
    }

    // Clicking a quote row selects the quote in the editor.
    const row = children[children.length - 1];
    assert.ok(row.node.kind === 'quote');
    const cmd = row.item.command!;
    await vscode.commands.executeCommand(cmd.command, ...(cmd.arguments ?? []));
    const sel = vscode.window.activeTextEditor!.selection;
    const doc = editor.document;
    assert.deepEqual([doc.offsetAt(sel.start), doc.offsetAt(sel.end)], [row.node.quote.start, row.node.quote.end]);

    // Quotes of no entity: an unnamed source's ("a spokesperson said") in their own group, the rest Unattributed.
    const unnamed = annotation.quotes.filter((q) => q.speaker === null && unnamedSourceOf(q) !== null);
    const unattributed = annotation.quotes.filter((q) => q.speaker === null && unnamedSourceOf(q) === null);
    const group = rows.find((r) => r.node.kind === 'unattributed');
    assert.equal(!!group, unattributed.length > 0, 'an Unattributed group exactly when some quote names nobody');
    const unnamedGroup = rows.find((r) => r.node.kind === 'unnamed');
    assert.equal(!!unnamedGroup, unnamed.length > 0, 'an Unnamed sources group exactly when some quote has one');
    if (unnamedGroup) assert.equal(lens.speakerRows(unnamedGroup.node).length, unnamed.length);

    assert.equal(lens.speakersBadge()?.value, annotation.quotes.length, 'badge counts the quotes');
  });

  test('follows the active document and reveals the quote under the cursor', async function () {
    const { lens, editor } = await openAnnotated('harbor-bridge.txt');
    await lens.painted(editor);
    await vscode.commands.executeCommand('newsLens.showSpeakers');
    await vscode.window.showTextDocument(editor.document, editor.viewColumn);
    const pos = positionOf(editor.document, 'ground is weaker', 0, 3);
    vscode.window.activeTextEditor!.selection = new vscode.Selection(pos, pos);
    const isTarget = (): boolean => {
      const n = lens.speakersSelection()[0];
      return !!n && n.kind === 'quote' && n.quote.text.includes('ground is weaker');
    };
    for (let i = 0; i < 150 && !isTarget(); i++) await sleep(20);
    const node = lens.speakersSelection()[0];
    assert.ok(node && node.kind === 'quote', 'a quote row is selected');
    assert.match(node.quote.text, /ground is weaker/);

    // Another document: the view follows it; an empty one has no rows.
    const other = await vscode.workspace.openTextDocument({ language: 'plaintext', content: '' });
    await vscode.window.showTextDocument(other);
    await lens.settled(other);
    await sleep(50);
    assert.deepEqual(lens.speakerRows(), []);
    assert.equal(lens.speakersBadge(), undefined);
  });
});
