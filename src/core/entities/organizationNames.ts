/**
 * Organizations named with a complement after their head noun: "Council on Foreign Relations", "Center for
 * Strategic and International Studies", "Commission on Presidential Debates", "Doctors Without Borders". The tagger, trained on 1996 news
 * where such names are rare, cuts them at the preposition or types the pieces apart ("Center" a place, "Strategic"
 * a place, "International Studies" an organization); this step makes them one organization.
 */
import {
  ABBREVIATIONS,
  GROUP_HEADS,
  HEADS_BEFORE_FOR,
  HEADS_BEFORE_ON,
  isCapitalized,
  NOT_ROLE,
  TITLE_WORDS,
  TRAILING_TITLES,
} from '../lang';
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
  // A title before a name ends it ("... Relations President Richard Haass"); not one that ends it ("Tax Justice").
  return !(TITLE_WORDS.has(lower) || TRAILING_TITLES.has(lower)) || !isCapitalized(words[i + 1]?.text ?? '');
}

/** Word i is an abbreviation with its period: a month or weekday ("on Jan. 29"), a title, a state. */
function abbreviated(words: Word[], i: number): boolean {
  const next = words[i + 1];
  return !!next && next.text === '.' && next.start === words[i].end && ABBREVIATIONS.has(words[i].text.toLowerCase());
}

/**
 * `head` opens an organization's name with the preposition `prep`: a head noun with "on" or "for", a group of
 * people with "for" ("Physicians for Human Rights"), either with a title-case "For", "Without" or "Against"
 * ("Doctors Without Borders").
 */
function headWith(head: string, prep: string): boolean {
  if (prep === 'on') return HEADS_BEFORE_ON.has(head);
  if (prep === 'for') return HEADS_BEFORE_FOR.has(head) || GROUP_HEADS.has(head);
  if (prep === 'For' || prep === 'Without' || prep === 'Against')
    return HEADS_BEFORE_FOR.has(head) || GROUP_HEADS.has(head);
  return false;
}

/**
 * The capitalised words from word i on hold a head and its preposition of their own: a second name after "and"
 * ("Physicians for Human Rights and Canadian Doctors for Medicare"), where the first one ends.
 */
function nextNameAfter(words: Word[], i: number): boolean {
  for (let k = i; k + 1 < words.length && nameWord(words, k); k++)
    if (headWith(words[k].text.toLowerCase(), words[k + 1].text)) return true;
  return false;
}

/** The mentions, with such organizations in place of the tagger's pieces of them. */
export function organizationsWithComplement(words: Word[], mentions: Mention[]): Mention[] {
  const person = new Set<number>();
  for (const m of mentions) if (m.type === 'PERSON') for (let i = m.first; i < m.last; i++) person.add(i);
  const found: Mention[] = [];
  for (let i = 0; i + 2 < words.length; i++) {
    const prep = words[i + 1].text;
    const head = words[i].text.toLowerCase();
    // Not in a headline in title case or capitals, where every word is capitalised.
    if (words[i].capsLine || !isCapitalized(words[i].text) || !headWith(head, prep)) continue;
    // The complement: capitalised words, with joiners between them; not a time ("on Monday") or a person.
    const c = i + 2;
    if (!nameWord(words, c) || NOT_ROLE.has(words[c].text.toLowerCase()) || person.has(c) || abbreviated(words, c))
      continue;
    let end = c;
    for (let k = c; k < words.length && k - c < MAX_COMPLEMENT;) {
      if (person.has(k)) break;
      if (nameWord(words, k)) end = ++k;
      else if (JOINERS.has(words[k].text) && nameWord(words, k + 1) && !nextNameAfter(words, k + 1)) k++;
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
