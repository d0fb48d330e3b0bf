#!/usr/bin/env node
// A stand-in for the `code` executable that @vscode/test-electron's runTests() launches:
//   runTests({ vscodeExecutablePath: 'scripts/vscode-launcher.mjs', extensionDevelopmentPath, extensionTestsPath,
//              launchArgs: [workspaceFolder] })
// It accepts the same arguments (--extensionDevelopmentPath=…, --extensionTestsPath=…, --user-data-dir=…,
// --extensions-dir=…, a folder; Electron-only flags are ignored), starts code-server on a free 127.0.0.1 port,
// opens the workbench in headless Chromium with the extension in development mode, relays the extension
// host's console to stdout/stderr and exits with the code the test runner reported. Where desktop VS Code can
// be downloaded, the same suite runs by leaving vscodeExecutablePath out.
import path from 'node:path';
import util from 'node:util';
import { launchChromium, startCodeServer } from './code-server.mjs';
import { SetupError } from './vscode-runtime.mjs';

const TEST_TIMEOUT_MS = Number(process.env.NEWS_LENS_EXTENSION_TEST_TIMEOUT_MS ?? 10 * 60 * 1000);

function parseArgs(argv) {
  const opts = { folder: undefined, extensionDevelopmentPath: undefined, extensionTestsPath: undefined };
  for (const a of argv) {
    const m = /^--([\w-]+)(?:=(.*))?$/.exec(a);
    if (!m) {
      opts.folder = path.resolve(a);
      continue;
    }
    const [, name, value] = m;
    if (name === 'extensionDevelopmentPath') opts.extensionDevelopmentPath = path.resolve(value);
    else if (name === 'extensionTestsPath') opts.extensionTestsPath = path.resolve(value);
    else if (name === 'user-data-dir') opts.userDataDir = path.resolve(value);
    else if (name === 'extensions-dir') opts.extensionsDir = path.resolve(value);
    else if (name === 'folder-uri' && value) opts.folder = new URL(value).pathname;
    // --no-sandbox, --disable-updates, --skip-welcome, … are Electron/desktop flags: nothing to do here.
  }
  return opts;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!opts.extensionTestsPath) throw new SetupError('vscode-launcher: --extensionTestsPath=… is required');
  // The test module's path is resolved by the extension host; give it the .js file.
  let testsPath = opts.extensionTestsPath;
  if (!/\.c?js$/.test(testsPath)) testsPath = path.join(testsPath, 'index.js');

  const server = await startCodeServer({
    userDataDir: opts.userDataDir,
    extensionsDir: opts.extensionsDir,
    log: process.env.NEWS_LENS_SERVER_LOG ? (l) => process.stderr.write(`[code-server] ${l}\n`) : undefined,
  });
  let browser;
  let exitCode;
  const cleanup = async () => {
    await browser?.close().catch(() => {});
    await server.stop();
  };
  for (const sig of ['SIGINT', 'SIGTERM']) {
    process.on(sig, () => {
      cleanup().finally(() => process.exit(130));
    });
  }
  try {
    browser = await launchChromium();
    const page = await browser.newPage();
    let settle;
    const done = new Promise((r) => (settle = r));
    await page.exposeFunction('codeAutomationLog', (level, args) => {
      const parts = Array.isArray(args) ? args : [args];
      const line = util.format(...parts.map((p) => (typeof p === 'string' ? p : JSON.stringify(p))));
      (level === 'error' ? process.stderr : process.stdout).write(line + '\n');
    });
    await page.exposeFunction('codeAutomationExit', (code) => settle(Number(code) || 0));
    page.on('pageerror', (e) => process.stderr.write(`[workbench] ${e.message}\n`));
    const url = server.workbenchUrl({
      folder: opts.folder,
      extensionDevelopmentPath: opts.extensionDevelopmentPath,
      extensionTestsPath: testsPath,
    });
    await page.goto(url);
    const timeout = new Promise((r) =>
      setTimeout(() => {
        process.stderr.write(`vscode-launcher: the tests did not finish within ${TEST_TIMEOUT_MS / 1000} s\n`);
        r(1);
      }, TEST_TIMEOUT_MS).unref(),
    );
    exitCode = await Promise.race([done, timeout]);
  } finally {
    await cleanup();
  }
  return exitCode;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(e instanceof SetupError ? e.message : e);
    process.exit(1);
  },
);
