import * as vscode from 'vscode';
import { unnamedSourceOf } from '../core/sources/unnamed';
import type { Quote } from '../core/types';
import { CMD } from './commandIds';
import { readConfig } from './config';
import { describeCorrection } from './correctionText';
import { inertMarkdown } from './markdownText';
import { AnnotationModel, firstWords, kindLabel } from './model';
import { attributionReason, confidenceText, needsReview } from './review';
import { linkedEntity, type SpeakerLinkArgs } from './speakerLinks';
import { SpeakerTree, type SpeakerNode } from './speakerTree';
import type { AnnotationStore } from './store';

export type { SpeakerNode } from './speakerTree';
export { MAX_CHILDREN } from './speakerTree';

/** Speakers start expanded only in documents with at most this many quotes. */
const EXPAND_LIMIT = 60;

const ICONS: Record<Quote['kind'], string> = { direct: 'quote', mixed: 'comment-discussion', indirect: 'comment' };

/** Speakers of the active plain-text document, most quoted first, each with their quotes and claims. */
export class SpeakersProvider implements vscode.TreeDataProvider<SpeakerNode> {
  private readonly emitter = new vscode.EventEmitter<SpeakerNode | undefined>();
  readonly onDidChangeTreeData = this.emitter.event;
  private doc: vscode.TextDocument | undefined;
  private model: AnnotationModel | undefined;
  private tree = new SpeakerTree();
  /** newsLens.reviewBelow, read when the rows are rebuilt. */
  private reviewBelow = readConfig().reviewBelow;

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
    if (model === this.model && doc === this.doc && this.tree.roots.length) return;
    this.model = model;
    this.tree = new SpeakerTree(model);
    this.reviewBelow = readConfig().reviewBelow;
    this.emitter.fire(undefined);
  }

  /** Redraws the rows (a display setting such as newsLens.reviewBelow changed). */
  redraw(): void {
    this.reviewBelow = readConfig().reviewBelow;
    this.emitter.fire(undefined);
  }

  quoteCount(): number {
    return this.model ? this.model.quotes.length : 0;
  }

  getChildren(node?: SpeakerNode): SpeakerNode[] {
    return this.tree.childrenOf(node);
  }

  getParent(node: SpeakerNode): SpeakerNode | undefined {
    return node.kind === 'quote' || node.kind === 'more' || node.kind === 'unplaced' ? node.parent : undefined;
  }

  /** The row of `quote`, if it is listed. */
  nodeForQuote(quote: Quote): SpeakerNode | undefined {
    return this.tree.nodeForQuote(quote);
  }

  /** The row of the speaker a hover link names, when the link is to the document shown. */
  nodeForLink(args: SpeakerLinkArgs): SpeakerNode | undefined {
    if (!this.model || this.doc?.uri.toString() !== args.uri) return undefined;
    const entity = linkedEntity(this.model, args);
    return entity && this.tree.nodeForSpeaker(entity);
  }

  getTreeItem(node: SpeakerNode): vscode.TreeItem {
    if (node.kind === 'speaker') {
      const { entity, quoteCount, claimCount } = node.speaker;
      const expand = (this.model?.quotes.length ?? 0) <= EXPAND_LIMIT;
      const item = new vscode.TreeItem(
        entity.name,
        expand ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed,
      );
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
    if (node.kind === 'unnamed') {
      const item = new vscode.TreeItem('Unnamed sources', vscode.TreeItemCollapsibleState.Expanded);
      item.id = node.id;
      item.description = plural(node.quotes.length, 'quote');
      item.tooltip = 'Quotes you gave to a source the article does not name ("a senior official")';
      item.iconPath = new vscode.ThemeIcon('person');
      item.contextValue = 'unnamed';
      return item;
    }
    if (node.kind === 'unplacedGroup') {
      const item = new vscode.TreeItem('Unplaced corrections', vscode.TreeItemCollapsibleState.Expanded);
      item.id = node.id;
      item.description = plural(node.unplaced.length, 'correction');
      item.tooltip =
        'Your corrections that News Lens could not place in the article as it is now (kept in the corrections file, applied to nothing)';
      item.iconPath = new vscode.ThemeIcon('warning');
      item.contextValue = 'unplacedGroup';
      return item;
    }
    if (node.kind === 'unplaced') {
      const { correction, reason } = node.unplaced;
      const item = new vscode.TreeItem(describeCorrection(correction), vscode.TreeItemCollapsibleState.None);
      item.id = node.id;
      item.description = reason;
      item.tooltip = `${describeCorrection(correction)}\n\nNot applied: ${reason}.\nRemove it with the trash icon, or edit the corrections file beside the article.`;
      item.iconPath = new vscode.ThemeIcon('debug-disconnect');
      item.contextValue = 'unplacedCorrection';
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
    const review = needsReview(q, this.reviewBelow);
    const corrected = q.attribution?.rule === 'corrected';
    const notes = [
      review ? `review (${confidenceText(q.attribution!.confidence)})` : '',
      corrected ? 'corrected' : '',
      unnamedSourceOf(q) ?? '',
      q.cue ? q.cue.text : '',
    ].filter(Boolean);
    item.description = notes.length ? notes.join(' · ') : undefined;
    const line = this.doc ? this.doc.positionAt(q.start).line + 1 : 0;
    const reason = attributionReason(q, inertMarkdown);
    // The quote inert (no link, markup or icon from article text); supportThemeIcons lets its icon escape work.
    item.tooltip = new vscode.MarkdownString(
      `${kindLabel(q.kind)}, line ${line}${reason ? ` · ${reason}` : ''}\n\n${inertMarkdown(q.text)}`,
      true,
    );
    item.iconPath = review ? new vscode.ThemeIcon('warning') : new vscode.ThemeIcon(ICONS[q.kind]);
    item.contextValue = `quote.${q.kind}${review ? '.review' : ''}`;
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
