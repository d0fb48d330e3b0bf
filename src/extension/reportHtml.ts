/**
 * The Source Diversity panel's HTML shell (the charts are drawn by its script, src/webview/report.ts). Its Content
 * Security Policy loads nothing by default: the script only with this load's fresh nonce, styles only from the
 * extension's own files (media/report.css: no inline style, so Plot's injected <style> is replaced by that file's
 * rules), images only as data: URLs (the PNG export draws a chart's SVG into a canvas through one), and nothing
 * from the network. No vscode import: the unit tests read it.
 */
import { randomBytes } from 'node:crypto';

export interface ReportShell {
  /** The webview's `cspSource` (the origin its resources come from). */
  cspSource: string;
  /** A fresh nonce for this load (`newNonce`). */
  nonce: string;
  /** The webview URIs of dist/report.js and media/report.css. */
  scriptUri: string;
  styleUri: string;
}

/** 128 random bits, base64: a new one for every load of the panel's HTML. */
export function newNonce(): string {
  return randomBytes(16).toString('base64');
}

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `style-src ${cspSource}`,
    `font-src ${cspSource}`,
    'img-src data:',
    `script-src 'nonce-${nonce}'`,
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

const attr = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function reportShellHtml(shell: ReportShell): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attr(contentSecurityPolicy(shell.cspSource, shell.nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${attr(shell.styleUri)}">
<title>Source Diversity</title>
</head>
<body>
<main id="report" aria-live="polite"><p class="summary">Loading the report…</p></main>
<script nonce="${attr(shell.nonce)}" src="${attr(shell.scriptUri)}"></script>
</body>
</html>
`;
}
