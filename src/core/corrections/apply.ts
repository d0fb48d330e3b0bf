/**
 * Applying a corrections file to the recognizer's annotation of an article: pure (the inputs are not
 * touched), in the order of the file (a later correction of the same thing wins), every id left valid. A
 * correction that cannot be placed (its quote's text or its name is gone from the article) changes nothing
 * and is returned with the reason.
 */
import type { Annotation, Entity, EntityType, Quote, Span } from '../types';
import { checkEntities, checkQuotes, type AnnotateProblem } from '../validate';
import { clip, locateQuote } from './anchor';
import { findEntity, nextEntityId, occurrences, overlaps } from './names';
import type {
  Correction,
  CorrectionsFile,
  EntityCorrection,
  NotAQuoteCorrection,
  KindCorrection,
  SpeakerCorrection,
  UnplacedCorrection,
} from './types';

export interface AppliedCorrections {
  /** The corrected annotation (a new object; the one given is unchanged). */
  annotation: Annotation;
  /** The corrections that could not be placed, in file order, with why. */
  unplaced: UnplacedCorrection[];
  /** How many corrections were placed (applied, or already true of the annotation). */
  applied: number;
  /**
   * What the final check had to repair in the corrected annotation (a span off the text, a dangling speaker
   * id): empty unless there is a bug here or the annotation given did not fit the text. The tests assert it.
   */
  repairs: string[];
}

/** How a user's correction is recorded on the quotes it sets or confirms. */
const CORRECTED = { rule: 'corrected', confidence: 1 } as const;

/**
 * How far (UTF-16 code units, either side of the quote) an unnamed source's description ("a senior
 * official") is looked for to be the quote's speaker mention: about a paragraph. The words are common, so
 * one far away is likely another official's.
 */
const DESCRIPTION_REACH = 500;

type QuoteCorrection = SpeakerCorrection | NotAQuoteCorrection | KindCorrection;

interface State {
  text: string;
  entities: Entity[];
  quotes: Quote[];
}

/** `annotation` of `text` with the corrections of `file` applied. */
export function applyCorrections(text: string, annotation: Annotation, file: CorrectionsFile): AppliedCorrections {
  const copy = JSON.parse(JSON.stringify(annotation)) as Annotation;
  const state: State = { text, entities: copy.entities, quotes: copy.quotes };
  const unplaced: UnplacedCorrection[] = [];
  let applied = 0;
  file.corrections.forEach((correction: Correction, index) => {
    const reason = isQuoteCorrection(correction)
      ? correctQuote(state, correction)
      : correctEntity(state, correction as EntityCorrection);
    if (reason === null) applied++;
    else unplaced.push({ correction, index, reason });
  });
  // Checked as the recognizer's output is: a repair here would be a bug, but the result stays valid.
  const problems: AnnotateProblem[] = [];
  const firstMention = (e: Entity) => Math.min(...e.mentions.map((m) => m.start));
  const sorted = [...state.entities].sort((a, b) => firstMention(a) - firstMention(b));
  const entities = checkEntities(text, sorted, (p) => problems.push(p));
  const quotes = checkQuotes(text, state.quotes, new Set(entities.map((e) => e.id)), (p) => problems.push(p));
  return { annotation: { ...copy, entities, quotes }, unplaced, applied, repairs: problems.map((p) => p.message) };
}

export function isQuoteCorrection(c: Correction): c is QuoteCorrection {
  return 'quote' in c;
}

