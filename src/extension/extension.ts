import * as vscode from 'vscode';

export function activate(_context: vscode.ExtensionContext): void {
  // Wiring lands with the editor issue.
}

export function deactivate(): void {}
