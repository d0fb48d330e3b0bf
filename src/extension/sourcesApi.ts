import type * as vscode from 'vscode';
import type { SourcesIndex as SourcesData } from '../core/sources';
import type { SourcesIndex } from './sourcesIndex';
import type { SourceNode, SourcesProvider, SourcesSort } from './sourcesView';

/** The Sources view's real state, for the tests (part of what `activate` returns, as `sources`). */
export interface SourcesApi {
  /** Builds the index if needed and waits until it and every pending file update are done. */
  settled(): Promise<void>;
  /** The index's data: every source of the workspace. */
  data(): SourcesData;
  /** The view's rows (top level, or the children of `node`) and their tree items. */
  rows(node?: SourceNode): Array<{ node: SourceNode; item: vscode.TreeItem }>;
  /** The view's message (building, the cap note, the filter) and description. */
  message(): string | undefined;
  description(): string | undefined;
  filter(): string;
  sort(): SourcesSort;
  /** Counts the view's redraws and the index's changes. */
  redraws(): number;
  version(): number;
  /** The on-disk cache's location; `save` writes it now. */
  cacheUri(): vscode.Uri | undefined;
  save(): Promise<void>;
  lastBuild(): SourcesIndex['lastBuild'];
  /** Milliseconds from the last file event the index heard to its sources collected. */
  lastUpdateMs(): number | undefined;
}

export function sourcesApi(
  index: SourcesIndex,
  provider: SourcesProvider,
  view: vscode.TreeView<SourceNode>,
): SourcesApi {
  return {
    settled: async () => {
      await index.ensure();
      await index.settled();
    },
    data: () => index.data(),
    rows: (node) => provider.getChildren(node).map((n) => ({ node: n, item: provider.getTreeItem(n) })),
    message: () => view.message,
    description: () => view.description,
    filter: () => provider.filter,
    sort: () => provider.sort,
    redraws: () => provider.redraws,
    version: () => index.version,
    cacheUri: () => index.cacheUri(),
    save: () => index.save(),
    lastBuild: () => index.lastBuild,
    lastUpdateMs: () => index.lastUpdateMs,
  };
}