/** Applies a correction about a quote; null when placed, else why it cannot be. */
function correctQuote(state: State, c: QuoteCorrection): string | null {
  const at = locateQuote(state.text, c.quote);
  if (at.start === undefined) return at.reason;
  const match = matchingQuote(state.quotes, at);
  if ('conflict' in match && match.conflict) {
    const q = match.conflict;
    return `its quote overlaps another quote found at ${q.start}..${q.end} ("${clip(q.text)}") too little to be the same`;
  }
  const index = match.index;
  if ('notAQuote' in c) {
    if (index >= 0) state.quotes.splice(index, 1);
    return null;
  }
  let speaker: Entity | null | undefined; // undefined: not about the speaker
  if ('speaker' in c) {
    if (c.speaker === null) speaker = null;
    else {
      const found = resolveName(state, c.speaker, 'PERSON');
      if (typeof found === 'string') return `its speaker ${found}`;
      speaker = found;
    }
  }
  let quote: Quote;
  if (index >= 0) quote = state.quotes[index];
  else {
    // A quote the recognizer did not find: added as the user marked it (it overlaps no quote found).
    quote = {
      start: at.start,
      end: at.end,
      text: state.text.slice(at.start, at.end),
      kind: c.kind ?? 'direct',
      speaker: null,
      speakerMention: null,
      cue: null,
      attribution: { ...CORRECTED },
    };
    const before = state.quotes.findIndex((q) => q.start > at.start);
    state.quotes.splice(before < 0 ? state.quotes.length : before, 0, quote);
  }
  if (c.kind) quote.kind = c.kind;
  if (speaker === undefined) return null;
  if (speaker === null) {
    quote.speaker = null;
    const unnamed = 'unnamed' in c ? c.unnamed : undefined;
    quote.speakerMention = unnamed ? nearest(occurrences(state.text, unnamed, true), quote, DESCRIPTION_REACH) : null;
    if (unnamed) quote.unnamed = unnamed;
    else delete quote.unnamed;
  } else {
    // The recognizer's own mention is kept when it had this speaker (it may be "he", nearer than any name).
    if (quote.speaker !== speaker.id || !quote.speakerMention) {
      quote.speakerMention = nearest(speaker.mentions, quote, Infinity);
    }
    quote.speaker = speaker.id;
    delete quote.unnamed;
  }
  quote.attribution = { ...CORRECTED };
  return null;
}

/**
 * The quote at `span`: the one with that very span; else the one overlapping it most, if they share at least
 * half of the shorter of the two (the recognizer found the same quote a little differently: without its
 * marks, with one more clause); `none` when no quote overlaps it; `conflict` (with the quote) when one
 * overlaps it too little to be the same quote, so that the correction applies to neither.
 */
function matchingQuote(
  quotes: Quote[],
  span: { start: number; end: number },
): { index: number } | { index: -1; conflict?: Quote } {
  let best = -1;
  let most = 0;
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i];
    if (q.start === span.start && q.end === span.end) return { index: i };
    const shared = Math.min(q.end, span.end) - Math.max(q.start, span.start);
    if (shared > most) {
      most = shared;
      best = i;
    }
  }
  if (best < 0) return { index: -1 };
  const q = quotes[best];
  const shorter = Math.min(q.end - q.start, span.end - span.start);
  return most * 2 >= shorter ? { index: best } : { index: -1, conflict: q };
}

/** Of `spans`, the one outside `quote` nearest it (within `reach`), the earlier one on a tie; a copy, or null. */
function nearest(spans: readonly Span[], quote: { start: number; end: number }, reach: number): Span | null {
  let best: Span | null = null;
  let bestDistance = Infinity;
  for (const s of spans) {
    if (overlaps(s, quote)) continue;
    const distance = s.end <= quote.start ? quote.start - s.end : s.start - quote.end;
    if (distance <= reach && distance < bestDistance) {
      best = s;
      bestDistance = distance;
    }
  }
  return best && { start: best.start, end: best.end, text: best.text };
}

/**
 * The entity `name` names (by name, another name, or mention text); if none, one made of its
 * occurrences in the text (as a `type`), or the entity whose mention it is part of ("Varga" in "Elena
 * Varga"); a reason when the name is not in the text at all.
 */
