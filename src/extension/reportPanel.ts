import * as vscode from 'vscode';
import { articleDate, DATE_HEAD_CHARS } from '../core/sources/dates';
import { sourceReport, type ReportArticle, type SourceReport } from '../core/sources/report';
import { CHART_IDS, type ChartFormat, type ChartId, type FromWebview, type ToWebview } from '../webview/protocol';
import { reportDocument } from './reportDocument';
import { newNonce, reportShellHtml } from './reportHtml';
import type { SourcesIndex } from './sourcesIndex';

/** The panel's webview type (also its `activeWebviewPanelId` in `when` clauses). */
export const REPORT_VIEW_TYPE = 'newsLens.sourceReport';
/** How long an export waits for the webview's answer. */
const EXPORT_TIMEOUT_MS = 20_000;
/** Articles read at a time for their dates. */
const DATES_IN_FLIGHT = 8;

type Rendered = Extract<FromWebview, { type: 'rendered' }>;

/** What the tests read of the panel (part of what activate returns, as `report`). */
export interface ReportApi {
  /** Whether the panel is open and visible. */
  panel(): { open: boolean; visible: boolean };
  /** The report last posted to the webview. */
  sent(): SourceReport | undefined;
  /** What the webview said it drew from the report it received (charts and totals), and how many times. */
  rendered(): Rendered | undefined;
  renders(): number;
  /** Content Security Policy violations the webview reported. */
  violations(): string[];
}

/**
 * The "Source Diversity" webview panel: one at a time, in the editor area. It shows the report of the sources
 * index (src/core/sources/report.ts) and draws it anew when the index changes; its script (dist/report.js) draws
 * the charts. Saving a chart (SVG, PNG) or the whole report (HTML) asks the webview for the serialized charts,
 * then where to save (unless a target is given), and writes the file with workspace.fs.
 */
