// The Sources view over a small folder of articles written for this test (never text from ../shared): the
// index, its updates from the file system, corrections, the cache, the cap, export, filter and sort.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { CMD } from '../../src/extension/commandIds';
import { SourcesIndex } from '../../src/extension/sourcesIndex';
import { SourcesRunner } from '../../src/extension/sourcesRunner';
import type { SourceNode } from '../../src/extension/sourcesView';
import { extensionPath, revertAndCloseAll, setting, sources, waitFor } from './helpers';

const FERRY = `Mayor Elena Vasquez said on Monday that the new ferry terminal would open in June.

"We have waited long enough for this terminal," Vasquez told reporters outside city hall. "The boats are ready and so are the crews."

A senior city official said the budget was already stretched. "The numbers simply do not add up this year," the official said.

The Harbour Workers Union said in a statement that its members would support the opening.
`;

const PORT = `Elena Vasquez defended the port plan at a council meeting on Tuesday.

"This is the right choice for the whole city," Vasquez said. She added that the work would start in the spring.

Tom Briggs, a harbour pilot, was less certain. "Nobody has asked the pilots what they think," Briggs said.
`;

const LIBRARY = `The library will close for repairs, Ruth Okafor said on Wednesday.

"We will reopen before the winter," Okafor, the head librarian, told the council.
`;

type Row = { node: SourceNode; item: vscode.TreeItem };
const label = (r: Row): string => String(typeof r.item.label === 'object' ? r.item.label.label : r.item.label);

