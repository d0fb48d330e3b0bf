// The extension activates when a plain-text article is opened, and every command package.json
// contributes is registered. The command ids are read from the manifest, so this stays true as
// commands are added.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

const EXTENSION_ID = 'newslens.news-lens';

async function waitFor(condition: () => boolean, what: string, timeoutMs = 15000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('activation', () => {
  it('is installed in development mode and not active before an article is opened', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is loaded`);
    assert.strictEqual(ext.isActive, false, 'nothing has activated it yet (activation is lazy)');
  });

  it('activates when a .txt article is opened, without being asked', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const file = path.join(ext.extensionPath, 'samples', 'river-port-strike.txt');
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
    assert.strictEqual(doc.languageId, 'plaintext');
    await vscode.window.showTextDocument(doc);
    await waitFor(() => ext.isActive, 'the extension to activate');
    assert.ok(ext.isActive);
  });

  it('registers every command contributed in package.json', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const contributed: { command: string }[] = ext.packageJSON.contributes?.commands ?? [];
    assert.ok(contributed.length > 0, 'package.json contributes commands');
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = contributed.map((c) => c.command).filter((id) => !registered.has(id));
    assert.deepStrictEqual(missing, [], `contributed but not registered: ${missing.join(', ')}`);
  });

  it("keeps the workers' V8 code cache in its global storage, for the next start of VS Code", async function () {
    // The workers write it three seconds after they start (src/extension/workerLaunch.ts); a later start of
    // VS Code compiles the recognizer from it. A file of the cache's name and a size only V8 writes: not empty.
    this.timeout(30000);
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const api = ext.exports as { codeCacheDir: string };
    assert.ok(
      api.codeCacheDir.includes('newslens.news-lens'),
      `in the extension's global storage: ${api.codeCacheDir}`,
    );
    const caches = () =>
      fs.existsSync(api.codeCacheDir)
        ? fs.readdirSync(api.codeCacheDir).filter((f) => /^worker\.js\.[0-9a-f]{16}\.v8cache$/.test(f))
        : [];
    await waitFor(() => caches().length > 0, 'the code cache of dist/worker.js', 20000);
    assert.equal(caches().length, 1, 'one cache for the one worker bundle');
    assert.ok(fs.statSync(path.join(api.codeCacheDir, caches()[0])).size > 100_000);
  });
});
