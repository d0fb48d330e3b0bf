import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  api,
  closeAll,
  entityNamed,
  fixturePath,
  hoverText,
  openFile,
  openUntitled,
  positionOf,
  openAnnotated,
  quoteWith,
  setting,
} from './helpers';

/** An article whose words look like links, Markdown, HTML and theme icons. */
const TRAPS =
  'Harbor City, May 4 -- The city will sell bonds for the new bridge, Mayor Elena Ruiz said on Monday.\n\n' +
  '"$(alert) http://evil.example/login <b>www.evil.example</b> [click](https://evil.example/x) **press@evil.example** now," Ruiz told reporters at City Hall.\n\n' +
  '"The bridge is safe," said Tomas Berg, the chief engineer.\n';

/** The command links News Lens itself puts in hovers: `[label](command:newsLens.x?args "title")`. */
const OWN_LINK =
  /\[\$\([a-z-]+\)[^\]]*\]\(command:newsLens\.(?:nextQuoteBySpeaker|revealSpeaker|selectRange|changeSpeaker|confirmSpeaker|changeKind|notAQuote|removeCorrection|setRole|setGender|sameAs|changeType)\?[^) ]+ "[^"]*"\)/g;

/** What marked (VS Code's Markdown renderer) makes of backslash escapes in text: the escaped character. */
function unescapeMarkdown(s: string): string {
  return s.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/**
 * Fails when a hover's Markdown, outside News Lens's own command links, holds anything VS Code's renderer
 * (marked with GFM, then theme icons) would turn into a link, markup, HTML or an icon.
 */
function assertInert(value: string): void {
  const rest = value.replace(OWN_LINK, ' ');
  assert.doesNotMatch(rest, /(?:https?|ftp):\/\/|www\./i, 'no bare URL for GFM to autolink');
  assert.doesNotMatch(
    rest,
    /[A-Za-z0-9._+-]@[A-Za-z0-9-_]+\.[A-Za-z0-9]/,
    'no bare e-mail address for GFM to autolink',
  );
  assert.doesNotMatch(rest, /(?<!\\)\]\(|(?<!\\)<[a-z/!?]/i, 'no Markdown link, no HTML');
  assert.doesNotMatch(rest, /(?<!\\)\[/, 'no unescaped [');
  assert.doesNotMatch(rest, /(?<!\\)\*\*press/, '**press…** is not bold');
  assert.doesNotMatch(unescapeMarkdown(rest), /(?<!\\)\$\([a-z0-9-]+\)/i, 'no theme icon from article text');
}

suite('News Lens hover cards', () => {
  teardown(closeAll);

  test('a name shows the full name, type, role, other names and counts', async () => {
    const lens = await api();
    const editor = await openFile(fixturePath('harbor-bridge.txt'));
    await lens.painted(editor);
    // "Ruiz told reporters": the short name, second mention.
    const pos = positionOf(editor.document, 'Ruiz told', 0, 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      editor.document.uri,
      pos,
    );
    const text = hoverText(hovers);
    assert.match(text, /Elena Ruiz/);
    assert.match(text, /Person/);
    assert.match(text, /Mayor/);
    assert.match(text, /\d+ mentions/);
  });

  test('a person shows the gender with its evidence, and newsLens.showGender hides it', async () => {
    const lens = await api();
    const editor = await openUntitled(
      'Mrs. Ana Lindqvist, the harbour master, spoke on Monday.\n\n"The bridge opens in May," Lindqvist said.\n',
    );
    await lens.painted(editor);
    const annotation = await lens.annotation(editor.document);
    assert.ok(annotation);
    assert.equal(entityNamed(annotation, 'Ana Lindqvist').gender, 'female');
    const hover = async () =>
      hoverText(
        await vscode.commands.executeCommand<vscode.Hover[]>(
          'vscode.executeHoverProvider',
          editor.document.uri,
          positionOf(editor.document, 'Lindqvist said', 0, 2),
        ),
      );
    assert.match(await hover(), /Gender:\* female \(from a title or a gendered role noun\)/);
    const restore = await setting('showGender', false);
    try {
      assert.doesNotMatch(await hover(), /Gender:/);
    } finally {
      await restore();
    }
  });

  test('a role links to where the article gives it, through the selectRange command', async () => {
    const { editor, annotation } = await openAnnotated('harbor-bridge.txt');
    const berg = entityNamed(annotation, 'Tomas Berg');
    assert.ok(berg.role && berg.roleMention, 'the recognizer gives the role and where it stands');
    const pos = positionOf(editor.document, 'Tomas Berg', 0, 3);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      editor.document.uri,
      pos,
    );
    const link = hoverText(hovers).match(/\(command:newsLens\.selectRange\?([^) ]+)/);
    assert.ok(link, 'a selectRange link');
    const [uri, start, end] = JSON.parse(decodeURIComponent(link[1]));
    assert.equal(uri, editor.document.uri.toString());
    assert.equal(editor.document.getText().slice(start, end), berg.role);
    await vscode.commands.executeCommand('newsLens.selectRange', uri, start, end);
    assert.equal(editor.document.getText(vscode.window.activeTextEditor!.selection), berg.role);
  });

  test('a name of someone quoted links to their next quote and the Speakers view, through trusted commands only', async function () {
    const { editor, annotation } = await openAnnotated('harbor-bridge.txt');
    const pos = positionOf(editor.document, 'Tomas Berg', 0, 3);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      editor.document.uri,
      pos,
    );
    const text = hoverText(hovers);
    assert.match(text, /Tomas Berg/);
    assert.match(text, /chief engineer/);
    assert.match(text, /command:newsLens\.nextQuoteBySpeaker\?/);
    assert.match(text, /command:newsLens\.revealSpeaker\?/);
    assert.match(text, /ground is weaker/, 'the first words of a quote');
    // The links name the entity by id (two entities may share a name), with the document and the place.
    const berg = entityNamed(annotation, 'Tomas Berg');
    // (The role's link selects a range: its own test is below.)
    for (const link of text.match(/\(command:newsLens\.(?:nextQuoteBySpeaker|revealSpeaker)\?[^) ]+/g) ?? []) {
      const args = JSON.parse(decodeURIComponent(link.slice(link.indexOf('?') + 1)))[0];
      assert.deepEqual(args, {
        uri: editor.document.uri.toString(),
        entityId: berg.id,
        offset: editor.document.offsetAt(pos),
      });
    }
    for (const h of hovers) {
      for (const c of h.contents) {
        if (typeof c === 'string' || !(c instanceof vscode.MarkdownString) || !c.isTrusted) continue;
        assert.equal(typeof c.isTrusted, 'object', 'trust is an allow-list, not `true`');
      }
    }
  });

  test("article text in a hover is inert: only News Lens's own command links are links, through an allow-list", async () => {
    const lens = await api();
    const editor = await openUntitled(TRAPS);
    const annotation = await lens.annotation(editor.document);
    assert.ok(annotation);
    const trap = quoteWith(annotation, 'evil.example/login');
    assert.equal(
      trap.speaker,
      entityNamed(annotation, 'Elena Ruiz').id,
      'the quote full of traps is attributed to Ruiz',
    );
    const doc = editor.document;
    const places = [
      positionOf(doc, 'Ruiz told', 0, 2),
      positionOf(doc, 'evil.example/login', 0, 2),
      positionOf(doc, 'Elena Ruiz said', 0, 3),
      positionOf(doc, 'Tomas Berg', 0, 2),
    ];
    let parts = 0;
    let sawTrapWords = false;
    for (const pos of places) {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos);
      for (const c of hovers.flatMap((h) => h.contents)) {
        assert.ok(c instanceof vscode.MarkdownString, 'hover parts are MarkdownStrings');
        parts++;
        assert.deepEqual(
          c.isTrusted,
          {
            enabledCommands: [
              'newsLens.nextQuoteBySpeaker',
              'newsLens.revealSpeaker',
              'newsLens.selectRange',
              'newsLens.changeSpeaker',
              'newsLens.confirmSpeaker',
              'newsLens.changeKind',
              'newsLens.notAQuote',
              'newsLens.removeCorrection',
              'newsLens.setRole',
              'newsLens.setGender',
              'newsLens.sameAs',
              'newsLens.changeType',
            ],
          },
          'trust is an allow-list of our commands',
        );
        assert.ok(!c.supportHtml, 'no HTML');
        assertInert(c.value);
        for (const link of c.value.match(/\]\((?!command:newsLens\.)[a-z]+:/gi) ?? [])
          assert.fail(`a link other than ours: ${link}`);
        if (unescapeMarkdown(c.value).includes('http://evil.example/login')) sawTrapWords = true;
      }
    }
    assert.ok(parts >= 4, 'hovers on names and on a quote');
    assert.ok(sawTrapWords, 'the first words of the quote are shown, as written');
  });

  test("a Speakers view quote row's tooltip shows the quote inert too", async () => {
    const lens = await api();
    const editor = await openUntitled(TRAPS);
    await lens.painted(editor);
    const ruiz = lens
      .speakerRows()
      .find((r) => r.node.kind === 'speaker' && r.node.speaker.entity.name === 'Elena Ruiz');
    assert.ok(ruiz, 'Elena Ruiz is listed');
    const row = lens
      .speakerRows(ruiz.node)
      .find((r) => r.node.kind === 'quote' && r.node.quote.text.includes('evil.example/login'));
    assert.ok(row, 'the quote full of traps is listed');
    const tip = row.item.tooltip;
    assert.ok(tip instanceof vscode.MarkdownString, 'a Markdown tooltip');
    assert.ok(!tip.isTrusted, 'no command may run from it');
    assert.ok(!tip.supportHtml, 'no HTML');
    assertInert(tip.value);
    assert.ok(unescapeMarkdown(tip.value).includes('http://evil.example/login'), 'the quote is shown as written');
  });

  test('a quote shows who said it and the cue', async function () {
    const { editor } = await openAnnotated('harbor-bridge.txt');
    const pos = positionOf(editor.document, 'blank check', 0, 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      editor.document.uri,
      pos,
    );
    const text = hoverText(hovers);
    assert.match(text, /by \*\*Elena Ruiz\*\*/);
    assert.match(text, /Mayor/);
    assert.match(text, /told reporters|told/);
    assert.match(text, /Next quote by Elena Ruiz/);
  });

  test('a quote of an unnamed source says so, with the description the article gives', async () => {
    const lens = await api();
    const editor = await openUntitled(
      'The harbour board met on Monday.\n\n“The bridge will not open before May,” a senior official said.\n',
    );
    await lens.painted(editor);
    const annotation = await lens.annotation(editor.document);
    assert.ok(annotation);
    const q = quoteWith(annotation, 'will not open');
    assert.equal(q.speaker, null);
    const pos = positionOf(editor.document, 'will not open', 0, 2);
    const text = hoverText(
      await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, pos),
    );
    assert.match(text, /by an unnamed source, “a senior official”/);
    assert.doesNotMatch(text, /speaker not identified/);
  });
});
