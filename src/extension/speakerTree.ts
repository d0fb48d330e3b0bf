import type { UnplacedCorrection } from '../core/corrections/types';
import { isUnnamedQuote } from '../core/sources/unnamed';
import type { Entity, Quote } from '../core/types';
import type { AnnotationModel, Speaker } from './model';

/**
 * A row of the Speakers view: a speaker, the unnamed sources, the unattributed group, one
 * quote, or the corrections that could not be placed and one of them.
 */
export type SpeakerNode =
  | { kind: 'speaker'; id: string; speaker: Speaker }
  | { kind: 'unnamed'; id: string; quotes: Quote[] }
  | { kind: 'unattributed'; id: string; quotes: Quote[] }
  | { kind: 'quote'; id: string; quote: Quote; parent: SpeakerNode }
  | { kind: 'more'; id: string; count: number; parent: SpeakerNode }
  | { kind: 'unplacedGroup'; id: string; unplaced: readonly UnplacedCorrection[] }
  | { kind: 'unplaced'; id: string; unplaced: UnplacedCorrection; parent: SpeakerNode };

/** Rows under one speaker, at most; the rest are reached with the jump commands (keeps huge documents fast). */
export const MAX_CHILDREN = 300;

/** The Speakers view's rows for one annotation (no VS Code types: src/extension/speakersView.ts shows them). */
export class SpeakerTree {
  readonly roots: SpeakerNode[] = [];
  private readonly children = new Map<string, SpeakerNode[]>();

  constructor(model?: AnnotationModel) {
    if (!model) return;
    for (const speaker of model.speakers) {
      // By entity id: two speakers may share a name, and tree item ids must be unique.
      const node: SpeakerNode = { kind: 'speaker', id: `speaker:${speaker.entity.id}`, speaker };
      this.roots.push(node);
      this.children.set(node.id, quoteNodes(node, speaker.quotes));
    }
    // Quotes of an unnamed source ("a senior official said", or the user's correction) are apart from those
    // nobody is named or described for (the Sources view groups them alike: core/sources/unnamed.ts).
    const unnamed: Quote[] = [];
    const unattributed: Quote[] = [];
    for (const q of model.unattributed) (isUnnamedQuote(q) ? unnamed : unattributed).push(q);
    if (unnamed.length) {
      const node: SpeakerNode = { kind: 'unnamed', id: 'unnamed', quotes: unnamed };
      this.roots.push(node);
      this.children.set(node.id, quoteNodes(node, unnamed));
    }
    if (unattributed.length) {
      const node: SpeakerNode = { kind: 'unattributed', id: 'unattributed', quotes: unattributed };
      this.roots.push(node);
      this.children.set(node.id, quoteNodes(node, unattributed));
    }
    if (model.unplaced.length) {
      const node: SpeakerNode = { kind: 'unplacedGroup', id: 'unplaced', unplaced: model.unplaced };
      this.roots.push(node);
      this.children.set(
        node.id,
        model.unplaced.map((u) => ({ kind: 'unplaced', id: `unplaced/${u.index}`, unplaced: u, parent: node })),
      );
    }
  }

  /** The rows under `node`, or the top-level rows. */
  childrenOf(node?: SpeakerNode): SpeakerNode[] {
    if (!node) return this.roots;
    return this.children.get(node.id) ?? [];
  }

  /** The row of `quote`, if it is listed. */
  nodeForQuote(quote: Quote): SpeakerNode | undefined {
    for (const list of this.children.values()) {
      const hit = list.find((n) => n.kind === 'quote' && n.quote === quote);
      if (hit) return hit;
    }
    return undefined;
  }

  /** The row of the speaker `entity`. */
  nodeForSpeaker(entity: Entity): SpeakerNode | undefined {
    return this.roots.find((n) => n.kind === 'speaker' && n.speaker.entity.id === entity.id);
  }
}

function quoteNodes(parent: SpeakerNode, quotes: Quote[]): SpeakerNode[] {
  const nodes: SpeakerNode[] = quotes
    .slice(0, MAX_CHILDREN)
    .map((quote, i) => ({ kind: 'quote', id: `${parent.id}/${i + 1}`, quote, parent }));
  if (quotes.length > MAX_CHILDREN)
    nodes.push({ kind: 'more', id: `${parent.id}/more`, count: quotes.length - MAX_CHILDREN, parent });
  return nodes;
}
