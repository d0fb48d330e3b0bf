import * as vscode from 'vscode';
import type { Source, SourceQuote } from '../core/sources';
import { CMD } from './commandIds';
import type { SourcesIndex } from './sourcesIndex';

/** A row of the Sources view: a source, one article quoting it, one quote in that article. */
export type SourceNode =
  | { kind: 'source'; source: Source }
  | { kind: 'article'; source: Source; article: string; quotes: SourceQuote[] }
  | { kind: 'quote'; source: Source; quote: SourceQuote };

export type SourcesSort = 'quotes' | 'articles' | 'name';

export const SORT_LABELS: Record<SourcesSort, string> = {
  quotes: 'Most quoted first',
  articles: 'In most articles first',
  name: 'By name',
};

/** Longest quote shown in a row; the tooltip has all of it. */
const QUOTE_LABEL_CHARS = 100;
/** Changes arriving in a burst (a build's end, several saved files) redraw the view once. */
const REDRAW_DEBOUNCE_MS = 50;

/**
 * The Sources view's rows over the workspace's sources index: one row per source (most quoted first, or as
 * `sort` says), filtered by name, other names or role; under a source the articles quoting it, under each
 * article its quotes (clicking one opens the article at it).
 */
export class SourcesProvider implements vscode.TreeDataProvider<SourceNode>, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<SourceNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private filter_ = '';
  private sort_: SourcesSort = 'quotes';
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly sub: vscode.Disposable;
  /** Counts redraws (a test waits for the view to show a change). */
  redraws = 0;
  /** Called after every redraw (the view's message and description follow). */
  onRedraw: () => void = () => undefined;

  constructor(private readonly index: SourcesIndex) {
    this.sub = index.onDidChange(() => this.scheduleRedraw());
  }

  get filter(): string {
    return this.filter_;
  }

  get sort(): SourcesSort {
    return this.sort_;
  }

  setFilter(filter: string): void {
    this.filter_ = filter.trim();
    this.redraw();
  }

  setSort(sort: SourcesSort): void {
    this.sort_ = sort;
    this.redraw();
  }

  redraw(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.redraws++;
    this.emitter.fire(undefined);
    this.onRedraw();
  }

  private scheduleRedraw(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.redraw(), REDRAW_DEBOUNCE_MS);
  }

  /** The sources shown: filtered and sorted. */
  sources(): Source[] {
    if (!this.index.isReady()) return [];
    const needle = this.filter_.toLowerCase();
    const shown = needle
      ? this.index
          .data()
          .sources.filter((s) => [s.name, ...s.aliases, ...s.roles].some((t) => t.toLowerCase().includes(needle)))
      : [...this.index.data().sources];
    const byName = (a: Source, b: Source): number => a.name.localeCompare(b.name);
    if (this.sort_ === 'name') shown.sort(byName);
    else if (this.sort_ === 'articles')
      shown.sort((a, b) => b.articles.length - a.articles.length || b.quotes.length - a.quotes.length || byName(a, b));
    // 'quotes': collectSources's order, most quoted first.
    return shown;
  }

  getChildren(node?: SourceNode): SourceNode[] {
    if (!node) return this.sources().map((source) => ({ kind: 'source', source }));
    if (node.kind === 'source')
      return node.source.articles.map((article) => ({
        kind: 'article',
        source: node.source,
        article,
        quotes: node.source.quotes.filter((q) => q.article === article),
      }));
    if (node.kind === 'article') return node.quotes.map((quote) => ({ kind: 'quote', source: node.source, quote }));
    return [];
  }

  getTreeItem(node: SourceNode): vscode.TreeItem {
    if (node.kind === 'source') return sourceItem(node.source);
    if (node.kind === 'article') {
      const uri = vscode.Uri.parse(node.article);
      const item = new vscode.TreeItem(articleName(uri), vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `article:${node.source.key}:${node.article}`;
      item.resourceUri = uri;
      item.iconPath = vscode.ThemeIcon.File; // the file's icon (a collapsible row with a resource shows a folder)
      item.description = count(node.quotes.length, 'quote');
      item.tooltip = vscode.workspace.asRelativePath(uri, true);
      item.contextValue = 'sourceArticle';
      return item;
    }
    const q = node.quote;
    const flat = q.text.replace(/\s+/g, ' ').trim();
    const item = new vscode.TreeItem(
      flat.length > QUOTE_LABEL_CHARS ? `${flat.slice(0, QUOTE_LABEL_CHARS - 1)}…` : flat,
      vscode.TreeItemCollapsibleState.None,
    );
    item.id = `quote:${node.source.key}:${q.article}:${q.start}`;
    item.description = q.speakerMention && q.speakerMention !== node.source.name ? `— ${q.speakerMention}` : q.kind;
    item.tooltip = new vscode.MarkdownString().appendText(q.text);
    item.iconPath = new vscode.ThemeIcon(
      q.kind === 'direct' ? 'quote' : q.kind === 'mixed' ? 'comment-discussion' : 'comment',
    );
    item.command = {
      command: CMD.openSourceQuote,
      title: 'Open the Article at the Quote',
      arguments: [q.article, q.start, q.end],
    };
    item.contextValue = 'sourceQuote';
    return item;
  }

  getParent(): undefined {
    return undefined;
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.sub.dispose();
    this.emitter.dispose();
  }
}

