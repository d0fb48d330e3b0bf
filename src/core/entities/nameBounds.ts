/**
 * Where names begin and end, beyond the tagger: rules that cut a tagger's run ("the Eagles organisation", "Karlsruhe
 * of Germany", "the Irish Republican Army's Director"), keep a club's town letter ("Proleter (Z)"), and join names
 * the tagger left in pieces around particles ("Gazzetta dello Sport", "Van der Westhuizen"). Used by mentions.ts.
 */
import {
  ACRONYM_SKIP,
  CORPORATE,
  FINITE_VERBS,
  NAME_LOWER_WORDS,
  NAME_PARTICLES,
  OF_HEADS,
  ORG_HEADS,
  PERSON_NOUNS,
  TITLE_WORDS,
  TRAILING_TITLES,
  isCapitalized,
} from '../lang';
import { lowerOf, type Lexicon } from './features';
import type { Mention } from './mentions';
import { isRoleNoun } from './roles';
import type { Word } from './words';

/**
 * Word i, inside a name the tagger ran on, is a lower-case word of three letters or more that is neither a particle
 * nor a joining word: names hold "of", "and", "de", "van der" in lower case, not content words ("the Eagles
 * organisation", "Atalanta reunites Lentini", "Stein spokeswoman Melezia Figueroa"). Hyphenated words stay
 * ("al-Assad"). In CoNLL-2003 train, 20 of 380 lower-case words inside PERSON/ORG/LOC names are of this kind
 * ("Russian interior ministry"); the tagger rarely runs over them, and when it does it is mostly wrong.
 */
export function commonWordInName(words: Word[], i: number): boolean {
  const t = words[i].text;
  return t.length >= 3 && /^\p{Ll}+$/u.test(t) && !ACRONYM_SKIP.has(t) && !NAME_LOWER_WORDS.has(t);
}

/** Words last..last+3 are "(", one or two capitals that are not the initials of words first..last, ")". */
export function townLetter(words: Word[], first: number, last: number): boolean {
  const code = words[last + 1]?.text ?? '';
  if (words[last]?.text !== '(' || words[last + 2]?.text !== ')' || !/^\p{Lu}{1,2}$/u.test(code)) return false;
  if (words[last].lineStart || words[last + 2].end !== words[last + 1].end + 1) return false;
  let initials = '';
  for (let i = first; i < last; i++) if (/^\p{Lu}/u.test(words[i].text)) initials += words[i].text[0];
  return initials !== code;
}

/**
 * Word i is a parenthesis inside a name that holds another name ("Hizbollah (Party of God)", an alias): the name
 * ends before it and the one inside stands alone. Not a town's letter ("Mladost (BJ)": see `townLetter`).
 */
export function aliasParenthesis(words: Word[], i: number): boolean {
  const t = words[i].text;
  if (t === '(') return !(words[i + 2]?.text === ')' && /^\p{Lu}{1,2}$/u.test(words[i + 1].text));
  if (t === ')') return !(words[i - 2]?.text === '(' && /^\p{Lu}{1,2}$/u.test(words[i - 1].text));
  return false;
}

/** A capitalised title or closed-class role noun ("Director", "Spokesman", "Coach"). */
export function titleWord(t: string): boolean {
  if (!isCapitalized(t)) return false;
  const lower = t.toLowerCase();
  return TITLE_WORDS.has(lower) || TRAILING_TITLES.has(lower) || isRoleNoun(lower, false);
}

/**
 * Words first..last read "X of Y" with word `of` the "of": X an organization's name of its own and Y a place's.
 * X is one capitalised word that is no common word and no word that opens names going on with "of" (OF_HEADS:
 * "University of Texas"), or two or more words ending in a corporate suffix ("Kia Motor Corp"); Y is one to three
 * capitalised words. In CoNLL-2003 train, all 17 organizations followed by "of" and a place are of these kinds
 * ("Benfica of Portugal", "Bestop Inc of Boulder").
 */
export function clubOfPlace(words: Word[], first: number, of: number, last: number, lex: Lexicon): boolean {
  if (words[of].text !== 'of' || of === first || last - of - 1 < 1 || last - of - 1 > 3) return false;
  for (let i = of + 1; i < last; i++) if (!isCapitalized(words[i].text) || words[i].lineStart) return false;
  if (of - first >= 2) return CORPORATE.has(words[of - 1].text.toLowerCase().replace(/\.$/, ''));
  const x = words[first].text;
  const lower = lowerOf(x);
  if (!/^\p{Lu}\p{Ll}+$/u.test(x) || OF_HEADS.has(lower) || ORG_HEADS.has(lower) || TITLE_WORDS.has(lower))
    return false;
  if (PERSON_NOUNS.has(lower) || FINITE_VERBS.has(lower)) return false;
  const cc = lex.caseClass[lex.words.get(lower) ?? 0] || (lex.otherCase.get(lower) ?? 0);
  return cc !== 1 && cc !== 3;
}

/**
 * Two names the tagger found on either side of lower-case particles are one name ("Gazzetta" + "dello" + "Sport",
 * "Van" + "der" + "Westhuizen"), of the second one's type unless the first is a person. A particle written with a
 * capital before lower-case ones opens the name that follows them when the tagger left it out, a person's
 * ("Van der Westhuizen", "De la Hoya" at the start of a sentence).
 */
export function particleNames(words: Word[], mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  const particlesFrom = (i: number): number => {
    let k = i;
    while (k < words.length && k - i < 3 && NAME_PARTICLES.has(words[k].text) && !words[k].lineStart) k++;
    return k;
  };
  for (let j = 0; j < mentions.length; j++) {
    let m = mentions[j];
    const prev = out[out.length - 1];
    const k = prev ? particlesFrom(prev.last) : -1;
    if (prev && k > prev.last && k === m.first && !words[m.first].lineStart && prev.known < 0 && m.known < 0) {
      // "Van" + "der" + "Westhuizen": a name opening with a particle is a person's.
      const particleFirst = prev.last - prev.first === 1 && NAME_PARTICLES.has(words[prev.first].text.toLowerCase());
      const type = prev.type === 'PERSON' || particleFirst ? 'PERSON' : m.type;
      out[out.length - 1] = { ...prev, last: m.last, type };
      continue;
    }
    // "Van der Westhuizen": a capitalised particle not in a name, then lower-case particles, then this name.
    let f = m.first;
    while (f > 0 && NAME_PARTICLES.has(words[f - 1].text) && !words[f].lineStart) f--;
    if (
      f < m.first &&
      f > 0 &&
      NAME_PARTICLES.has(words[f - 1].text.toLowerCase()) &&
      /^\p{Lu}\p{Ll}+$/u.test(words[f - 1].text) &&
      !words[f].lineStart &&
      (!prev || prev.last < f - 1) &&
      m.known < 0
    )
      m = { ...m, first: f - 1, type: 'PERSON' };
    out.push(m);
  }
  return out;
}
