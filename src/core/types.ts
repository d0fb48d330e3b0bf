/**
 * The annotation format shared by the recognizer, the CLI, the extension and the scorer.
 * Offsets are JavaScript string indices (UTF-16 code units), end exclusive, and every
 * `text` equals `document.slice(start, end)`.
 */

export type EntityType = 'PERSON' | 'ORG' | 'LOC' | 'MISC';

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Entity {
  /** "e1", "e2", … in order of first mention. */
  id: string;
  type: EntityType;
  /** The fullest name used in the text ("Vladimir Putin"). */
  name: string;
  /** How the article describes the entity ("President", "Putin's spokesman"), or null. */
  role: string | null;
  /** Other names used for the same entity ("Putin"). */
  aliases: string[];
  /** Every place the entity is named: names only, no title, no possessive. */
  mentions: Span[];
}

export type QuoteKind = 'direct' | 'mixed' | 'indirect';

export interface Quote {
  start: number;
  end: number;
  text: string;
  kind: QuoteKind;
  /** Id of the entity that said it, or null. */
  speaker: string | null;
  /** The words naming the speaker for this quote ("Cameron", "he", "a source"), or null. */
  speakerMention: Span | null;
  /** The reporting verb or phrase ("said", "told reporters", "according to"), or null. */
  cue: Span | null;
}

export interface Annotation {
  id?: string;
  entities: Entity[];
  quotes: Quote[];
}

/** A person the user tells the recognizer about (the extension's `newsLens.knownPeople`). */
export interface KnownPerson {
  name: string;
  role?: string;
  aliases?: string[];
}

export interface AnnotateOptions {
  /** Copied to `Annotation.id`. */
  id?: string;
  /** People the recognizer should know, with their roles and other names. */
  knownPeople?: KnownPerson[];
}
