import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { bundledModules, recognizerOnHostThread, requiredModules } from './bundleCheck';
import {
  api,
  closeAll,
  extensionPath,
  fixtureText,
  openFile,
  openUntitled,
  revertAndCloseAll,
  tempDir,
} from './helpers';

suite('News Lens on bad input', () => {
  teardown(revertAndCloseAll);

  test('an empty document: annotated, nothing shown, no error', async () => {
    const lens = await api();
    const editor = await openUntitled('');
    assert.equal((await lens.settled(editor.document))?.kind, 'ready');
    const applied = await lens.painted(editor);
    assert.ok(applied && Object.values(applied).every((v) => v.length === 0));
    assert.match(lens.statusBar().text, /\$\(person\) 0 \$\(quote\) 0/);
    assert.deepEqual(lens.speakerRows(), []);
  });

  test('a binary file opened as plain text: not annotated, a clear note, the file untouched', async () => {
    const lens = await api();
    const file = path.join(tempDir(), 'photo.txt');
    // Bytes 1..255: no NUL, so VS Code opens it as text (with NULs it refuses: "File seems to be binary").
    const bytes = Buffer.alloc(4096);
    for (let i = 0; i < bytes.length; i++) bytes[i] = 1 + ((i * 7919 + 13) % 255);
    fs.writeFileSync(file, bytes);
    const editor = await openFile(file);
    assert.equal((await lens.settled(editor.document))?.kind, 'binary');
    const applied = await lens.painted(editor);
    assert.ok(applied && Object.values(applied).every((v) => v.length === 0));
    assert.match(lens.statusBar().text, /not text/);
    // Every provider answers with nothing rather than failing.
    const pos = new vscode.Position(0, 3);
    assert.deepEqual(await vscode.commands.executeCommand('vscode.executeHoverProvider', editor.document.uri, pos), []);
    assert.deepEqual(
      await vscode.commands.executeCommand('vscode.executeReferenceProvider', editor.document.uri, pos),
      [],
    );
    await vscode.commands.executeCommand('newsLens.nextQuote');
    assert.deepEqual(fs.readFileSync(file), bytes, 'the file is unchanged');
    assert.equal(editor.document.isDirty, false);
  });

  test('text with NUL characters (binary content pasted or reopened as text) is not annotated', async () => {
    const lens = await api();
    const editor = await openUntitled('PK\u0003\u0004\u0000\u0000 Mayor Elena Ruiz said "yes". \u0000\u0000\u0001');
    assert.equal((await lens.settled(editor.document))?.kind, 'binary');
    const applied = await lens.painted(editor);
    assert.ok(applied && Object.values(applied).every((v) => v.length === 0));
  });

  test("the recognizer never runs on the extension host's thread: it is not in the extension bundle, which starts it only as a worker", () => {
    // Structure, not time (timings belong to `npm run bench`). The extension host runs dist/extension.js; the
    // recognizer (src/core/quotes, src/core/entities, annotate) must be only in dist/worker.js, which the runner
    // starts as a worker thread (through dist/worker-launch.js) and hands the text to (test/unit/ext-runner.test.ts checks that part).
    const dist = path.join(extensionPath(), 'dist');
    const extension = path.join(dist, 'extension.js');
    assert.ok(fs.existsSync(`${extension}.map`), 'the test build writes source maps (they list the bundled modules)');
    const modules = bundledModules(extension);
    assert.ok(
      modules.includes('src/extension/runner.ts'),
      `the check sees the bundle's modules: ${modules.join(', ')}`,
    );
    assert.deepEqual(
      recognizerOnHostThread(extension),
      [],
      'nothing in the extension host bundle can run the recognizer',
    );
    assert.ok(
      requiredModules(extension).some((r) => /worker_threads$/.test(r)),
      'the extension host starts worker threads',
    );
    assert.match(fs.readFileSync(extension, 'utf8'), /["']worker-launch\.js["']/, 'on dist/worker-launch.js');
    // The launcher runs dist/worker.js (through the code cache) and holds no recognizer itself.
    const launcher = path.join(dist, 'worker-launch.js');
    assert.match(fs.readFileSync(launcher, 'utf8'), /["']worker\.js["']/, 'which runs dist/worker.js');
    assert.deepEqual(
      bundledModules(launcher).filter((m) => m.startsWith('src/core/')),
      [],
      'the launcher bundles nothing of the recognizer',
    );
    const worker = bundledModules(path.join(dist, 'worker.js'));
    for (const part of ['src/core/quotes/', 'src/core/entities/', 'src/core/annotate.ts']) {
      assert.ok(
        worker.some((m) => m.startsWith(part)),
        `the worker bundle holds the recognizer (${part})`,
      );
    }
  });

  test('a 5 MB article is annotated and painted in a window of lines that follows the scroll', async function () {
    this.timeout(180_000);
    const lens = await api();
    const base = fixtureText('harbor-bridge.txt');
    const parts: string[] = [];
    let size = 0;
    while (size < 5 * 1024 * 1024) {
      parts.push(base);
      size += base.length + 2;
    }
    const file = path.join(tempDir(), 'huge.txt');
    fs.writeFileSync(file, parts.join('\n\n'));
    await vscode.commands.executeCommand('newsLens.showSpeakers'); // the view fills too, as for a user
    const editor = await openFile(file);
    const applied = await lens.painted(editor, 170_000);
    assert.ok(applied, 'decorated');
    assert.ok(applied['entity:PERSON'].length > 100);
    // Huge: painted in a window of lines around the visible ones, the window following the scroll.
    const doc = editor.document;
    const annotation = await lens.annotation(doc);
    assert.ok(annotation);
    const persons = annotation.entities.filter((e) => e.type === 'PERSON').flatMap((e) => e.mentions);
    const inLines = (first: number, last: number): number[] =>
      persons
        .filter((m) => doc.positionAt(m.start).line >= first && doc.positionAt(m.end).line <= last)
        .map((m) => m.start)
        .sort((a, b) => a - b);
    const win = lens.paintWindow(editor);
    assert.ok(win, 'a huge document is painted in a window');
    assert.deepEqual(
      applied['entity:PERSON']
        .map(([s]) => s)
        .filter((s) => doc.positionAt(s).line >= win.first && doc.positionAt(s).line < win.last),
      inLines(win.first, win.last - 1),
    );
    const middle = Math.floor(doc.lineCount / 2);
    editor.revealRange(new vscode.Range(middle, 0, middle, 0), vscode.TextEditorRevealType.InCenter);
    let moved = lens.paintWindow(editor);
    for (let i = 0; i < 300 && !(moved && moved.first <= middle && middle <= moved.last); i++) {
      await new Promise((r) => setTimeout(r, 20));
      moved = lens.paintWindow(editor);
    }
    assert.ok(
      moved && moved.first <= middle && middle <= moved.last,
      `the window follows the scroll: ${JSON.stringify(moved)}`,
    );
    const after = await lens.painted(editor);
    assert.ok(after);
    const near = inLines(middle - 20, middle + 20);
    assert.ok(near.length > 0);
    const painted = new Set(after['entity:PERSON'].map(([s]) => s));
    assert.ok(
      near.every((s) => painted.has(s)),
      'names around the new view are painted',
    );
    const rows = lens.speakerRows();
    assert.ok(rows.length > 0);
    for (const r of rows) assert.ok(lens.speakerRows(r.node).length <= 301, 'long lists are capped');
    assert.equal(editor.document.isDirty, false);
  });

  test('a 10 KB article is decorated', async () => {
    const lens = await api();
    const base = fixtureText('harbor-bridge.txt');
    const file = path.join(tempDir(), 'ten-kb.txt');
    fs.writeFileSync(file, Array(8).fill(base).join('\n\n'));
    const editor = await openFile(file);
    const applied = await lens.painted(editor);
    const status = await lens.settled(editor.document);
    assert.ok(applied && applied['entity:PERSON'].length > 0, `PERSON decorations (status ${JSON.stringify(status)})`);
    await closeAll();
  });
});
