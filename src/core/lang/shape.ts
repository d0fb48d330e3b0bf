/** What a word looks like: capitalised, a word at all, a possessive. */

/** True when `w` starts with an upper-case letter. ASCII is checked without a regular expression. */
export const isCapitalized = (w: string): boolean => {
  const c = w.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(w);
};

/** True when `w` starts with a letter or a digit. */
export const isWord = (w: string): boolean => {
  const c = w.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /^[\p{L}\p{N}]/u.test(w);
};

/** True for a token that is a possessive form itself: "Putin’s", "Trump's", "dockworkers'" (not the bare "'s"). */
export const isPossessiveWord = (w: string): boolean => /\p{L}['’]s$/u.test(w) || w.endsWith('s’') || w.endsWith("s'");
