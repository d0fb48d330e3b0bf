// Runs an extension-host module (the extension tests, the editor bench) in the real VS Code:
// @vscode/test-electron's runTests with scripts/vscode-launcher.mjs as the `code` executable (code-server, see
// vscode-runtime.mjs), this repository as the extension under development, `workspace` as the folder to open,
// and a fresh profile under `profileDir` (nothing restored from an earlier run). Resolves with the exit code:
// the module's, or the launch failure's (1 when it gives none).
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export async function runInVsCode({ testsPath, workspace, profileDir, stdout, stderr }) {
  const { runTests } = await import('@vscode/test-electron');
  try {
    return await runTests({
      vscodeExecutablePath: path.join(ROOT, 'scripts', 'vscode-launcher.mjs'),
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: testsPath,
      launchArgs: [
        workspace,
        `--user-data-dir=${path.join(profileDir, 'user-data')}`,
        `--extensions-dir=${path.join(profileDir, 'extensions')}`,
      ],
      ...(stdout ? { stdout } : {}),
      ...(stderr ? { stderr } : {}),
    });
  } catch (e) {
    return e?.code ?? 1;
  }
}
