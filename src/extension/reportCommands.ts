import * as vscode from 'vscode';
import type { ChartFormat, ChartId } from '../webview/protocol';
import { CMD } from './commandIds';
import type { ReportPanel } from './reportPanel';

/**
 * The Source Diversity report's commands: show it; save it as HTML, or one chart as SVG or PNG. The save commands
 * take an optional target URI (then no dialog asks where), so other extensions and the tests can call them.
 */
export function registerReportCommands(panel: ReportPanel): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(CMD.showSourceReport, () => {
      panel.show();
    }),
    vscode.commands.registerCommand(CMD.saveSourceReportHtml, (target?: vscode.Uri) =>
      panel.saveReport(target instanceof vscode.Uri ? target : undefined),
    ),
    vscode.commands.registerCommand(
      CMD.saveSourceReportChart,
      (chart: ChartId, format: ChartFormat, target?: vscode.Uri) =>
        panel.saveChart(chart, format, target instanceof vscode.Uri ? target : undefined),
    ),
  ];
}
