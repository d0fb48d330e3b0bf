// News Lens as a person sees it, in a real VS Code in a real browser: the sample article decorated, the
// hover card on a name with its role, the Speakers view, and a jump between one speaker's quotes.
// Screenshots go to test-results/screenshots/ (the best are copied to media/screenshots/ for the README).
import * as assert from 'assert';
import type { Page } from 'playwright-core';
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
  type Box,
  type Workbench,
} from './support';

/** Boxes of the editor's selection highlight. */
async function selectionBoxes(page: Page): Promise<Box[]> {
  return page.locator('.editor-instance .view-overlays .selected-text').evaluateAll((els) =>
    els.map((el) => {
      const r = (
        el as { getBoundingClientRect(): { x: number; y: number; width: number; height: number } }
      ).getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }),
  );
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

describe('News Lens in the editor (UI)', function () {
  this.timeout(120000);
  let wb: Workbench | undefined;

  before(async () => {
    wb = await openWorkbench({ settings: { 'editor.wordWrap': 'on', 'workbench.colorTheme': 'Default Dark Modern' } });
    await openFile(wb.page, 'river-port-strike.txt');
  });
  after(async () => {
    await wb?.close();
  });

  it('decorates the article: names colored, quotes tinted', async () => {
    const page = wb!.page;
    await waitForDecorations(page, 5);
    const found = await decorations(page);
    const varga = found.filter((d) => d.text.includes('Varga'));
    assert.ok(varga.length > 0, `a decoration covers Varga: ${JSON.stringify(found.map((d) => d.text))}`);
    const tinted = found.filter((d) => d.text.includes('We have offered a fair deal'));
    assert.ok(tinted.length > 0, 'the quote is tinted');
    await screenshot(page, 'news-lens-article');
  });

  it('shows a hover card on a name with the role', async () => {
    const page = wb!.page;
    const card = (await hoverText(page, 'Varga', 1)).replace(/\u00a0/g, ' '); // "Varga told reporters"
    assert.match(card, /Elena Varga/);
    assert.match(card, /Prime Minister/);
    assert.match(card, /Next quote by/);
    await screenshot(page, 'news-lens-hover');
    await page.keyboard.press('Escape');
    await page.mouse.move(5, 5);
  });

  it('lists the speakers in the Speakers view', async () => {
    const page = wb!.page;
    await runCommand(page, 'News Lens: Show Speakers');
    // The container holds two views (Speakers, Sources): the Sources view is collapsed so that the Speakers list
    // has the room to show every row (the list renders only the rows in view).
    const sources = page.locator('.pane-header[aria-label^="Sources"]').first();
    if ((await sources.count()) > 0 && (await sources.getAttribute('aria-expanded')) === 'true') await sources.click();
    const body = page
      .locator('.pane', { has: page.locator('.pane-header[aria-label^="Speakers"]') })
      .locator('.pane-body');
    await body.locator('.monaco-list-row').first().waitFor();
    // The list renders only the rows in view: scroll to its end and take those rows too.
    const rows = await viewRows(body);
    await body.hover();
    for (let i = 0; i < 8 && !rows.some((r) => r.includes('Unattributed')); i++) {
      await page.mouse.wheel(0, 1000);
      await page.waitForTimeout(400);
      for (const r of await viewRows(body)) if (!rows.includes(r)) rows.push(r);
    }
    assert.ok(
      rows.some((r) => r.includes('Elena Varga') && r.includes('Prime Minister')),
      JSON.stringify(rows),
    );
    assert.ok(
      rows.some((r) => r.includes('Unattributed')),
      JSON.stringify(rows),
    );
    await screenshot(page, 'news-lens-speakers');
  });

  it('jumps to the next quote by the same speaker', async () => {
    const page = wb!.page;
    const from = await textBox(page, 'offered a fair deal');
    assert.ok(from, 'the first quote is visible');
    await page.mouse.click(from.x + from.width / 2, from.y + from.height / 2);
    await runCommand(page, 'News Lens: Next Quote by Same Speaker');
    const target = await textBox(page, 'cannot be held hostage');
    assert.ok(target);
    let boxes: Box[] = [];
    for (let i = 0; i < 50 && !boxes.some((b) => overlaps(b, target)); i++) {
      await page.waitForTimeout(100);
      boxes = await selectionBoxes(page);
    }
    assert.ok(
      boxes.some((b) => overlaps(b, target)),
      'the next quote by Varga is selected',
    );
    assert.ok(!boxes.some((b) => overlaps(b, from)), 'the first quote is no longer selected');
    await screenshot(page, 'news-lens-jump');
  });
});
