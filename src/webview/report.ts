/**
 * The Source Diversity panel's script (bundled by esbuild into dist/report.js, run inside the webview; never on
 * the extension host). It draws the report's charts with Observable Plot as SVG, in the theme's chart colors, and
 * serializes a chart (SVG, or PNG through a canvas) or every chart (for the HTML report) when the extension asks.
 *
 * The panel's Content Security Policy allows no inline style: Plot's own <style> element is removed from each
 * chart, and media/report.css gives the same rules to the class `nl-plot`. Colors are set from script through the
 * CSSOM or as SVG attributes (both allowed), never as style attributes in markup.
 */
import * as Plot from '@observablehq/plot';
import {
  CATEGORIES,
  GENDERS,
  type SourceCategory,
  type SourceReport,
  type TimelineBar,
  type TopSource,
} from '../core/sources/report';
import type { ChartFormat, ChartId, ExportedChart, ExportedTheme, FromWebview, ToWebview } from './protocol';

declare function acquireVsCodeApi(): { postMessage(message: unknown): void };
const vscode = acquireVsCodeApi();
const post = (m: FromWebview): void => vscode.postMessage(m);

let violations = 0;
document.addEventListener('securitypolicyviolation', (e) => {
  violations++;
  document.body.dataset.cspViolations = String(violations);
  post({ type: 'cspViolation', directive: e.violatedDirective, blocked: e.blockedURI });
});

/** Plot's class for its SVG roots; media/report.css styles it (Plot's own <style> is removed). */
const PLOT_CLASS = 'nl-plot';

const LABELS: Record<SourceCategory | 'named', string> = {
  female: 'Female',
  male: 'Male',
  unknown: 'Unknown',
  organization: 'Organization',
  unnamed: 'Unnamed',
  named: 'Named',
};

type Swatch = SourceCategory | 'named';

interface Chart {
  id: ChartId;
  title: string;
  description: string;
  /** Draws the chart's SVG and the legend's entries for the report at `width` pixels. */
  draw(report: SourceReport, width: number): { svg: SVGSVGElement | HTMLElement; legend: Array<[Swatch, string]> };
  /** Spans both columns of the grid. */
  wide?: boolean;
}

const pct = (share: number): string => `${Math.round(share * 100)}%`;
const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const fmt = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/** The palette: our CSS variables (media/report.css maps them to the theme's chart colors), as concrete values. */
function palette(): Record<Swatch, string> & { foreground: string; muted: string; background: string } {
  const css = getComputedStyle(document.body);
  const v = (name: string, fallback: string): string => css.getPropertyValue(name).trim() || fallback;
  return {
    female: v('--nl-female', '#d18616'),
    male: v('--nl-male', '#3794ff'),
    unknown: v('--nl-unknown', '#8b8b8b'),
    organization: v('--nl-organization', '#89d185'),
    unnamed: v('--nl-unnamed', '#b180d7'),
    named: v('--nl-named', '#cca700'),
    foreground: v('--nl-foreground', '#cccccc'),
    muted: v('--nl-muted', '#9d9d9d'),
    background: v('--nl-background', '#1e1e1e'),
  };
}

/** [r, g, b] of a CSS color (#rgb, #rrggbb, #rrggbbaa, rgb()/rgba()), or undefined. */
function rgb(color: string): [number, number, number] | undefined {
  const hex = /^#([0-9a-f]{3,8})$/i.exec(color.trim());
  if (hex) {
    const h = hex[1];
    const full = h.length <= 4 ? [...h.slice(0, 3)].map((c) => c + c).join('') : h.slice(0, 6);
    return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
  }
  const fn = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/i.exec(color.trim());
  return fn ? [Number(fn[1]), Number(fn[2]), Number(fn[3])] : undefined;
}

