/**
 * Sources across articles: who is quoted, how often, in what role, by gender (the measure newsrooms and the
 * Gender Gap Tracker use). Built from the annotations of many articles by collect.ts.
 */
import type { EntityType, Gender, GenderEvidence, QuoteKind } from '../types';
import type { RoleKind } from './roleKinds';

/** One quote of a source, where it stands. Offsets are JavaScript string indices, end exclusive. */
export interface SourceQuote {
  /** The article's id (the CLI: its path or its --jsonl id). */
  article: string;
  start: number;
  end: number;
  text: string;
  kind: QuoteKind;
  /** The words naming the speaker for this quote ("Trudeau", "he", "a senior official"), or null. */
  speakerMention: string | null;
}

/** A source: a person or organization quoted in one or more articles, or the group of unnamed sources. */
export interface Source {
  /** Stable key: the normalised full name, or "unnamed" for the group of unnamed sources. */
  key: string;
  /** The fullest name seen ("Justin Trudeau"), or "Unnamed sources". */
  name: string;
  /** The entity type; null for the group of unnamed sources. */
  type: EntityType | null;
  /** True only for the group of unnamed sources ("a senior official", "police sources"). */
  unnamed: boolean;
  /** Roles seen, most frequent first ("Prime Minister", "Liberal leader"). */
  roles: string[];
  /** The kind of the first role (roleKinds.ts): politician, official, expert, citizen, …; "unknown" with none. */
  kind: RoleKind;
  /** Other names used for this source across articles ("Trudeau"). */
  aliases: string[];
  /** The gender, from the strongest evidence across articles; null when none or when articles disagree. */
  gender: Gender | null;
  genderEvidence: GenderEvidence | null;
  /** Articles quoting the source, in input order. */
  articles: string[];
  quotes: SourceQuote[];
  /**
   * Names of other sources spelled much like this one ("Zelensky" / "Zelenskyy"): maybe the same person. Only a
   * suggestion: they are not merged (the user merges with knownPeople aliases).
   */
  similar: string[];
}

export interface GenderCount {
  sources: number;
  quotes: number;
}

export interface SourcesSummary {
  articles: number;
  /** Quotes with a named or unnamed source. */
  quotes: number;
  /** Quotes whose speaker the text does not give. */
  unattributedQuotes: number;
  /** Named sources (people and organizations), not counting the group of unnamed sources. */
  sources: number;
  /** People among the named sources, and their quotes, by gender ("unknown": no evidence or disagreement). */
  people: { female: GenderCount; male: GenderCount; unknown: GenderCount };
  /** Organizations and other named sources that are not people. */
  organizations: GenderCount;
  unnamed: { quotes: number };
  /** Named sources and their quotes by the kind of their role. */
  byKind: Partial<Record<RoleKind, GenderCount>>;
  /** Share of attributed quotes whose source is named (0 when there are none). */
  namedShare: number;
}

export interface SourcesIndex {
  sources: Source[];
  summary: SourcesSummary;
}
