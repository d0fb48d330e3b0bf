import type { Sentence, Token } from '../text';
import type { AnnotateOptions, Entity, Quote } from '../types';

/** Direct quotes and reported claims with their speakers. */
export function findQuotes(_text: string, _tokens: Token[], _sentences: Sentence[], _entities: Entity[], _options: AnnotateOptions): Quote[] {
  return [];
}
