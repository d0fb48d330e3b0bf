/**
 * A quote's attribution confidence: how likely its speaker is right, looked up in a table learned from the
 * development data (data/confidence.ts, written by `node scripts/calibrate.mjs`; docs/calibration.md says how).
 * Pure and constant-time: one map lookup per quote.
 *
 * The table is keyed by what resolution saw, not by the rule alone: the path the speaker was found by (the
 * rule, before "known person" is put over it), the quote's kind, and one detail of that path (for a pronoun,
 * whether it kept the previous speaker; for a quote with no speaker, why there is none). A cell the data saw
 * too rarely was shrunk toward its path's mean when the table was made; a cell it never saw falls back to the
 * path's mean, then to the mean over all quotes.
 */
import type { AttributionRule, QuoteKind } from '../types';
import { CONFIDENCE } from './data/confidence';

/** How resolution found the speaker: every rule except the two that are put over it afterwards. */
export type AttributionPath = Exclude<AttributionRule, 'known person' | 'corrected'>;

/** What resolution records for each quote: the confidence is looked up from these and the quote's kind. */
export interface AttributionFeatures {
  /** The rule the quote gets: `path`, or "known person" when the name was tied only by a knownPeople alias. */
  rule: AttributionRule;
  path: AttributionPath;
  /** One detail of the path (see resolve.ts); part of the table's key. */
  detail: string;
}

/** The table key of a quote. */
export function cellKey(path: AttributionPath, kind: QuoteKind, detail: string): string {
  return `${path}|${kind}|${detail}`;
}

const cells = new Map(Object.entries(CONFIDENCE.cells));
const paths = new Map(Object.entries(CONFIDENCE.paths));

/** The confidence of a quote of `kind` whose speaker was found as `features` say, in [0, 1]. */
export function confidenceOf(features: AttributionFeatures, kind: QuoteKind): number {
  const c = cells.get(cellKey(features.path, kind, features.detail)) ?? paths.get(features.path) ?? CONFIDENCE.overall;
  return Math.min(1, Math.max(0, c));
}

/** The confidence of "no speaker" when nothing more is known of why (a speaker dropped after resolution). */
export function noSpeakerConfidence(): number {
  return paths.get('none') ?? CONFIDENCE.overall;
}
