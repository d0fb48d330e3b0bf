// The built `news-lens` CLI in a temporary folder, for tests that run it as a child process: built the way
// esbuild.config.mjs builds dist/cli.js (so a test depends on no earlier step), with helpers to write input
// files there and run the CLI on them.
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The non-empty lines of `s`. */
export const lines = (s: string): string[] => s.split('\n').filter((l) => l !== '');

export class CliHarness {
  /** The temporary folder: the CLI's working directory and where `write` puts files. */
  tmp = '';
  /** The built CLI bundle (with `launcher`, the launcher). */
  cli = '';
  /** The environment the CLI runs with (default: this process's). */
  env: NodeJS.ProcessEnv = process.env;

  /**
   * `launcher`: build the CLI as esbuild.config.mjs builds the published one, dist/cli.js the launcher
   * (src/cli/launch.ts, through the code cache) beside dist/cli-main.js; else the CLI alone as cli.js.
   */
  constructor(
    private readonly prefix: string,
    private readonly version: string,
    private readonly shebang = false,
    private readonly launcher = false,
  ) {}

  /** Makes the folder and builds the CLI into it (call from `before`). */
  setUp(): void {
    const root = process.cwd();
    this.tmp = fs.mkdtempSync(path.join(os.tmpdir(), this.prefix));
    this.cli = path.join(this.tmp, 'cli.js');
    const options = (entry: string, outfile: string) => ({
      entryPoints: [path.join(root, entry)],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      logLevel: 'error',
      ...(this.shebang ? { banner: { js: '#!/usr/bin/env node' } } : {}),
      define: { __NEWS_LENS_VERSION__: JSON.stringify(this.version) },
    });
    const builds = this.launcher
      ? [options('src/cli/launch.ts', this.cli), options('src/cli/main.ts', path.join(this.tmp, 'cli-main.js'))]
      : [options('src/cli/main.ts', this.cli)];
    const build = builds.map((b) => `require('esbuild').buildSync(${JSON.stringify(b)});`).join('');
    execFileSync(process.execPath, ['-e', build], { cwd: root, stdio: 'inherit' });
  }

  /** Removes the folder (call from `after`). */
  tearDown(): void {
    if (this.tmp) fs.rmSync(this.tmp, { recursive: true, force: true });
  }

  /** Runs the CLI with `args` in the folder, `input` on standard input. */
  run = (args: string[], input?: string): Run => {
    const r = spawnSync(process.execPath, [this.cli, ...args], {
      cwd: this.tmp,
      input,
      env: this.env,
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  /** Writes `data` to `rel` in the folder (making its folders); returns the path. */
  write = (rel: string, data: string | Buffer): string => {
    const p = path.join(this.tmp, rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, data);
    return p;
  };
}
