/**
 * Editing a corrections file as the user corrects: a new correction replaces what it makes stale (an
 * earlier correction of the same quote's same aspect, or of the same fact about the same entity), so the
 * file does not grow without end; and writing it out, stable and readable.
 */
import { anchorQuote } from './anchor';
import {
  CORRECTIONS_VERSION,
  type Correction,
  type CorrectionsFile,
  type EntityCorrection,
  type QuoteAnchor,
} from './types';

/** The facts about an entity a correction states. */
const ENTITY_FIELDS = ['role', 'gender', 'type', 'sameAs'] as const;

/**
 * `file` (none: an empty one) with `c` added at the end, and the earlier corrections it overrides taken out
 * (a new object; `file` is unchanged):
 * - of the same quote (the same anchor; with `text`, the article's text now, also an anchor placed on the
 *   same span): "not a quote" replaces everything about the quote; a speaker correction replaces an earlier
 *   speaker or "not a quote" correction (and a kind, when it gives one); a kind correction replaces an
 *   earlier kind or "not a quote" (and the kind of an earlier speaker correction);
 * - of the same entity (the same name): each fact it states (role, gender, type, sameAs) is removed from the
 *   earlier ones, and one left stating nothing is taken out.
 */
export function withCorrection(file: CorrectionsFile | null, c: Correction, text?: string): CorrectionsFile {
  const kept: Correction[] = [];
  for (const old of file?.corrections ?? []) {
    const rest = remainder(old, c, text);
    if (rest) kept.push(rest);
  }
  return { version: CORRECTIONS_VERSION, corrections: [...kept, copyOf(c)] };
}

/** `file` without its correction at `index` (a new object). */
export function withoutCorrection(file: CorrectionsFile, index: number): CorrectionsFile {
  return { version: CORRECTIONS_VERSION, corrections: file.corrections.filter((_, i) => i !== index) };
}

/** What is left of `old` once `c` is added: `old`, part of it, or null. */
function remainder(old: Correction, c: Correction, text: string | undefined): Correction | null {
  if ('quote' in c) {
    if (!('quote' in old) || !sameQuote(old.quote, c.quote, text)) return old;
    if ('notAQuote' in c || 'notAQuote' in old) return null;
    const newSpeaker = 'speaker' in c;
    const oldSpeaker = 'speaker' in old;
    if (newSpeaker && oldSpeaker) return null;
    if (newSpeaker) return c.kind !== undefined ? null : old; // old: a kind correction
    // c is a kind correction
    if (!oldSpeaker) return null; // an earlier kind correction
    if (old.kind === undefined) return old;
    const rest = { ...old };
    delete rest.kind;
    return rest;
  }
  if (!('entity' in old) || old.entity !== c.entity) return old;
  const rest: EntityCorrection = { ...old };
  for (const field of ENTITY_FIELDS) if (c[field] !== undefined) delete rest[field];
  return ENTITY_FIELDS.some((f) => rest[f] !== undefined) ? rest : null;
}

function sameQuote(a: QuoteAnchor, b: QuoteAnchor, text: string | undefined): boolean {
  if (a.start === b.start && a.end === b.end && a.text === b.text) return true;
  if (text === undefined) return false;
  const x = anchorQuote(text, a);
  const y = anchorQuote(text, b);
  return x !== null && y !== null && x.start === y.start && x.end === y.end;
}

function copyOf(c: Correction): Correction {
  return JSON.parse(JSON.stringify(c)) as Correction;
}
