/**
 * Look-ups in the sorted word lists the data modules ship as plain strings (data/model.ts, data/given-names.ts),
 * searched in place: no Map of tens of thousands of strings is built when the recognizer starts, so the first
 * article does not pay for it (issue 9). Entries are in UTF-16 code unit order (JavaScript's default sort; the
 * given-name lists are ASCII, where Python's order is the same), none empty, none twice, and separated by one
 * character that no entry contains.
 */

/** key compared with list[s, e): negative, zero or positive, in UTF-16 code unit order (as `<` on strings). */
function compareAt(key: string, list: string, s: number, e: number): number {
  const n = e - s;
  const m = key.length < n ? key.length : n;
  for (let i = 0; i < m; i++) {
    const d = key.charCodeAt(i) - list.charCodeAt(s + i);
    if (d !== 0) return d;
  }
  return key.length - n;
}

/** True when `key` is an entry of the sorted list `list` (entries separated by `sep`): a binary search by position. */
export function inSortedList(list: string, sep: string, key: string): boolean {
  // [lo, hi) always spans whole entries: lo is where one starts, hi where one ends.
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    let s = list.lastIndexOf(sep, mid) + 1;
    if (s < lo) s = lo;
    let e = list.indexOf(sep, s);
    if (e < 0 || e > hi) e = hi;
    const c = compareAt(key, list, s, e);
    if (c === 0) return true;
    if (c < 0) hi = s - 1;
    else lo = e + 1;
  }
  return false;
}

/** Look-ups remembered per table (a Map look-up is cheaper than a binary search), forgotten past this many. */
const MEMO_MAX = 50000;

/**
 * A sorted list whose entries have ids (entry i has id i + first), as a string-to-id table with Map's `get`:
 * one pass over the string for where each entry starts, then a binary search per look-up.
 */
export class SortedTable {
  private readonly list: string;
  private readonly first: number;
  /** Entry i is list[starts[i], starts[i + 1] - 1). */
  private readonly starts: Int32Array;
  /** Look-ups remembered (for a table looked up often with the same words), or null. */
  private readonly memo: Map<string, number | undefined> | null;
  readonly size: number;

  constructor(list: string, first: number, { remember = false, sep = '\n' } = {}) {
    this.memo = remember ? new Map() : null;
    this.list = list;
    this.first = first;
    // At most one entry per two characters (entries are not empty).
    const starts = new Int32Array((list.length >> 1) + 2);
    let n = 0;
    if (list.length > 0) {
      starts[n++] = 0;
      for (let i = list.indexOf(sep); i >= 0; i = list.indexOf(sep, i + 1)) starts[n++] = i + 1;
    }
    starts[n] = list.length + 1;
    this.starts = starts;
    this.size = n;
  }

  /** The id of `key`, or undefined when it is not in the list. */
  get(key: string): number | undefined {
    const memo = this.memo;
    if (memo === null) return this.search(key);
    const known = memo.get(key);
    if (known !== undefined || memo.has(key)) return known;
    const id = this.search(key);
    if (memo.size >= MEMO_MAX) memo.clear();
    memo.set(key, id);
    return id;
  }

  private search(key: string): number | undefined {
    const { list, starts } = this;
    let lo = 0;
    let hi = this.size;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const c = compareAt(key, list, starts[mid], starts[mid + 1] - 1);
      if (c === 0) return mid + this.first;
      if (c < 0) hi = mid;
      else lo = mid + 1;
    }
    return undefined;
  }
}

/**
 * Which of several sorted lists (entries separated by `sep`) holds a key: the value given with the first list
 * that has it, else undefined; remembered per key.
 */
export class SortedLists<T> {
  private readonly memo = new Map<string, T | undefined>();

  constructor(
    private readonly lists: readonly (readonly [list: string, value: T])[],
    private readonly sep: string,
  ) {}

  get(key: string): T | undefined {
    const known = this.memo.get(key);
    if (known !== undefined || this.memo.has(key)) return known;
    let found: T | undefined;
    for (const [list, value] of this.lists)
      if (inSortedList(list, this.sep, key)) {
        found = value;
        break;
      }
    if (this.memo.size >= MEMO_MAX) this.memo.clear();
    this.memo.set(key, found);
    return found;
  }
}
