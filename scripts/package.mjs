// `npm run package`: production build (minified bundles, no source maps), then `vsce package` into
// news-lens-<version>.vsix. The bundles hold everything at run time (natural included), so the VSIX carries
// no node_modules (--no-dependencies; .vscodeignore keeps only dist/*.js, media/, the manifest and docs).
// Then checks the VSIX installs into code-server (`--install-extension`) when the runtime is provisioned
// (or always with --verify; --no-verify skips it), and prints its size and contents.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureRuntime, runtimePaths, SetupError } from './vscode-runtime.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const vsix = path.join(ROOT, `${pkg.name}-${pkg.version}.vsix`);

function run(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', ...options });
  if (r.status !== 0) {
    console.error(`npm run package: ${cmd} ${args.join(' ')} failed`);
    process.exit(1);
  }
  return r;
}

run(process.execPath, ['esbuild.config.mjs', '--production']);
run(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '--noEmit', '-p', '.']);
run(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '--noEmit', '-p', 'src/webview']);
// Production bundles carry no source maps: drop stale ones from development builds.
for (const f of fs.readdirSync(path.join(ROOT, 'dist'))) if (f.endsWith('.map')) fs.rmSync(path.join(ROOT, 'dist', f));

const vsceArgs = ['package', '--no-dependencies', '--out', vsix];
// Only when the manifest really lacks them: vsce would otherwise stop and ask.
// Without a repository vsce cannot make the README's relative image links absolute: keep them relative
// (VS Code resolves them inside the installed extension, whose media/ the VSIX holds).
if (!pkg.repository) vsceArgs.push('--allow-missing-repository', '--no-rewrite-relative-links');
if (!fs.readdirSync(ROOT).some((f) => /^licen[cs]e(\.(md|txt))?$/i.test(f))) vsceArgs.push('--skip-license');
run(process.execPath, [path.join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce'), ...vsceArgs]);

const size = fs.statSync(vsix).size;
console.log(`\n${path.basename(vsix)}: ${(size / 1024).toFixed(0)} KB`);
const list = spawnSync('unzip', ['-l', vsix], { encoding: 'utf8' });
if (list.status === 0) {
  const files = list.stdout
    .split('\n')
    .filter((l) => /extension\//.test(l))
    .map((l) => l.trim().split(/\s+/).slice(3).join(' '));
  console.log(files.map((f) => `  ${f}`).join('\n'));
  if (files.some((f) => f.includes('node_modules/'))) {
    console.error('npm run package: the VSIX holds node_modules: check .vscodeignore');
    process.exit(1);
  }
  const missing = fs
    .readdirSync(path.join(ROOT, 'dist'))
    .filter(
      (f) => f.endsWith('.js') && f !== 'cli.js' && f !== 'cli-main.js' && !files.includes(`extension/dist/${f}`),
    );
  if (missing.length) {
    console.error(`npm run package: bundles left out of the VSIX: ${missing.join(', ')}: add them to .vscodeignore`);
    process.exit(1);
  }
}

const verify =
  process.argv.includes('--verify') ||
  (!process.argv.includes('--no-verify') && fs.existsSync(runtimePaths().codeServerEntry));
if (verify) {
  try {
    const { node, codeServerEntry } = ensureRuntime();
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-vsix-'));
    const env = {
      ...process.env,
      XDG_CONFIG_HOME: scratch,
      XDG_DATA_HOME: scratch,
      XDG_CACHE_HOME: scratch,
      EXTENSIONS_GALLERY: '{}',
    };
    const dirs = ['--extensions-dir', path.join(scratch, 'ext'), '--user-data-dir', path.join(scratch, 'data')];
    const inst = spawnSync(node, [codeServerEntry, ...dirs, '--install-extension', vsix], { env, encoding: 'utf8' });
    const listed = spawnSync(node, [codeServerEntry, ...dirs, '--list-extensions', '--show-versions'], {
      env,
      encoding: 'utf8',
    });
    fs.rmSync(scratch, { recursive: true, force: true });
    const id = `${pkg.publisher}.${pkg.name}@${pkg.version}`;
    if (inst.status !== 0 || !listed.stdout.includes(id)) {
      console.error(
        `the VSIX did not install into code-server:\n${inst.stdout}${inst.stderr}\n${listed.stdout}${listed.stderr}`,
      );
      process.exit(1);
    }
    console.log(`verified: code-server --install-extension installs ${id}`);
  } catch (e) {
    console.error(e instanceof SetupError ? e.message : e);
    process.exit(1);
  }
}
