/**
 * Embedded posts: a paragraph that ends with a post's signature ("… pic.twitter.com/x — Ana Ruiz (@anaruiz)
 * December 18, 2018") is what the signed person or body wrote. The words before the signature (less the link
 * to the post) are its content, the name after the dash its speaker.
 */
import type { RawClaim } from './claims';
import { DASHES, isCapitalized, isWord } from '../lang';
import type { Words } from './words';

/** A signature's name ("Michelle Rempel", "BC Hydro") has at most this many words. */
const SIGNATURE_NAME_WORDS = 4;
/** Tokens of a handle between its parentheses ("( @ MichelleRempel )"). */
const HANDLE_TOKENS = 4;
const MONTHS = new Set(
  'january february march april may june july august september october november december'.split(' '),
);
/** A link to the post closing its text: "https://t.co/…", "pic.twitter.com/…" (glued to a hashtag or not). */
const TRAILING_LINK = /\s*(?:https?:\/\/\S+|\S*pic\.twitter\.com\/\S+)\s*$/u;

/**
 * The claim of the paragraph first..last (tokens) when it ends with a post's signature: name, handle in
 * parentheses, date. `text` is the article. Null for any other paragraph.
 */
export function postClaim(w: Words, text: string, first: number, last: number, group: number): RawClaim | null {
  const { tokens, lower } = w;
  // "… ) December 18 , 2018"
  let k = last - 1;
  if (k - 4 <= first || !/^\d{4}$/u.test(lower[k]) || lower[k - 1] !== ',' || !/^\d{1,2}$/u.test(lower[k - 2]))
    return null;
  if (!MONTHS.has(lower[k - 3]) || lower[k - 4] !== ')') return null;
  k -= 5;
  // "( @ handle"
  const close = k + 1;
  while (k > first && k > close - 1 - HANDLE_TOKENS && lower[k] !== '(') k--;
  if (lower[k] !== '(' || !tokens.slice(k + 1, close).some((t) => t.text === '@')) return null;
  // "— Name"
  const nameLast = k;
  let d = k - 1;
  while (d > first && d >= nameLast - SIGNATURE_NAME_WORDS && isCapitalized(tokens[d].text) && isWord(tokens[d].text))
    d--;
  if (d <= first || d === nameLast - 1 || !DASHES.has(tokens[d].text) || w.quoteOf[d] >= 0) return null;
  // The post's words, less the link that closes them.
  const start = tokens[first].start;
  const body = text.slice(start, tokens[d].start).replace(TRAILING_LINK, '');
  const end = start + body.trimEnd().length;
  let l = first;
  while (l < d && tokens[l].end <= end) l++;
  if (l <= first) return null;
  return {
    first,
    last: l,
    cueFirst: d,
    cueLast: d + 1,
    speaker: { first: d + 1, last: nameLast, kind: 'name', attrFirst: d },
    group,
  };
}
