/**
 * Corrections: a user's fixes to one article's annotation, kept stand-off beside the article in
 * `<article>.newslens.json` (the article itself is never modified). Published as JSON Schema in
 * schemas/corrections.schema.json.
 *
 * Speakers and entities are named by the text of a name in the article (not by ids, which change when the
 * text does). Quotes are anchored by offsets (JavaScript string indices, end exclusive) and their text; after
 * the article is edited, a correction finds its quote again by its text near its old place (anchor.ts), and
 * one that cannot be placed is kept and reported as unplaced, never dropped or applied to the wrong quote.
 */
import type { EntityType, Gender, QuoteKind, Span } from '../types';

export const CORRECTIONS_VERSION = 1;

/** Where a quote was when the correction was made: `text` is the article's text from start to end then. */
export type QuoteAnchor = Span;

/** "This quote was said by <speaker>" (a name in the article), or by an unnamed source, or by nobody named. */
export interface SpeakerCorrection {
  quote: QuoteAnchor;
  /** A name in the article; null for an unnamed source (`unnamed`) or no speaker. */
  speaker: string | null;
  /** The unnamed source's description ("a senior official"), with `speaker` null. */
  unnamed?: string;
  /** The kind the user gives the quote, when they change it. */
  kind?: QuoteKind;
  /** True when the user confirmed the recognizer's speaker (it counts as a correction: the speaker is right). */
  confirmed?: boolean;
}

/** "This is not a quote." */
export interface NotAQuoteCorrection {
  quote: QuoteAnchor;
  notAQuote: true;
}

/** "This quote is of another kind" (without touching its speaker). */
export interface KindCorrection {
  quote: QuoteAnchor;
  kind: QuoteKind;
}

/**
 * Facts about an entity named `entity` (a name, alias or mention text in the article): its role, gender,
 * type (retype; null: not a name at all, drop it), or that it is the same as another entity (`sameAs`: merge).
 * A name the recognizer did not take for an entity but that is in the text becomes one (a PERSON unless
 * `type` says otherwise). `role` replaces the role (its roleMention becomes null); `gender` is given evidence
 * "known"; `sameAs` merges this entity into the other one, which keeps its id and takes the fuller name.
 */
export interface EntityCorrection {
  entity: string;
  role?: string | null;
  gender?: Gender | null;
  type?: EntityType | null;
  sameAs?: string;
}

export type Correction = SpeakerCorrection | NotAQuoteCorrection | KindCorrection | EntityCorrection;

export interface CorrectionsFile {
  version: typeof CORRECTIONS_VERSION;
  /** Applied in order: a later correction of the same quote, or of the same fact about an entity, wins. */
  corrections: Correction[];
}

/** A correction that could not be applied, with why ("its quote's text is no longer in the article"). */
export interface UnplacedCorrection {
  correction: Correction;
  /** Index in CorrectionsFile.corrections. */
  index: number;
  reason: string;
}
