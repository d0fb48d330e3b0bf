// src/extension/readFile.ts in the real extension host: `file:` URIs are read from disk directly, other
// schemes through workspace.fs; a missing file is undefined, anything else that fails is an error.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { readBytes } from '../../src/extension/readFile';
import { tempDir } from './helpers';

suite('readBytes', () => {
  const dir = tempDir();
  suiteTeardown(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('a file: its bytes, in a buffer of their own (safe to transfer to a worker)', async () => {
    const file = path.join(dir, 'article.txt');
    fs.writeFileSync(file, 'Café owner Ana Silva said "yes".');
    const bytes = await readBytes(vscode.Uri.file(file));
    assert.ok(bytes);
    assert.equal(new TextDecoder().decode(bytes), 'Café owner Ana Silva said "yes".');
    assert.equal(bytes.byteOffset, 0);
    assert.equal(bytes.buffer.byteLength, bytes.byteLength);
  });

  test('no such file (or a folder on the way is a file): undefined', async () => {
    assert.equal(await readBytes(vscode.Uri.file(path.join(dir, 'missing.txt'))), undefined);
    fs.writeFileSync(path.join(dir, 'plain'), 'x');
    assert.equal(await readBytes(vscode.Uri.file(path.join(dir, 'plain', 'below.txt'))), undefined);
  });

  test('a folder is an error, not a missing file', async () => {
    await assert.rejects(readBytes(vscode.Uri.file(dir)));
  });

  test('an untitled document is read through workspace.fs: no provider, so an error', async () => {
    await assert.rejects(readBytes(vscode.Uri.parse('untitled:Untitled-99')));
  });
});
