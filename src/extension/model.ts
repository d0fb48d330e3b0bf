import type { UnplacedCorrection } from '../core/corrections/types';
import type { Annotation, Entity, Quote, Span } from '../core/types';

/** A speaker as the editor shows it: the entity, its quotes in document order, and counts. */
export interface Speaker {
  entity: Entity;
  quotes: Quote[];
  /** Direct and mixed quotes. */
  quoteCount: number;
  /** Indirect (reported) claims. */
  claimCount: number;
  /** Index into the speaker color palette, stable for a given article (order of first mention). */
  color: number;
}

export interface MentionRef {
  span: Span;
  entity: Entity;
}

export const PALETTE_SIZE = 6;

/** An annotation indexed for the editor: lookups by offset, speakers ranked, colors assigned. */
export class AnnotationModel {
  readonly entityById = new Map<string, Entity>();
  /** Quotes sorted by start offset. */
  readonly quotes: Quote[];
  /** Every entity mention, sorted by start offset. */
  readonly mentions: MentionRef[];
  /** Entities with at least one attributed quote, most quoted first. */
  readonly speakers: Speaker[];
  readonly speakerById = new Map<string, Speaker>();
  readonly unattributed: Quote[];

  /**
   * `sortedMentions`: every mention with its entity in document order, when the caller has it already.
   * `unplaced`: the user's corrections that could not be applied to this annotation (src/extension/correctionsStore.ts).
   */
  constructor(
    readonly annotation: Annotation,
    sortedMentions?: MentionRef[],
    readonly unplaced: readonly UnplacedCorrection[] = [],
  ) {
    for (const e of annotation.entities) this.entityById.set(e.id, e);
    this.quotes = isSorted(annotation.quotes, (q) => q.start)
      ? annotation.quotes
      : [...annotation.quotes].sort((a, b) => a.start - b.start || a.end - b.end);
    if (sortedMentions) {
      this.mentions = sortedMentions;
    } else {
      this.mentions = [];
      for (const e of annotation.entities) for (const m of e.mentions) this.mentions.push({ span: m, entity: e });
      this.mentions.sort((a, b) => a.span.start - b.span.start);
    }

    const byEntity = new Map<string, Quote[]>();
    this.unattributed = [];
    for (const q of this.quotes) {
      if (q.speaker && this.entityById.has(q.speaker)) {
        let list = byEntity.get(q.speaker);
        if (!list) byEntity.set(q.speaker, (list = []));
        list.push(q);
      } else {
        this.unattributed.push(q);
      }
    }
    // Colors follow the order of first mention (entity ids are assigned in that order), so the first
    // speakers of an article always get distinct colors and keep them while the text is edited elsewhere.
    const inMentionOrder = annotation.entities.filter((e) => byEntity.has(e.id));
    this.speakers = inMentionOrder.map((entity, i) => {
      const quotes = byEntity.get(entity.id)!;
      const claimCount = quotes.filter((q) => q.kind === 'indirect').length;
      return { entity, quotes, quoteCount: quotes.length - claimCount, claimCount, color: i % PALETTE_SIZE };
    });
    for (const s of this.speakers) this.speakerById.set(s.entity.id, s);
    const firstMention = (e: Entity): number => (e.mentions.length ? e.mentions[0].start : Number.MAX_SAFE_INTEGER);
    this.speakers.sort((a, b) => b.quotes.length - a.quotes.length || firstMention(a.entity) - firstMention(b.entity));
  }

  /** The innermost quote containing `offset` (end inclusive, so a cursor just after a quote still counts). */
  quoteAt(offset: number): Quote | undefined {
    let best: Quote | undefined;
    // Quotes do not nest in practice; a linear scan over the few candidates before `offset` is enough.
    const i = upperBound(this.quotes, offset, (q) => q.start);
    for (let k = i - 1; k >= 0; k--) {
      const q = this.quotes[k];
      if (q.end >= offset && (!best || q.end - q.start < best.end - best.start)) best = q;
      if (k < i - 64) break;
    }
    return best;
  }

