import type { Correction } from '../core/corrections/types';
import type { EntityType } from '../core/types';
import { firstWords, kindLabel, typeLabel } from './model';

/**
 * A correction in words, as the Speakers view's "Unplaced corrections" rows and the Remove Correction quick
 * pick show it: 'Speaker: Tomas Berg — “The ground is weaker than…”'. Plain text (no Markdown); no `vscode`.
 */
export function describeCorrection(c: Correction): string {
  if ('entity' in c) {
    const parts: string[] = [];
    if (c.role !== undefined) parts.push(c.role === null ? 'no role' : `role “${c.role}”`);
    if (c.gender !== undefined) parts.push(c.gender === null ? 'gender unknown' : `gender ${c.gender}`);
    if (c.type !== undefined) parts.push(c.type === null ? 'not a name' : `a ${entityTypeWord(c.type)}`);
    if (c.sameAs !== undefined) parts.push(`the same as ${c.sameAs}`);
    return `${c.entity}: ${parts.join('; ') || 'no change'}`;
  }
  const quote = quoted(c.quote.text);
  if ('notAQuote' in c) return `Not a quote: ${quote}`;
  if ('speaker' in c) {
    const kind = c.kind ? ` (${kindLabel(c.kind)})` : '';
    if (c.confirmed) return `Confirmed speaker ${c.speaker ?? 'nobody'}${kind}: ${quote}`;
    if (c.speaker) return `Speaker ${c.speaker}${kind}: ${quote}`;
    if (c.unnamed !== undefined) return `Unnamed source “${c.unnamed}”${kind}: ${quote}`;
    return `Nobody named${kind}: ${quote}`;
  }
  return `Kind ${kindLabel(c.kind)}: ${quote}`;
}

/** The first words of a quote, in quotation marks unless it has its own: “said this…”, "This is for them." */
export function quoted(text: string): string {
  const words = firstWords(text, 8);
  return /^["“„«»‘'‚‹›「『]/.test(words) ? words : `“${words}”`;
}

function entityTypeWord(type: EntityType): string {
  return typeLabel(type).toLowerCase();
}
