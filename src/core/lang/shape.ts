/**
 * What a word looks like: capitalised, a word at all, a possessive, lower case, with a letter.
 *
 * Each test checks ASCII without a regular expression and keeps the Unicode-property expression for other
 * characters only: such an expression costs a fraction of a millisecond to compile, and another to compile to
 * machine code, on its first uses (issue 9: they add up on the first article), and most words are ASCII.
 * Each answers exactly as the expression in its comment.
 */

const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** True when `w` starts with an upper-case letter (`/^\p{Lu}/u`). */
export const isCapitalized = (w: string): boolean => {
  const c = w.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(w);
};

/** True when `w` starts with a letter or a digit (`/^[\p{L}\p{N}]/u`). */
export const isWord = (w: string): boolean => {
  const c = w.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || isAsciiLetter(c);
  return /^[\p{L}\p{N}]/u.test(w);
};

/** True when `w` starts with an upper-case letter or a digit (`/^[\p{Lu}\p{N}]/u`). */
export const startsUpperOrDigit = (w: string): boolean => {
  const c = w.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return /^[\p{Lu}\p{N}]/u.test(w);
};

/** True when `w` starts with a lower-case letter (`/^\p{Ll}/u`). */
export const startsLower = (w: string): boolean => {
  const c = w.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return /^\p{Ll}/u.test(w);
};

/** True when `w` has a letter (`/\p{L}/u`). */
export const hasLetter = (w: string): boolean => {
  let other = false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 128) {
      if (isAsciiLetter(c)) return true;
    } else other = true;
  }
  return other && /\p{L}/u.test(w);
};

/** True when `w` has a letter or a digit (`/[\p{L}\p{N}]/u`). */
export const hasLetterOrDigit = (w: string): boolean => {
  let other = false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 128) {
      if (isAsciiLetter(c) || (c >= 48 && c <= 57)) return true;
    } else other = true;
  }
  return other && /[\p{L}\p{N}]/u.test(w);
};

/** True when `w` is lower-case letters only, at least one (`/^\p{Ll}+$/u`). */
export const isLowerWord = (w: string): boolean => {
  if (w.length === 0) return false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 128) return /^\p{Ll}+$/u.test(w);
    if (c < 97 || c > 122) return false;
  }
  return true;
};

/**
 * True when the letter right before the last `before` code units of `w` is a letter: the character there is
 * ASCII, or the expression `re` (which must end in `\p{L}` and the `before` units) decides.
 */
const letterBefore = (w: string, before: number, re: RegExp): boolean => {
  const c = w.charCodeAt(w.length - before - 1);
  if (c < 128) return isAsciiLetter(c);
  return re.test(w);
};

/** True for a token that is a possessive form itself: "Putin’s", "Trump's", "dockworkers'" (not the bare "'s"). */
export const isPossessiveWord = (w: string): boolean => {
  // /\p{L}['’]s$/u.test(w) || w.endsWith('s’') || w.endsWith("s'")
  const n = w.length;
  if (n >= 3 && w.charCodeAt(n - 1) === 115) {
    const a = w.charCodeAt(n - 2);
    if ((a === 39 || a === 0x2019) && letterBefore(w, 2, /\p{L}['’]s$/u)) return true;
  }
  return w.endsWith('s’') || w.endsWith("s'");
};

/**
 * The word without its possessive ending when it is a letter then 's or ’s (either case of s): "Putin’s" ->
 * "Putin"; else null. (`/^(.*\p{L})(['’][sS])$/u` on a word with no line break, its first group.)
 */
export const possessiveStem = (w: string): string | null => {
  const n = w.length;
  if (n < 3) return null;
  const s = w.charCodeAt(n - 1);
  const a = w.charCodeAt(n - 2);
  if ((s !== 115 && s !== 83) || (a !== 39 && a !== 0x2019)) return null;
  return letterBefore(w, 2, /\p{L}['’][sS]$/u) ? w.slice(0, n - 2) : null;
};