export class ReportPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private live = false;
  private readyWaiters: Array<() => void> = [];
  private readonly pending = new Map<number, (m: FromWebview) => void>();
  private nextRequest = 1;
  private lastSent: SourceReport | undefined;
  private lastRendered: Rendered | undefined;
  private renderCount = 0;
  private readonly cspViolations: string[] = [];
  private readonly subscriptions: vscode.Disposable[] = [];
  /** Each article's date (from its start: src/core/sources/dates.ts), by URI, for the content hash it was read at. */
  private readonly dates = new Map<string, { hash: string; date: string | undefined }>();
  private readingDates: Promise<void> | undefined;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly index: SourcesIndex,
  ) {
    this.subscriptions.push(index.onDidChange(() => this.postData()));
  }

  /** Opens the panel (or brings it to the front) and builds the index if needed. */
  show(preserveFocus = false): vscode.WebviewPanel {
    if (this.panel) {
      this.panel.reveal(undefined, preserveFocus);
      return this.panel;
    }
    const dist = vscode.Uri.joinPath(this.extensionUri, 'dist');
    const media = vscode.Uri.joinPath(this.extensionUri, 'media');
    const panel = vscode.window.createWebviewPanel(
      REPORT_VIEW_TYPE,
      'Source Diversity',
      { viewColumn: vscode.ViewColumn.Active, preserveFocus },
      { enableScripts: true, localResourceRoots: [dist, media] },
    );
    panel.iconPath = vscode.Uri.joinPath(media, 'speakers.svg');
    this.panel = panel;
    this.live = false;
    panel.webview.html = reportShellHtml({
      cspSource: panel.webview.cspSource,
      nonce: newNonce(),
      scriptUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(dist, 'report.js')).toString(),
      styleUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(media, 'report.css')).toString(),
    });
    panel.webview.onDidReceiveMessage((m: FromWebview) => this.receive(m));
    // Hidden, the webview is gone (no retained context): shown again, its script starts anew and says "ready".
    panel.onDidChangeViewState((e) => {
      if (!e.webviewPanel.visible) this.live = false;
    });
    panel.onDidDispose(() => {
      this.panel = undefined;
      this.live = false;
      for (const resolve of this.pending.values()) resolve({ type: 'chart', request: 0, error: 'the panel closed' });
      this.pending.clear();
    });
    const building = this.index.ensure();
    void building.then(
      () => this.postData(),
      () => this.postData(),
    );
    return panel;
  }

  /** The report of the index as it is now. */
  report(): SourceReport {
    return sourceReport(this.index.data(), this.articles());
  }

  /**
   * The indexed articles that were annotated, in the order of their URIs, labeled by their workspace path, with
   * the dates read so far (the timeline follows dates once every article with a quote has one).
   */
  private articles(): ReportArticle[] {
    return this.annotated().map(({ id, hash }) => {
      const date = this.dates.get(id);
      return {
        id,
        label: vscode.workspace.asRelativePath(vscode.Uri.parse(id), false),
        date: date?.hash === hash ? date.date : undefined,
      };
    });
  }

  private annotated(): Array<{ id: string; hash: string }> {
    const out: Array<{ id: string; hash: string }> = [];
    for (const id of this.index.articles()) {
      const entry = this.index.entry(vscode.Uri.parse(id));
      if (entry?.annotation) out.push({ id, hash: entry.hash });
    }
    return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  /** Reads the start of every article whose date is not known for its current content; then redraws. */
  private readDates(): void {
    if (this.readingDates) return;
    const todo = this.annotated().filter(({ id, hash }) => this.dates.get(id)?.hash !== hash);
    if (todo.length === 0) return;
    const run = (async () => {
      const decoder = new TextDecoder('utf-8');
      for (let i = 0; i < todo.length; i += DATES_IN_FLIGHT) {
        await Promise.all(
          todo.slice(i, i + DATES_IN_FLIGHT).map(async ({ id, hash }) => {
            let date: string | undefined;
            try {
              const bytes = await vscode.workspace.fs.readFile(vscode.Uri.parse(id));
              // UTF-8 takes at most 4 bytes a character: this many bytes hold the head the dates are read from.
              date = articleDate(decoder.decode(bytes.subarray(0, DATE_HEAD_CHARS * 4)).replace(/^\uFEFF/, ''));
            } catch {
              date = undefined;
            }
            this.dates.set(id, { hash, date });
          }),
        );
      }
      const known = new Set(this.index.articles());
      for (const id of [...this.dates.keys()]) if (!known.has(id)) this.dates.delete(id);
    })();
    this.readingDates = run;
    void run.finally(() => {
      this.readingDates = undefined;
      if (todo.some(({ id }) => this.dates.get(id)?.date)) this.postData();
    });
  }

  private postData(): void {
    if (!this.panel || !this.live) return;
    this.readDates();
    const report = this.report();
    this.lastSent = report;
    this.send({ type: 'data', report, building: this.index.isBuilding() || !this.index.isReady() });
  }

  private send(m: ToWebview): void {
    void this.panel?.webview.postMessage(m);
  }

  private receive(m: FromWebview): void {
    switch (m.type) {
      case 'ready':
        this.live = true;
        this.postData();
        for (const resolve of this.readyWaiters.splice(0)) resolve();
        break;
      case 'rendered':
        this.lastRendered = m;
        this.renderCount++;
        break;
      case 'saveChart':
        void this.saveChart(m.chart, m.format).catch((e) => this.fail(e));
        break;
      case 'saveReport':
        void this.saveReport().catch((e) => this.fail(e));
        break;
      case 'chart':
      case 'report': {
        const resolve = this.pending.get(m.request);
        this.pending.delete(m.request);
        resolve?.(m);
        break;
      }
      case 'cspViolation':
        this.cspViolations.push(`${m.directive} ${m.blocked}`);
        console.error(`News Lens report: Content Security Policy violation: ${m.directive} ${m.blocked}`);
        break;
    }
  }

  private fail(e: unknown): void {
    void vscode.window.showErrorMessage(`News Lens: could not save the report: ${e instanceof Error ? e.message : e}`);
  }

  /** Opens the panel if needed and waits until its script has drawn the current report. */
  private async ready(): Promise<void> {
    const shown = this.panel;
    if (!shown || !shown.visible) this.show(true);
    if (!this.live)
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('the report panel did not load')), EXPORT_TIMEOUT_MS);
        this.readyWaiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    // The report of the whole index (a change posts it anew; the webview draws it before it answers).
    await this.index.ensure();
    await this.index.settled();
  }

  private async ask<T extends FromWebview>(message: (request: number) => ToWebview): Promise<T> {
    await this.ready();
    const request = this.nextRequest++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(request);
        reject(new Error('the report panel did not answer'));
      }, EXPORT_TIMEOUT_MS);
      this.pending.set(request, (m) => {
        clearTimeout(timer);
        resolve(m as T);
      });
      this.send(message(request));
    });
  }

  /** Saves one chart as SVG or PNG to `target`, or where the user picks; returns where, or undefined. */
  async saveChart(chart: ChartId, format: ChartFormat, target?: vscode.Uri): Promise<vscode.Uri | undefined> {
    if (!CHART_IDS.includes(chart)) throw new Error(`no chart "${chart}"`);
    if (format !== 'svg' && format !== 'png') throw new Error(`no format "${format}"`);
    const answer = await this.ask<Extract<FromWebview, { type: 'chart' }>>((request) => ({
      type: 'exportChart',
      request,
      chart,
      format,
    }));
    if (answer.error || answer.data === undefined) throw new Error(answer.error ?? 'no chart data');
    const bytes =
      format === 'svg' ? new TextEncoder().encode(answer.data) : new Uint8Array(Buffer.from(answer.data, 'base64'));
    const uri =
      target ??
      (await vscode.window.showSaveDialog({
        title: `Save Chart as ${format.toUpperCase()}`,
        defaultUri: defaultTarget(`source-diversity-${chart}.${format}`),
        filters: format === 'svg' ? { 'SVG image': ['svg'] } : { 'PNG image': ['png'] },
      }));
    if (!uri) return undefined;
    await vscode.workspace.fs.writeFile(uri, bytes);
    return uri;
  }

  /** Saves the whole report as one self-contained HTML file to `target`, or where the user picks. */
  async saveReport(target?: vscode.Uri): Promise<vscode.Uri | undefined> {
    const answer = await this.ask<Extract<FromWebview, { type: 'report' }>>((request) => ({
      type: 'exportReport',
      request,
    }));
    if (answer.error || !answer.charts || !answer.theme) throw new Error(answer.error ?? 'no report data');
    const html = reportDocument({
      title: 'Source Diversity',
      summary: answer.summary ?? '',
      charts: answer.charts,
      theme: answer.theme,
      generated: new Date(),
    });
    const uri =
      target ??
      (await vscode.window.showSaveDialog({
        title: 'Save Report as HTML',
        defaultUri: defaultTarget('source-diversity.html'),
        filters: { 'HTML file': ['html'] },
      }));
    if (!uri) return undefined;
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(html));
    return uri;
  }

  api(): ReportApi {
    return {
      panel: () => ({ open: !!this.panel, visible: !!this.panel?.visible }),
      sent: () => this.lastSent,
      rendered: () => this.lastRendered,
      renders: () => this.renderCount,
      violations: () => [...this.cspViolations],
    };
  }

  dispose(): void {
    this.panel?.dispose();
    for (const d of this.subscriptions) d.dispose();
  }
}

function defaultTarget(name: string): vscode.Uri | undefined {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return folder && vscode.Uri.joinPath(folder, name);
}
