/** The corrections file of an article: where it is kept, an empty one, and how it is written. */
import { CORRECTIONS_VERSION, type Correction, type CorrectionsFile, type QuoteAnchor } from './types';

/** A file with no corrections. */
export function emptyCorrections(): CorrectionsFile {
  return { version: CORRECTIONS_VERSION, corrections: [] };
}

/** Where an article's corrections are kept: beside it, `<article>.newslens.json`. */
export function sidecarPath(articlePath: string): string {
  return `${articlePath}.newslens.json`;
}

/** The file as JSON to write: two-space indent, keys in a fixed order, a final newline. */
export function serializeCorrections(file: CorrectionsFile): string {
  const corrections = file.corrections.map(ordered);
  return `${JSON.stringify({ version: file.version, corrections }, null, 2)}\n`;
}

/** The keys of a correction in the order people read them (the quote or entity first). */
const KEY_ORDER = [
  'quote',
  'entity',
  'speaker',
  'unnamed',
  'confirmed',
  'notAQuote',
  'kind',
  'role',
  'gender',
  'type',
  'sameAs',
];

function ordered(c: Correction): Correction {
  const source = c as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of KEY_ORDER)
    if (source[key] !== undefined) out[key] = key === 'quote' ? orderedAnchor(source[key] as QuoteAnchor) : source[key];
  for (const key of Object.keys(source)) if (!(key in out) && source[key] !== undefined) out[key] = source[key];
  return out as unknown as Correction;
}

function orderedAnchor(a: QuoteAnchor): QuoteAnchor {
  return { start: a.start, end: a.end, text: a.text };
}
