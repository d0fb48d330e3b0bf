import * as vscode from 'vscode';
import type { EntityType, KnownPerson, QuoteKind } from '../core/types';

/** The `newsLens.*` settings, read once per use (they are cheap to read). */
export interface NewsLensConfig {
  enabled: boolean;
  entityTypes: Set<EntityType>;
  quoteKinds: Set<QuoteKind>;
  debounceMs: number;
  /** Largest document annotated automatically, in characters (UTF-16 code units). */
  maxLength: number;
  revealOnCursor: boolean;
  knownPeople: KnownPerson[];
}

const ENTITY_TYPES: EntityType[] = ['PERSON', 'ORG', 'LOC', 'MISC'];
const QUOTE_KINDS: QuoteKind[] = ['direct', 'mixed', 'indirect'];

export function readConfig(): NewsLensConfig {
  const c = vscode.workspace.getConfiguration('newsLens');
  const types = c.get<string[]>('entityTypes', ['PERSON', 'ORG', 'LOC']);
  const kinds = c.get<string[]>('quoteKinds', QUOTE_KINDS);
  const maxMb = c.get<number>('maxDocumentSizeMB', 8);
  return {
    enabled: c.get<boolean>('enabled', true),
    entityTypes: new Set(ENTITY_TYPES.filter((t) => Array.isArray(types) && types.includes(t))),
    quoteKinds: new Set(QUOTE_KINDS.filter((k) => Array.isArray(kinds) && kinds.includes(k))),
    debounceMs: clamp(c.get<number>('debounceDelay', 300), 0, 10_000),
    maxLength: Math.round(clamp(maxMb, 0, 1024) * 1024 * 1024),
    revealOnCursor: c.get<boolean>('speakersView.revealOnCursor', true),
    knownPeople: parseKnownPeople(c.get<unknown>('knownPeople', {})),
  };
}

/** `{"Vladimir Putin": {"role": "President", "aliases": ["Putin"]}}` -> KnownPerson[]; ignores malformed entries. */
export function parseKnownPeople(value: unknown): KnownPerson[] {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return [];
  const people: KnownPerson[] = [];
  for (const [name, info] of Object.entries(value as Record<string, unknown>)) {
    if (!name.trim()) continue;
    const person: KnownPerson = { name: name.trim() };
    if (info && typeof info === 'object') {
      const { role, aliases } = info as { role?: unknown; aliases?: unknown };
      if (typeof role === 'string' && role.trim()) person.role = role.trim();
      if (Array.isArray(aliases)) person.aliases = aliases.filter((a): a is string => typeof a === 'string' && a.trim() !== '');
    } else if (typeof info === 'string' && info.trim()) {
      person.role = info.trim();
    }
    people.push(person);
  }
  return people;
}

function clamp(n: number, lo: number, hi: number): number {
  return typeof n === 'number' && Number.isFinite(n) ? Math.min(hi, Math.max(lo, n)) : lo;
}
