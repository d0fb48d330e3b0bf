// Corrections (issue 11) in a real VS Code: every command writes the article's corrections file
// (<article>.newslens.json) and the decorations, hover, Speakers view and exports change at once; the article
// is never modified; corrections hold after edits, reopening and edits of the file from outside; a correction
// that cannot be placed is listed, never dropped; a file that cannot be read is reported and never overwritten.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Annotation, Quote } from '../../src/core/types';
import type { NewsLensApi } from '../../src/extension/api';
import {
  api,
  entityNamed,
  hoverText,
  openFile,
  openUntitled,
  quoteWith,
  revertAndCloseAll,
  setting,
  sleep,
  tempDir,
} from './helpers';

/** A short article written for these tests (fictional people and places). */
const ARTICLE = [
  'Riverside Library Plans Longer Hours',
  '',
  'The Marlow County Library will stay open until 10 p.m. on weekdays starting in June, director Hannah Okafor said on Wednesday.',
  '',
  '"People told us they cannot get here before work," Okafor said at a board meeting. "This is for them."',
  '',
  'Daniel Reyes, who chairs the library board, said the extra hours would cost about $80,000 a year. "We found the money in the building fund," he said.',
  '',
  '"It is a good start," said Lucia Brandt, a teacher who visits the library with her students.',
  '',
  '"Nobody asked the staff," one librarian said.',
  '',
  'Reyes said the board would review the hours after six months.',
  '',
].join('\n');

interface Opened {
  lens: NewsLensApi;
  editor: vscode.TextEditor;
  doc: vscode.TextDocument;
  file: string;
  sidecar: string;
  annotation: Annotation;
}

/** Writes the article (and, when given, its corrections file) into a fresh folder and opens it. */
async function openArticle(sidecarText?: string): Promise<Opened> {
  const dir = tempDir();
  const file = path.join(dir, 'library.txt');
  const sidecar = `${file}.newslens.json`;
  fs.writeFileSync(file, ARTICLE);
  if (sidecarText !== undefined) fs.writeFileSync(sidecar, sidecarText);
  const lens = await api();
  const editor = await openFile(file);
  const annotation = await lens.annotation(editor.document);
  assert.ok(annotation, 'the article was annotated');
  assert.ok(annotation.quotes.length >= 6, 'the recognizer found the quotes');
  await lens.painted(editor);
  return { lens, editor, doc: editor.document, file, sidecar, annotation };
}

function readSidecar(sidecar: string): { version: number; corrections: any[] } {
  return JSON.parse(fs.readFileSync(sidecar, 'utf8'));
}

/** The span of `q` as a quote anchor. */
function anchor(q: Quote): { start: number; end: number; text: string } {
  return { start: q.start, end: q.end, text: q.text };
}

/** Polls `check` until it returns a truthy value (or fails after `ms`). */
async function until<T>(what: string, check: () => Promise<T | undefined> | T | undefined, ms = 8000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

async function hoverAt(doc: vscode.TextDocument, offset: number): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
    'vscode.executeHoverProvider',
    doc.uri,
    doc.positionAt(offset),
  );
  return hoverText(hovers);
}

/** The decoration key whose spans hold [start, end) ("quote:2", "quote:unattributed"), from the editor's last paint. */
async function quoteKey(lens: NewsLensApi, editor: vscode.TextEditor, q: { start: number; end: number }) {
  const painted = await lens.painted(editor);
  assert.ok(painted, 'painted');
  return Object.keys(painted).find(
    (k) => k.startsWith('quote:') && painted[k].some(([s, e]) => s === q.start && e === q.end),
  );
}

/** The Speakers view rows, two levels: [label, description, children labels]. */
function speakerRows(lens: NewsLensApi) {
  return lens.speakerRows().map((r) => ({
    label: String(r.item.label),
    description: String(r.item.description ?? ''),
    node: r.node,
    children: lens.speakerRows(r.node).map((c) => ({
      label: String(c.item.label),
      description: String(c.item.description ?? ''),
      node: c.node,
    })),
  }));
}

