/**
 * Signed paragraphs: an embedded post ending with its signature ("… pic.twitter.com/x — Ana Ruiz (@anaruiz)
 * December 18, 2018") is what the signed person or body wrote: the words before the signature (less the link
 * to the post) are its content, the name after the dash its speaker. A pull quote ("It's very bad for our
 * seniors. Rod Peters, Lake Cowichan mayor") is what the person named after its last sentence said.
 */
import type { RawClaim } from './claims';
import { DASHES, isCapitalized, isWord } from '../lang';
import type { Words } from './words';

/** A signature's name ("Michelle Rempel", "BC Hydro") has at most this many words. */
/** The description after a pull quote's name (", Lake Cowichan mayor") has at most this many tokens. */
const PULL_DESCRIPTION_TOKENS = 8;
/**
 * A pull quote speaks in the first or second person ("our seniors", "I'm", "you're"): a photo caption or a
 * credit closing a paragraph ("… on Oct. 29, 2015. Ben Nelms") does not.
 */
const PERSONAL = /^(?:i|i['’]m|i['’]ve|i['’]d|i['’]ll|me|my|we|we['’]re|we['’]ve|we['’]ll|us|our|you|you['’]re|your)$/u;
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

/**
 * The claim of the paragraph first..last (tokens) when it is a pull quote: sentences in the first or second
 * person, then a name of one to SIGNATURE_NAME_WORDS capitalised words with no full stop after it, optionally a
 * description after a comma ("… backup. Rod Peters, Lake Cowichan mayor"). Null for any other paragraph.
 */
export function pullQuoteClaim(w: Words, first: number, last: number, group: number): RawClaim | null {
  const { tokens, lower } = w;
  if (last - first < 6 || !isWord(tokens[last - 1].text) || w.quoteOf[last - 1] >= 0) return null;
  // ", Lake Cowichan mayor": a description with no sentence punctuation.
  let end = last;
  for (let k = last - 1; k > first && k >= last - PULL_DESCRIPTION_TOKENS; k--) {
    if (lower[k] === ',') {
      end = k;
      break;
    }
    if (!isWord(tokens[k].text)) break;
  }
  let k = end - 1;
  while (k > first && k >= end - SIGNATURE_NAME_WORDS && isCapitalized(tokens[k].text) && isWord(tokens[k].text)) k--;
  const nameFirst = k + 1;
  // The name follows a sentence's end: "… backup. Rod Peters".
  if (nameFirst >= end || !/^[.!?]$/u.test(lower[k]) || w.quoteOf[k] >= 0 || k - first < 3) return null;
  let personal = false;
  for (let i = first; i < k && !personal; i++) personal = PERSONAL.test(lower[i]);
  if (!personal) return null;
  return {
    first,
    last: k + 1,
    cueFirst: nameFirst,
    cueLast: nameFirst,
    speaker: { first: nameFirst, last: end, kind: 'name', attrFirst: nameFirst },
    group,
  };
}
