// Correcting a speaker as a person does it, in a real VS Code in a real browser: the cursor in a quote, News
// Lens: Change Speaker… from the Command Palette, a person picked in the quick pick; the quote takes the new
// speaker's color, the hover names them and says why ("set by you"), and the corrections file beside the
// article holds the correction. Screenshots go to test-results/screenshots/.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  decorations,
  hoverText,
  openFile,
  openWorkbench,
  runCommand,
  screenshot,
  textBox,
  viewRows,
  waitForDecorations,
  type Workbench,
} from './support';

/** A short article written for this test (fictional people and places). */
const ARTICLE = [
  'Riverside Library Plans Longer Hours',
  '',
  'The Marlow County Library will stay open until 10 p.m. on weekdays, director Hannah Okafor said.',
  '',
  '"People told us they cannot get here before work," Okafor said. "This is for them."',
  '',
  'Daniel Reyes, who chairs the board, said the hours would cost $80,000 a year.',
  '',
  '"We found the money in the building fund," he said.',
  '',
  '"It is a good start," said Lucia Brandt, a teacher.',
  '',
].join('\n');

/** The background color of the quote decoration drawn under `words` (a box in .view-overlays). */
async function quoteBackground(page: Workbench['page'], words: string): Promise<string | undefined> {
  const box = await textBox(page, words);
  assert.ok(box, `"${words}" is visible`);
  const found = await decorations(page);
  const mid = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const under = found.filter(
    (d) =>
      !d.inline &&
      d.backgroundColor !== 'rgba(0, 0, 0, 0)' &&
      d.x <= mid.x &&
      mid.x <= d.x + d.width &&
      d.y <= mid.y &&
      mid.y <= d.y + d.height,
  );
  return under[0]?.backgroundColor;
}

describe('correcting a speaker (UI)', function () {
  this.timeout(120000);
  let wb: Workbench | undefined;
  let folder: string | undefined;

  before(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-ui-corrections-'));
    fs.writeFileSync(path.join(folder, 'library.txt'), ARTICLE);
    wb = await openWorkbench({
      folder,
      settings: { 'editor.wordWrap': 'on', 'workbench.colorTheme': 'Default Dark Modern' },
    });
    await openFile(wb.page, 'library.txt');
    await waitForDecorations(wb.page, 5);
  });
  after(async () => {
    await wb?.close();
    if (folder) fs.rmSync(folder, { recursive: true, force: true });
  });

  it('Change Speaker… from the Command Palette, a person picked in the quick pick: color, hover and file change', async () => {
    const page = wb!.page;
    const before = await hoverText(page, 'This is for them');
    assert.match(before, /by Hannah Okafor/, before);
    const okaforColor = await quoteBackground(page, 'This is for them');
    const reyesColor = await quoteBackground(page, 'found the money');
    assert.ok(okaforColor && reyesColor && okaforColor !== reyesColor, `${okaforColor} vs ${reyesColor}`);
    await page.keyboard.press('Escape');
    await page.mouse.move(5, 5);

    // The cursor in the quote, then the command.
    const quote = await textBox(page, 'This is for them');
    assert.ok(quote);
    await page.mouse.click(quote.x + quote.width / 2, quote.y + quote.height / 2);
    await runCommand(page, 'News Lens: Change Speaker…');
    const input = page.locator('.quick-input-widget input');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'An unnamed source' }).waitFor();
    const rows = await page.locator('.quick-input-list .monaco-list-row').allInnerTexts();
    assert.ok(
      rows.some((r) => r.includes('Hannah Okafor') && r.includes('current speaker')),
      JSON.stringify(rows),
    );
    assert.ok(
      rows.some((r) => r.includes('Nobody (not a quote)')),
      JSON.stringify(rows),
    );
    await input.fill('Daniel Reyes');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Daniel Reyes' }).first().waitFor();
    await screenshot(page, 'news-lens-change-speaker-pick');
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });

    // The quote takes Reyes's color: the color of his own quote, read at the same moment (the workbench may
    // still be changing theme, which changes every color at once).
    let color: string | undefined;
    let his: string | undefined;
    for (let i = 0; i < 50; i++) {
      color = await quoteBackground(page, 'This is for them');
      his = await quoteBackground(page, 'found the money');
      if (color === his) break;
      await page.waitForTimeout(100);
    }
    assert.equal(color, his, "the quote is tinted in Reyes's color");
    assert.notEqual(color, await quoteBackground(page, 'cannot get here'), "no longer in Okafor's color");

    // The hover names him and says why.
    await page.mouse.move(5, 5);
    const after = await hoverText(page, 'This is for them');
    assert.match(after, /by Daniel Reyes/, after);
    assert.match(after, /Why: set by you/, after);
    await screenshot(page, 'news-lens-change-speaker-hover');

    // The corrections file beside the article; the article unchanged.
    const sidecar = path.join(folder!, 'library.txt.newslens.json');
    const file = JSON.parse(fs.readFileSync(sidecar, 'utf8'));
    assert.equal(file.corrections.length, 1);
    assert.equal(file.corrections[0].speaker, 'Daniel Reyes');
    assert.equal(file.corrections[0].quote.text, '"This is for them."');
    assert.equal(fs.readFileSync(path.join(folder!, 'library.txt'), 'utf8'), ARTICLE);
  });

  it('the Speakers view lists the corrected quote under its new speaker, marked corrected', async () => {
    const page = wb!.page;
    await page.keyboard.press('Escape');
    await runCommand(page, 'News Lens: Show Speakers');
    const body = page
      .locator('.pane', { has: page.locator('.pane-header[aria-label^="Speakers"]') })
      .locator('.pane-body');
    await body.locator('.monaco-list-row', { hasText: 'corrected' }).first().waitFor();
    const rows = (await viewRows(body)).map((r) => r.replace(/\s+/g, ' '));
    const reyes = rows.findIndex((r) => r.includes('Daniel Reyes'));
    const corrected = rows.findIndex((r) => r.includes('This is for them') && r.includes('corrected'));
    const okafor = rows.findIndex((r) => r.includes('Hannah Okafor'));
    assert.ok(reyes >= 0 && corrected > reyes, JSON.stringify(rows));
    assert.ok(okafor > corrected || okafor < reyes, `the quote is not under Okafor: ${JSON.stringify(rows)}`);
    await screenshot(page, 'news-lens-change-speaker-view');
  });
});
