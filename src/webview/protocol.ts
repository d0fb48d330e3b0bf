/**
 * The messages between the Source Diversity panel (src/extension/reportPanel.ts) and its webview script
 * (src/webview/report.ts). Types only: both sides import them, neither bundles the other's code.
 */
import type { SourceReport } from '../core/sources/report';

export type ChartFormat = 'svg' | 'png';

/** The charts of the report, by id (also the ids of their <figure> elements and of the export file names). */
export const CHART_IDS = ['gender', 'named', 'kinds', 'top', 'timeline'] as const;
export type ChartId = (typeof CHART_IDS)[number];

/** A chart ready for a file outside the webview: its title and SVG with every color a concrete value. */
export interface ExportedChart {
  id: ChartId;
  title: string;
  description: string;
  svg: string;
  /** The legend's entries: the swatch's name (a key of ExportedTheme.swatches) and its text. */
  legend: Array<{ swatch: string; text: string }>;
}

/** The theme's resolved colors and font, for a report file that must look the same without VS Code. */
export interface ExportedTheme {
  background: string;
  foreground: string;
  muted: string;
  border: string;
  fontFamily: string;
  /** The color of each legend swatch, by name. */
  swatches: Record<string, string>;
}

/** Extension -> webview. */
export type ToWebview =
  | { type: 'data'; report: SourceReport; building: boolean }
  /** Serialize one chart as SVG or PNG and answer with `chart`. */
  | { type: 'exportChart'; request: number; chart: ChartId; format: ChartFormat }
  /** Serialize every chart for the HTML report and answer with `report`. */
  | { type: 'exportReport'; request: number };

/** Webview -> extension. */
export type FromWebview =
  | { type: 'ready' }
  /** The charts are drawn: how many, and the totals they were drawn from (the tests compare them to the index). */
  | { type: 'rendered'; charts: number; quotes: number; sources: number; articles: number; top: string[] }
  /** A chart's save button: the extension asks where and writes the file. */
  | { type: 'saveChart'; chart: ChartId; format: ChartFormat }
  /** The "Save report as HTML" button. */
  | { type: 'saveReport' }
  /** Answer to exportChart: SVG text, or a PNG as base64; `error` when it could not be made. */
  | { type: 'chart'; request: number; data?: string; error?: string }
  /** Answer to exportReport. */
  | {
      type: 'report';
      request: number;
      charts?: ExportedChart[];
      theme?: ExportedTheme;
      summary?: string;
      error?: string;
    }
  /** A Content Security Policy violation seen in the webview (logged; the tests fail on any). */
  | { type: 'cspViolation'; directive: string; blocked: string };
