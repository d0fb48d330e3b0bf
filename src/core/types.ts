/**
 * The annotation format shared by the recognizer, the CLI, the extension and the scorer.
 * Offsets are JavaScript string indices (UTF-16 code units), end exclusive, and every
 * `text` equals `document.slice(start, end)`.
 */

export type EntityType = 'PERSON' | 'ORG' | 'LOC' | 'MISC';

export type Gender = 'female' | 'male';

/**
 * What a person's gender rests on: "known" (the user's knownPeople), "title" (Mrs., Mr., spokeswoman, actress,
 * "his wife" before or as the role of a mention), "pronoun" (he/his/him or she/her after mentions of the person
 * when the person is the only fitting antecedent), "given name" (a given name strongly of one gender).
 */
export type GenderEvidence = 'pronoun' | 'title' | 'given name' | 'known';

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
  /**
   * Where the article states `role` (its words, which are `role` itself), so a reader can be taken there; null
   * when there is no role or it came from the user's knownPeople. Always set by the recognizer.
   */
  roleMention?: Span | null;
  /** Other descriptions the article gives the person, besides `role` (most informative first is `role`). */
  otherRoles?: string[];
  /** Other names used for the same entity ("Putin"). */
  aliases: string[];
  /** Every place the entity is named: names only, no title, no possessive. */
  mentions: Span[];
  /**
   * A person's gender, null when the text gives no evidence (or only a given name used by both genders).
   * The recognizer always sets it (and `genderEvidence`): on PERSON entities, and null on other types.
   * Typed optional only so that entities built by hand elsewhere still type-check (see RecognizedEntity).
   */
  gender?: Gender | null;
  /** Why `gender` is what it is; null exactly when `gender` is null. */
  genderEvidence?: GenderEvidence | null;
}

/** An entity as the recognizer returns it: the gender fields are always present. */
export interface RecognizedEntity extends Entity {
  gender: Gender | null;
  genderEvidence: GenderEvidence | null;
  roleMention: Span | null;
  otherRoles: string[];
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
  /** The person's gender, when the user says it (evidence "known"; it outranks anything in the text). */
  gender?: Gender;
}

export interface AnnotateOptions {
  /** Copied to `Annotation.id`. */
  id?: string;
  /** People the recognizer should know, with their roles and other names. */
  knownPeople?: KnownPerson[];
  /**
   * Which attributions count as quotes: 'speech' (the default: what someone said or wrote) or 'all' (also
   * beliefs, findings, wishes, plans and verbs with an object as content, as PolNeAR annotates them).
   */
  attributions?: AttributionScope;
}

export type AttributionScope = 'speech' | 'all';