  /** The entity mention containing `offset` (end inclusive). */
  mentionAt(offset: number): MentionRef | undefined {
    const i = upperBound(this.mentions, offset, (m) => m.span.start);
    for (let k = i - 1; k >= 0 && k >= i - 8; k--) {
      const m = this.mentions[k];
      if (m.span.end >= offset) return m;
    }
    return undefined;
  }

  /** The quote's speaker mention containing `offset`, if it names a known entity ("he said"). */
  speakerMentionAt(offset: number): { quote: Quote; entity: Entity } | undefined {
    for (const q of this.quotes) {
      const m = q.speakerMention;
      if (m && q.speaker && m.start <= offset && offset <= m.end) {
        const entity = this.entityById.get(q.speaker);
        if (entity) return { quote: q, entity };
      }
    }
    return undefined;
  }

  /** The entity whose name, alias or speaker mention is at `offset`. */
  entityAt(offset: number): Entity | undefined {
    return this.mentionAt(offset)?.entity ?? this.speakerMentionAt(offset)?.entity;
  }

  /** Quotes by this entity, in document order. */
  quotesBy(entityId: string): Quote[] {
    return this.speakerById.get(entityId)?.quotes ?? [];
  }

  /** The mention to treat as the entity's definition: its first full-name mention, else its first mention. */
  definitionOf(entity: Entity): Span | undefined {
    return entity.mentions.find((m) => m.text === entity.name) ?? entity.mentions[0];
  }
}

function isSorted<T>(items: readonly T[], key: (t: T) => number): boolean {
  for (let i = 1; i < items.length; i++) if (key(items[i - 1]) > key(items[i])) return false;
  return true;
}

/** Index of the first element whose key is greater than `value`. */
export function upperBound<T>(items: readonly T[], value: number, key: (t: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(items[mid]) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The next (direction 1) or previous (-1) quote in `quotes` (sorted by start), wrapping around.
 * From `current` when the cursor is in one of `quotes`, else from the cursor `offset`.
 */
export function stepQuote(
  quotes: readonly Quote[],
  current: Quote | undefined,
  offset: number,
  direction: 1 | -1,
): { quote: Quote; wrapped: boolean } | undefined {
  if (quotes.length === 0) return undefined;
  const at = current ? quotes.indexOf(current) : -1;
  if (at >= 0) {
    const k = at + direction;
    if (k >= quotes.length) return { quote: quotes[0], wrapped: true };
    if (k < 0) return { quote: quotes[quotes.length - 1], wrapped: true };
    return { quote: quotes[k], wrapped: false };
  }
  if (direction === 1) {
    const next = quotes.find((q) => q.start >= offset);
    return next ? { quote: next, wrapped: false } : { quote: quotes[0], wrapped: true };
  }
  for (let k = quotes.length - 1; k >= 0; k--) if (quotes[k].end <= offset) return { quote: quotes[k], wrapped: false };
  return { quote: quotes[quotes.length - 1], wrapped: true };
}

/** The first `n` words of a quote, with an ellipsis when cut; whitespace collapsed. */
export function firstWords(text: string, n = 8): string {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  return words.length <= n ? words.join(' ') : `${words.slice(0, n).join(' ')}…`;
}

export function kindLabel(kind: Quote['kind']): string {
  return kind === 'direct' ? 'direct quote' : kind === 'mixed' ? 'partial quote' : 'reported claim';
}

/** "female (from a title)": a person's gender and why the recognizer thinks so, or null when it gives none. */
export function genderLabel(entity: Pick<Entity, 'gender' | 'genderEvidence'>): string | null {
  if (entity.gender !== 'female' && entity.gender !== 'male') return null;
  const why: Record<string, string> = {
    known: 'as you set it, in newsLens.knownPeople or a correction',
    title: 'from a title or a gendered role noun',
    pronoun: 'from the pronouns that refer to them',
    'given name': 'from the given name',
  };
  const evidence = entity.genderEvidence ? why[entity.genderEvidence] : undefined;
  return evidence ? `${entity.gender} (${evidence})` : entity.gender;
}

export function typeLabel(type: Entity['type']): string {
  return type === 'PERSON' ? 'Person' : type === 'ORG' ? 'Organization' : type === 'LOC' ? 'Place' : 'Other name';
}
