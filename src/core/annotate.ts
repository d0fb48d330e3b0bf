import { findEntities } from './entities';
import { findQuotes } from './quotes';
import { splitSentences, tokenize } from './text';
import type { AnnotateOptions, Annotation } from './types';

/** Turns a document's text into its entities and quotes. */
export function annotate(text: string, options: AnnotateOptions = {}): Annotation {
  const tokens = tokenize(text);
  const sentences = splitSentences(tokens);
  const entities = findEntities(text, tokens, sentences, options);
  const quotes = findQuotes(text, tokens, sentences, entities, options);
  const result: Annotation = { entities, quotes };
  if (options.id !== undefined) return { id: options.id, ...result };
  return result;
}