function assertArticleUntouched(o: Opened): void {
  assert.equal(o.doc.getText(), ARTICLE, 'the article text is unchanged');
  assert.equal(o.doc.isDirty, false, 'the article is not dirty');
  assert.equal(fs.readFileSync(o.file, 'utf8'), ARTICLE, 'the article file is unchanged');
}

suite('News Lens corrections', () => {
  const restore: Array<() => Promise<void>> = [];
  teardown(async () => {
    for (const r of restore.splice(0)) await r();
    await revertAndCloseAll();
  });

  test('Change Speaker… writes the corrections file; decorations, hover and Speakers view change at once', async () => {
    const o = await openArticle();
    const { lens, editor, doc, annotation } = o;
    const okafor = entityNamed(annotation, 'Hannah Okafor');
    const reyes = entityNamed(annotation, 'Daniel Reyes');
    const quote = quoteWith(annotation, 'This is for them');
    assert.equal(quote.speaker, okafor.id, 'the recognizer gives the quote to Okafor');
    const reyesQuote = quoteWith(annotation, 'building fund');
    assert.equal(reyesQuote.speaker, reyes.id);
    assert.notEqual(await quoteKey(lens, editor, quote), await quoteKey(lens, editor, reyesQuote));

    const result = await vscode.commands.executeCommand('newsLens.changeSpeaker', {
      uri: doc.uri.toString(),
      start: quote.start,
      end: quote.end,
      speaker: 'Daniel Reyes',
    });
    assert.ok(result, 'the command reports the correction it made');

    // The corrections file, beside the article.
    assert.deepEqual(readSidecar(o.sidecar), {
      version: 1,
      corrections: [{ quote: anchor(quote), speaker: 'Daniel Reyes' }],
    });
    // The annotation everything reads, at once (no waiting for a new annotation).
    const after = await lens.annotation(doc);
    assert.ok(after);
    const corrected = quoteWith(after, 'This is for them');
    assert.equal(corrected.speaker, entityNamed(after, 'Daniel Reyes').id);
    assert.deepEqual(corrected.attribution, { rule: 'corrected', confidence: 1 });
    // Decorations: the quote now has Reyes's color.
    assert.equal(await quoteKey(lens, editor, quote), await quoteKey(lens, editor, reyesQuote));
    // Hover: the new speaker, and why ("set by you").
    const card = await hoverAt(doc, quote.start + 3);
    assert.match(card, /by \*\*Daniel Reyes\*\*/);
    assert.match(card, /\*Why:\* set by you/);
    assert.match(card, /command:newsLens\.removeCorrection/, 'a link to undo it');
    // Speakers view: the quote is under Reyes, no longer under Okafor.
    const rows = speakerRows(lens);
    const reyesRow = rows.find((r) => r.label === 'Daniel Reyes');
    const okaforRow = rows.find((r) => r.label === 'Hannah Okafor');
    assert.ok(reyesRow && okaforRow);
    assert.ok(reyesRow.children.some((c) => c.label.startsWith('"This is for them')));
    assert.ok(!okaforRow.children.some((c) => c.label.startsWith('"This is for them')));
    assert.match(reyesRow.children.find((c) => c.label.startsWith('"This is'))!.description, /corrected/);
    assertArticleUntouched(o);
  });

  test('code actions on a quote and on a name run the correction commands; each writes the file and shows at once', async () => {
    const o = await openArticle();
    const { lens, editor, doc } = o;
    const uri = doc.uri.toString();
    const at = (needle: string, delta = 2) => {
      const i = ARTICLE.indexOf(needle);
      assert.ok(i >= 0, needle);
      return doc.positionAt(i + delta);
    };
    const actionsAt = async (pos: vscode.Position) =>
      vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        doc.uri,
        new vscode.Range(pos, pos),
      );
    const onQuote = await actionsAt(at('It is a good start'));
    const quoteTitles = onQuote.map((a) => a.title);
    for (const t of ['Change Speaker…', 'Confirm Speaker (Lucia Brandt)', 'Change Kind…', 'Not a Quote'])
      assert.ok(
        quoteTitles.includes(`News Lens: ${t}`),
        `code action ${t} on a quote (have ${quoteTitles.join(', ')})`,
      );
    const onName = await actionsAt(at('Lucia Brandt'));
    const nameTitles = onName.map((a) => a.title);
    for (const t of ['Set Role of Lucia Brandt…', 'Set Gender of Lucia Brandt…', 'Lucia Brandt Is the Same Person As…'])
      assert.ok(nameTitles.includes(`News Lens: ${t}`), `code action ${t} (have ${nameTitles.join(', ')})`);
    assert.ok(nameTitles.some((t) => /Lucia Brandt Is Not a Person…/.test(t)));

    /** Runs a code action's command with its argument plus the answer to its question. */
    const run = async (action: vscode.CodeAction | undefined, answer: Record<string, unknown>) => {
      assert.ok(action?.command, 'the action runs a command');
      const [args] = action.command.arguments ?? [];
      assert.equal(args.uri, uri);
      return vscode.commands.executeCommand(action.command.command, { ...args, ...answer });
    };
    const find = (actions: vscode.CodeAction[], prefix: string) =>
      actions.find((a) => a.title.startsWith(`News Lens: ${prefix}`));
    const good = quoteWith(o.annotation, 'It is a good start');

    // Confirm Speaker: counts as a correction; the reason says so.
    await run(find(onQuote, 'Confirm Speaker'), {});
    let file = readSidecar(o.sidecar);
    assert.deepEqual(file.corrections.at(-1), { quote: anchor(good), speaker: 'Lucia Brandt', confirmed: true });
    let now = (await lens.annotation(doc))!;
    assert.deepEqual(quoteWith(now, 'It is a good start').attribution, { rule: 'corrected', confidence: 1 });
    assert.match(await hoverAt(doc, good.start + 3), /\*Why:\* set by you/);

    // Change Kind…: a reported claim.
    await run(find(onQuote, 'Change Kind'), { kind: 'indirect' });
    file = readSidecar(o.sidecar);
    assert.deepEqual(file.corrections.at(-1), { quote: anchor(good), kind: 'indirect' });
    now = (await lens.annotation(doc))!;
    assert.equal(quoteWith(now, 'It is a good start').kind, 'indirect');
    assert.match(await hoverAt(doc, good.start + 3), /\*\*Reported claim\*\* by \*\*Lucia Brandt\*\*/);

    // Set Role…
    await run(find(onName, 'Set Role'), { role: 'head teacher' });
    assert.deepEqual(readSidecar(o.sidecar).corrections.at(-1), { entity: 'Lucia Brandt', role: 'head teacher' });
    now = (await lens.annotation(doc))!;
    assert.equal(entityNamed(now, 'Lucia Brandt').role, 'head teacher');
    assert.match(await hoverAt(doc, ARTICLE.indexOf('Lucia Brandt') + 2), /\*Role:\* head teacher/);
    assert.match(speakerRows(lens).find((r) => r.label === 'Lucia Brandt')!.description, /head teacher/);

    // Set Gender…
    await run(find(onName, 'Set Gender'), { gender: 'male' });
    assert.deepEqual(readSidecar(o.sidecar).corrections.at(-1), { entity: 'Lucia Brandt', gender: 'male' });
    now = (await lens.annotation(doc))!;
    assert.equal(entityNamed(now, 'Lucia Brandt').gender, 'male');
    assert.match(await hoverAt(doc, ARTICLE.indexOf('Lucia Brandt') + 2), /\*Gender:\* male \(as you set it/);

    // Same Person As…: "Riverside Library" and "Marlow County Library" are one organization.
    const onOrg = await actionsAt(at('Riverside Library'));
    await run(find(onOrg, 'Riverside Library Is the Same'), { sameAs: 'Marlow County Library' });
    assert.deepEqual(readSidecar(o.sidecar).corrections.at(-1), {
      entity: 'Riverside Library',
      sameAs: 'Marlow County Library',
    });
    now = (await lens.annotation(doc))!;
    const merged = now.entities.filter((e) => /Library/.test(e.name));
    assert.equal(merged.length, 1, 'one library left');
    assert.ok([merged[0].name, ...merged[0].aliases].includes('Riverside Library'));
    const painted = await lens.painted(editor);
    assert.ok(painted!['entity:ORG'].some(([s]) => s === ARTICLE.indexOf('Riverside Library')));

    // Not a Person / Organization / Place…: not a name at all.
    const onOrg2 = await actionsAt(at('Marlow County Library'));
    await run(find(onOrg2, 'Marlow County Library Is Not'), { type: null });
    assert.deepEqual(readSidecar(o.sidecar).corrections.at(-1), { entity: 'Marlow County Library', type: null });
    now = (await lens.annotation(doc))!;
    assert.ok(!now.entities.some((e) => /Library/.test(e.name)), 'the library is no longer a name');
    assert.ok(!(await lens.painted(editor))!['entity:ORG'].some(([s]) => s === ARTICLE.indexOf('Marlow County')));

    // Not a Quote: gone from the annotation, the decorations and the view.
    const librarian = quoteWith(o.annotation, 'Nobody asked the staff');
    const onLibrarian = await actionsAt(doc.positionAt(librarian.start + 3));
    await run(find(onLibrarian, 'Not a Quote'), {});
    assert.deepEqual(readSidecar(o.sidecar).corrections.at(-1), { quote: anchor(librarian), notAQuote: true });
    now = (await lens.annotation(doc))!;
    assert.ok(!now.quotes.some((q) => q.text.includes('Nobody asked')));
    assert.equal(await quoteKey(lens, editor, librarian), undefined, 'no longer painted');
    assert.ok(!speakerRows(lens).some((r) => r.children.some((c) => c.label.includes('Nobody asked'))));
    assertArticleUntouched(o);
  });

  test('commands work on the cursor and the selection; Remove Correction undoes a correction of the quote', async () => {
    const o = await openArticle();
    const { lens, editor, doc } = o;
    const librarian = quoteWith(o.annotation, 'Nobody asked the staff');
    // The cursor in the quote, no argument: Not a Quote.
    editor.selection = new vscode.Selection(doc.positionAt(librarian.start + 4), doc.positionAt(librarian.start + 4));
    assert.ok(await vscode.commands.executeCommand('newsLens.notAQuote'));
    assert.deepEqual(readSidecar(o.sidecar).corrections, [{ quote: anchor(librarian), notAQuote: true }]);
    assert.ok(!(await lens.annotation(doc))!.quotes.some((q) => q.text.includes('Nobody asked')));
    // Remove Correction with the quote's span (the hover link's form) brings it back.
    assert.equal(
      await vscode.commands.executeCommand('newsLens.removeCorrection', {
        uri: doc.uri.toString(),
        start: librarian.start,
        end: librarian.end,
      }),
      true,
    );
    assert.deepEqual(readSidecar(o.sidecar).corrections, []);
    assert.equal(quoteWith((await lens.annotation(doc))!, 'Nobody asked').speaker, librarian.speaker);
    // A selection over words the recognizer did not take for a quote: Change Speaker… marks it as one.
    const plain = ARTICLE.indexOf('Riverside Library Plans');
    const title = 'Riverside Library Plans Longer Hours';
    editor.selection = new vscode.Selection(doc.positionAt(plain), doc.positionAt(plain + title.length));
    assert.ok(
      !o.annotation.quotes.some((q) => q.start < plain + title.length && plain < q.end),
      'the title is no quote',
    );
    assert.ok(await vscode.commands.executeCommand('newsLens.changeSpeaker', { speaker: 'Hannah Okafor' }));
    assert.deepEqual(readSidecar(o.sidecar).corrections, [
      { quote: { start: plain, end: plain + title.length, text: title }, speaker: 'Hannah Okafor', kind: 'direct' },
    ]);
    const added = (await lens.annotation(doc))!.quotes.find((q) => q.start === plain);
    assert.ok(added, 'the selection is now a quote');
    assert.equal(added.speaker, entityNamed((await lens.annotation(doc))!, 'Hannah Okafor').id);
    assertArticleUntouched(o);
  });

  test('Change Speaker… to an unnamed source, and to nobody named', async () => {
    const o = await openArticle();
    const { lens, doc } = o;
    const librarian = quoteWith(o.annotation, 'Nobody asked the staff');
    await vscode.commands.executeCommand('newsLens.changeSpeaker', {
      uri: doc.uri.toString(),
      start: librarian.start,
      end: librarian.end,
      unnamed: 'one librarian',
    });
    assert.deepEqual(readSidecar(o.sidecar).corrections, [
      { quote: anchor(librarian), speaker: null, unnamed: 'one librarian' },
    ]);
    const now = (await lens.annotation(doc))!;
    assert.equal(quoteWith(now, 'Nobody asked').unnamed, 'one librarian');
    const group = speakerRows(lens).find((r) => r.label === 'Unnamed sources');
    assert.ok(group, 'an Unnamed sources group');
    assert.match(group.children[0].description, /one librarian/);
    assert.match(await hoverAt(doc, librarian.start + 3), /by an unnamed source, “one librarian”/);

    const brandt = quoteWith(o.annotation, 'It is a good start');
    await vscode.commands.executeCommand('newsLens.changeSpeaker', {
      uri: doc.uri.toString(),
      start: brandt.start,
      end: brandt.end,
      speaker: null,
    });
    const later = (await lens.annotation(doc))!;
    assert.equal(quoteWith(later, 'It is a good start').speaker, null);
    assert.ok(
      speakerRows(lens)
        .find((r) => r.label === 'Unattributed')
        ?.children.some((c) => c.label.includes('It is a good start')),
    );
    assertArticleUntouched(o);
  });

  test('the hover gives the reason in words and links to the corrections', async () => {
    const o = await openArticle();
    const fund = quoteWith(o.annotation, 'building fund');
    assert.equal(fund.attribution?.rule, 'pronoun', 'the recognizer found the speaker through "he"');
    const card = await hoverAt(o.doc, fund.start + 3);
    assert.match(card, /\*Why:\* speaker from “he said”, the last man named \(pronoun\), confidence \d\.\d\d/);
    for (const c of ['changeSpeaker', 'confirmSpeaker', 'changeKind', 'notAQuote'])
      assert.match(card, new RegExp(`command:newsLens\\.${c}\\?`), `a ${c} link`);
    const link = card.match(/\(command:newsLens\.changeSpeaker\?([^) ]+)/);
    assert.ok(link);
    const [args] = JSON.parse(decodeURIComponent(link[1]));
    assert.deepEqual(args, { uri: o.doc.uri.toString(), start: fund.start, end: fund.end });
    const name = await hoverAt(o.doc, ARTICLE.indexOf('Daniel Reyes') + 2);
    for (const c of ['setRole', 'setGender', 'sameAs', 'changeType'])
      assert.match(name, new RegExp(`command:newsLens\\.${c}\\?`), `a ${c} link`);
  });

  test('an article opened with its corrections file beside it (reopened, or another copy) shows them', async () => {
    const o = await openArticle();
    const quote = quoteWith(o.annotation, 'This is for them');
    await vscode.commands.executeCommand('newsLens.changeSpeaker', {
      uri: o.doc.uri.toString(),
      start: quote.start,
      end: quote.end,
      speaker: 'Lucia Brandt',
    });
    await revertAndCloseAll();
    // The article and its corrections file as another session finds them: a copy never opened before.
    const dir = tempDir();
    const copy = path.join(dir, 'library.txt');
    fs.copyFileSync(o.file, copy);
    fs.copyFileSync(o.sidecar, `${copy}.newslens.json`);
    const editor = await openFile(copy);
    const again = await o.lens.annotation(editor.document);
    assert.ok(again);
    assert.equal(quoteWith(again, 'This is for them').speaker, entityNamed(again, 'Lucia Brandt').id);
    assert.deepEqual(quoteWith(again, 'This is for them').attribution, { rule: 'corrected', confidence: 1 });
    // And the original, opened again.
    const reopened = await openFile(o.file);
    const same = await o.lens.annotation(reopened.document);
    assert.ok(same);
    assert.equal(quoteWith(same, 'This is for them').speaker, entityNamed(same, 'Lucia Brandt').id);
  });

  test('an edit of the corrections file from outside applies at once, without touching the article', async () => {
    const o = await openArticle();
    const quote = quoteWith(o.annotation, 'People told us');
    assert.notEqual(quote.speaker, entityNamed(o.annotation, 'Daniel Reyes').id);
    // The file watchers start when the article is first annotated, and the file is read once more 2 s later
    // (a change made while they start): a person edits it later than that, and so does this test, so that
    // only the watcher can see this edit.
    await sleep(3000);
    fs.writeFileSync(
      o.sidecar,
      JSON.stringify({ version: 1, corrections: [{ quote: anchor(quote), speaker: 'Daniel Reyes' }] }, null, 2),
    );
    const reyes = entityNamed(o.annotation, 'Daniel Reyes').id;
    await until('the outside edit to apply', async () => {
      const a = await o.lens.annotation(o.doc);
      return a && quoteWith(a, 'People told us').speaker === reyes;
    });
    assert.ok(
      speakerRows(o.lens)
        .find((r) => r.label === 'Daniel Reyes')!
        .children.some((c) => /People told/.test(c.label)),
    );
    // Deleting the file undoes it.
    fs.rmSync(o.sidecar);
    await until('the deletion to apply', async () => {
      const a = await o.lens.annotation(o.doc);
      return a && quoteWith(a, 'People told us').speaker !== reyes;
    });
    assertArticleUntouched(o);
  });

  test('an edit before the quote keeps its correction placed', async () => {
    const o = await openArticle();
    const quote = quoteWith(o.annotation, 'This is for them');
    await vscode.commands.executeCommand('newsLens.changeSpeaker', {
      uri: o.doc.uri.toString(),
      start: quote.start,
      end: quote.end,
      speaker: 'Daniel Reyes',
    });
    const insert = 'UPDATED at 5 p.m. with the board vote.\n\n';
    const edit = new vscode.WorkspaceEdit();
    edit.insert(o.doc.uri, new vscode.Position(2, 0), insert);
    assert.ok(await vscode.workspace.applyEdit(edit));
    const after = await o.lens.annotation(o.doc);
    assert.ok(after);
    const moved = quoteWith(after, 'This is for them');
    assert.equal(moved.start, quote.start + insert.length, 'the quote moved');
    assert.equal(moved.speaker, entityNamed(after, 'Daniel Reyes').id, 'its correction moved with it');
    assert.ok(!speakerRows(o.lens).some((r) => r.label === 'Unplaced corrections'));
    assert.equal(readSidecar(o.sidecar).corrections.length, 1);
  });

  test('a correction whose quote is deleted is listed under Unplaced corrections, kept, and can be removed', async () => {
    const o = await openArticle();
    const quote = quoteWith(o.annotation, 'It is a good start');
    await vscode.commands.executeCommand('newsLens.changeSpeaker', {
      uri: o.doc.uri.toString(),
      start: quote.start,
      end: quote.end,
      speaker: 'Hannah Okafor',
    });
    const written = fs.readFileSync(o.sidecar, 'utf8');
    // Delete the whole paragraph holding the quote.
    const para = ARTICLE.indexOf('"It is a good start');
    const paraEnd = ARTICLE.indexOf('\n\n', para) + 2;
    const edit = new vscode.WorkspaceEdit();
    edit.delete(o.doc.uri, new vscode.Range(o.doc.positionAt(para), o.doc.positionAt(paraEnd)));
    assert.ok(await vscode.workspace.applyEdit(edit));
    const after = await o.lens.annotation(o.doc);
    assert.ok(after);
    const okafor = entityNamed(after, 'Hannah Okafor').id;
    const rows = speakerRows(o.lens);
    const group = rows.find((r) => r.label === 'Unplaced corrections');
    assert.ok(group, `an Unplaced corrections group (rows: ${rows.map((r) => r.label).join(', ')})`);
    assert.equal(group.children.length, 1);
    assert.match(group.children[0].label, /^Speaker Hannah Okafor: "It is a good start,"$/);
    assert.match(group.children[0].description, /no longer in the article/);
    // Not applied to another quote, and not dropped from the file.
    assert.equal(after.quotes.filter((q) => q.speaker === okafor).length, 3, "Okafor's own quotes only");
    assert.equal(fs.readFileSync(o.sidecar, 'utf8'), written, 'the file still holds it');
    // Its context action removes it.
    const node = group.children[0].node;
    assert.equal(await vscode.commands.executeCommand('newsLens.removeCorrection', node), true);
    assert.deepEqual(readSidecar(o.sidecar).corrections, []);
    assert.ok(!speakerRows(o.lens).some((r) => r.label === 'Unplaced corrections'));
  });

  test('a corrections file that cannot be read is logged, not applied and never overwritten', async () => {
    const bad = '{ "version": 1, "corrections": [ { "quote": 7, "speaker": "Daniel Reyes" } ] }\n';
    const o = await openArticle(bad);
    await until('the log line', () =>
      o.lens.logLines().find((l) => l.includes('library.txt.newslens.json') && l.includes('corrections:')),
    );
    const quote = quoteWith(o.annotation, 'This is for them');
    const result = await vscode.commands.executeCommand('newsLens.changeSpeaker', {
      uri: o.doc.uri.toString(),
      start: quote.start,
      end: quote.end,
      speaker: 'Daniel Reyes',
    });
    assert.equal(result, undefined, 'the correction is refused');
    assert.equal(fs.readFileSync(o.sidecar, 'utf8'), bad, 'the file is not overwritten');
    assert.equal(quoteWith((await o.lens.annotation(o.doc))!, 'This is for them').speaker, quote.speaker);
    // Fixed from outside (after the watchers started, see above): it applies.
    await sleep(3000);
    fs.writeFileSync(
      o.sidecar,
      JSON.stringify({ version: 1, corrections: [{ quote: anchor(quote), speaker: 'Daniel Reyes' }] }),
    );
    const reyes = entityNamed(o.annotation, 'Daniel Reyes').id;
    await until('the fixed file to apply', async () => {
      const a = await o.lens.annotation(o.doc);
      return a && quoteWith(a, 'This is for them').speaker === reyes;
    });
    assertArticleUntouched(o);
  });

  test('Next Quote to Review walks the quotes below newsLens.reviewBelow, and a confirmed one leaves the list', async () => {
    restore.push(await setting('reviewBelow', 0.99));
    const o = await openArticle();
    const { lens, doc } = o;
    const review = (a: Annotation) =>
      a.quotes
        .filter((q) => q.attribution && q.attribution.rule !== 'corrected' && q.attribution.confidence < 0.99)
        .map((q) => q.start)
        .sort((x, y) => x - y);
    const expected = review(o.annotation);
    assert.ok(expected.length >= 3, 'several quotes to review');
    vscode.window.activeTextEditor!.selection = new vscode.Selection(0, 0, 0, 0);
    const seen: number[] = [];
    let wrapped = false;
    for (let i = 0; i <= expected.length; i++) {
      const step = await vscode.commands.executeCommand<{ start: number; wrapped: boolean; left: number }>(
        'newsLens.nextQuoteToReview',
      );
      assert.ok(step);
      assert.equal(step.left, expected.length);
      if (i < expected.length) seen.push(step.start);
      else wrapped = step.wrapped && step.start === expected[0];
    }
    assert.deepEqual(seen, expected, 'every quote to review, in order');
    assert.ok(wrapped, 'then back to the first');
    // The Speakers view marks them.
    const marked = speakerRows(lens).flatMap((r) => r.children.filter((c) => /review/.test(c.description)));
    assert.equal(marked.length, expected.length);

    // Confirming a speaker takes its quote off the list.
    const first = o.annotation.quotes.find((q) => q.start === expected[0] && q.speaker)!;
    await vscode.commands.executeCommand('newsLens.confirmSpeaker', {
      uri: doc.uri.toString(),
      start: first.start,
      end: first.end,
    });
    vscode.window.activeTextEditor!.selection = new vscode.Selection(0, 0, 0, 0);
    const step = await vscode.commands.executeCommand<{ start: number; left: number }>('newsLens.nextQuoteToReview');
    assert.equal(step.left, expected.length - 1);
    assert.notEqual(step.start, first.start);
    const rowsAfter = speakerRows(lens).flatMap((r) => r.children.filter((c) => /review/.test(c.description)));
    assert.equal(rowsAfter.length, expected.length - 1);

    // Nothing below 0: nothing to review.
    await setting('reviewBelow', 0);
    assert.equal(await vscode.commands.executeCommand('newsLens.nextQuoteToReview'), undefined);
    assert.equal(
      speakerRows(lens).flatMap((r) => r.children.filter((c) => /review/.test(c.description))).length,
      0,
      'no row marked',
    );
  });

  test('exports use the corrected annotation', async () => {
    const o = await openArticle();
    const quote = quoteWith(o.annotation, 'This is for them');
    await vscode.commands.executeCommand('newsLens.changeSpeaker', {
      uri: o.doc.uri.toString(),
      start: quote.start,
      end: quote.end,
      speaker: 'Lucia Brandt',
    });
    await vscode.window.showTextDocument(o.doc);
    const json = await vscode.commands.executeCommand<vscode.TextDocument>('newsLens.exportJson');
    const parsed = JSON.parse(json.getText()) as Annotation;
    const exported = quoteWith(parsed, 'This is for them');
    assert.equal(exported.speaker, entityNamed(parsed, 'Lucia Brandt').id);
    assert.deepEqual(exported.attribution, { rule: 'corrected', confidence: 1 });
    await vscode.window.showTextDocument(o.doc);
    const csv = await vscode.commands.executeCommand<vscode.TextDocument>('newsLens.exportCsv');
    const row = csv
      .getText()
      .split(/\r?\n/)
      .find((l) => l.includes('This is for them'));
    assert.ok(row);
    assert.match(row, /^Lucia Brandt,teacher,direct,/);
    assert.equal(o.doc.getText(), ARTICLE);
  });

  test('an untitled article cannot be corrected: nothing is written, the user is told why', async () => {
    const lens = await api();
    const editor = await openUntitled(ARTICLE);
    const annotation = await lens.annotation(editor.document);
    assert.ok(annotation);
    const quote = quoteWith(annotation, 'This is for them');
    const result = await vscode.commands.executeCommand('newsLens.changeSpeaker', {
      uri: editor.document.uri.toString(),
      start: quote.start,
      end: quote.end,
      speaker: 'Daniel Reyes',
    });
    assert.equal(result, undefined);
    assert.equal(quoteWith((await lens.annotation(editor.document))!, 'This is for them').speaker, quote.speaker);
  });
});