suite('News Lens Sources view', function () {
  this.timeout(60_000);
  const root = vscode.workspace.workspaceFolders![0].uri.fsPath;
  const name = `sources-test-${process.pid}`;
  const dir = path.join(root, name);
  const file = (f: string): vscode.Uri => vscode.Uri.file(path.join(dir, f));
  const write = (f: string, text: string): Thenable<void> =>
    vscode.workspace.fs.writeFile(file(f), new TextEncoder().encode(text));
  const restore: Array<() => Promise<void>> = [];

  suiteSetup(async () => {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'ferry-terminal.txt'), FERRY);
    fs.writeFileSync(path.join(dir, 'port-vote.txt'), PORT);
    restore.push(await setting('sources.include', `${name}/**/*.txt`));
    const lens = await sources();
    const t0 = Date.now();
    await lens.settled();
    // Earlier suites changed the include setting and removed their articles just before: settled() must still
    // give the index of this suite's include glob (it once gave an empty one, when a build was due but not yet
    // started).
    assert.equal(lens.data().summary.articles, 2, 'the index of the include setting just made');
    console.log(
      `    (index of 2 articles built in ${Date.now() - t0} ms; last build ${JSON.stringify(lens.lastBuild())})`,
    );
  });

  suiteTeardown(async () => {
    for (const r of restore.reverse()) await r();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  teardown(revertAndCloseAll);

  test('one person across two articles is one row with both articles; the unnamed group; gender with its evidence', async () => {
    const lens = await sources();
    await lens.settled();
    const rows = lens.rows();
    const names = rows.map(label);
    assert.equal(names[0], 'Elena Vasquez', `most quoted first: ${names.join(', ')}`);
    assert.equal(names.filter((n) => n.includes('Vasquez')).length, 1, 'one row for Vasquez');
    const vasquez = rows[0];
    assert.ok(vasquez.node.kind === 'source');
    assert.equal(vasquez.node.source.articles.length, 2);
    const description = String(vasquez.item.description);
    assert.match(description, /Mayor/);
    assert.match(description, /female \((pronoun|given name|title)\)/);
    assert.match(description, /2 articles/);
    assert.match(description, /\d+ quotes/);
    const unnamed = rows.find((r) => r.node.kind === 'source' && r.node.source.unnamed);
    assert.ok(unnamed, `an unnamed group among ${names.join(', ')}`);
    assert.match(String(unnamed.item.description), /1 article/);

    // Under the source its articles, under each article its quotes; clicking one opens the article at it.
    const articles = lens.rows(vasquez.node);
    assert.deepEqual(articles.map(label).sort(), [`${name}/ferry-terminal.txt`, `${name}/port-vote.txt`]);
    const quotes = lens.rows(articles.find((a) => label(a).endsWith('port-vote.txt'))!.node);
    assert.ok(quotes.length >= 1);
    const q = quotes[0];
    assert.ok(q.node.kind === 'quote' && q.item.command);
    await vscode.commands.executeCommand(q.item.command.command, ...(q.item.command.arguments ?? []));
    const ed = vscode.window.activeTextEditor!;
    assert.equal(ed.document.uri.fsPath, path.join(dir, 'port-vote.txt'));
    assert.deepEqual(
      [ed.document.offsetAt(ed.selection.start), ed.document.offsetAt(ed.selection.end)],
      [q.node.quote.start, q.node.quote.end],
    );
    assert.ok(ed.document.getText(ed.selection).includes('right choice'));
  });

  test('a change to an article on disk shows in the view within a second or two', async () => {
    const lens = await sources();
    await lens.settled();
    assert.ok(!lens.rows().some((r) => label(r) === 'Ruth Okafor'));
    const t0 = Date.now();
    await write('port-vote.txt', `${PORT}\n${LIBRARY}`);
    const shown = await waitFor(() => lens.rows().some((r) => label(r) === 'Ruth Okafor'), 5000);
    const ms = Date.now() - t0;
    console.log(
      `    (change to view: ${ms} ms, of which file event to sources collected: ${lens.lastUpdateMs()?.toFixed(0)} ms)`,
    );
    assert.ok(shown, 'Ruth Okafor appears after the file changed');
    const okafor = lens.rows().find((r) => label(r) === 'Ruth Okafor')!;
    assert.deepEqual(lens.rows(okafor.node).map(label), [`${name}/port-vote.txt`]);
    await write('port-vote.txt', PORT);
    assert.ok(await waitFor(() => !lens.rows().some((r) => label(r) === 'Ruth Okafor'), 5000), 'and goes again');
  });

  test('a new article joins the index, a deleted one leaves it', async () => {
    const lens = await sources();
    await lens.settled();
    await write('library.txt', LIBRARY);
    assert.ok(await waitFor(() => lens.rows().some((r) => label(r) === 'Ruth Okafor'), 5000), 'new file indexed');
    await vscode.workspace.fs.delete(file('library.txt'));
    assert.ok(await waitFor(() => !lens.rows().some((r) => label(r) === 'Ruth Okafor'), 5000), 'deleted file gone');
    await vscode.workspace.fs.delete(file('port-vote.txt'));
    const one = await waitFor(() => {
      const v = lens.rows().find((r) => label(r) === 'Elena Vasquez');
      return v?.node.kind === 'source' && v.node.source.articles.length === 1 ? v : undefined;
    }, 5000);
    assert.ok(one, 'Vasquez is left with one article');
    assert.ok(!lens.rows().some((r) => label(r) === 'Tom Briggs'));
    await write('port-vote.txt', PORT);
    assert.ok(await waitFor(() => lens.rows().some((r) => label(r) === 'Tom Briggs'), 5000));
  });

  test('a corrections file beside an article changes the speaker in the view', async () => {
    const lens = await sources();
    await lens.settled();
    const briggs = lens.data().sources.find((s) => s.name === 'Tom Briggs');
    assert.ok(briggs, 'Tom Briggs is a source');
    const q = briggs.quotes[0];
    const sidecar = file('port-vote.txt.newslens.json');
    const corrections = {
      version: 1,
      corrections: [{ quote: { start: q.start, end: q.end, text: q.text }, speaker: 'Elena Vasquez' }],
    };
    try {
      await vscode.workspace.fs.writeFile(sidecar, new TextEncoder().encode(JSON.stringify(corrections)));
      assert.ok(
        await waitFor(() => !lens.rows().some((r) => label(r) === 'Tom Briggs'), 5000),
        'Briggs has no quote left after the correction',
      );
      const vasquez = lens.data().sources.find((s) => s.name === 'Elena Vasquez')!;
      assert.ok(
        vasquez.quotes.some((x) => x.text === q.text),
        'the quote is Vasquez’s now',
      );
    } finally {
      await vscode.workspace.fs.delete(sidecar);
    }
    assert.ok(await waitFor(() => lens.rows().some((r) => label(r) === 'Tom Briggs'), 5000), 'back without it');
  });

  test('the index is cached on disk by content hash, and a rebuild annotates everything again', async () => {
    const lens = await sources();
    await lens.settled();
    await lens.save();
    const cache = lens.cacheUri();
    assert.ok(cache, 'the workspace has a storage folder');
    // JSON lines: a header, then one [uri, entry] per article.
    const lines = new TextDecoder()
      .decode(await vscode.workspace.fs.readFile(cache))
      .split('\n')
      .filter(Boolean);
    assert.match(lines[0], /"fingerprint"/);
    const entries = new Map(
      lines.slice(1).map((l) => JSON.parse(l) as [string, { hash: string; annotation?: unknown }]),
    );
    const ferry = entries.get(file('ferry-terminal.txt').toString());
    assert.ok(ferry?.hash && ferry.annotation, 'ferry-terminal.txt is in the cache with its hash and annotation');
    const before = lens.version();
    await vscode.commands.executeCommand(CMD.rebuildSources);
    await lens.settled();
    assert.ok(lens.version() > before);
    assert.equal(lens.lastBuild()?.annotated, 2, 'both articles annotated again');
    assert.equal(lens.rows().filter((r) => label(r) === 'Elena Vasquez').length, 1);
  });

  test('a reopened workspace is ready from the cache at once: no article annotated again', async () => {
    const lens = await sources();
    await lens.settled();
    await lens.save();
    const cache = lens.cacheUri();
    assert.ok(cache);
    // A second index on the same storage folder, as the next session's would be.
    const runner = SourcesRunner.forExtension(extensionPath());
    const reopened = new SourcesIndex(runner, vscode.Uri.joinPath(cache, '..'));
    try {
      await reopened.ensure();
      await reopened.settled();
      assert.equal(reopened.lastBuild?.files, 2);
      assert.equal(reopened.lastBuild?.annotated, 0, 'every article came from the cache');
      const vasquez = reopened.data().sources.find((s) => s.name === 'Elena Vasquez');
      assert.equal(vasquez?.articles.length, 2, 'with its sources');
      console.log(`    (ready from the cache in ${reopened.lastBuild?.ms.toFixed(0)} ms)`);
    } finally {
      reopened.dispose();
      runner.dispose();
    }
  });

  test('more articles than newsLens.sources.maxFiles: a note in the view, not silence', async () => {
    const lens = await sources();
    await lens.settled();
    assert.doesNotMatch(lens.message() ?? '', /Only the first/);
    const undo = await setting('sources.maxFiles', 1);
    try {
      assert.ok(await waitFor(() => /Only the first 1 articles/.test(lens.message() ?? ''), 5000), lens.message());
      await lens.settled();
      assert.equal(lens.data().summary.articles, 1, 'one article indexed');
    } finally {
      await undo();
    }
    assert.ok(await waitFor(() => !/Only the first/.test(lens.message() ?? ''), 5000), 'the note goes with the cap');
    await lens.settled();
  });

  test('settled() gives the index of the settings as they are, and builds asked for meanwhile run once', async () => {
    // A second index that hears no setting events (the extension's own would reconcile on them): settled()
    // alone must notice that the include glob is no longer the one it was built with.
    const runner = SourcesRunner.forExtension(extensionPath());
    const second = new SourcesIndex(runner, undefined);
    const undo: Array<() => Promise<void>> = [];
    try {
      await second.ensure();
      await second.settled();
      assert.equal(second.data().summary.articles, 2);
      undo.push(await setting('sources.include', `${name}/ferry-*.txt`));
      await second.settled();
      assert.equal(second.data().summary.articles, 1, 'the one article of the include glob now set');
      await undo.pop()!();
      // A rebuild and two reconciles asked for at once: the rebuild, then one build for both reconciles.
      const before = second.version;
      await Promise.all([second.rebuild(), second.reconcile(), second.reconcile()]);
      await second.settled();
      assert.equal(second.version - before, 2, 'two builds, not three');
      assert.equal(second.data().summary.articles, 2, 'both articles again');
    } finally {
      for (const u of undo.reverse()) await u();
      second.dispose();
      runner.dispose();
    }
  });

  test('Export Sources as CSV opens a document with the header line and a row per source', async () => {
    const lens = await sources();
    await lens.settled();
    const doc = (await vscode.commands.executeCommand(CMD.exportSourcesCsv)) as vscode.TextDocument;
    assert.ok(doc, 'the command returns the document');
    const lines = doc.getText().split(/\r?\n/).filter(Boolean);
    assert.equal(lines[0], 'name,type,unnamed,roles,kind,gender,gender_evidence,articles,quotes,aliases,similar');
    assert.equal(lines.length, 1 + lens.data().sources.length);
    assert.ok(lines.some((l) => l.startsWith('Elena Vasquez,PERSON,false,Mayor')));
  });

  test('filter by name or role, and sort by quotes, articles or name', async () => {
    const lens = await sources();
    await lens.settled();
    try {
      await vscode.commands.executeCommand(CMD.filterSources, 'pilot');
      assert.deepEqual(lens.rows().map(label), ['Tom Briggs'], 'role "harbour pilot" matches');
      assert.match(lens.description() ?? '', /pilot/);
      assert.match(lens.message() ?? '', /1 of \d+ sources/);
      await vscode.commands.executeCommand(CMD.filterSources, 'vasq');
      assert.deepEqual(lens.rows().map(label), ['Elena Vasquez']);
      await vscode.commands.executeCommand(CMD.filterSources, '');
      const all = lens.rows().map(label);
      assert.ok(all.length >= 4);

      await vscode.commands.executeCommand(CMD.sortSources, 'name');
      const byName = lens.rows().map(label);
      assert.deepEqual(
        byName,
        [...all].sort((a, b) => a.localeCompare(b)),
      );
      assert.notDeepEqual(byName, all, 'the order changed');
      await vscode.commands.executeCommand(CMD.sortSources, 'articles');
      const counts = lens.rows().map((r) => (r.node.kind === 'source' ? r.node.source.articles.length : 0));
      assert.deepEqual(
        counts,
        [...counts].sort((a, b) => b - a),
      );
      assert.equal(lens.sort(), 'articles');
    } finally {
      await vscode.commands.executeCommand(CMD.filterSources, '');
      await vscode.commands.executeCommand(CMD.sortSources, 'quotes');
    }
  });
});
