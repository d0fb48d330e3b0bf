// Types of scripts/code-server.mjs for the TypeScript tests (test/ui/support.ts).
import type { ChildProcess } from 'node:child_process';
import type { Browser } from 'playwright-core';

export const TEST_SETTINGS: Record<string, unknown>;

export interface WorkbenchUrlOptions {
  folder?: string;
  extensionDevelopmentPath?: string;
  extensionTestsPath?: string;
}

export interface StartOptions {
  userDataDir?: string;
  extensionsDir?: string;
  /** Merged over TEST_SETTINGS into the profile's settings.json. */
  settings?: Record<string, unknown>;
  port?: number;
  /** Receives code-server's output line by line (dropped by default). */
  log?: (line: string) => void;
  /** Pass `--vscode-option enable-smoke-test-driver` (needed for the payload URL); default true. */
  smokeTestDriver?: boolean;
}

export interface CodeServer {
  url: string;
  port: number;
  baseDir: string;
  userDataDir: string;
  extensionsDir: string;
  child: ChildProcess;
  workbenchUrl(options?: WorkbenchUrlOptions): string;
  stop(): Promise<void>;
}

export function freePort(): Promise<number>;
export function startCodeServer(options?: StartOptions): Promise<CodeServer>;
export function workbenchUrl(serverUrl: string, options?: WorkbenchUrlOptions): string;
export function killGroup(child: ChildProcess, graceMs?: number): Promise<void>;
export function launchChromium(): Promise<Browser>;
