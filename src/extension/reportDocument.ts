/**
 * "Save Report as HTML": one self-contained file, the report's charts as inline SVG with their legends, and inline
 * CSS whose colors are the theme's as the panel resolved them (concrete values, no CSS variables). No script, no
 * link, no external reference: it opens the same anywhere, offline. No vscode import: the unit tests read it.
 */
import type { ExportedChart, ExportedTheme } from '../webview/protocol';

export interface ReportDocument {
  title: string;
  summary: string;
  charts: ExportedChart[];
  theme: ExportedTheme;
  /** When it was made (shown in the footer). */
  generated: Date;
}

const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A CSS value from the webview, kept only when it cannot close the rule or load anything. */
function cssValue(v: string, fallback: string): string {
  return /^[\w\s#%(),.'"-]+$/.test(v) && !/url\s*\(|expression|@import/i.test(v) ? v : fallback;
}

/**
 * An SVG from the webview, without anything active or external: scripts, foreign objects, event handler
 * attributes, and href attributes other than in-document (#id) references are removed.
 */
export function inertSvg(svg: string): string {
  return svg
    .replace(/<script\b[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<foreignObject\b[\s\S]*?<\/foreignObject\s*>/gi, '')
    .replace(/\son[a-z]+\s*=\s*("[^"]*"|'[^']*')/gi, '')
    .replace(/\s(?:xlink:)?href\s*=\s*("(?!#)[^"]*"|'(?!#)[^']*')/gi, '');
}

export function reportDocument(doc: ReportDocument): string {
  const t = doc.theme;
  const bg = cssValue(t.background, '#ffffff');
  const fg = cssValue(t.foreground, '#1f1f1f');
  const muted = cssValue(t.muted, '#616161');
  const border = cssValue(t.border, '#d0d0d0');
  const font = cssValue(t.fontFamily, 'system-ui, sans-serif');
  const swatches = Object.entries(t.swatches)
    .filter(([k]) => /^[a-z-]+$/.test(k))
    .map(([k, v]) => `.swatch.${k} { background: ${cssValue(v, muted)}; }`)
    .join('\n');
  const figures = doc.charts
    .map((c) => {
      const legend = c.legend
        .map((l) => `<li><span class="swatch ${esc(l.swatch)}"></span>${esc(l.text)}</li>`)
        .join('');
      return `<figure class="chart${c.id === 'timeline' ? ' wide' : ''}" id="chart-${esc(c.id)}">
<figcaption><h2>${esc(c.title)}</h2><p class="description">${esc(c.description)}</p></figcaption>
${inertSvg(c.svg)}
<ul class="legend">${legend}</ul>
</figure>`;
    })
    .join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${esc(doc.title)}</title>
<style>
body { margin: 0; padding: 16px 24px 32px; background: ${bg}; color: ${fg}; font-family: ${font}; font-size: 14px; }
h1 { font-size: 1.5em; margin: 0 0 4px; }
h2 { font-size: 1.1em; margin: 0 0 2px; }
.summary, .description, footer { color: ${muted}; margin: 0; }
header { border-bottom: 1px solid ${border}; padding-bottom: 10px; margin-bottom: 16px; }
.grid { display: grid; grid-template-columns: repeat(2, minmax(0, 1fr)); gap: 16px; }\n@media (max-width: 820px) { .grid { grid-template-columns: minmax(0, 1fr); } }
.chart { margin: 0; padding: 12px 14px 10px; border: 1px solid ${border}; border-radius: 4px; min-width: 0; }
.chart.wide { grid-column: 1 / -1; }
figcaption { margin-bottom: 8px; }
.chart svg { display: block; max-width: 100%; height: auto; }
.legend { display: flex; flex-wrap: wrap; gap: 4px 16px; list-style: none; margin: 6px 0 0; padding: 0; color: ${muted}; }
.legend li { display: flex; align-items: center; gap: 6px; }
.swatch { display: inline-block; width: 12px; height: 12px; border-radius: 2px; }
${swatches}
footer { margin-top: 16px; font-size: 0.9em; }
</style>
</head>
<body>
<header><h1>${esc(doc.title)}</h1><p class="summary">${esc(doc.summary)}</p></header>
<main class="grid">
${figures}
</main>
<footer>Made by News Lens on ${esc(doc.generated.toISOString().slice(0, 16).replace('T', ' '))} UTC.</footer>
</body>
</html>
`;
}
