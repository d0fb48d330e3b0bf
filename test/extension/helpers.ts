// Shared helpers for the News Lens extension-host tests (they run inside a real VS Code).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { NewsLensApi } from '../../src/extension/api';
import type { SourcesApi } from '../../src/extension/sourcesApi';
import type { Annotation, Entity, Quote } from '../../src/core/types';

export const EXTENSION_ID = 'newslens.news-lens';

export async function api(): Promise<NewsLensApi> {
  const ext = vscode.extensions.getExtension<NewsLensApi>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is installed`);
  return ext.isActive ? ext.exports : await ext.activate();
}

export function extensionPath(): string {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext);
  return ext.extensionPath;
}

export function fixturePath(name: string): string {
  return path.join(extensionPath(), 'test', 'fixtures', name);
}

export function fixtureText(name: string): string {
  return fs.readFileSync(fixturePath(name), 'utf8');
}

/** A fresh temp folder for files a test writes (outside the repository). */
export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-test-'));
}

/** Opens `file` (an absolute path) as plain text in the active editor group and waits for its decorations. */
export async function openFile(file: string, column = vscode.ViewColumn.One): Promise<vscode.TextEditor> {
  let doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
  if (doc.languageId !== 'plaintext') doc = await vscode.languages.setTextDocumentLanguage(doc, 'plaintext');
  return vscode.window.showTextDocument(doc, { viewColumn: column, preview: false });
}

/** Opens an untitled plain-text document holding `content`. */
export async function openUntitled(content: string): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content });
  return vscode.window.showTextDocument(doc, { preview: false });
}

export async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** VS Code's own user files (settings.json that a setting update writes, keybindings.json, …). */
function userProfileFile(doc: vscode.TextDocument): boolean {
  return doc.uri.scheme !== 'untitled' && /[\\/]User[\\/][^\\/]+\.json$/.test(doc.uri.path);
}

/**
 * Reverts and closes every dirty document, without prompting, then closes all editors.
 * VS Code's own user files (the user settings.json that a setting update writes) are left alone:
 * showing one of them races with VS Code's own editor and fails with "another editor opened in the meantime".
 */
export async function revertAndCloseAll(): Promise<void> {
  for (const doc of vscode.workspace.textDocuments) {
    if (!doc.isDirty || userProfileFile(doc)) continue;
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await closeAll();
}

/** Sets a `newsLens.*` setting globally for the test; returns a function restoring the previous value. */
export async function setting(key: string, value: unknown): Promise<() => Promise<void>> {
  const config = vscode.workspace.getConfiguration('newsLens');
  const previous = config.inspect(key)?.globalValue;
  await config.update(key, value, vscode.ConfigurationTarget.Global);
  return async () => {
    await vscode.workspace.getConfiguration('newsLens').update(key, previous, vscode.ConfigurationTarget.Global);
  };
}

/** The entity whose name is `name`; fails the test when the recognizer did not find it. */
export function entityNamed(annotation: Annotation, name: string): Entity {
  const e = annotation.entities.find((x) => x.name === name);
  assert.ok(e, `entity "${name}" found (have: ${annotation.entities.map((x) => x.name).join(', ')})`);
  return e;
}

/** The quote whose text contains `words`. */
export function quoteWith(annotation: Annotation, words: string): Quote {
  const q = annotation.quotes.find((x) => x.text.includes(words));
  assert.ok(q, `a quote containing "${words}" found (have ${annotation.quotes.length} quotes)`);
  return q;
}

/** Opens a fixture article, waits for its annotation, and fails unless the recognizer found quotes in it. */
export async function openAnnotated(
  name: string,
): Promise<{ lens: NewsLensApi; editor: vscode.TextEditor; annotation: Annotation }> {
  const lens = await api();
  const editor = await openFile(fixturePath(name));
  const annotation = await lens.annotation(editor.document);
  assert.ok(annotation, `${name} was annotated`);
  requireQuotes(annotation);
  return { lens, editor, annotation };
}

/** Fails the calling test when the recognizer found no quotes at all: the assertions after it need some. */
export function requireQuotes(annotation: Annotation): void {
  assert.ok(annotation.quotes.length > 0, 'the recognizer found quotes in the fixture');
}

/** Position of the `nth` (0-based) occurrence of `needle` in the document, plus `delta` characters. */
export function positionOf(doc: vscode.TextDocument, needle: string, nth = 0, delta = 1): vscode.Position {
  const text = doc.getText();
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `"${needle}" occurs ${nth + 1} times`);
  }
  return doc.positionAt(at + delta);
}

/** Plain text of a hover's contents. */
export function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
    .join('\n---\n')
    .replace(/&nbsp;/g, ' ');
}

export function offsetsOf(doc: vscode.TextDocument, range: vscode.Range): [number, number] {
  return [doc.offsetAt(range.start), doc.offsetAt(range.end)];
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** The Sources view's state (src/extension/sourcesApi.ts), part of what activate returns. */
export async function sources(): Promise<SourcesApi> {
  const lens = (await api()) as NewsLensApi & { sources?: SourcesApi };
  assert.ok(lens.sources, 'the extension exposes the Sources view');
  return lens.sources;
}

/** Polls `check` until it returns a truthy value (returned) or `timeoutMs` passes (undefined). */
export async function waitFor<T>(check: () => T | Promise<T>, timeoutMs = 5000, everyMs = 20): Promise<T | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() >= deadline) return undefined;
    await sleep(everyMs);
  }
}
