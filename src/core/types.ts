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
  /**
   * How the speaker was found and how sure the recognizer is of it. The recognizer always sets it; typed
   * optional only so that quotes built by hand elsewhere still type-check (see RecognizedQuote).
   */
  attribution?: Attribution;
  /**
   * Set by a user's correction (corrections/): an unnamed source's description ("a senior official") when
   * the user says the speaker is an unnamed source, with `speaker` null.
   */
  unnamed?: string;
}

/**
 * How a quote's speaker was found:
 * - "cue after": a name in the attribution after the quoted words ("…," Smith said);
 * - "cue before": a name in the attribution before them (Smith said that …; Smith said: "…");
 * - "pronoun": a pronoun in the attribution, resolved ("he said": the last man named);
 * - "continuation": no attribution of its own: the speaker of the quotation it continues or of the paragraph
 *   before (the newspaper convention);
 * - "description": a description in the attribution matched to an entity by its role ("the minister said"),
 *   or an organization's common noun ("the company said");
 * - "according to": "according to X";
 * - "known person": the speaker's name matched only through the user's knownPeople (an alias);
 * - "corrected": a user's correction set or confirmed it (confidence 1);
 * - "none": no speaker (speaker null), whatever speakerMention holds.
 */
export type AttributionRule =
  | 'cue after'
  | 'cue before'
  | 'pronoun'
  | 'continuation'
  | 'description'
  | 'according to'
  | 'known person'
  | 'corrected'
  | 'none';

/** Every attribution rule, in a fixed order (the worker's wire format numbers them by it). */
export const ATTRIBUTION_RULES: readonly AttributionRule[] = [
  'cue after',
  'cue before',
  'pronoun',
  'continuation',
  'description',
  'according to',
  'known person',
  'corrected',
  'none',
];

export interface Attribution {
  rule: AttributionRule;
  /**
   * How likely `speaker` is right, in [0, 1], calibrated on the development sets (see
   * docs/calibration.md): of quotes given confidence about c, about a fraction c have the right speaker.
   * For rule "none", how likely it is that the quote has no speaker the text names.
   */
  confidence: number;
}

/** A quote as the recognizer returns it: the attribution is always present. */
export interface RecognizedQuote extends Quote {
  attribution: Attribution;
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