function resolveName(state: State, name: string, type: EntityType): Entity | string {
  const known = findEntity(state.entities, name);
  if (known) return known;
  const found = occurrences(state.text, name);
  if (found.length === 0) return `"${clip(name)}" is not in the article`;
  const free = found.filter((o) => !state.entities.some((e) => e.mentions.some((m) => overlaps(m, o))));
  if (free.length === 0) {
    const container = state.entities.find((e) => e.mentions.some((m) => overlaps(m, found[0])));
    if (container) return container;
  }
  const entity: Entity = {
    id: nextEntityId(state.entities),
    type,
    name,
    role: null,
    roleMention: null,
    otherRoles: [],
    aliases: [],
    mentions: free,
    gender: null,
    genderEvidence: null,
  };
  state.entities.push(entity);
  return entity;
}

/** Applies a correction about an entity; null when placed, else why it cannot be. */
function correctEntity(state: State, c: EntityCorrection): string | null {
  let entity = findEntity(state.entities, c.entity);
  if (c.type === null) {
    // Not a name: drop the entity, and the speaker of its quotes (the user said there is no such speaker).
    if (!entity)
      return occurrences(state.text, c.entity).length > 0 ? null : `"${clip(c.entity)}" is not in the article`;
    const id = entity.id;
    state.entities = state.entities.filter((e) => e !== entity);
    for (const q of state.quotes) {
      if (q.speaker !== id) continue;
      q.speaker = null;
      q.speakerMention = null;
      q.attribution = { ...CORRECTED };
    }
    return null;
  }
  let target: Entity | undefined;
  if (c.sameAs !== undefined) {
    const found = resolveName(state, c.sameAs, entity?.type ?? c.type ?? 'PERSON');
    if (typeof found === 'string') return `the entity it is the same as, ${found}`;
    target = found;
  }
  if (!entity) {
    const made = resolveName(state, c.entity, c.type ?? target?.type ?? 'PERSON');
    if (typeof made === 'string') return made;
    entity = made;
  }
  if (target && target !== entity) entity = merge(state, entity, target);
  if (c.type !== undefined && c.type !== entity.type) {
    entity.type = c.type;
    if (c.type !== 'PERSON') {
      entity.gender = null;
      entity.genderEvidence = null;
    }
  }
  if (c.role !== undefined) {
    entity.role = c.role;
    entity.roleMention = null;
    if (entity.otherRoles) entity.otherRoles = entity.otherRoles.filter((r) => r !== c.role);
  }
  if (c.gender !== undefined) {
    entity.gender = c.gender;
    entity.genderEvidence = c.gender === null ? null : 'known';
  }
  return null;
}

/**
 * Merges `from` into `into` (the user said they are the same): `into` keeps its id and takes the fuller
 * name, both entities' names, other names and mentions, and its own role and gender if it has them, else
 * `from`'s; `from`'s quotes are `into`'s. Returns `into`.
 */
function merge(state: State, from: Entity, into: Entity): Entity {
  const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
  const fuller =
    words(from.name) > words(into.name) ||
    (words(from.name) === words(into.name) && from.name.length > into.name.length);
  const name = fuller ? from.name : into.name;
  into.aliases = [...new Set([...into.aliases, ...from.aliases, into.name, from.name])]
    .filter((a) => a !== name)
    .sort();
  into.name = name;
  const mentions = new Map<string, Span>();
  for (const m of [...into.mentions, ...from.mentions]) mentions.set(`${m.start}:${m.end}`, m);
  into.mentions = [...mentions.values()].sort((a, b) => a.start - b.start || a.end - b.end);
  if (into.role === null && from.role !== null) {
    into.role = from.role;
    into.roleMention = from.roleMention ?? null;
  }
  const otherRoles = [...(into.otherRoles ?? []), ...(from.otherRoles ?? []), from.role].filter(
    (r): r is string => typeof r === 'string' && r !== into.role,
  );
  if (into.otherRoles || otherRoles.length > 0) into.otherRoles = [...new Set(otherRoles)];
  if (!into.gender && from.gender) {
    into.gender = from.gender;
    into.genderEvidence = from.genderEvidence ?? null;
  }
  state.entities = state.entities.filter((e) => e !== from);
  for (const q of state.quotes) if (q.speaker === from.id) q.speaker = into.id;
  return into;
}
