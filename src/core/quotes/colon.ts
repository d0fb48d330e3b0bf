/**
 * Name-and-colon attributions at the start of a paragraph: transcripts ("PENCE: Well, look, …") and headlines
 * ("Politifact: Trump Is Right …").
 */
import type { RawClaim } from './claims';
import { trim, wordCount } from './content';
import { NOT_NAMES, NOT_SPEAKER_LABELS, isCapitalized, isWord } from '../lang';
import type { Segment } from './segments';
import type { SpeakerPhrase } from './speaker';
import type { Words } from './words';

/** A speaker label before a colon ("SEN. TIM KAINE:") has at most four words. */
const LABEL_WORDS = 4;

/**
 * "PENCE: Well, look, …" (a transcript) or "Politifact: Trump Is Right …" (a headline): a name and a colon at the
 * start of a paragraph attribute the rest of the paragraph, up to token `paraLast`.
 */
export function colonClaim(w: Words, seg: Segment, paraLast: number, group: number): RawClaim | null {
  const { tokens, lower } = w;
  let j = seg.first;
  if (j < seg.last && /^["“”]$/.test(tokens[j].text) && w.quoteOf[j] < 0) j++;
  let k = j;
  while (k < seg.last && k < j + LABEL_WORDS && isCapitalized(tokens[k].text) && isWord(tokens[k].text)) k++;
  if (k === j || k >= seg.last || lower[k] !== ':' || k + 1 >= paraLast) return null;
  for (let i = j; i < k; i++) if (NOT_SPEAKER_LABELS.has(lower[i]) || NOT_NAMES.has(tokens[i].text)) return null;
  const speaker: SpeakerPhrase = { first: j, last: k, kind: 'name', attrFirst: j };
  const [first, last] = trim(w, k + 1, paraLast);
  if (wordCount(w, first, last) < 2) return null;
  return { first, last, cueFirst: k, cueLast: k + 1, speaker, group };
}