/** Black or white, whichever reads better on `color` (WCAG relative luminance). */
function textOn(color: string): string {
  const c = rgb(color);
  if (!c) return '#000000';
  const [r, g, b] = c.map((x) => {
    const s = x / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  const l = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return l > 0.2 ? '#000000' : '#ffffff';
}

/** One 100% bar per group, stacked by `keys`, each part labeled with its name and share when it fits. */
function shareBars<K extends Swatch>(
  groups: Array<{ group: string; parts: Array<{ key: K; count: number; share: number }> }>,
  keys: readonly K[],
  width: number,
): SVGSVGElement | HTMLElement {
  const colors = palette();
  const rows = groups.flatMap((g) =>
    g.parts.filter((p) => p.count > 0).map((p) => ({ group: g.group, key: p.key, count: p.count, share: p.share })),
  );
  const pxPerShare = Math.max(1, width - 100);
  const label = (d: (typeof rows)[number]): string => {
    const px = d.share * pxPerShare;
    if (px >= 110) return `${LABELS[d.key]} ${pct(d.share)}`;
    if (px >= 34) return pct(d.share);
    return '';
  };
  // The bars and their labels stack alike, so each label sits on its own bar.
  const stack = { x: 'share', y: 'group', z: 'key', order: [...keys] };
  return Plot.plot({
    className: PLOT_CLASS,
    width,
    height: 34 + groups.length * 44,
    marginLeft: 80,
    marginRight: 16,
    x: { domain: [0, 1], tickFormat: '.0%', label: null, ticks: 5 },
    y: { domain: groups.map((g) => g.group), label: null, padding: 0.25 },
    color: { type: 'identity' },
    marks: [
      Plot.barX(
        rows,
        Plot.stackX({
          ...stack,
          fill: (d: (typeof rows)[number]) => colors[d.key],
          title: (d: (typeof rows)[number]) => `${LABELS[d.key]}: ${d.count} (${pct(d.share)})`,
        }),
      ),
      Plot.textX(
        rows,
        Plot.stackX({
          ...stack,
          text: label,
          fill: (d: (typeof rows)[number]) => textOn(colors[d.key]),
          fontWeight: 600,
        }),
      ),
    ],
  });
}

/** Whole numbers from 0 to `max`, at most about six of them. */
function integerTicks(max: number): number[] {
  const step = Math.max(1, Math.ceil(max / 6));
  const out: number[] = [];
  for (let v = 0; v <= max; v += step) out.push(v);
  return out;
}

/** Horizontal bars of counts with their number at the end, one color or one per row. */
function countBars<T>(
  rows: T[],
  options: {
    y: (d: T) => string;
    x: (d: T) => number;
    fill: (d: T) => string;
    end: (d: T) => string;
    title: (d: T) => string;
    width: number;
    xLabel: string;
  },
): SVGSVGElement | HTMLElement {
  const longest = Math.max(4, ...rows.map((d) => options.y(d).length));
  const marginLeft = Math.min(220, 16 + longest * 7);
  const maxEnd = Math.max(4, ...rows.map((d) => options.end(d).length));
  const max = Math.max(1, ...rows.map(options.x));
  return Plot.plot({
    className: PLOT_CLASS,
    width: options.width,
    height: 44 + rows.length * 24,
    marginLeft,
    marginRight: 16 + maxEnd * 7,
    x: {
      label: options.xLabel,
      grid: true,
      ticks: integerTicks(max),
      tickFormat: 'd',
    },
    y: { domain: rows.map(options.y), label: null, padding: 0.2 },
    color: { type: 'identity' },
    marks: [
      Plot.barX(rows, { x: options.x, y: options.y, fill: options.fill, title: options.title }),
      Plot.text(rows, {
        x: options.x,
        y: options.y,
        text: options.end,
        textAnchor: 'start',
        dx: 5,
        fill: 'currentColor',
      }),
      Plot.ruleX([0]),
    ],
  });
}

const CHARTS: Chart[] = [
  {
    id: 'gender',
    title: 'Women and men quoted',
    description:
      'People quoted by name: the share of their quotes, and of the people. Unknown: the text gives no gender.',
    draw(report, width) {
      const parts = (which: 'quotes' | 'sources') =>
        GENDERS.map((key) => ({ key, count: report.gender[which][key].count, share: report.gender[which][key].share }));
      const svg = shareBars(
        [
          { group: 'Quotes', parts: parts('quotes') },
          { group: 'People', parts: parts('sources') },
        ],
        GENDERS,
        width,
      );
      const legend = GENDERS.map((g): [Swatch, string] => [
        g,
        `${LABELS[g]}: ${plural(report.gender.quotes[g].count, 'quote')} (${pct(report.gender.quotes[g].share)}), ${plural(report.gender.sources[g].count, 'person', 'people')} (${pct(report.gender.sources[g].share)})`,
      ]);
      return { svg, legend };
    },
  },
  {
    id: 'named',
    title: 'Named and unnamed sources',
    description: 'Quotes given to a named person or organization, and to an unnamed source ("a senior official").',
    draw(report, width) {
      const keys = ['named', 'unnamed'] as const;
      const svg = shareBars(
        [{ group: 'Quotes', parts: keys.map((key) => ({ key, ...report.named[key] })) }],
        keys,
        width,
      );
      const legend = keys.map((k): [Swatch, string] => [
        k,
        `${LABELS[k]}: ${plural(report.named[k].count, 'quote')} (${pct(report.named[k].share)})`,
      ]);
      return { svg, legend };
    },
  },
  {
    id: 'kinds',
    title: 'Sources by kind of role',
    description:
      'Named sources by the role the articles give them (mayor: politician, professor: expert). Unknown: no role given.',
    draw(report, width) {
      const colors = palette();
      const rows = [...report.kinds].sort((a, b) => b.sources - a.sources || b.quotes - a.quotes);
      const svg = countBars(rows, {
        y: (d) => capital(d.kind),
        x: (d) => d.sources,
        fill: () => colors.named,
        end: (d) => `${d.sources} (${plural(d.quotes, 'quote')})`,
        title: (d) => `${capital(d.kind)}: ${plural(d.sources, 'source')}, ${plural(d.quotes, 'quote')}`,
        width,
        xLabel: 'Sources →',
      });
      return { svg, legend: [['named', 'Named sources']] };
    },
  },
  {
    id: 'top',
    title: 'Most quoted sources',
    description: 'The 15 named sources quoted most often, with their gender (people) or "organization".',
    draw(report, width) {
      const colors = palette();
      const tag: Record<TopSource['category'], string> = {
        female: 'female',
        male: 'male',
        unknown: 'gender unknown',
        organization: 'organization',
      };
      const name = (d: TopSource): string => (d.name.length > 30 ? `${d.name.slice(0, 29)}…` : d.name);
      const svg = countBars(report.top, {
        y: name,
        x: (d) => d.quotes,
        fill: (d) => colors[d.category],
        end: (d) => `${d.quotes} · ${tag[d.category]}`,
        title: (d) =>
          `${d.name}${d.role ? `, ${d.role}` : ''}: ${plural(d.quotes, 'quote')} in ${plural(d.articles, 'article')}`,
        width,
        xLabel: 'Quotes →',
      });
      const present = (['female', 'male', 'unknown', 'organization'] as const).filter((c) =>
        report.top.some((t) => t.category === c),
      );
      return { svg, legend: present.map((c): [Swatch, string] => [c, capital(tag[c])]) };
    },
  },
  {
    id: 'timeline',
    title: 'Quotes per article',
    description: '',
    wide: true,
    draw(report, width) {
      const colors = palette();
      const { bars, by, articlesPerBar } = report.timeline;
      const rows = bars.flatMap((b) => CATEGORIES.map((c) => ({ bar: b, category: c, value: b.perArticle[c] })));
      const tick = (b: TimelineBar): string => {
        const s = by === 'date' ? (b.date ?? b.label) : b.label.split('/').pop()!;
        return s.length > 18 ? `${s.slice(0, 17)}…` : s;
      };
      const every = Math.max(1, Math.ceil(bars.length / Math.max(1, Math.floor(width / 70))));
      const rotate = width / Math.max(1, bars.length) < 120;
      const top = Math.max(1, ...bars.map((b) => CATEGORIES.reduce((n, c) => n + b.perArticle[c], 0)));
      const svg = Plot.plot({
        className: PLOT_CLASS,
        width,
        height: rotate ? 300 : 240,
        marginTop: 28,
        marginLeft: 48,
        marginBottom: rotate ? 90 : 40,
        marginRight: 16,
        x: {
          domain: bars.map((b) => b.index),
          label: null,
          tickFormat: (i: number) => (i % every === 0 ? tick(bars[i]) : ''),
          tickRotate: rotate ? -35 : 0,
          padding: 0.15,
        },
        y: {
          label: articlesPerBar > 1 ? '↑ Quotes per article (mean)' : '↑ Quotes',
          grid: true,
          domain: [0, top * 1.1],
          ticks: articlesPerBar > 1 ? 5 : integerTicks(top),
          tickFormat: articlesPerBar > 1 ? undefined : 'd',
        },
        color: { type: 'identity' },
        marks: [
          Plot.barY(
            rows,
            Plot.stackY({
              x: (d: (typeof rows)[number]) => d.bar.index,
              y: 'value',
              z: 'category',
              order: [...CATEGORIES],
              fill: (d: (typeof rows)[number]) => colors[d.category],
              title: (d: (typeof rows)[number]) =>
                `${d.bar.label}${d.bar.date && by === 'date' ? ` (${d.bar.date})` : ''}\n${LABELS[d.category]}: ${fmt(d.value)}`,
            }),
          ),
          Plot.text(
            bars.filter((b) => b.quotes > 0 && bars.length <= 30),
            {
              x: (b: TimelineBar) => b.index,
              y: (b: TimelineBar) => CATEGORIES.reduce((n, c) => n + b.perArticle[c], 0),
              text: (b: TimelineBar) => fmt(b.quotes / b.articles),
              dy: -7,
              fill: 'currentColor',
            },
          ),
          Plot.ruleY([0]),
        ],
      });
      const present = CATEGORIES.filter((c) => bars.some((b) => b.perArticle[c] > 0));
      return { svg, legend: present.map((c): [Swatch, string] => [c, LABELS[c]]) };
    },
  },
];

function timelineDescription(report: SourceReport): string {
  const { by, articlesPerBar } = report.timeline;
  const order = by === 'date' ? 'by the date in each article' : 'in the order of the files';
  const runs = articlesPerBar > 1 ? `, ${articlesPerBar} articles a bar` : '';
  return `Quotes in each article ${order}${runs}, by whom they are given to.`;
}

let current: SourceReport | undefined;
let building = false;
const root = document.getElementById('report')!;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: { className?: string; text?: string; attrs?: Record<string, string> } = {},
  ...children: Node[]
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (props.className) e.className = props.className;
  if (props.text !== undefined) e.textContent = props.text;
  for (const [k, v] of Object.entries(props.attrs ?? {})) e.setAttribute(k, v);
  for (const c of children) e.append(c);
  return e;
}

function summaryLine(r: SourceReport): string {
  const parts = [
    plural(r.articles, 'article'),
    plural(r.quotes, 'attributed quote'),
    `${plural(r.sources, 'named source')} (${plural(r.people, 'person', 'people')}, ${plural(r.organizations, 'organization')})`,
  ];
  if (r.quotes) parts.push(`${pct(r.named.unnamed.share)} of quotes from unnamed sources`);
  if (r.unattributedQuotes) parts.push(`${plural(r.unattributedQuotes, 'quote')} without a speaker left out`);
  return parts.join(' · ');
}

/** Plot appends a <style> element to its SVG: the CSP blocks it, and media/report.css has its rules. */
function stripPlotStyle(node: Element): void {
  for (const s of Array.from(node.querySelectorAll('style'))) s.remove();
}

function render(): void {
  const report = current;
  root.replaceChildren();
  const header = el(
    'header',
    { className: 'report-header' },
    el('div', {}, el('h1', { text: 'Source Diversity' }), el('p', { className: 'summary' })),
    el('button', { className: 'save-report', text: 'Save Report as HTML…', attrs: { type: 'button' } }),
  );
  header.querySelector('button')!.addEventListener('click', () => post({ type: 'saveReport' }));
  root.append(header);
  const summary = header.querySelector('.summary')!;
  if (!report || report.quotes === 0) {
    summary.textContent = building
      ? 'Indexing the articles of the workspace…'
      : 'No quoted sources in the articles of this workspace yet.';
    post({ type: 'rendered', charts: 0, quotes: 0, sources: 0, articles: report?.articles ?? 0, top: [] });
    return;
  }
  summary.textContent = summaryLine(report) + (building ? ' · updating…' : '');
  const grid = el('div', { className: 'grid' });
  root.append(grid);
  // Every figure first, then the charts: each is drawn at the width its grid cell really has.
  const figures = CHARTS.map((chart) => {
    const figure = el('figure', { className: `chart${chart.wide ? ' wide' : ''}`, attrs: { id: `chart-${chart.id}` } });
    const description = chart.id === 'timeline' ? timelineDescription(report) : chart.description;
    const buttons = el('div', { className: 'buttons' });
    for (const format of ['svg', 'png'] as const) {
      const b = el('button', {
        className: `save-chart save-${format}`,
        text: format.toUpperCase(),
        attrs: { type: 'button', title: `Save "${chart.title}" as ${format.toUpperCase()}…`, 'data-format': format },
      });
      b.addEventListener('click', () => post({ type: 'saveChart', chart: chart.id, format }));
      buttons.append(b);
    }
    const plot = el('div', { className: 'plot' });
    const legendEl = el('ul', { className: 'legend' });
    figure.append(
      el(
        'figcaption',
        {},
        el('div', {}, el('h2', { text: chart.title }), el('p', { className: 'description', text: description })),
        buttons,
      ),
      plot,
      legendEl,
    );
    grid.append(figure);
    return { chart, plot, legendEl };
  });
  let drawn = 0;
  for (const { chart, plot, legendEl } of figures) {
    const width = Math.max(280, Math.floor(plot.clientWidth));
    const { svg, legend } = chart.draw(report, width);
    stripPlotStyle(svg);
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', chart.title);
    plot.append(svg);
    for (const [swatch, text] of legend)
      legendEl.append(el('li', {}, el('span', { className: `swatch ${swatch}` }), document.createTextNode(text)));
    drawn++;
  }
  post({
    type: 'rendered',
    charts: drawn,
    quotes: report.quotes,
    sources: report.sources,
    articles: report.articles,
    top: report.top.map((t) => t.name),
  });
}

/** The chart's SVG as a standalone file: concrete colors and font, the theme's background, no class styles. */
function standaloneSvg(id: ChartId): { svg: string; width: number; height: number } {
  const svg = document.querySelector(`#chart-${id} .plot svg`) as SVGSVGElement | null;
  if (!svg) throw new Error(`the chart ${id} is not drawn`);
  const colors = palette();
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const css = getComputedStyle(svg);
  const width = Number(svg.getAttribute('width')) || svg.clientWidth;
  const height = Number(svg.getAttribute('height')) || svg.clientHeight;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('font-family', css.fontFamily);
  clone.setAttribute('font-size', css.fontSize);
  clone.removeAttribute('class');
  const bg = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', colors.background);
  clone.insertBefore(bg, clone.firstChild);
  const style = document.createElementNS('http://www.w3.org/2000/svg', 'style');
  style.textContent = 'text, tspan { white-space: pre; }';
  clone.insertBefore(style, clone.firstChild);
  const text = new XMLSerializer().serializeToString(clone).replace(/currentColor/g, colors.foreground);
  return { svg: text, width, height };
}

async function png(id: ChartId): Promise<string> {
  const { svg, width, height } = standaloneSvg(id);
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await img.decode();
  const scale = 2;
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(width * scale);
  canvas.height = Math.ceil(height * scale);
  const ctx = canvas.getContext('2d')!;
  ctx.scale(scale, scale);
  ctx.drawImage(img, 0, 0, width, height);
  return canvas.toDataURL('image/png').replace(/^data:image\/png;base64,/, '');
}

async function exportChart(chart: ChartId, format: ChartFormat): Promise<string> {
  return format === 'svg' ? standaloneSvg(chart).svg : png(chart);
}

function exportReport(): { charts: ExportedChart[]; theme: ExportedTheme; summary: string } {
  const colors = palette();
  const css = getComputedStyle(document.body);
  const charts: ExportedChart[] = [];
  for (const chart of CHARTS) {
    const figure = document.getElementById(`chart-${chart.id}`);
    if (!figure) continue;
    const legend = Array.from(figure.querySelectorAll('.legend li')).map((li) => ({
      swatch: (li.querySelector('.swatch')?.className ?? '').replace('swatch', '').trim(),
      text: li.textContent ?? '',
    }));
    charts.push({
      id: chart.id,
      title: chart.title,
      description: figure.querySelector('.description')?.textContent ?? '',
      svg: standaloneSvg(chart.id).svg,
      legend,
    });
  }
  return {
    charts,
    summary: document.querySelector('.summary')?.textContent ?? '',
    theme: {
      background: colors.background,
      foreground: colors.foreground,
      muted: colors.muted,
      border: css.getPropertyValue('--nl-border').trim() || colors.muted,
      fontFamily: css.fontFamily,
      swatches: Object.fromEntries(
        (['female', 'male', 'unknown', 'organization', 'unnamed', 'named'] as const).map((k) => [k, colors[k]]),
      ),
    },
  };
}

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
  const m = event.data;
  if (m.type === 'data') {
    current = m.report;
    building = m.building;
    render();
  } else if (m.type === 'exportChart') {
    exportChart(m.chart, m.format).then(
      (data) => post({ type: 'chart', request: m.request, data }),
      (e: unknown) => post({ type: 'chart', request: m.request, error: String(e) }),
    );
  } else if (m.type === 'exportReport') {
    try {
      post({ type: 'report', request: m.request, ...exportReport() });
    } catch (e) {
      post({ type: 'report', request: m.request, error: String(e) });
    }
  }
});

// Redraw when the theme changes (VS Code switches the body's class) or the panel is resized.
let redraw: ReturnType<typeof setTimeout> | undefined;
const later = (): void => {
  clearTimeout(redraw);
  redraw = setTimeout(() => current && render(), 150);
};
new MutationObserver(later).observe(document.body, { attributes: true, attributeFilter: ['class'] });
let lastWidth = window.innerWidth;
window.addEventListener('resize', () => {
  if (window.innerWidth !== lastWidth) {
    lastWidth = window.innerWidth;
    later();
  }
});

post({ type: 'ready' });
