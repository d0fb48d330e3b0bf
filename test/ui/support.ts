// Helpers for UI tests: a real VS Code (code-server 1.139) with News Lens loaded in development mode,
// driven in headless Chromium through playwright-core. Typical use:
//
//   let wb: Workbench;
//   before(async function () { this.timeout(120000); wb = await openWorkbench(); });
//   after(async () => wb?.close());
//   it('…', async () => {
//     await openFile(wb.page, 'river-port-strike.txt');
//     const boxes = await waitForDecorations(wb.page);
//     const card = await hoverText(wb.page, 'Varga');
//     await screenshot(wb.page, 'hover-varga');
//   });
//
// The runtime (Node 24 + code-server) is provisioned on first use (scripts/vscode-runtime.mjs);
// Chromium comes from Debian (`apt-get install -y chromium`).
import * as fs from 'fs';
import * as path from 'path';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchChromium, startCodeServer, type CodeServer } from '../../scripts/code-server.mjs';

// The functions passed to page.evaluate() run in the browser. The project's tsconfig has no DOM library
// (src/core must not use one), so the few browser globals they use are declared here, in this module only.
declare const document: any;
declare const NodeFilter: any;
declare function getComputedStyle(el: any): any;
type HTMLElement = any;
type Text = any;
type DOMRect = any;

/** The project folder (the one holding News Lens's package.json). */
export const ROOT = findRoot(__dirname);
/** Where screenshot() writes (git-ignored). */
export const SCREENSHOT_DIR = path.join(ROOT, 'test-results', 'screenshots');

function findRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg) && JSON.parse(fs.readFileSync(pkg, 'utf8')).name === 'news-lens') return dir;
    if (path.dirname(dir) === dir) throw new Error(`no news-lens package.json above ${start}`);
  }
}

export interface Workbench {
  server: CodeServer;
  browser: Browser;
  page: Page;
  /** The folder open in the workbench. */
  folder: string;
  /** Closes the browser and stops code-server (its whole process group); removes its temp folder. */
  close(): Promise<void>;
}

export interface WorkbenchOptions {
  /** Folder to open; default `samples/`. */
  folder?: string;
  /** Extension to load in development mode; default the project itself. Pass null for none. */
  extensionDevelopmentPath?: string | null;
  /** Extra user settings, merged over scripts/code-server.mjs TEST_SETTINGS (which set editor.hover.delay low). */
  settings?: Record<string, unknown>;
  /** Browser viewport; default 1400x900. */
  viewport?: { width: number; height: number };
  /** Print code-server's and the page's console output (also on with NEWS_LENS_UI_DEBUG=1). */
  debug?: boolean;
}

/**
 * Starts code-server with the extension in development mode on a folder and opens the workbench in
 * Chromium; resolves when the workbench and the extension host are up (about 5-10 s).
 */
export async function openWorkbench(options: WorkbenchOptions = {}): Promise<Workbench> {
  const debug = options.debug ?? !!process.env.NEWS_LENS_UI_DEBUG;
  const folder = path.resolve(options.folder ?? path.join(ROOT, 'samples'));
  const server = await startCodeServer({
    settings: options.settings,
    log: debug ? (line) => console.log(`[code-server] ${line}`) : undefined,
  });
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const page = await browser.newPage({ viewport: options.viewport ?? { width: 1400, height: 900 } });
    if (debug) page.on('console', (m) => console.log(`[page] ${m.text()}`));
    const devPath = options.extensionDevelopmentPath === undefined ? ROOT : options.extensionDevelopmentPath;
    await page.goto(server.workbenchUrl({ folder, extensionDevelopmentPath: devPath ?? undefined }));
    await page.locator('.monaco-workbench').waitFor({ timeout: 60000 });
    // The explorer lists the folder once the remote file system and extension host are connected.
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60000 });
    const b = browser;
    return {
      server,
      browser: b,
      page,
      folder,
      close: async () => {
        await b.close().catch(() => {});
        await server.stop();
      },
    };
  } catch (e) {
    await browser?.close().catch(() => {});
    await server.stop();
    throw e;
  }
}

/** Opens a file of the workspace by Quick Open (Ctrl+P, its name, Enter) and waits for its editor tab. */
export async function openFile(page: Page, fileName: string): Promise<void> {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(fileName);
  // Wait for the file to be listed before accepting, or Enter may pick a stale entry.
  await page.locator('.quick-input-list .monaco-list-row', { hasText: fileName }).first().waitFor();
  await page.keyboard.press('Enter');
  await page.locator(`.tabs-container .tab.active[aria-label*="${cssString(fileName)}"]`).waitFor();
  await page.locator('.editor-instance .monaco-editor .view-lines .view-line').first().waitFor();
}

/**
 * Runs a command by its title through the Command Palette (F1), e.g. runCommand(page, 'News Lens: Refresh'). On a
 * loaded machine the extension's commands may be registered after the palette opened (its list does not refresh
 * while the filter stays the same): then the palette is closed and opened again, up to four times.
 */
