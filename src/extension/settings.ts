import type { AttributionScope, EntityType, KnownPerson, QuoteKind } from '../core/types';

/**
 * The `newsLens.*` settings the code reads, with the type and range it accepts. Their defaults are written in
 * one place only, package.json's `contributes.configuration` (VS Code returns them for a setting the user has
 * not set); a value of the wrong type falls back to that default, a number out of range is clamped.
 * test/unit/manifest.test.ts checks this list against package.json. No `vscode` here (unit-tested in Node).
 */
export const ENTITY_TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'LOC', 'MISC'];
export const QUOTE_KINDS: readonly QuoteKind[] = ['direct', 'mixed', 'indirect'];
export const ATTRIBUTION_SCOPES: readonly AttributionScope[] = ['speech', 'all'];

export type SettingSpec =
  | { type: 'boolean' }
  | { type: 'object' }
  | { type: 'number'; minimum: number; maximum: number }
  | { type: 'array'; items: readonly string[] }
  | { type: 'string'; enum: readonly string[] }
  /** Any string (a glob). */
  | { type: 'string' };

export const SETTINGS = {
  enabled: { type: 'boolean' },
  knownPeople: { type: 'object' },
  attributions: { type: 'string', enum: ATTRIBUTION_SCOPES },
  entityTypes: { type: 'array', items: ENTITY_TYPES },
  quoteKinds: { type: 'array', items: QUOTE_KINDS },
  debounceDelay: { type: 'number', minimum: 0, maximum: 10_000 },
  maxDocumentSizeMB: { type: 'number', minimum: 0, maximum: 1024 },
  'speakersView.revealOnCursor': { type: 'boolean' },
  showGender: { type: 'boolean' },
  reviewBelow: { type: 'number', minimum: 0, maximum: 1 },
  'sources.include': { type: 'string' },
  'sources.maxFiles': { type: 'number', minimum: 1, maximum: 10_000_000 },
} as const satisfies Record<string, SettingSpec>;

export type SettingKey = keyof typeof SETTINGS;

/** The `newsLens.*` settings as the extension uses them. */
export interface NewsLensConfig {
  enabled: boolean;
  entityTypes: Set<EntityType>;
  quoteKinds: Set<QuoteKind>;
  debounceMs: number;
  /** Largest document annotated automatically, in characters (UTF-16 code units). */
  maxLength: number;
  revealOnCursor: boolean;
  knownPeople: KnownPerson[];
  /** Which attributions are quotes: what was said or written ('speech'), or also beliefs and plans ('all'). */
  attributions: AttributionScope;
  /** Show a person's gender and its evidence in the hover. */
  showGender: boolean;
  /** Quotes whose attribution's confidence is below this are marked for review. */
  reviewBelow: number;
  /** Which workspace files the Sources view indexes (a glob; files.exclude applies too). */
  sourcesInclude: string;
  /** At most this many articles are indexed; more show a note. */
  sourcesMaxFiles: number;
}

/**
 * The settings from `value(key)` (the user's value, or the contributed default when unset) and
 * `contributedDefault(key)` (package.json's default, used when the user's value has the wrong type).
 */
export function parseConfig(
  value: (key: SettingKey) => unknown,
  contributedDefault: (key: SettingKey) => unknown,
): NewsLensConfig {
  const read = (key: SettingKey): unknown => {
    const v = value(key);
    return accepts(SETTINGS[key], v) ? v : contributedDefault(key);
  };
  const bool = (key: SettingKey): boolean => read(key) === true;
  const num = (key: 'debounceDelay' | 'maxDocumentSizeMB' | 'reviewBelow' | 'sources.maxFiles'): number =>
    clamp(read(key), SETTINGS[key].minimum, SETTINGS[key].maximum);
  const types = read('entityTypes');
  const kinds = read('quoteKinds');
  return {
    enabled: bool('enabled'),
    entityTypes: new Set(ENTITY_TYPES.filter((t) => Array.isArray(types) && types.includes(t))),
    quoteKinds: new Set(QUOTE_KINDS.filter((k) => Array.isArray(kinds) && kinds.includes(k))),
    debounceMs: num('debounceDelay'),
    maxLength: Math.round(num('maxDocumentSizeMB') * 1024 * 1024),
    revealOnCursor: bool('speakersView.revealOnCursor'),
    knownPeople: parseKnownPeople(read('knownPeople')),
    attributions: read('attributions') === 'all' ? 'all' : 'speech',
    showGender: bool('showGender'),
    reviewBelow: num('reviewBelow'),
    // An empty glob would index nothing: it reads as the default.
    sourcesInclude: String(read('sources.include')).trim() || String(contributedDefault('sources.include')),
    sourcesMaxFiles: Math.floor(num('sources.maxFiles')),
  };
}

/** True when `v` has the type `spec` asks for (a number must be finite; the range is clamped later). */
export function accepts(spec: SettingSpec, v: unknown): boolean {
  switch (spec.type) {
    case 'boolean':
      return typeof v === 'boolean';
    case 'number':
      return typeof v === 'number' && Number.isFinite(v);
    case 'array':
      return Array.isArray(v);
    case 'object':
      return !!v && typeof v === 'object' && !Array.isArray(v);
    case 'string':
      return typeof v === 'string' && (!('enum' in spec) || spec.enum.includes(v));
  }
}

/** `{"Vladimir Putin": {"role": "President", "aliases": ["Putin"]}}` -> KnownPerson[]; ignores malformed entries. */
export function parseKnownPeople(value: unknown): KnownPerson[] {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [];
  const people: KnownPerson[] = [];
  for (const [name, info] of Object.entries(value as Record<string, unknown>)) {
    if (!name.trim()) continue;
    const person: KnownPerson = { name: name.trim() };
    if (info && typeof info === 'object') {
      const { role, aliases, gender } = info as { role?: unknown; aliases?: unknown; gender?: unknown };
      if (typeof role === 'string' && role.trim()) person.role = role.trim();
      if (gender === 'female' || gender === 'male') person.gender = gender;
      if (Array.isArray(aliases))
        person.aliases = aliases.filter((a): a is string => typeof a === 'string' && a.trim() !== '');
    } else if (typeof info === 'string' && info.trim()) {
      person.role = info.trim();
    }
    people.push(person);
  }
  return people;
}

function clamp(n: unknown, lo: number, hi: number): number {
  return typeof n === 'number' && Number.isFinite(n) ? Math.min(hi, Math.max(lo, n)) : lo;
}
