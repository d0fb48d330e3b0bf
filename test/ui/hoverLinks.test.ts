// A hover card as VS Code renders it: article text that looks like links, Markdown, HTML or theme icons shows
// as plain text; the only links are News Lens's own commands.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { hoverText, openFile, openWorkbench, screenshot, waitForDecorations, type Workbench } from './support';

const ARTICLE =
  'Harbor City, May 4 -- The city will sell bonds for the new bridge, Mayor Elena Ruiz said on Monday.\n\n' +
  '"$(alert) http://evil.example/login <b>www.evil.example</b> [click](https://evil.example/x) **press@evil.example** now," Ruiz told reporters at City Hall.\n\n' +
  '"The bridge is safe," said Tomas Berg, the chief engineer.\n';

describe('hover cards keep article text inert (UI)', function () {
  this.timeout(120000);
  let wb: Workbench | undefined;
  let folder: string | undefined;

  before(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-ui-traps-'));
    fs.writeFileSync(path.join(folder, 'traps.txt'), ARTICLE);
    wb = await openWorkbench({ folder, settings: { 'editor.wordWrap': 'on' } });
    await openFile(wb.page, 'traps.txt');
    await waitForDecorations(wb.page, 3);
  });
  after(async () => {
    await wb?.close();
    if (folder) fs.rmSync(folder, { recursive: true, force: true });
  });

  it("a name's hover lists the first words of a quote as written, with no link but ours", async () => {
    const page = wb!.page;
    const card = await hoverText(page, 'Ruiz', 1); // "Ruiz told reporters"
    assert.match(card, /Elena Ruiz/);
    assert.ok(
      card.includes(
        '$(alert) http://evil.example/login <b>www.evil.example</b> [click](https://evil.example/x) **press@evil.example** now,',
      ),
      card,
    );
    const hover = page.locator('.monaco-hover:not(.hidden)');
    const links = await hover.locator('.rendered-markdown a').evaluateAll((els) =>
      els.map((el) => ({
        href:
          (el as { getAttribute(n: string): string | null }).getAttribute('data-href') ??
          (el as { getAttribute(n: string): string | null }).getAttribute('href') ??
          '',
        text: (el as { textContent: string | null }).textContent ?? '',
      })),
    );
    assert.ok(links.length >= 2, `our links are there: ${JSON.stringify(links)}`);
    for (const l of links)
      assert.match(
        l.href,
        /^command:newsLens\.(nextQuoteBySpeaker|revealSpeaker|selectRange|changeSpeaker|confirmSpeaker|changeKind|notAQuote|removeCorrection|setRole|setGender|sameAs|changeType)\?/,
        `only our command links: ${JSON.stringify(links)}`,
      );
    assert.equal(
      await hover.locator('.rendered-markdown b, .rendered-markdown strong:has-text("press")').count(),
      0,
      'no markup from the article',
    );
    assert.equal(await hover.locator('.codicon-alert').count(), 0, 'no theme icon from the article');
    await screenshot(page, 'hover-inert-article-text');
  });
});
