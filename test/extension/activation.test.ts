// The extension starts with VS Code in a folder of .txt articles, and every command package.json
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
  it('is active at start in a folder that holds .txt articles, before any is opened', async () => {
    // The tests' workspace is samples/: `workspaceContains:**/*.txt` starts News Lens with VS Code, so its worker
    // is warm when the first article opens (issue 9). A lone article elsewhere activates it by `onLanguage:plaintext`.
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is loaded`);
    const opened = vscode.workspace.textDocuments.filter((d) => d.uri.scheme === 'file' && d.fileName.endsWith('.txt'));
    assert.deepStrictEqual(
      opened.map((d) => d.fileName),
      [],
      'no article has been opened yet',
    );
    await waitFor(() => ext.isActive, 'the extension to activate without an article opened');
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
    // A worker writes it a second after its last answer (src/extension/workerLaunch.ts); a later start of
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
