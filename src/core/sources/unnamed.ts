/**
 * Unnamed sources ("a senior official said"): a quote with no speaker entity whose speaker is described, not
 * named. Kept apart from collect.ts (and its word lists) so that the editor's hover and Speakers view can use it
 * without loading the recognizer's data into the extension host.
 */
import { DOCUMENT_NOUNS, PRONOUNS } from '../lang/function-words';
import { ORG_HEADS } from '../lang/organizations';
import type { Quote } from '../types';

/** Indefinite or plural descriptions that stand for a source the article does not name. */
const UNNAMED_OPENERS =
  /^(?:a|an|one|some|several|many|two|three|four|five|few|other|another|most|all|senior|officials?|sources?|police|experts?|analysts?|residents?|critics?|witnesses?|people)\b/iu;

/** Heads of a description that names a body, not a person: "the union", "the ministry", "police". */
const BODY_HEADS = new Set([
  'police',
  'government',
  'court',
  'city',
  'province',
  'state',
  'hospital',
  'school',
  'university',
  'team',
  'club',
  'firm',
  'office',
  'campaign',
  'military',
  'army',
  'navy',
  'service',
  'network',
  'newspaper',
  'station',
  'church',
  'embassy',
  'county',
  'district',
  'region',
  'port',
  'bank',
  'airline',
  'prison',
  'report',
  'study',
  'survey',
  'poll',
  'lawsuit',
  'complaint',
  'filing',
  'ad',
  'video',
]);

/** The head of a description: its last word before a preposition, a comma or a relative ("a source close to"). */
function headOf(m: string): string {
  const words = m
    .toLowerCase()
    .replace(/['’]s\b/gu, '')
    .split(/\s+/u);
  let end = words.length;
  for (let i = 1; i < words.length; i++) {
    if (
      /^(?:of|for|at|in|with|from|close|near|on|who|which|that|familiar)$/u.test(words[i]) ||
      words[i - 1].endsWith(',')
    ) {
      end = i;
      break;
    }
  }
  return words[end - 1].replace(/[^\p{L}-]/gu, '');
}

/**
 * Whether a quote with no speaker entity stands for an unnamed source: a person or people described, not named
 * ("a senior official said", "one commuter said", "officials said"), or the user's correction: a description in
 * lower case or opening with a word of UNNAMED_OPENERS. A body or a document described ("the union", "the
 * ministry", "police", "the statement") is no unnamed source: its quotes stay unattributed, with the description
 * as their source mention.
 */
export function isUnnamedQuote(q: Quote): boolean {
  if (q.speaker) return false;
  if (typeof q.unnamed === 'string' && q.unnamed) return true;
  const m = q.speakerMention?.text.trim();
  if (!m || PRONOUNS.has(m.toLowerCase())) return false;
  const head = headOf(m);
  if (ORG_HEADS.has(head) || BODY_HEADS.has(head) || DOCUMENT_NOUNS.has(head)) return false;
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