export async function runCommand(page: Page, title: string): Promise<void> {
  const input = page.locator('.quick-input-widget input');
  for (let attempt = 1; ; attempt++) {
    await page.keyboard.press('F1');
    await input.waitFor({ state: 'visible' });
    await input.fill(`>${title}`);
    try {
      await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 15000 });
      await page.keyboard.press('Enter');
      return;
    } catch (e) {
      if (attempt >= 4) throw e;
      await page.keyboard.press('Escape');
      await page.waitForTimeout(1000);
    }
  }
}

/** The text of the visible lines of the active editor (spaces as rendered become ordinary spaces). */
export async function visibleEditorText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const lines = Array.from(
      document.querySelectorAll('.editor-instance .monaco-editor .view-lines .view-line'),
    ) as HTMLElement[];
    lines.sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
    return lines.map((l) => (l.textContent ?? '').replace(/\u00a0/g, ' ')).join('\n');
  });
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The on-screen box of the `occurrence`-th (0-based) appearance of `text` in the visible lines of the
 * active editor, found with a DOM Range over the `.view-line` text nodes; null when it is not visible.
 * The text must lie within one line.
 */
export async function textBox(page: Page, text: string, occurrence = 0): Promise<Box | null> {
  return page.evaluate(
    ({ text, occurrence }) => {
      const lines = Array.from(
        document.querySelectorAll('.editor-instance .monaco-editor .view-lines .view-line'),
      ) as HTMLElement[];
      lines.sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
      let seen = 0;
      for (const line of lines) {
        const nodes: Text[] = [];
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
        const full = nodes
          .map((n) => n.data)
          .join('')
          .replace(/\u00a0/g, ' ');
        let from = 0;
        for (;;) {
          const at = full.indexOf(text, from);
          if (at < 0) break;
          from = at + 1;
          if (seen++ !== occurrence) continue;
          const locate = (offset: number, isEnd: boolean): [Text, number] => {
            let acc = 0;
            for (const n of nodes) {
              if (offset < acc + n.data.length || (isEnd && offset === acc + n.data.length)) return [n, offset - acc];
              acc += n.data.length;
            }
            const last = nodes[nodes.length - 1];
            return [last, last.data.length];
          };
          const range = document.createRange();
          range.setStart(...locate(at, false));
          range.setEnd(...locate(at + text.length, true));
          const r = range.getBoundingClientRect();
          return { x: r.left, y: r.top, width: r.width, height: r.height };
        }
      }
      return null;
    },
    { text, occurrence },
  );
}

/**
 * Moves the mouse over `text` in the active editor (see textBox) and returns the hover card's text
 * (`.monaco-hover`), waiting up to `timeoutMs` for it to appear. Throws when the text is not visible.
 */
export async function hoverText(page: Page, text: string, occurrence = 0, timeoutMs = 10000): Promise<string> {
  const box = await textBox(page, text, occurrence);
  if (!box) throw new Error(`"${text}" (occurrence ${occurrence}) is not visible in the editor`);
  // Move away first so that a hover already showing for another word goes.
  await page.mouse.move(1, 1);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 3 });
  const hover = page
    .locator('.monaco-hover:not(.hidden) .monaco-hover-content, .monaco-hover:not(.hidden) .hover-contents')
    .first();
  await hover.waitFor({ state: 'visible', timeout: timeoutMs });
  // VS Code shows "Loading..." until the providers answer (slower on a busy machine): wait for the card itself.
  const deadline = Date.now() + timeoutMs;
  let card = await readHover(page);
  while (/^Loading\.\.\.$|^$/.test(card) && Date.now() < deadline) {
    await page.waitForTimeout(100);
    card = await readHover(page);
  }
  return card;
}

/** The text of the hover card currently shown ('' when none). */
export async function readHover(page: Page): Promise<string> {
  const hovers = page.locator('.monaco-hover:not(.hidden)');
  if ((await hovers.count()) === 0) return '';
  return (await hovers.allInnerTexts())
    .join('\n')
    .replace(/\u00a0/g, ' ')
    .trim();
}

export interface DecorationBox extends Box {
  /** True for an inline decoration (a styled span inside `.view-lines`: color, font, text decoration,
   *  before/after text), false for a box drawn in `.view-overlays` (background, border). */
  inline: boolean;
  /** The decoration's class names (`ced-…` numbers change between runs: compare styles, not names). */
  className: string;
  backgroundColor: string;
  borderBottom: string;
  textDecoration: string;
  /** The visible editor text under the box (from the lines it overlaps). */
  text: string;
}

/**
 * Extension decorations rendered in the visible part of the active editor, with their boxes, computed
 * styles and the text they cover: boxes drawn as `.view-overlays .cdr[class*="ced-"]` (backgrounds,
 * borders, outlines) and styled spans `.view-line span[class*="ced-"]` (colors, underlines, before/after
 * text). A decoration over several lines gives one box per line.
 */