/**
 * The view's message (indexing, the maxFiles cap, articles that could not be indexed, the filter's count) and
 * description (the filter and the order), and the `newsLens.sourcesIndexed` context key its welcome text waits for.
 */
export function describeSourcesView(
  treeView: vscode.TreeView<SourceNode>,
  provider: SourcesProvider,
  index: SourcesIndex,
): void {
  const notes = [];
  if (index.isBuilding()) notes.push('Indexing the articles of the workspace…');
  if (index.cap)
    notes.push(
      `Only the first ${index.cap.max.toLocaleString('en')} articles are indexed: the workspace has more (newsLens.sources.maxFiles).`,
    );
  const failed = index.lastBuild?.failed ?? 0;
  if (failed)
    notes.push(
      `${failed} ${failed === 1 ? 'article' : 'articles'} could not be indexed (${index.lastBuild?.problem}): Rebuild Sources Index tries again.`,
    );
  if (provider.filter)
    notes.push(`Filter “${provider.filter}”: ${provider.sources().length} of ${index.data().sources.length} sources.`);
  treeView.message = notes.length ? notes.join(' ') : undefined;
  treeView.description =
    [provider.filter && `“${provider.filter}”`, provider.sort !== 'quotes' && SORT_LABELS[provider.sort]]
      .filter(Boolean)
      .join(' · ') || undefined;
  void vscode.commands.executeCommand('setContext', 'newsLens.sourcesIndexed', index.isReady());
}

function sourceItem(s: Source): vscode.TreeItem {
  const item = new vscode.TreeItem(s.name, vscode.TreeItemCollapsibleState.Collapsed);
  item.id = `source:${s.key}`;
  const gender = s.unnamed || s.type !== 'PERSON' ? '' : genderText(s);
  item.description = [s.roles[0], gender, count(s.articles.length, 'article'), count(s.quotes.length, 'quote')]
    .filter(Boolean)
    .join(' · ');
  const tip = new vscode.MarkdownString();
  tip.appendMarkdown(`**${escape(s.name)}**`);
  if (s.type && !s.unnamed)
    tip.appendMarkdown(
      ` (${s.type === 'PERSON' ? 'person' : s.type === 'ORG' ? 'organization' : s.type.toLowerCase()})`,
    );
  if (s.roles.length) tip.appendMarkdown(`\n\nRoles: ${escape(s.roles.join('; '))}`);
  if (gender) tip.appendMarkdown(`\n\nGender: ${escape(gender)}`);
  if (s.aliases.length) tip.appendMarkdown(`\n\nAlso named: ${escape(s.aliases.join(', '))}`);
  if (s.similar.length)
    tip.appendMarkdown(
      `\n\nSpelled much like: ${escape(s.similar.join(', '))} (maybe the same; merge with newsLens.knownPeople aliases)`,
    );
  tip.appendMarkdown(`\n\n${count(s.quotes.length, 'quote')} in ${count(s.articles.length, 'article')}`);
  item.tooltip = tip;
  item.iconPath = new vscode.ThemeIcon(s.unnamed ? 'question' : s.type === 'PERSON' ? 'person' : 'organization');
  item.contextValue = s.unnamed ? 'unnamedSources' : 'source';
  return item;
}

/** "female (pronoun)", "unknown gender". */
function genderText(s: Source): string {
  return s.gender ? `${s.gender}${s.genderEvidence ? ` (${s.genderEvidence})` : ''}` : 'unknown gender';
}

function articleName(uri: vscode.Uri): string {
  return vscode.workspace.asRelativePath(uri, false);
}

function count(n: number, what: string): string {
  return `${n} ${what}${n === 1 ? '' : 's'}`;
}

function escape(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!<>|]/g, '\\$&');
}
