// Starts code-server (VS Code 1.139 server + web workbench) and headless Chromium for tests and `npm start`.
// Shared by scripts/vscode-launcher.mjs (extension-host tests), scripts/start.mjs and test/ui/support.ts.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { cleanEnv, ensureRuntime, findChromium } from './vscode-runtime.mjs';

/** Settings written into every profile the helpers create (quiet, fast hovers, no trust prompt). */
export const TEST_SETTINGS = {
  'editor.hover.delay': 100,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'files.watcherExclude': { '**/node_modules/**': true, '**/.vscode-test/**': true, '**/.git/**': true },
};

/** Servers started by this process and not stopped yet: killed if the process ends or is interrupted. */
const live = new Map(); // child -> baseDir

function killLiveSync() {
  for (const [child, baseDir] of live) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      /* group already gone */
    }
    try {
      fs.rmSync(baseDir, { recursive: true, force: true });
    } catch {
      /* best effort */
    }
  }
  live.clear();
}

let exitHooksInstalled = false;
function installExitHooks() {
  if (exitHooksInstalled) return;
  exitHooksInstalled = true;
  process.on('exit', killLiveSync);
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    const onSignal = () => {
      killLiveSync();
      // Exit unless someone else (npm start, the launcher) handles the signal and exits itself.
      if (process.listenerCount(sig) <= 1) process.exit(128 + (sig === 'SIGINT' ? 2 : sig === 'SIGTERM' ? 15 : 1));
    };
    process.on(sig, onSignal);
  }
}

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited early with code ${child.exitCode}`);
    try {
      const r = await fetch(`${url}/healthz`);
      if (r.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`code-server did not answer ${url}/healthz within ${timeoutMs / 1000} s`);
}

/**
 * Starts code-server on a free 127.0.0.1 port in its own process group, with its own XDG dirs, TMPDIR,
 * user-data and extensions dirs (all under one fresh temporary folder unless given) and no gallery.
 *
 * options: { userDataDir?, extensionsDir?, settings?: object (merged over TEST_SETTINGS), port?,
 *            log?: (line) => void for the server's output (default: dropped), smokeTestDriver?: boolean (default true) }
 * Returns { url, port, baseDir, userDataDir, extensionsDir, child, workbenchUrl(opts), stop() }.
 */
export async function startCodeServer(options = {}) {
  const runtime = ensureRuntime();
  const baseDir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-cs-'));
  const dirs = {
    userDataDir: options.userDataDir ?? path.join(baseDir, 'user-data'),
    extensionsDir: options.extensionsDir ?? path.join(baseDir, 'extensions'),
    config: path.join(baseDir, 'xdg-config'),
    data: path.join(baseDir, 'xdg-data'),
    cache: path.join(baseDir, 'xdg-cache'),
    tmp: path.join(baseDir, 'tmp'),
  };
  for (const d of Object.values(dirs)) fs.mkdirSync(d, { recursive: true });
  const userDir = path.join(dirs.userDataDir, 'User');
  fs.mkdirSync(userDir, { recursive: true });
  const settingsFile = path.join(userDir, 'settings.json');
  let existing = {};
  try {
    existing = JSON.parse(fs.readFileSync(settingsFile, 'utf8'));
  } catch {
    // no settings yet
  }
  fs.writeFileSync(settingsFile, JSON.stringify({ ...TEST_SETTINGS, ...existing, ...options.settings }, null, 2));

  const port = options.port ?? (await freePort());
  const args = [
    runtime.codeServerEntry,
    '--auth',
    'none',
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--user-data-dir',
    dirs.userDataDir,
    '--extensions-dir',
    dirs.extensionsDir,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
  ];
  if (options.smokeTestDriver !== false) args.push('--vscode-option', 'enable-smoke-test-driver');
  const env = {
    ...cleanEnv(),
    PATH: `${path.dirname(runtime.node)}${path.delimiter}${process.env.PATH}`,
    XDG_CONFIG_HOME: dirs.config,
    XDG_DATA_HOME: dirs.data,
    XDG_CACHE_HOME: dirs.cache,
    TMPDIR: dirs.tmp,
    EXTENSIONS_GALLERY: '{}',
  };
  delete env.ELECTRON_RUN_AS_NODE;
  delete env.VSCODE_IPC_HOOK_CLI;
  installExitHooks();
  const child = spawn(runtime.node, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  live.set(child, baseDir);
  const logLine = options.log ?? (() => {});
  for (const stream of [child.stdout, child.stderr]) {
    let buf = '';
    stream.setEncoding('utf8');
    stream.on('data', (d) => {
      buf += d;
      let i;
      while ((i = buf.indexOf('\n')) >= 0) {
        logLine(buf.slice(0, i));
        buf = buf.slice(i + 1);
      }
    });
  }
  const url = `http://127.0.0.1:${port}`;
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await killGroup(child);
    live.delete(child);
    fs.rmSync(baseDir, { recursive: true, force: true, maxRetries: 3 });
  };
  try {
    await waitForHealth(url, child, 30000);
  } catch (e) {
    await stop();
    throw e;
  }
  return {
    url,
    port,
    baseDir,
    userDataDir: dirs.userDataDir,
    extensionsDir: dirs.extensionsDir,
    child,
    /** The workbench URL for a folder, optionally loading an extension in development mode and running tests. */
    workbenchUrl: ({ folder, extensionDevelopmentPath, extensionTestsPath } = {}) =>
      workbenchUrl(url, { folder, extensionDevelopmentPath, extensionTestsPath }),
    stop,
  };
}

/** Builds `http://host/?folder=...&payload=[["extensionDevelopmentPath","vscode-remote://host/abs"],...]`. */
export function workbenchUrl(serverUrl, { folder, extensionDevelopmentPath, extensionTestsPath } = {}) {
  const host = new URL(serverUrl).host;
  const remote = (p) => `vscode-remote://${host}${path.resolve(p)}`;
  const params = new URLSearchParams();
  if (folder) params.set('folder', path.resolve(folder));
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  if (payload.length) params.set('payload', JSON.stringify(payload));
  return `${serverUrl}/?${params.toString()}`;
}

/** SIGTERM to the whole process group, SIGKILL after a grace period. */
export async function killGroup(child, graceMs = 3000) {
  if (child.exitCode !== null || child.signalCode !== null) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      /* group already gone */
    }
    return;
  }
  const exited = new Promise((r) => child.once('exit', r));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    /* group already gone */
  }
  const timer = new Promise((r) => setTimeout(r, graceMs, 'timeout'));
  await Promise.race([exited, timer]);
  // Leftovers of the group (file watchers, pty hosts) go too.
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    /* group already gone */
  }
}

/** Launches headless Chromium (Debian's, via playwright-core). Returns playwright's Browser. */
export async function launchChromium() {
  const executablePath = findChromium();
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}