export async function decorations(page: Page): Promise<DecorationBox[]> {
  return page.evaluate(() => {
    const editor = document.querySelector('.editor-instance .monaco-editor');
    if (!editor) return [];
    const lines = Array.from(editor.querySelectorAll('.view-lines .view-line')) as HTMLElement[];
    const textUnder = (r: DOMRect): string => {
      let out = '';
      for (const line of lines) {
        const lr = line.getBoundingClientRect();
        if (lr.bottom <= r.top || lr.top >= r.bottom) continue;
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const t = n as Text;
          for (let i = 0; i < t.data.length; i++) {
            const range = document.createRange();
            range.setStart(t, i);
            range.setEnd(t, i + 1);
            const cr = range.getBoundingClientRect();
            const mid = cr.left + cr.width / 2;
            if (mid >= r.left && mid <= r.right) out += t.data[i] === '\u00a0' ? ' ' : t.data[i];
          }
        }
      }
      return out;
    };
    const overlays = Array.from(editor.querySelectorAll('.view-overlays .cdr[class*="ced-"]')) as HTMLElement[];
    const inline = Array.from(editor.querySelectorAll('.view-lines .view-line span[class*="ced-"]')) as HTMLElement[];
    return [...overlays, ...inline].map((el) => {
      const r = el.getBoundingClientRect();
      const s = getComputedStyle(el);
      const isInline = !el.classList.contains('cdr');
      return {
        inline: isInline,
        x: r.left,
        y: r.top,
        width: r.width,
        height: r.height,
        className: el.className,
        backgroundColor: s.backgroundColor,
        borderBottom: `${s.borderBottomWidth} ${s.borderBottomStyle} ${s.borderBottomColor}`,
        textDecoration: s.textDecorationLine,
        text: isInline ? (el.textContent ?? '').replace(/\u00a0/g, ' ') : textUnder(r),
      };
    });
  });
}

/** Waits until at least `min` extension decorations are rendered in the active editor; returns them. */
export async function waitForDecorations(page: Page, min = 1, timeoutMs = 20000): Promise<DecorationBox[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await decorations(page);
    if (found.length >= min) return found;
    if (Date.now() > deadline) throw new Error(`expected at least ${min} decoration(s), found ${found.length}`);
    await page.waitForTimeout(200);
  }
}

/**
 * Expands the view pane whose header shows `title` (e.g. 'Speakers'), opening its view container from
 * the activity bar first when `container` (the container's title, e.g. 'News Lens') is given. Returns
 * the pane's body once visible. Works also when the view is alone in its container (header hidden).
 */
/** Times (200 ms apart) expandView checks whether a view container opened on its own before clicking it. */
const CONTAINER_OPEN_POLLS = 10;

export async function expandView(page: Page, title: string, container?: string): Promise<Locator> {
  const header = page.locator('.pane-header', { hasText: title }).first();
  if (container) {
    // Click the activity-bar entry itself (li.action-item): its badge covers part of the icon link.
    const item = page
      .locator('.activitybar .action-item', { has: page.locator(`a[aria-label^="${cssString(container)}"]`) })
      .first();
    await item.waitFor();
    const isOpen = async () => /\bchecked\b/.test((await item.getAttribute('class')) ?? '');
    // The command that shows the view may still be opening its container, and a click on an open container
    // closes it: give the container a moment to open on its own, click only when it has not, and click again
    // when the view's header never comes (the click closed it after all).
    for (let attempt = 1; ; attempt++) {
      for (let i = 0; i < CONTAINER_OPEN_POLLS && !(await isOpen()); i++) await page.waitForTimeout(200);
      if (!(await isOpen())) await item.click();
      try {
        await header.waitFor({ state: 'attached', timeout: 10000 });
        break;
      } catch (e) {
        if (attempt >= 3) throw e;
      }
    }
  }
  // A container holding a single view hides that view's header (the container shows the title) and keeps
  // the pane expanded; otherwise the header is visible and may need a click.
  await header.waitFor({ state: 'attached' });
  if ((await header.isVisible()) && (await header.getAttribute('aria-expanded')) !== 'true') await header.click();
  const pane = page.locator('.pane', { has: header }).first();
  const body = pane.locator('.pane-body');
  await body.waitFor();
  return body;
}

/** The texts of the rows (`.monaco-list-row`) shown in a view pane's body (see expandView). */
export async function viewRows(body: Locator): Promise<string[]> {
  return body.locator('.monaco-list-row').allInnerTexts();
}

/** Saves a PNG of the page as test-results/screenshots/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name.replace(/[^\w.-]+/g, '-')}.png`);
  await page.screenshot({ path: file });
  return file;
}

function cssString(s: string): string {
  return s.replace(/["\\]/g, '\\$&');
}
