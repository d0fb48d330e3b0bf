/**
 * Every word list of the language module is made with `words(name, list)`, which records the list as written
 * so that test/unit/lang.test.ts can check it (no word twice, lower case where the list is matched against
 * lower-cased tokens) and returns it as a set.
 */
const LISTS = new Map<string, readonly string[]>();

export function words(name: string, list: readonly string[]): ReadonlySet<string> {
  if (LISTS.has(name)) throw new Error(`two word lists are named ${name}`);
  LISTS.set(name, list);
  return new Set(list);
}

/** A list written as words separated by white space. */
export function wordsIn(name: string, list: string): ReadonlySet<string> {
  return words(name, list.trim().split(/\s+/));
}

/** The lists as written, by name (for tests). */
export function wordLists(): ReadonlyMap<string, readonly string[]> {
  return LISTS;
}
