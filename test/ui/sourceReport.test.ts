// The Source Diversity report in a real browser: a folder of invented articles, News Lens: Show Source Diversity
// Report opens the panel, its script draws the charts inside the webview's iframe under the panel's strict Content
// Security Policy (no violation, no console error), a chart's PNG button and the "Save Report as HTML" button save
// files through VS Code's save dialog.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Frame, Page } from 'playwright-core';
import { REPORT_ARTICLES } from '../fixtures/report-articles';
import { openWorkbench, runCommand, screenshot, type Workbench } from './support';

// Browser globals inside frame.evaluate (the project's tsconfig has no DOM library).
declare const document: any;
declare function getComputedStyle(el: any): any;

/** The webview frame holding the report (the inner iframe of VS Code's webview host), once it shows #report. */
async function reportFrame(page: Page, timeoutMs = 30000): Promise<Frame> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      const found = await frame.evaluate(() => !!document.getElementById('report')).catch(() => false);
      if (found) return frame;
    }
    await page.waitForTimeout(200);
  }
  throw new Error('no webview frame shows the report');
}

/** Accepts VS Code's save dialog (the simple file dialog of the web workbench) with `file`. */
async function saveAs(page: Page, file: string): Promise<void> {
  const widget = page.locator('.quick-input-widget');
  const input = widget.locator('input');
  await input.waitFor({ state: 'visible', timeout: 15000 });
  await input.fill(file);
  // The dialog checks the typed path as it changes; OK before that check is done may be ignored: click again.
  const ok = widget.locator('.monaco-button', { hasText: 'OK' }).first();
  for (let attempt = 0; attempt < 5; attempt++) {
    await page.waitForTimeout(500);
    if (!(await widget.isVisible())) return;
    if ((await input.inputValue()) !== file) await input.fill(file);
    await ok.click().catch(() => undefined);
    if (
      await widget.waitFor({ state: 'hidden', timeout: 3000 }).then(
        () => true,
        () => false,
      )
    )
      return;
  }
  throw new Error(`the save dialog did not accept ${file}`);
}

