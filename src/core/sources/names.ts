/**
 * Names compared across articles: one person is one source whatever the article calls them ("Justin Trudeau",
 * "Prime Minister Justin Trudeau" -> the entity name "Justin Trudeau"; "Trudeau" in an article that never gives
 * the full name), and two people with one surname are not merged.
 */
import JaroWinklerDistance from 'natural/lib/natural/distance/jaro-winkler_distance';
import { HONORIFICS, NAME_HONORIFICS } from '../lang';

/**
 * Spelling variants at or above this Jaro-Winkler similarity (natural's) are suggested as maybe the same source
 * ("zelensky"/"zelenskyy"), never merged. Measured by scripts/measure-name-similarity.mjs: of the 1,493 pairs of
 * different people named in one GGT dev article, 1 scores at or above it ("hannah b"/"hannah g", 0.95), 5 at or
 * above 0.85. How many true variants it finds is not measured (the data has no labelled variant pairs).
 */
export const SIMILAR_NAMES = 0.92;

/** Lower case, no accents, no honorifics, words joined by one space: "Mr. Stéphane  Dion" -> "stephane dion". */
export function normalName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s$/u, '')
    .split(/[^\p{L}\p{N}'’-]+/u)
    .filter((w) => w && !HONORIFICS.has(w) && !NAME_HONORIFICS.has(w))
    .join(' ');
}

/** The last word of a normal name (the surname, for most names in the news). */
export function lastWord(normal: string): string {
  const i = normal.lastIndexOf(' ');
  return i < 0 ? normal : normal.slice(i + 1);
}

export function similarity(a: string, b: string): number {
  return JaroWinklerDistance(a, b);
}
