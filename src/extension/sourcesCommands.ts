import * as vscode from 'vscode';
import { sourcesCsv } from '../core/sources/csv';
import { CMD, SOURCES_VIEW } from './commandIds';
import type { SourcesIndex } from './sourcesIndex';
import { SORT_LABELS, type SourceNode, type SourcesProvider, type SourcesSort } from './sourcesView';

export interface SourcesCommandDeps {
  index: SourcesIndex;
  provider: SourcesProvider;
  treeView: vscode.TreeView<SourceNode>;
  /** Keeps a document this extension opened (the export) from being annotated. */
  ignore(doc: vscode.TextDocument): void;
}

/** The Sources view's commands: show, rebuild, export as CSV, filter, sort, and open a quote's article at it. */
export function registerSourcesCommands(deps: SourcesCommandDeps): vscode.Disposable[] {
  const { index, provider } = deps;
  return [
    vscode.commands.registerCommand(CMD.showSources, async () => {
      await vscode.commands.executeCommand(`${SOURCES_VIEW}.focus`);
      await index.ensure();
    }),
    vscode.commands.registerCommand(CMD.rebuildSources, () => index.rebuild()),
    vscode.commands.registerCommand(CMD.exportSourcesCsv, () => exportCsv(deps)),
    vscode.commands.registerCommand(CMD.filterSources, async (value?: string) => {
      const filter =
        typeof value === 'string'
          ? value
          : await vscode.window.showInputBox({
              title: 'Filter Sources',
              prompt: 'Show the sources whose name, other name or role holds these words (empty: all).',
              value: provider.filter,
            });
      if (filter !== undefined) provider.setFilter(filter);
    }),
    vscode.commands.registerCommand(CMD.sortSources, async (value?: SourcesSort) => {
      const sort =
        value && value in SORT_LABELS
          ? value
          : (
              await vscode.window.showQuickPick(
                (Object.keys(SORT_LABELS) as SourcesSort[]).map((key) => ({
                  label: SORT_LABELS[key],
                  key,
                  picked: key === provider.sort,
                  description: key === provider.sort ? '(current)' : undefined,
                })),
                { title: 'Sort Sources' },
              )
            )?.key;
      if (sort) provider.setSort(sort);
    }),
    vscode.commands.registerCommand(CMD.openSourceQuote, openQuote),
  ];
}

/** Opens `article` with the quote from `start` to `end` selected and in view. */
async function openQuote(article: string, start: number, end: number): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(article));
  const range = new vscode.Range(doc.positionAt(start), doc.positionAt(end));
  const editor = await vscode.window.showTextDocument(doc, { preview: true });
  editor.selection = new vscode.Selection(range.start, range.end);
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

/** Every source of the workspace (not only the filtered ones) as CSV, the columns of `news-lens sources --csv`. */
async function exportCsv(deps: SourcesCommandDeps): Promise<vscode.TextDocument> {
  await deps.index.ensure();
  await deps.index.settled();
  const content = sourcesCsv(deps.index.data().sources);
  const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
  let uri = vscode.Uri.from({ scheme: 'untitled', path: 'sources.csv' });
  for (let n = 2; open.has(uri.toString()); n++)
    uri = vscode.Uri.from({ scheme: 'untitled', path: `sources-${n}.csv` });
  const doc = await vscode.workspace.openTextDocument(uri);
  deps.ignore(doc);
  const edit = new vscode.WorkspaceEdit();
  edit.insert(uri, new vscode.Position(0, 0), content);
  await vscode.workspace.applyEdit(edit);
  await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.Beside, preview: false });
  return doc;
}