async function waitForFile(file: string, timeoutMs = 15000): Promise<Buffer> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (fs.existsSync(file) && fs.statSync(file).size > 0) {
      await new Promise((r) => setTimeout(r, 200));
      return fs.readFileSync(file);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${file} was not written`);
}

describe('Source Diversity report (UI)', function () {
  this.timeout(180000);
  let wb: Workbench | undefined;
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-report-ui-'));
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-report-out-'));
  const consoleErrors: string[] = [];

  before(async () => {
    for (const [name, text] of Object.entries(REPORT_ARTICLES)) fs.writeFileSync(path.join(folder, name), text);
    wb = await openWorkbench({ folder, viewport: { width: 1400, height: 1240 } });
    // Every frame's console (the webview's iframes included): a CSP violation is logged there as an error.
    wb.page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
  });
  after(async () => {
    await wb?.close();
    fs.rmSync(folder, { recursive: true, force: true });
    fs.rmSync(out, { recursive: true, force: true });
  });

  it('draws at least five SVG charts in the webview, with no Content Security Policy violation', async () => {
    const page = wb!.page;
    await runCommand(page, 'News Lens: Show Source Diversity Report');
    await page.locator('.tabs-container .tab.active[aria-label*="Source Diversity"]').waitFor({ timeout: 20000 });
    const frame = await reportFrame(page);
    const deadline = Date.now() + 60000;
    let charts = 0;
    while (Date.now() < deadline) {
      charts = await frame.evaluate(() => document.querySelectorAll('figure.chart .plot svg').length);
      const summary = await frame.evaluate(() => document.querySelector('.summary')?.textContent ?? '');
      if (charts >= 5 && /6 articles/.test(summary) && !/updating/.test(summary)) break;
      await page.waitForTimeout(250);
    }
    assert.ok(charts >= 5, `at least 5 charts drawn, found ${charts}`);
    const state = await frame.evaluate(() => {
      const figure = document.querySelector('figure.chart');
      const bar = document.querySelector('#chart-top .plot svg [aria-label="bar"] rect');
      return {
        violations: document.body.dataset.cspViolations ?? '0',
        // media/report.css applied (a stylesheet blocked by the CSP would leave the figure without a border).
        border: getComputedStyle(figure).borderTopStyle,
        plotStyles: document.querySelectorAll('svg style').length,
        barFill: bar?.getAttribute('fill') ?? '',
        texts: Array.from(document.querySelectorAll('#chart-top .plot svg text')).map((t: any) => t.textContent),
        summary: document.querySelector('.summary')?.textContent ?? '',
        colors: ['orange', 'blue', 'yellow', 'green', 'purple', 'red'].map((c) =>
          getComputedStyle(document.body).getPropertyValue(`--vscode-charts-${c}`),
        ),
      };
    });
    console.log(`      (theme chart colors: ${state.colors.join(' ')})`);
    assert.equal(state.violations, '0', 'no securitypolicyviolation event in the webview');
    assert.equal(state.border, 'solid', 'the report stylesheet applies');
    assert.equal(state.plotStyles, 0, "Plot's <style> elements are removed (the CSP would block them)");
    assert.match(state.barFill, /^(#|rgb)/, `bars get concrete theme colors, not ${state.barFill}`);
    assert.ok(
      state.texts.some((t: string) => t.includes('Elena Vasquez')),
      `the top sources list Elena Vasquez: ${state.texts.join(' | ')}`,
    );
    assert.ok(
      state.texts.some((t: string) => /6 · female/.test(t)),
      `bars carry text labels, not only colors: ${state.texts.join(' | ')}`,
    );
    assert.match(state.summary, /6 articles/);

    // A clean picture: the side bar closed, the report alone in the editor area.
    await page.keyboard.press('Control+B');
    await page.waitForTimeout(1200);
    const file = await screenshot(page, 'news-lens-source-report');
    assert.ok(fs.existsSync(file));
    const csp = consoleErrors.filter((e) => /Content Security Policy|Refused to/i.test(e));
    assert.deepEqual(csp, [], `no CSP errors in the console: ${csp.join('\n')}`);
  });

  it('saves a chart as PNG and the report as HTML through the buttons and the save dialog', async () => {
    const page = wb!.page;
    const frame = await reportFrame(page);

    const png = path.join(out, 'gender.png');
    await frame.locator('#chart-gender button.save-png').click();
    await saveAs(page, png);
    const bytes = await waitForFile(png);
    assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG file');
    assert.ok(bytes.length > 2000, `a PNG with a picture in it (${bytes.length} bytes)`);

    const svgFile = path.join(out, 'top.svg');
    await frame.locator('#chart-top button.save-svg').click();
    await saveAs(page, svgFile);
    const svg = (await waitForFile(svgFile)).toString('utf8');
    assert.match(svg, /^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    assert.ok(svg.includes('Elena Vasquez'));
    assert.ok(!/var\(--|currentColor/.test(svg), 'colors resolved to concrete values');

    const html = path.join(out, 'report.html');
    await frame.locator('button.save-report').click();
    await saveAs(page, html);
    const text = (await waitForFile(html)).toString('utf8');
    assert.ok((text.match(/<svg\b/g) ?? []).length >= 5, 'the charts inline');
    assert.ok(!/<script\b/i.test(text), 'no script');
    assert.ok(!/\b(?:src|href)\s*=/i.test(text), 'no external reference');
    assert.ok(!/var\(--/.test(text), 'concrete colors');
    const csp = consoleErrors.filter((e) => /Content Security Policy|Refused to/i.test(e));
    assert.deepEqual(csp, [], `no CSP errors in the console: ${csp.join('\n')}`);
  });

  /**
   * Picks a color theme as a user does while the report is open: Preferences: Color Theme, then `filter` typed and
   * the row whose name matches `label` (VS Code names themes "Dark Modern", older versions "Default Dark Modern").
   */
  async function pickTheme(page: Page, filter: string, label: RegExp, workbenchClass: string): Promise<void> {
    // Focus out of the webview first: a quick pick closes when the webview takes the focus back.
    await page.locator('.part.statusbar').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill('>Preferences: Color Theme');
    // Not "Preferences: Browse Color Themes in Marketplace", listed first.
    await page
      .locator('.quick-input-list .monaco-list-row', { hasText: 'Preferences: Color Theme', hasNotText: 'Browse' })
      .first()
      .click();
    await page.waitForTimeout(500);
    await input.waitFor({ state: 'visible', timeout: 15000 });
    await page.keyboard.type(filter);
    await page.locator('.quick-input-list .monaco-list-row .label-name', { hasText: label }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator(`.monaco-workbench.${workbenchClass}`).waitFor({ timeout: 30000 });
  }

  /**
   * The report's colours once it shows `background` and its top-sources chart is drawn with the theme's own blue
   * (the men's bars: a chart not redrawn keeps the previous theme's blue), or after 30 s.
   */
  async function reportColors(page: Page, background: string) {
    const frame = await reportFrame(page);
    const deadline = Date.now() + 30000;
    let state = { background: '', text: '', blue: '', fills: [] as string[], charts: 0 };
    while (Date.now() < deadline) {
      state = await frame.evaluate(() => {
        const css = getComputedStyle(document.body);
        const rects = Array.from(document.querySelectorAll('#chart-top .plot svg [aria-label="bar"] rect'));
        return {
          background: css.backgroundColor,
          text: css.color,
          blue: css.getPropertyValue('--vscode-charts-blue').trim().toLowerCase(),
          fills: [...new Set(rects.map((r: any) => String(r.getAttribute('fill')).toLowerCase()))].sort(),
          charts: document.querySelectorAll('figure.chart .plot svg').length,
        };
      });
      if (state.background === background && state.charts >= 5 && state.fills.includes(state.blue)) break;
      await page.waitForTimeout(250);
    }
    return state;
  }

  it('switched to Dark Modern, then Dark High Contrast at run time, redraws in each theme', async () => {
    const page = wb!.page;
    const light = await reportColors(page, 'rgb(255, 255, 255)');
    assert.equal(light.background, 'rgb(255, 255, 255)', 'the report starts in the light theme');
    assert.ok(light.fills.includes(light.blue), `light: men's bars in the theme's blue ${light.blue}: ${light.fills}`);

    await pickTheme(page, 'Dark Modern', /^(?:Default )?Dark Modern$/, 'vs-dark');
    const dark = await reportColors(page, 'rgb(31, 31, 31)');
    console.log(`      (light: ${JSON.stringify(light)}; dark: ${JSON.stringify(dark)})`);
    assert.equal(dark.background, 'rgb(31, 31, 31)', 'the report takes the dark background');
    assert.ok(dark.charts >= 5, `the charts are drawn again (${dark.charts})`);
    assert.notEqual(dark.blue, light.blue, 'the theme has another blue');
    assert.ok(dark.fills.includes(dark.blue), `redrawn with the dark theme's blue ${dark.blue}: ${dark.fills}`);
    assert.ok(!dark.fills.includes(light.blue), `no bar keeps the light theme's blue: ${dark.fills}`);

    await pickTheme(page, 'High Contrast', /^(?:Default |Dark )?High Contrast$/, 'hc-black');
    const hc = await reportColors(page, 'rgb(0, 0, 0)');
    console.log(`      (high contrast: ${JSON.stringify(hc)})`);
    assert.equal(hc.background, 'rgb(0, 0, 0)', 'the report takes the high-contrast background');
    assert.equal(hc.text, 'rgb(255, 255, 255)', 'white text');
    assert.ok(hc.charts >= 5, `the charts are drawn again (${hc.charts})`);
    assert.ok(hc.fills.includes(hc.blue), `redrawn with the high-contrast blue ${hc.blue}: ${hc.fills}`);
    assert.ok(!hc.fills.includes(light.blue), `no bar keeps the light theme's blue: ${hc.fills}`);
    await page.waitForTimeout(800); // the last redraw settles
    const file = await screenshot(page, 'news-lens-source-report-high-contrast');
    assert.ok(fs.existsSync(file));
    const csp = consoleErrors.filter((e) => /Content Security Policy|Refused to/i.test(e));
    assert.deepEqual(csp, [], `no CSP errors in the console: ${csp.join('\n')}`);
  });
});
