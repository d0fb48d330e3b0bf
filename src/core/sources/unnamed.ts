/**
 * Unnamed sources ("a senior official said"): a quote with no speaker entity whose speaker is described, not
 * named. Kept apart from collect.ts (and its word lists) so that the editor's hover and Speakers view can use it
 * without loading the recognizer's data into the extension host.
 */
import { PRONOUNS } from '../lang/function-words';
import type { Quote } from '../types';

const UNNAMED_OPENERS =
  /^(?:a|an|one|some|several|many|two|three|four|five|few|other|another|most|all|senior|officials?|sources?|police|experts?|analysts?|residents?|critics?|witnesses?|people)\b/iu;

/** Whether a quote with no speaker entity stands for an unnamed source ("a senior official said"). */
export function isUnnamedQuote(q: Quote): boolean {
  if (q.speaker) return false;
  if (typeof q.unnamed === 'string' && q.unnamed) return true;
  const m = q.speakerMention?.text.trim();
  if (!m || PRONOUNS.has(m.toLowerCase())) return false;
  return UNNAMED_OPENERS.test(m) || /^\p{Ll}/u.test(m);
}

/**
 * The description of a quote's unnamed source ("a senior official", "officials"), the user's own when a correction
 * gave one, or null when the quote has a speaker entity or names nobody (no mention, or only a pronoun).
 */
export function unnamedSourceOf(q: Quote): string | null {
  if (!isUnnamedQuote(q)) return null;
  return q.unnamed || q.speakerMention?.text.trim() || null;
}
