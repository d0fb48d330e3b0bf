import type { Sentence, Token } from '../text';
import type { AnnotateOptions, Entity } from '../types';

/** People, organizations and places named in the text, with roles and aliases. */
export function findEntities(_text: string, _tokens: Token[], _sentences: Sentence[], _options: AnnotateOptions): Entity[] {
  return [];
}
