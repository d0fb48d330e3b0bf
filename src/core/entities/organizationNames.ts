/**
 * Organizations named with a complement after their head noun: "Council on Foreign Relations", "Center for
 * Strategic and International Studies", "Commission on Presidential Debates". The tagger, trained on 1996 news
 * where such names are rare, cuts them at the preposition or types the pieces apart ("Center" a place, "Strategic"
 * a place, "International Studies" an organization); this step makes them one organization.
 */
import { HEADS_BEFORE_FOR, HEADS_BEFORE_ON, isCapitalized, NOT_ROLE, TITLE_WORDS, TRAILING_TITLES } from '../lang';
import { givenNameClass } from './gender';
import { overlay, type Mention } from './mentions';
import type { Word } from './words';

/** Words that may join the complement's capitalised words ("Strategic and International Studies"). */
const JOINERS = new Set(['and', 'of', 'the', '&']);
const MAX_COMPLEMENT = 6;
const MAX_BEFORE = 4;

/** A capitalised word that may be part of such a name: not a title ("Council on Foreign Relations President ..."). */
function nameWord(words: Word[], i: number): boolean {
  const w = words[i];
  if (!w || w.lineStart || !isCapitalized(w.text) || !/\p{L}/u.test(w.text)) return false;
  const lower = w.text.toLowerCase();
  return !TITLE_WORDS.has(lower) && !TRAILING_TITLES.has(lower);
}

/** The mentions, with such organizations in place of the tagger's pieces of them. */
export function organizationsWithComplement(words: Word[], mentions: Mention[]): Mention[] {
  const person = new Set<number>();
  for (const m of mentions) if (m.type === 'PERSON') for (let i = m.first; i < m.last; i++) person.add(i);
  const found: Mention[] = [];
  for (let i = 0; i + 2 < words.length; i++) {
    const prep = words[i + 1].text;
    const heads = prep === 'on' ? HEADS_BEFORE_ON : prep === 'for' ? HEADS_BEFORE_FOR : null;
    if (!heads || !isCapitalized(words[i].text) || !heads.has(words[i].text.toLowerCase())) continue;
    // The complement: capitalised words, with joiners between them; not a time ("on Monday") or a person.
    const c = i + 2;
    if (!nameWord(words, c) || NOT_ROLE.has(words[c].text.toLowerCase()) || givenNameClass(words[c].text) !== null)
      continue;
    let end = c;
    for (let k = c; k < words.length && k - c < MAX_COMPLEMENT;) {
      if (person.has(k)) break;
      if (nameWord(words, k)) end = ++k;
      else if (JOINERS.has(words[k].text) && nameWord(words, k + 1)) k++;
      else break;
    }
    if (end === c) continue;
    // The words before the head on its line and in its sentence ("Senate Committee on Finance"), not "The".
    let first = i;
    while (
      first > 0 &&
      i - first < MAX_BEFORE &&
      !words[first].sentStart &&
      nameWord(words, first - 1) &&
      !person.has(first - 1) &&
      words[first - 1].text !== 'The'
    )
      first--;
    // A name the tagger already found whole, and longer ("Organisation for Security and Cooperation in Europe").
    if (!mentions.some((m) => m.first <= first && m.last >= end))
      found.push({ first, last: end, type: 'ORG', known: -1 });
    i = end - 1;
  }
  return found.length > 0 ? overlay(mentions, found) : mentions;
}
