// The workbench in a real browser: News Lens loaded in development mode on samples/, an article opened
// by Quick Open shows in the editor with the extension's highlights.
import * as assert from 'assert';
import * as fs from 'fs';
import {
  decorations,
  expandView,
  openFile,
  openWorkbench,
  screenshot,
  viewRows,
  visibleEditorText,
  waitForDecorations,
  type Workbench,
} from './support';

describe('workbench (UI)', function () {
  this.timeout(120000);
  let wb: Workbench | undefined;

  before(async () => {
    wb = await openWorkbench();
  });
  after(async () => {
    await wb?.close();
  });

  it('opens a sample article by Quick Open and shows its text', async () => {
    await openFile(wb!.page, 'river-port-strike.txt');
    const text = await visibleEditorText(wb!.page);
    assert.match(text, /Dock strike halts river port as talks collapse/);
    assert.match(text, /Prime Minister Elena Varga said/);
  });

  it('highlights names in the article (the extension is active)', async () => {
    const found = await waitForDecorations(wb!.page, 3);
    const texts = found.map((d) => d.text.trim());
    assert.ok(
      texts.some((t) => t.includes('Varga')),
      `a decoration covers Varga: ${JSON.stringify(texts)}`,
    );
    // Highlights are visible: each has a background, an underline or a border.
    for (const d of await decorations(wb!.page)) {
      assert.ok(d.width > 0 && d.height > 0, `decoration over "${d.text}" has a size`);
    }
    const file = await screenshot(wb!.page, 'workbench-river-port-strike');
    assert.ok(fs.statSync(file).size > 1000, 'the screenshot holds an image');
  });

  it('opens the News Lens container from the activity bar and lists speakers of the article', async () => {
    const body = await expandView(wb!.page, 'Speakers', 'News Lens');
    const deadline = Date.now() + 20000;
    let rows: string[] = [];
    while (Date.now() < deadline) {
      rows = await viewRows(body);
      if (rows.some((r) => r.includes('Elena Varga'))) break;
      await wb!.page.waitForTimeout(200);
    }
    assert.ok(
      rows.some((r) => r.includes('Elena Varga')),
      `Elena Varga listed: ${JSON.stringify(rows)}`,
    );
    await screenshot(wb!.page, 'workbench-speakers-view');
  });
});
