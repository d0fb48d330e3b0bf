// The "News Lens" output channel, where the problems the recognizer recovered from are logged (one line each;
// the lines themselves are checked in test/unit/ext-problemLog.test.ts, their way from the worker in
// test/unit/ext-runner.test.ts). Here: News Lens: Show Log makes and shows the channel in a real VS Code.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, closeAll, openUntitled, sleep } from './helpers';

suite('News Lens log', () => {
  teardown(closeAll);

  test('News Lens: Show Log shows the "News Lens" output channel', async () => {
    const lens = await api();
    await openUntitled('Mayor Ann Lee said "the bridge reopens on Monday."');
    await vscode.commands.executeCommand('newsLens.showLog');
    assert.equal(lens.logChannel()?.name, 'News Lens');
    // The Output panel now shows the channel: VS Code opens its text as an `output:` document.
    let doc: vscode.TextDocument | undefined;
    for (let i = 0; i < 100 && !doc; i++) {
      doc = vscode.workspace.textDocuments.find(
        (d) => d.uri.scheme === 'output' && decodeURIComponent(d.uri.toString()).includes('News Lens'),
      );
      if (!doc) await sleep(50);
    }
    assert.ok(doc, 'an output document for the News Lens channel');
    await vscode.commands.executeCommand('workbench.action.closePanel');
  });
});
