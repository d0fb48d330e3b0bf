/**
 * Content spans: trimming, word counts and the punctuation that bounds reported content.
 */
import { CLOSING_QUOTES, isWord } from '../lang';
import type { Words } from './words';

/** Longest content, in tokens: keeps run-on text (a megabyte without a full stop) linear. */
export const MAX_CONTENT = 160;
/** Fewest words in an unquoted content. */
export const MIN_WORDS = 1;
/** True when token `k` is a closing quotation mark of a quotation. */
export const isCloser = (w: Words, k: number): boolean => CLOSING_QUOTES.has(w.tokens[k].text) && w.quoteOf[k] >= 0;

/** Trims leading "that", commas, colons, dashes and trailing punctuation outside quotes. */
export function trim(w: Words, first: number, last: number): [number, number] {
  const { lower } = w;
  while (
    first < last &&
    w.quoteOf[first] < 0 &&
    (lower[first] === ',' ||
      lower[first] === ':' ||
      lower[first] === 'that' ||
      lower[first] === '—' ||
      lower[first] === '-' ||
      lower[first] === '--')
  )
    first++;
  while (last > first && w.quoteOf[last - 1] < 0 && /^[,.;:!?—–-]$/u.test(lower[last - 1])) last--;
  return [first, last];
}

export const wordCount = (w: Words, first: number, last: number): number => {
  let n = 0;
  for (let i = first; i < last; i++) if (isWord(w.tokens[i].text)) n++;
  return n;
};
