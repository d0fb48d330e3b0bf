/** Punctuation classes. */
import { words } from './registry';

/** Closing quotation marks (a reported content ends at one). */
export const CLOSING_QUOTES = words('CLOSING_QUOTES', ['”', '"', '’', "'", '»']);

/** What may stick to a sentence's final punctuation and still belong to the sentence: closing quotes and brackets. */
export const SENTENCE_CLOSERS: ReadonlySet<string> = new Set([...CLOSING_QUOTES, ')', ']']);

/** Punctuation that ends reported content. */
export const TERMINATORS = words('TERMINATORS', ['.', '!', '?', ';']);

/** Dashes (a signature after a quotation: “…” ― Jane Doe). */
export const DASHES = words('DASHES', ['―', '—', '–', '-', '--']);

// prettier-ignore
/** Punctuation that ends a role phrase or an apposition. */
export const PHRASE_STOPS = words('PHRASE_STOPS', [
  ',', '.', ';', ':', '(', ')', '[', ']', '"', '“', '”', '‘', '’', "'", '—', '–', '--', '?', '!', '…',
]);
