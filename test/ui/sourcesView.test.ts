// The Sources view in a real browser: a folder of articles written for this test, News Lens: Show Sources lists
// who is quoted across them, a source expands to its articles and quotes, a quote opens its article.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  expandView,
  openWorkbench,
  runCommand,
  screenshot,
  viewRows,
  visibleEditorText,
  type Workbench,
} from './support';

const ARTICLES: Record<string, string> = {
  'ferry-terminal.txt': `Mayor Elena Vasquez said on Monday that the new ferry terminal would open in June.

"We have waited long enough for this terminal," Vasquez told reporters outside city hall. "The boats are ready and so are the crews."

A senior city official said the budget was already stretched. "The numbers simply do not add up this year," the official said.

The Harbour Workers Union said in a statement that its members would support the opening.
`,
  'port-vote.txt': `Elena Vasquez defended the port plan at a council meeting on Tuesday.

"This is the right choice for the whole city," Vasquez said. She added that the work would start in the spring.

Tom Briggs, a harbour pilot, was less certain. "Nobody has asked the pilots what they think," Briggs said.
`,
  'library.txt': `The library will close for repairs, Ruth Okafor said on Wednesday.

"We will reopen before the winter," Okafor, the head librarian, told the council.
`,
};

describe('Sources view (UI)', function () {
  this.timeout(120000);
  let wb: Workbench | undefined;
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-sources-ui-'));

  before(async () => {
    for (const [name, text] of Object.entries(ARTICLES)) fs.writeFileSync(path.join(folder, name), text);
    wb = await openWorkbench({ folder });
  });
  after(async () => {
    await wb?.close();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('Show Sources lists the sources of every article, a source expands to its articles and quotes', async () => {
    const page = wb!.page;
    await runCommand(page, 'News Lens: Show Sources');
    const body = await expandView(page, 'Sources', 'News Lens');
    const deadline = Date.now() + 30000;
    let rows: string[] = [];
    while (Date.now() < deadline) {
      rows = await viewRows(body);
      if (rows.some((r) => r.includes('Elena Vasquez')) && rows.some((r) => r.includes('Ruth Okafor'))) break;
      await page.waitForTimeout(200);
    }
    assert.ok(rows[0]?.includes('Elena Vasquez'), `most quoted first: ${JSON.stringify(rows)}`);
    assert.match(rows[0], /2 articles/);
    assert.ok(
      rows.some((r) => r.includes('Unnamed sources')),
      `the unnamed group: ${JSON.stringify(rows)}`,
    );

    await body.locator('.monaco-list-row', { hasText: 'Elena Vasquez' }).first().click();
    await body.locator('.monaco-list-row', { hasText: 'port-vote.txt' }).first().click();
    const quote = body.locator('.monaco-list-row', { hasText: 'right choice for the whole city' }).first();
    await quote.waitFor({ timeout: 10000 });
    // The Speakers view (empty: no article open) collapsed, so the picture is of the Sources view.
    const speakers = page.locator('.pane-header', { hasText: 'Speakers' }).first();
    if ((await speakers.getAttribute('aria-expanded')) === 'true') await speakers.click();
    await page.waitForTimeout(300);
    await screenshot(page, 'news-lens-sources-view');

    await quote.click();
    await page.locator('.tabs-container .tab.active[aria-label*="port-vote.txt"]').waitFor({ timeout: 10000 });
    assert.match(await visibleEditorText(page), /right choice for the whole city/);
  });
});
