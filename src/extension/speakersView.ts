import * as vscode from 'vscode';
import type { Quote } from '../core/types';
import { CMD } from './commandIds';
import { AnnotationModel, firstWords, kindLabel, type Speaker } from './model';
import type { AnnotationStore } from './store';

/** A row of the Speakers view: a speaker, the unattributed group, or one quote. */
export type SpeakerNode =
  | { kind: 'speaker'; id: string; speaker: Speaker }
  | { kind: 'unattributed'; id: string; quotes: Quote[] }
  | { kind: 'quote'; id: string; quote: Quote; parent: SpeakerNode }
  | { kind: 'more'; id: string; count: number; parent: SpeakerNode };

/** Rows under one speaker, at most; the rest are reached with the jump commands (keeps huge documents fast). */
export const MAX_CHILDREN = 300;
/** Speakers start expanded only in documents with at most this many quotes. */
const EXPAND_LIMIT = 60;

const ICONS: Record<Quote['kind'], string> = { direct: 'quote', mixed: 'comment-discussion', indirect: 'comment' };

/** Speakers of the active plain-text document, most quoted first, each with their quotes and claims. */
export class SpeakersProvider implements vscode.TreeDataProvider<SpeakerNode> {
  private readonly emitter = new vscode.EventEmitter<SpeakerNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private doc: vscode.TextDocument | undefined;
  private model: AnnotationModel | undefined;
  private roots: SpeakerNode[] = [];
  private children = new Map<string, SpeakerNode[]>();

  constructor(private readonly store: AnnotationStore) {}

  get document(): vscode.TextDocument | undefined {
    return this.doc;
  }

  /** Rebuilds the rows from the document's current annotation (keeps the old rows while one is pending). */
  update(doc: vscode.TextDocument | undefined): void {
    const status = doc ? this.store.status(doc) : undefined;
    if (doc && doc === this.doc && status?.kind === 'pending') return;
    this.doc = doc;
    const model = doc && status?.kind === 'ready' ? this.store.lastModel(doc) : undefined;
    if (model === this.model && doc === this.doc && this.roots.length) return;
    this.model = model;
    this.build();
    this.emitter.fire(undefined);
  }

  quoteCount(): number {
    return this.model ? this.model.quotes.length : 0;
  }

  private build(): void {
    this.roots = [];
    this.children.clear();
    const model = this.model;
    if (!model) return;
    for (const speaker of model.speakers) {
      const node: SpeakerNode = { kind: 'speaker', id: `speaker:${speaker.entity.name}`, speaker };
      this.roots.push(node);
      this.children.set(node.id, this.quoteNodes(node, speaker.quotes));
    }
    if (model.unattributed.length) {
      const node: SpeakerNode = { kind: 'unattributed', id: 'unattributed', quotes: model.unattributed };
      this.roots.push(node);
      this.children.set(node.id, this.quoteNodes(node, model.unattributed));
    }
  }

  private quoteNodes(parent: SpeakerNode, quotes: Quote[]): SpeakerNode[] {
    const nodes: SpeakerNode[] = quotes
      .slice(0, MAX_CHILDREN)
      .map((quote, i) => ({ kind: 'quote', id: `${parent.id}/${i + 1}`, quote, parent }));
    if (quotes.length > MAX_CHILDREN) nodes.push({ kind: 'more', id: `${parent.id}/more`, count: quotes.length - MAX_CHILDREN, parent });
    return nodes;
  }

  getChildren(node?: SpeakerNode): SpeakerNode[] {
    if (!node) return this.roots;
    return this.children.get(node.id) ?? [];
  }

  getParent(node: SpeakerNode): SpeakerNode | undefined {
    return node.kind === 'quote' || node.kind === 'more' ? node.parent : undefined;
  }

  /** The row of the quote containing `offset`, if any. */
  nodeForQuote(quote: Quote): SpeakerNode | undefined {
    for (const list of this.children.values()) {
      const hit = list.find((n) => n.kind === 'quote' && n.quote === quote);
      if (hit) return hit;
    }
    return undefined;
  }

  /** The row of the speaker named `name`. */
  nodeForSpeaker(name: string): SpeakerNode | undefined {
    return this.roots.find((n) => n.kind === 'speaker' && n.speaker.entity.name === name);
  }

  getTreeItem(node: SpeakerNode): vscode.TreeItem {
    if (node.kind === 'speaker') {
      const { entity, quoteCount, claimCount } = node.speaker;
      const expand = (this.model?.quotes.length ?? 0) <= EXPAND_LIMIT;
      const item = new vscode.TreeItem(entity.name, expand ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
      item.id = node.id;
      const counts = [quoteCount ? plural(quoteCount, 'quote') : '', claimCount ? plural(claimCount, 'claim') : '']
        .filter(Boolean)
        .join(', ');
      item.description = entity.role ? `${entity.role} · ${counts}` : counts;
      item.tooltip = `${entity.name}${entity.role ? ` (${entity.role})` : ''}: ${counts}`;
      item.iconPath = new vscode.ThemeIcon(entity.type === 'PERSON' ? 'person' : 'organization');
      item.contextValue = 'speaker';
      return item;
    }
    if (node.kind === 'unattributed') {
      const item = new vscode.TreeItem('Unattributed', vscode.TreeItemCollapsibleState.Collapsed);
      item.id = node.id;
      item.description = plural(node.quotes.length, 'quote');
      item.tooltip = 'Quotes and claims whose speaker the article does not name, or News Lens could not tell';
      item.iconPath = new vscode.ThemeIcon('question');
      item.contextValue = 'unattributed';
      return item;
    }
    if (node.kind === 'more') {
      const item = new vscode.TreeItem(`… ${node.count} more`, vscode.TreeItemCollapsibleState.None);
      item.id = node.id;
      item.tooltip = 'Too many to list here: use News Lens: Next Quote by Same Speaker to visit them all.';
      item.iconPath = new vscode.ThemeIcon('ellipsis');
      return item;
    }
    const q = node.quote;
    const item = new vscode.TreeItem(firstWords(q.text, 10), vscode.TreeItemCollapsibleState.None);
    item.id = node.id;
    item.description = q.cue ? q.cue.text : undefined;
    const line = this.doc ? this.doc.positionAt(q.start).line + 1 : 0;
    item.tooltip = new vscode.MarkdownString().appendText(`${kindLabel(q.kind)}, line ${line}\n\n${q.text}`);
    item.iconPath = new vscode.ThemeIcon(ICONS[q.kind]);
    item.contextValue = `quote.${q.kind}`;
    if (this.doc) {
      item.command = {
        command: CMD.selectRange,
        title: 'Select Quote',
        arguments: [this.doc.uri.toString(), q.start, q.end],
      };
    }
    return item;
  }
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
