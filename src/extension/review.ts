import type { Quote } from '../core/types';
import { stepQuote } from './model';

/**
 * Reviewing attributions: which quotes to look at again (confidence below `newsLens.reviewBelow`), and why the
 * recognizer gave a quote its speaker, in words. No `vscode` here: the hover, the Speakers view and the
 * Next Quote to Review command (src/extension/correctionCommands.ts) use it.
 */

/** True when the quote's speaker is uncertain enough to look at: confidence below `threshold`, not set by the user. */
export function needsReview(quote: Quote, threshold: number): boolean {
  const a = quote.attribution;
  return !!a && a.rule !== 'corrected' && Number.isFinite(a.confidence) && a.confidence < threshold;
}

/** The quotes to review, in document order (`quotes` sorted by start). */
export function quotesToReview(quotes: readonly Quote[], threshold: number): Quote[] {
  return quotes.filter((q) => needsReview(q, threshold));
}

/** The next quote to review after `current` (or after `offset`), wrapping around; undefined when there is none. */
export function nextToReview(
  quotes: readonly Quote[],
  threshold: number,
  current: Quote | undefined,
  offset: number,
): { quote: Quote; wrapped: boolean; left: number } | undefined {
  const list = quotesToReview(quotes, threshold);
  const step = stepQuote(list, current && list.includes(current) ? current : undefined, offset, 1);
  return step && { ...step, left: list.length };
}

/** The confidence as the hover and the view show it: two decimals. */
export function confidenceText(confidence: number): string {
  return Number.isFinite(confidence) ? confidence.toFixed(2) : '?';
}

/**
 * Why the quote has its speaker, in words: 'speaker from “he said”, the last man named (pronoun), confidence
 * 0.72'; 'set by you' for a correction. Article text (the attribution's words) goes through `esc` (the hover
 * makes it inert Markdown). Undefined when the recognizer gave no attribution.
 */
export function attributionReason(quote: Quote, esc: (articleText: string) => string = (s) => s): string | undefined {
  const a = quote.attribution;
  if (!a) return undefined;
  if (a.rule === 'corrected') {
    if (quote.unnamed !== undefined) return `set by you: an unnamed source, “${esc(quote.unnamed)}”`;
    return quote.speaker ? 'set by you' : 'set by you: nobody named';
  }
  const said = saidWords(quote);
  const quoted = (s: string | undefined): string => (s ? ` “${esc(s)}”` : '');
  const mention = quote.speakerMention?.text;
  let words: string;
  switch (a.rule) {
    case 'cue after':
      words = `speaker named after the quote${said ? `, “${esc(said)}”` : ''}`;
      break;
    case 'cue before':
      words = `speaker named before the quote${said ? `, “${esc(said)}”` : ''}`;
      break;
    case 'pronoun':
      words = `speaker from${quoted(said)}, the last ${pronounReferent(mention)} named`;
      break;
    case 'continuation':
      words = 'no attribution of its own: it continues the quote or paragraph before, by the same speaker';
      break;
    case 'description':
      words = `speaker from the description${quoted(mention ?? said)}`;
      break;
    case 'according to':
      words = `speaker from${quoted(said ?? mention)}`;
      break;
    case 'known person':
      words = `speaker named through newsLens.knownPeople${quoted(mention)}`;
      break;
    case 'none':
    default:
      words = 'no speaker the text names';
      break;
  }
  return `${words} (${a.rule}), confidence ${confidenceText(a.confidence)}`;
}

/** The attribution's words as the article has them, in order ("he said", "said Tomas Berg"), or undefined. */
function saidWords(quote: Quote): string | undefined {
  const parts = [quote.speakerMention, quote.cue].filter((s): s is NonNullable<typeof s> => !!s);
  if (parts.length === 0) return undefined;
  parts.sort((x, y) => x.start - y.start);
  if (parts.length === 2 && parts[0].end > parts[1].start) return parts[0].text; // one holds the other
  return parts.map((p) => p.text).join(' ');
}

/** Who a pronoun points back to: "he" the last man named, "she" the last woman, otherwise the last one. */
function pronounReferent(pronoun: string | undefined): string {
  const p = (pronoun ?? '').toLowerCase();
  if (/^(he|him|his|himself)$/.test(p)) return 'man';
  if (/^(she|her|hers|herself)$/.test(p)) return 'woman';
  if (/^(it|its)$/.test(p)) return 'organization';
  return 'one';
}
