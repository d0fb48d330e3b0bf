// The Source Diversity report over a folder of invented articles (test/fixtures/report-articles.ts): the command
// opens the panel, its webview draws the charts from the report the extension sent, whose numbers are the index's;
// the panel follows changes to the articles; the save commands write a self-contained HTML file and the charts as
// SVG and PNG to a target given as argument (no dialog).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { CMD } from '../../src/extension/commandIds';
import type { ReportApi } from '../../src/extension/reportPanel';
import { REPORT_ARTICLES } from '../fixtures/report-articles';
import { bundledModules } from './bundleCheck';
import { api, extensionPath, setting, sources, tempDir, waitFor } from './helpers';

async function report(): Promise<ReportApi> {
  const lens = (await api()) as Awaited<ReturnType<typeof api>> & { report?: ReportApi };
  assert.ok(lens.report, 'the extension exposes the report panel');
  return lens.report;
}

const EXTRA = `Ana Lopez, a nurse at the harbour clinic, said the night shift was short of staff.

"We need four more people on every ward," Lopez said. She said the hospital had promised to hire them.
`;

suite('News Lens Source Diversity report', function () {
  this.timeout(90_000);
  const root = vscode.workspace.workspaceFolders![0].uri.fsPath;
  const name = `report-test-${process.pid}`;
  const dir = path.join(root, name);
  const out = tempDir();
  const restore: Array<() => Promise<void>> = [];

  suiteSetup(async () => {
    fs.mkdirSync(dir, { recursive: true });
    for (const [file, text] of Object.entries(REPORT_ARTICLES)) fs.writeFileSync(path.join(dir, file), text);
    restore.push(await setting('sources.include', `${name}/**/*.txt`));
    const lens = await sources();
    await lens.settled();
    // The settings suite before this one restores maxDocumentSizeMB from 524 characters. On a loaded machine that
    // change can reach the extension host after a build has started with the old limit (every article skipped as
    // too large); the index builds again when it arrives. Wait for the index of the articles as they are.
    const ready = await waitFor(
      async () => {
        await lens.settled();
        const { summary } = lens.data();
        return summary.articles === Object.keys(REPORT_ARTICLES).length && summary.quotes > 0;
      },
      60_000,
      200,
    );
    assert.ok(
      ready,
      `the index of the report's articles (last: ${JSON.stringify({ summary: lens.data().summary, build: lens.lastBuild(), version: lens.version(), message: lens.message() })})`,
    );
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const r of restore.reverse()) await r();
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(out, { recursive: true, force: true });
  });

  test('the command opens the panel; the webview draws five charts from the numbers of the index', async () => {
    const panel = await report();
    const lens = await sources();
    await vscode.commands.executeCommand(CMD.showSourceReport);
    await lens.settled();
    const data = lens.data();
    const rendered = await waitFor(() => {
      const r = panel.rendered();
      return r && r.charts >= 5 && r.quotes === data.summary.quotes ? r : undefined;
    }, 30_000);
    assert.ok(rendered, `the webview drew the report (last: ${JSON.stringify(panel.rendered())})`);
    assert.deepEqual(panel.panel(), { open: true, visible: true });
    assert.equal(rendered.charts, 5);
    assert.equal(rendered.articles, Object.keys(REPORT_ARTICLES).length);
    assert.equal(rendered.sources, data.summary.sources);
    const named = data.sources.filter((s) => !s.unnamed).map((s) => s.name);
    assert.deepEqual(rendered.top, named.slice(0, 15), 'the top sources, most quoted first');
    assert.ok(rendered.top.includes('Elena Vasquez'));

    // The report the panel was sent holds the index's counts.
    const sent = panel.sent()!;
    const people = data.summary.people;
    assert.equal(sent.gender.quotes.female.count, people.female.quotes);
    assert.equal(sent.gender.quotes.male.count, people.male.quotes);
    assert.equal(sent.gender.sources.unknown.count, people.unknown.sources);
    assert.equal(sent.named.unnamed.count, data.summary.unnamed.quotes);
    assert.equal(
      sent.kinds.reduce((n, k) => n + k.sources, 0),
      data.summary.sources,
    );
    assert.equal(
      sent.timeline.bars.reduce((n, b) => n + b.quotes, 0),
      data.summary.quotes,
    );
    assert.deepEqual(
      sent.timeline.bars.map((b) => b.label),
      Object.keys(REPORT_ARTICLES)
        .sort()
        .map((f) => `${name}/${f}`),
    );
    assert.deepEqual(panel.violations(), [], 'no Content Security Policy violation in the webview');
  });

  test('the panel follows a change to the articles', async () => {
    const panel = await report();
    const lens = await sources();
    await vscode.commands.executeCommand(CMD.showSourceReport);
    const before = await waitFor(() => panel.rendered()?.charts === 5 && panel.rendered(), 30_000);
    assert.ok(before);
    const file = path.join(dir, 'night-shift.txt');
    await vscode.workspace.fs.writeFile(vscode.Uri.file(file), new TextEncoder().encode(EXTRA));
    try {
      const after = await waitFor(() => {
        const r = panel.rendered();
        return r && r.articles === before.articles + 1 && r.quotes > before.quotes ? r : undefined;
      }, 15_000);
      assert.ok(after, `the panel shows the new article (last: ${JSON.stringify(panel.rendered())})`);
      assert.equal(after.quotes, lens.data().summary.quotes);
    } finally {
      await vscode.workspace.fs.delete(vscode.Uri.file(file));
    }
    assert.ok(
      await waitFor(() => panel.rendered()?.articles === before.articles, 15_000),
      'and drops it when it is deleted',
    );
  });

  test('Save Report as HTML writes one self-contained file: inline SVG charts, no script, no reference', async () => {
    const target = vscode.Uri.file(path.join(out, 'report.html'));
    const saved = await vscode.commands.executeCommand<vscode.Uri>(CMD.saveSourceReportHtml, target);
    assert.equal(saved?.fsPath, target.fsPath);
    const html = fs.readFileSync(target.fsPath, 'utf8');
    assert.ok((html.match(/<svg\b/g) ?? []).length >= 5, 'the five charts, inline');
    assert.ok(html.includes('Elena Vasquez'));
    assert.match(html, /<style>[\s\S]*<\/style>/);
    assert.ok(!/<script\b/i.test(html), 'no script');
    assert.ok(!/<link\b/i.test(html), 'no stylesheet link');
    assert.ok(!/\b(?:src|href)\s*=/i.test(html), 'no reference to another file');
    assert.ok(!/var\(--|currentColor/.test(html), 'colors resolved to concrete values');
  });

  test('the report takes the colors of the theme: light, and high contrast with its white text on black', async () => {
    const workbench = (): vscode.WorkspaceConfiguration => vscode.workspace.getConfiguration('workbench');
    const previous = workbench().inspect('colorTheme')?.globalValue;
    const saved = async (file: string): Promise<{ body: string; swatches: string }> => {
      const target = vscode.Uri.file(path.join(out, file));
      await vscode.commands.executeCommand(CMD.saveSourceReportHtml, target);
      const html = fs.readFileSync(target.fsPath, 'utf8');
      const body = /\bbody \{[^}]*\}/.exec(html)?.[0] ?? '';
      const swatches = (html.match(/\.swatch\.\w+ \{ background: [^;]+;/g) ?? []).join(' ');
      return { body, swatches };
    };
    const theme = async (id: string, kind: vscode.ColorThemeKind): Promise<void> => {
      await workbench().update('colorTheme', id, vscode.ConfigurationTarget.Global);
      assert.ok(await waitFor(() => vscode.window.activeColorTheme.kind === kind, 10_000), `the workbench is in ${id}`);
      await new Promise((r) => setTimeout(r, 500)); // the webview restyles and redraws on its body's class change
    };
    try {
      await theme('Default Light Modern', vscode.ColorThemeKind.Light);
      const light = await saved('report-light.html');
      await theme('Default High Contrast', vscode.ColorThemeKind.HighContrast);
      const contrast = await saved('report-hc.html');
      console.log(`    (light: ${light.body}\n     high contrast: ${contrast.body})`);
      const black = /background: (?:#000000|#000|rgb\(0, 0, 0\));/i;
      const white = /color: (?:#ffffff|#fff|rgb\(255, 255, 255\));/i;
      assert.match(contrast.body, black, `high contrast: black background (${contrast.body})`);
      assert.match(contrast.body, white, `high contrast: white text (${contrast.body})`);
      assert.doesNotMatch(light.body, black, `light: not black (${light.body})`);
      assert.notEqual(light.swatches, contrast.swatches, "the chart colors are the theme's");
    } finally {
      await workbench().update('colorTheme', previous, vscode.ConfigurationTarget.Global);
    }
  });

  test('Save Chart writes an SVG and a PNG', async () => {
    const svg = vscode.Uri.file(path.join(out, 'gender.svg'));
    await vscode.commands.executeCommand(CMD.saveSourceReportChart, 'gender', 'svg', svg);
    const text = fs.readFileSync(svg.fsPath, 'utf8');
    assert.match(text, /^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    assert.match(text, /Female \d+%/);
    const png = vscode.Uri.file(path.join(out, 'top.png'));
    await vscode.commands.executeCommand(CMD.saveSourceReportChart, 'top', 'png', png);
    const bytes = fs.readFileSync(png.fsPath);
    assert.deepEqual([...bytes.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47], 'a PNG');
    // Twice the chart's size (the export draws at 2x): the IHDR width.
    assert.ok(bytes.readUInt32BE(16) >= 560, `PNG width ${bytes.readUInt32BE(16)}`);
    await assert.rejects(
      Promise.resolve(vscode.commands.executeCommand(CMD.saveSourceReportChart, 'pie', 'svg', svg)),
      /no chart/,
    );
  });

  test('the timeline follows the dates the articles give at their start', async () => {
    const panel = await report();
    await vscode.commands.executeCommand(CMD.showSourceReport);
    const files = Object.keys(REPORT_ARTICLES).sort();
    // Dated in the reverse of the files' order: the bars must come in date order.
    const dated = files.map((f, i) => [f, `2024-05-${String(20 - i).padStart(2, '0')}`] as const);
    try {
      for (const [f, date] of dated) fs.writeFileSync(path.join(dir, f), `LAKESIDE, ${date} — ${REPORT_ARTICLES[f]}`);
      const byDate = await waitFor(() => {
        const t = panel.sent()?.timeline;
        return t?.by === 'date' && t.bars.length === files.length ? t : undefined;
      }, 20_000);
      assert.ok(byDate, `the timeline by date (last: ${JSON.stringify(panel.sent()?.timeline.by)})`);
      assert.deepEqual(
        byDate.bars.map((b) => [b.date, b.label]),
        [...dated].reverse().map(([f, date]) => [date, `${name}/${f}`]),
      );
    } finally {
      for (const f of files) fs.writeFileSync(path.join(dir, f), REPORT_ARTICLES[f]);
    }
    assert.ok(
      await waitFor(() => panel.sent()?.timeline.by === 'order', 20_000),
      'back to the files order without the dates',
    );
  });

  test('Observable Plot and d3 are in the webview bundle only, never in the extension host bundle', () => {
    const dist = path.join(extensionPath(), 'dist');
    const charting = /node_modules\/(?:@observablehq|d3-[\w-]+|d3|interval-tree-1d|isoformat)\//;
    const host = bundledModules(path.join(dist, 'extension.js'));
    assert.ok(host.includes('src/extension/reportPanel.ts'), 'the check sees the host bundle');
    assert.deepEqual(
      host.filter((m) => charting.test(m)),
      [],
    );
    const webview = bundledModules(path.join(dist, 'report.js'));
    assert.ok(webview.some((m) => m.startsWith('node_modules/@observablehq/plot/')));
    assert.deepEqual(
      webview.filter(
        (m) => m.startsWith('src/') && !/^src\/(?:webview\/|core\/sources\/(?:report|roleKinds)\.ts$)/.test(m),
      ),
      [],
      'the webview script holds only its own code and the report types, no recognizer, no VS Code glue',
    );
  });
});
