/**
 * Finding what a correction names: an entity by the text of one of its names, and the places a name occurs
 * in the article (for an entity the recognizer missed).
 */
import type { Entity, Span } from '../types';

/**
 * The entity `name` names: the one whose name it is, else one that has it as another name, else one with a
 * mention of that text (a person before another kind at each step, then the first); undefined if none.
 */
export function findEntity(entities: readonly Entity[], name: string): Entity | undefined {
  const tiers = [
    (e: Entity) => e.name === name,
    (e: Entity) => e.aliases.includes(name),
    (e: Entity) => e.mentions.some((m) => m.text === name),
  ];
  for (const matches of tiers) {
    const found = entities.filter(matches);
    if (found.length > 0) return found.find((e) => e.type === 'PERSON') ?? found[0];
  }
  return undefined;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}_]/u;

/**
 * Every place `name` occurs in `text` as whole words (not inside a longer word), in order; with
 * `ignoreCase`, in any case ("A senior official" for "a senior official").
 */
export function occurrences(text: string, name: string, ignoreCase = false): Span[] {
  const out: Span[] = [];
  if (name.length === 0) return out;
  let haystack = text;
  let needle = name;
  if (ignoreCase) {
    // Lower-casing keeps offsets only where it keeps lengths (it does not for a few letters, such as "İ").
    const lower = text.toLowerCase();
    if (lower.length === text.length) {
      haystack = lower;
      needle = name.toLowerCase();
    }
  }
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
    const end = i + needle.length;
    const before = i > 0 ? text[i - 1] : '';
    const after = end < text.length ? text[end] : '';
    if (
      (before && WORD_CHAR.test(before) && WORD_CHAR.test(name[0])) ||
      (after && WORD_CHAR.test(after) && WORD_CHAR.test(name[name.length - 1]))
    )
      continue;
    out.push({ start: i, end, text: text.slice(i, end) });
  }
  return out;
}

/** Whether span `a` and span `b` share a character. */
export const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

/** A fresh id "eN", N past every "eN" in use. */
export function nextEntityId(entities: readonly Entity[]): string {
  let max = 0;
  for (const e of entities) {
    const m = /^e(\d+)$/.exec(e.id);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return `e${max + 1}`;
}
