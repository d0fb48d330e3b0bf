/**
 * Page furniture that reports nothing: a paragraph linking another story ("READ MORE: Trump says …",
 * "WATCH: …") and a photo caption signed with its credit ("… said Tuesday. (Adrian Wyld/Canadian Press)").
 * Their sentences repeat or advertise reporting told elsewhere; news annotators (the Gender Gap Tracker's)
 * leave them out, so the quote finder looks for no claims or quotations in them.
 */
import { NOT_SPEAKER_LABELS, isCapitalized } from '../lang';
import type { Words } from './words';

/** A link label before the colon ("READ MORE", "WATCH") has at most this many words. */
const LINK_LABEL_WORDS = 3;
/** A photo credit "(Adrian Wyld/Canadian Press)" has at most this many tokens between its parentheses. */
const CREDIT_TOKENS = 12;

/** "READ MORE: …", "WATCH: …": the paragraph opening at token `first` starts with label words only and a colon. */
export function isLinkParagraph(w: Words, first: number, last: number): boolean {
  let k = first;
  while (
    k < last &&
    k < first + LINK_LABEL_WORDS &&
    isCapitalized(w.tokens[k].text) &&
    NOT_SPEAKER_LABELS.has(w.lower[k])
  )
    k++;
  return k > first && k < last && w.lower[k] === ':';
}

/**
 * "… (Adrian Wyld/Canadian Press)": the paragraph first..last ends with a parenthesized credit, a capitalized
 * name, a slash and the agency or outlet.
 */
export function isCaptionParagraph(w: Words, first: number, last: number): boolean {
  const { tokens, lower } = w;
  if (last - first < 5 || lower[last - 1] !== ')' || w.quoteOf[last - 1] >= 0) return false;
  let slash = false;
  for (let k = last - 2; k > first && k >= last - 2 - CREDIT_TOKENS; k--) {
    const t = tokens[k].text;
    if (t === '(') return slash && k + 1 < last - 1 && isCapitalized(tokens[k + 1].text);
    if (t === ')') return false;
    if (t.includes('/')) slash = true;
  }
  return false;
}

/** True when the paragraph first..last is a link or a photo caption. */
export const isFurniture = (w: Words, first: number, last: number): boolean =>
  isLinkParagraph(w, first, last) || isCaptionParagraph(w, first, last);
