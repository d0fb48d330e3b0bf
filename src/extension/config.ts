import * as vscode from 'vscode';
import { parseConfig, type NewsLensConfig } from './settings';

export type { NewsLensConfig } from './settings';
export { parseKnownPeople } from './settings';

/**
 * The `newsLens.*` settings, read once per use (they are cheap to read). No defaults here: an unset setting
 * reads as package.json's contributed default, and so does one of the wrong type (src/extension/settings.ts).
 */
export function readConfig(): NewsLensConfig {
  const c = vscode.workspace.getConfiguration('newsLens');
  return parseConfig(
    (key) => c.get<unknown>(key),
    (key) => c.inspect<unknown>(key)?.defaultValue,
  );
}
