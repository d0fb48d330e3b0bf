import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAll, fixturePath, openFile, setting, openAnnotated } from './helpers';

suite('News Lens settings', () => {
  const restore: Array<() => Promise<void>> = [];
  teardown(async () => {
    for (const r of restore.splice(0).reverse()) await r();
    await closeAll();
  });

  test('entityTypes chooses which names are highlighted', async () => {
    const lens = await api();
    const editor = await openFile(fixturePath('harbor-bridge.txt'));
    const before = await lens.painted(editor);
    assert.ok(before && before['entity:PERSON'].length > 0);
    restore.push(await setting('entityTypes', ['ORG']));
    let after = await lens.painted(editor);
    for (let i = 0; i < 50 && after && after['entity:PERSON'].length > 0; i++) {
      await new Promise((r) => setTimeout(r, 20));
      after = await lens.painted(editor);
    }
    assert.ok(after);
    assert.deepEqual(after['entity:PERSON'], []);
    assert.deepEqual(after['entity:LOC'], []);
    const annotation = await lens.annotation(editor.document);
    const orgs = annotation!.entities.filter((e) => e.type === 'ORG').reduce((n, e) => n + e.mentions.length, 0);
    assert.equal(after['entity:ORG'].length, orgs);
  });

  test('quoteKinds chooses which quotes are tinted', async function () {
    const { lens, editor, annotation } = await openAnnotated('harbor-bridge.txt');
    restore.push(await setting('quoteKinds', ['indirect']));
    const starts = new Set(annotation.quotes.filter((q) => q.kind === 'indirect').map((q) => q.start));
    let tinted: number[] = [];
    for (let i = 0; i < 50; i++) {
      const applied = await lens.painted(editor);
      tinted = Object.entries(applied!)
        .filter(([k]) => k.startsWith('quote:'))
        .flatMap(([, v]) => v.map(([s]) => s));
      if (tinted.every((s) => starts.has(s))) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    assert.deepEqual(new Set(tinted), starts);
  });

  test('enabled = false (Toggle Annotations) clears everything; toggling again brings it back', async () => {
    const lens = await api();
    const editor = await openFile(fixturePath('harbor-bridge.txt'));
    await lens.painted(editor);
    restore.push(await setting('enabled', true));
    await vscode.commands.executeCommand('newsLens.toggleAnnotations');
    assert.equal(vscode.workspace.getConfiguration('newsLens').get('enabled'), false);
    assert.equal((await lens.settled(editor.document))?.kind, 'disabled');
    const off = await lens.painted(editor);
    assert.ok(off);
    assert.ok(
      Object.values(off).every((v) => v.length === 0),
      'no decorations while disabled',
    );
    assert.match(lens.statusBar().text, /News Lens/);
    await vscode.commands.executeCommand('newsLens.toggleAnnotations');
    assert.equal((await lens.settled(editor.document))?.kind, 'ready');
    const on = await lens.painted(editor);
    assert.ok(on && on['entity:PERSON'].length > 0);
  });

  test('knownPeople reaches the recognizer', async () => {
    const lens = await api();
    restore.push(await setting('knownPeople', { 'Quinn Halloway': { role: 'Harbor master', aliases: ['Halloway'] } }));
    const doc = await vscode.workspace.openTextDocument({
      language: 'plaintext',
      content: 'The harbor was calm on Monday.\n\nHalloway walked to the pier and checked the moorings.\n',
    });
    await vscode.window.showTextDocument(doc);
    const annotation = await lens.annotation(doc);
    assert.ok(annotation);
    const q = annotation.entities.find((e) => e.mentions.some((m) => m.text === 'Halloway'));
    assert.ok(q, `a known person is found: ${JSON.stringify(annotation.entities.map((e) => e.name))}`);
    assert.equal(q.type, 'PERSON');
    assert.equal(q.role, 'Harbor master', 'the role comes from the setting (the text gives none)');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('maxDocumentSizeMB: a larger document is not annotated, the status bar says so, Annotate Anyway does it', async () => {
    const lens = await api();
    restore.push(await setting('maxDocumentSizeMB', 0.0005)); // 524 characters; the fixture has more
    const editor = await openFile(fixturePath('harbor-bridge.txt'));
    const status = await lens.settled(editor.document);
    assert.equal(status?.kind, 'tooLarge');
    const applied = await lens.painted(editor);
    assert.ok(applied && Object.values(applied).every((v) => v.length === 0));
    const bar = lens.statusBar();
    assert.match(bar.text, /not annotated/);
    assert.equal(bar.command, 'newsLens.annotateAnyway');
    await vscode.commands.executeCommand('newsLens.annotateAnyway');
    assert.equal((await lens.settled(editor.document))?.kind, 'ready');
    const painted = await lens.painted(editor);
    assert.ok(painted && painted['entity:PERSON'].length > 0);
  });

  test('every setting has a default and a description', () => {
    const ext = vscode.extensions.getExtension('newslens.news-lens')!;
    const sections = ext.packageJSON.contributes.configuration as Array<{
      properties: Record<string, { default?: unknown; description?: string; markdownDescription?: string }>;
    }>;
    const props = Object.assign({}, ...sections.map((s) => s.properties));
    for (const key of [
      'enabled',
      'entityTypes',
      'quoteKinds',
      'debounceDelay',
      'maxDocumentSizeMB',
      'speakersView.revealOnCursor',
      'knownPeople',
    ]) {
      const p = props[`newsLens.${key}`];
      assert.ok(p, key);
      assert.notEqual(p.default, undefined, `${key} default`);
      assert.ok(p.description || p.markdownDescription, `${key} description`);
    }
  });
});
