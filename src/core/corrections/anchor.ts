/**
 * Re-anchoring: finding a correction's quote again in the article's current text. The quote is where it was
 * if the text there is still the quote's; else it is the occurrence of the quote's text nearest its old
 * place, looked for near that place first and then in the whole text. Two occurrences equally near, or none,
 * and the quote cannot be placed: a correction is never applied to a quote it may not be about.
 */
import type { QuoteAnchor } from './types';

/**
 * How far (in UTF-16 code units, either side of the old span) the quote's text is looked for first: a few
 * paragraphs, past any ordinary edit near the quote (a sentence added or removed), so that a quote repeated
 * elsewhere in a long article is not looked at before a nearer one. Beyond it the whole text is searched,
 * with the same nearest-or-nothing rule.
 */
export const ANCHOR_WINDOW = 4000;

/** Where the quote is now, or why it cannot be placed. */
export type Located = { start: number; end: number } | { start?: undefined; reason: string };

/** The quote's span in `text` now, or null when its text is gone or occurs twice equally near its old place. */
export function anchorQuote(text: string, anchor: QuoteAnchor): { start: number; end: number } | null {
  const found = locateQuote(text, anchor);
  return found.start === undefined ? null : { start: found.start, end: found.end };
}

/** As anchorQuote, with the reason when the quote cannot be placed. */
export function locateQuote(text: string, anchor: QuoteAnchor): Located {
  const quote = anchor.text;
  if (typeof quote !== 'string' || quote.length === 0) return { reason: 'its quote has no text to look for' };
  const { start, end } = anchor;
  const validOffsets = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end >= start;
  if (validOffsets && end <= text.length && text.slice(start, end) === quote) return { start, end };
  const old = validOffsets ? Math.min(start, text.length) : 0;
  const near = nearest(text, quote, old, Math.max(0, old - ANCHOR_WINDOW), old + quote.length + ANCHOR_WINDOW);
  const found = near.count > 0 ? near : nearest(text, quote, old, 0, text.length);
  if (found.count === 0) return { reason: `its quote's text is no longer in the article ("${clip(quote)}")` };
  if (found.at === null) {
    return {
      reason: `its quote's text occurs twice equally near its old place (offset ${start}): which one is meant is unclear`,
    };
  }
  return { start: found.at, end: found.at + quote.length };
}

/**
 * The occurrence of `quote` starting in [from, to - quote.length] nearest `old`: its offset, or null when
 * two are equally near; with the number of occurrences there.
 */
function nearest(
  text: string,
  quote: string,
  old: number,
  from: number,
  to: number,
): { at: number | null; count: number } {
  let at: number | null = null;
  let best = Infinity;
  let count = 0;
  const last = Math.min(to, text.length) - quote.length;
  for (let i = text.indexOf(quote, from); i >= 0 && i <= last; i = text.indexOf(quote, i + 1)) {
    count++;
    const distance = Math.abs(i - old);
    if (distance < best) {
      best = distance;
      at = i;
    } else if (distance === best) {
      at = null; // equally near: do not guess
    } else {
      break; // occurrences come in order: past the old place, each is farther than the one before
    }
  }
  return { at, count };
}

/** The start of a long quote, for a message. */
export function clip(s: string, max = 60): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}
