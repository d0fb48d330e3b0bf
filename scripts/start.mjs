// `npm start`: builds, provisions the VS Code runtime if needed, and starts code-server on 127.0.0.1 with
// News Lens loaded in development mode on samples/ (or the folder given: `npm start -- path/to/articles`).
// Prints the URL to open in a browser; Ctrl+C (or SIGTERM) stops code-server and everything it started.
// With desktop VS Code the other way is: `npm run build && code --extensionDevelopmentPath="$PWD" samples`.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startCodeServer } from './code-server.mjs';
import { SetupError } from './vscode-runtime.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const folder = path.resolve(process.argv[2] ?? path.join(ROOT, 'samples'));
const port = process.env.PORT ? Number(process.env.PORT) : undefined;

const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
if (build.status !== 0) {
  console.error('npm start: the build failed');
  process.exit(1);
}

let server;
try {
  server = await startCodeServer({
    port,
    settings: { 'editor.hover.delay': 300 },
    log: process.env.NEWS_LENS_SERVER_LOG ? (l) => console.log(`[code-server] ${l}`) : undefined,
  });
} catch (e) {
  console.error(e instanceof SetupError ? e.message : e);
  process.exit(1);
}

const url = server.workbenchUrl({ folder, extensionDevelopmentPath: ROOT });
console.log(`
News Lens is running in VS Code ${'(code-server)'} with the extension in development mode.
Open this URL in a browser on this machine:

  ${url}

Folder: ${folder}
After changing the code, run \`npm run build\` (or keep \`npm run watch\` running) and reload the page.
Press Ctrl+C to stop.
`);

let stopping = false;
const stop = async (signal) => {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping code-server ...`);
  await server.stop();
  process.exit(0);
};
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
server.child.on('exit', (code) => {
  if (!stopping) {
    console.error(`code-server exited unexpectedly (code ${code})`);
    process.exit(1);
  }
});
