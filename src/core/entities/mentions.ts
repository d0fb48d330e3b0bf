/**
 * From tagged spans to clean name mentions: titles and leading articles stripped, corporate suffixes made
 * organizations, and names of people the user told us about (options.knownPeople) found and forced to PERSON.
 */
import { tokenize } from '../text';
import type { EntityType, KnownPerson } from '../types';
import { lowerOf, type Lexicon } from './features';
import { NOT_GIVEN, NOT_GIVEN_ALONE, NOT_SURNAME } from './data/name-words';
import { givenNameClass } from './gender';
import {
  ABBREVIATIONS,
  AGENT_SUFFIX,
  CORPORATE,
  FINITE_VERBS,
  HONORIFICS,
  NAME_HONORIFICS,
  NAME_PARTICLES,
  NOT_ROLE,
  ORG_HEADS,
  PAGEANT_TITLES,
  PERSON_TITLES,
  PLACE_FIRST,
  ROLE_MODIFIERS,
  ROLE_NOUNS,
  SPEECH_CUES,
  SPLIT_TITLES,
  TITLE_SURNAMES,
  TITLE_WORDS,
  TRAILING_TITLES,
  LEADERS_GOVERNMENTS,
  PERSON_NOUNS,
  ROLE_HEAD_PREPOSITIONS,
  isCapitalized,
} from '../lang';
import { isAgentTitle, isRoleNoun } from './roles';
import { aliasParenthesis, clubOfPlace, commonWordInName, titleWord, townLetter } from './nameBounds';
import type { NameSpan } from './tagger';
import { hasLower, hasUpper, toWords, type Word } from './words';

export interface Mention {
  /** First word index. */
  first: number;
  /** Index after the last word. */
  last: number;
  type: EntityType;
  /** Index in options.knownPeople when the mention is a known person's name or alias. */
  known: number;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const MAX_NAME_WORDS = 12;
/** Words that take an abbreviation period inside a name: corporate suffixes, Jr/Sr/St, single letters. */
const ABBREVIATED = /^(?:inc|corp|co|ltd|bros|jr|sr|st|mt|ft|\p{L})$/iu;

/**
 * A mention's words as names are compared and looked up in the word lists: lower case, curly apostrophes straight,
 * standalone periods left out and periods inside words removed ("U.S." -> "us").
 */
export function nameWords(words: Word[], m: Mention): string[] {
  const out: string[] = [];
  for (let i = m.first; i < m.last; i++) {
    const t = normalizeWord(words[i].text).toLowerCase().replace(/\./g, '');
    if (t) out.push(t);
  }
  return out;
}

/**
 * The index of the last word of words first..last, before a trailing period when a word stands before it ("Lear
 * Corp ." -> "Corp"): where a corporate suffix or an organization noun ends a name.
 */
export function lastWordBeforePeriod(words: Word[], first: number, last: number): number {
  const k = last - 1;
  return words[k].text === '.' && k > first ? k - 1 : k;
}

/** Words a..b are capitalised and none is a common lower-case word. */
function nameLike(words: Word[], a: number, b: number, lex: Lexicon): boolean {
  if (a >= b) return false;
  for (let i = a; i < b; i++) {
    const t = words[i].text;
    if (t === '.') continue;
    if (!/^\p{Lu}\p{L}*$/u.test(t)) return false;
    const lower = lowerOf(t);
    if (lex.caseClass[lex.words.get(lower) ?? 0] === 1 || lex.otherCase.get(lower) === 1) return false;
  }
  return true;
}

export function normalizeWord(s: string): string {
  return s.replace(/’/g, "'");
}

/** True when words first..last are an honorific alone, with or without its period ("Ms", "Mr."). */
function isHonorificOnly(words: Word[], first: number, last: number): boolean {
  const end = last - first === 2 && words[last - 1].text === '.' ? last - 1 : last;
  return (
    end - first === 1 &&
    (NAME_HONORIFICS.has(words[first].text.toLowerCase()) || HONORIFICS.has(words[first].text.toLowerCase()))
  );
}

/**
 * A span the tagger ran across a reporting verb or a sentence break ("Lohmar said Emery", "McMillen. Some") is
 * cut there: the part before is kept, and a later part only when it is name-like on its own. A pronoun "I" at its
 * end is left out ("Mississauga I was").
 */
export function splitAtBreaks(words: Word[], spans: NameSpan[], lex: Lexicon): NameSpan[] {
  const out: NameSpan[] = [];
  for (let s of spans) {
    if (s.last - s.first >= 2 && pronounI(words, s.first, s.last - 1)) s = { ...s, last: s.last - 1 };
    let start = s.first;
    let cut = false;
    // After a verb inside the run, what follows is a name of its own when capitalised ("Trump invited Gennifer
    // Flowers"); after a reporting verb or a period only when it reads as a name (no common word in it).
    let afterVerbInName = false;
    for (let i = s.first + 1; i < s.last; i++) {
      // A reporting verb, or a period after a whole word (not an initial or abbreviation), which the sentence
      // splitter may leave inside parentheses: "(... says McMillen. Some of his clients ...)".
      const inName =
        s.type !== 'MISC' &&
        ((i < s.last - 1 && verbInName(words, i)) || commonWordInName(words, i) || aliasParenthesis(words, i));
      const verb = SPEECH_CUES.has(words[i].text) || fullStop(words, i) || inName;
      // A possessive before a title ends the name and what follows is no name ("the Irish Republican Army's
      // Director of Intelligence").
      if (s.type !== 'PERSON' && i < s.last - 1 && POSSESSIVE_S.test(words[i].text) && titleWord(words[i + 1].text)) {
        if (i > start) out.push(cut ? { ...s, first: start, last: i } : { ...s, last: i });
        start = s.last;
        cut = true;
        break;
      }
      // A club or company "of" its country or town: two names ("Karlsruhe of Germany", "Kia Motor Corp of South
      // Korea").
      if (s.type === 'ORG' && start === s.first && clubOfPlace(words, s.first, i, s.last, lex)) {
        out.push({ ...s, last: i }, { first: i + 1, last: s.last, type: 'LOC' });
        start = s.last;
        cut = true;
        break;
      }
      if (!verb && !words[i].sentStart) continue;
      if (i > start) out.push(cut ? { ...s, first: start, last: i } : { ...s, last: i });
      start = verb ? i + 1 : i;
      cut = true;
      afterVerbInName = inName;
    }
    if (!cut) out.push(s);
    else if (
      start < s.last &&
      (afterVerbInName ? isCapitalized(words[start].text) : nameLike(words, start, s.last, lex))
    )
      out.push({ ...s, first: start });
  }
  return out;
}

/**
 * Word i is the pronoun "I" that the tagger ran a name into ("Ashley, Mississauga I was at a barbecue"): a bare
 * "I" before a lower-case word, after a word that is no given name, in a name with no title before it (a regnal
 * number follows those: "Charles I was", "King Baudouin I born").
 */
function pronounI(words: Word[], first: number, i: number): boolean {
  const next = words[i + 1];
  const title = (k: number) => k >= 0 && TITLE_WORDS.has(words[k].text.toLowerCase());
  return (
    words[i].text === 'I' &&
    !title(first) &&
    !title(first - 1) &&
    !!next &&
    next.start > words[i].end &&
    /^\p{Ll}/u.test(next.text) &&
    givenNameClass(words[i - 1].text) === null
  );
}

/** Word i is a period right after a whole word of two or more letters that is no abbreviation ("McMillen."). */
function fullStop(words: Word[], i: number): boolean {
  if (words[i].text !== '.' || i === 0) return false;
  const prev = words[i - 1].text;
  return (
    prev.length > 1 &&
    words[i - 1].end === words[i].start &&
    /^\p{L}+$/u.test(prev) &&
    !ABBREVIATED.test(prev) &&
    !ABBREVIATIONS.has(prev.toLowerCase()) &&
    !/^\p{Lu}+$/u.test(prev)
  );
}

/**
 * Word i is a period that also ends its sentence: the text or its sentence ends after it, a closing quotation mark
 * follows, or its line ends and the next does not go on in lower case ("... analyst at McDonald & Co.", "said Lear
 * Corp.\n"; not "(a unit of Varrow & Co.) said", "Varrow & Co.\nin New York").
 */
function endsSentence(words: Word[], i: number): boolean {
  const next = words[i + 1];
  if (!next || next.sentStart || /^["”’']$/.test(next.text)) return true;
  // A line break ends it unless the line goes on in lower case (text wrapped mid-sentence).
  return next.lineStart && !/^\p{Ll}/u.test(next.text);
}

/**
 * The end of the name at words first..last without trailing punctuation, but a period that closes an abbreviation
 * ("Inc.", "Jr.", an initial) unless it also ends the sentence after a word of two letters or more ("Lear Corp."
 * at the end of a sentence is "Lear Corp"), and a parenthesis that closes one opened inside the name ("Mladost
 * (BJ)", a team and its town).
 */
function withoutTrailingPunctuation(words: Word[], first: number, last: number): number {
  while (last - first > 1 && !LETTER_OR_DIGIT.test(words[last - 1].text)) {
    if (
      words[last - 1].text === '.' &&
      words[last - 1].start === words[last - 2].end &&
      ABBREVIATED.test(words[last - 2].text) &&
      (words[last - 2].text.length === 1 || !endsSentence(words, last - 1))
    )
      break;
    if (words[last - 1].text === ')' && unclosedParenthesis(words, first, last - 1) >= 0) break;
    last--;
  }
  return last;
}

/** The first opening parenthesis among words first..last not closed before last, or -1. */
function unclosedParenthesis(words: Word[], first: number, last: number): number {
  const open: number[] = [];
  for (let i = first; i < last; i++) {
    if (words[i].text === '(') open.push(i);
    else if (words[i].text === ')') open.pop();
  }
  return open.length > 0 ? open[0] : -1;
}

/**
 * Word i, inside a name the tagger ran on, reads as a finite verb between two capitalised words ("Charles ceded
 * Alsace", "Trump invited Gennifer Flowers"): in lower case, ending in -s or -ed, a form the Brill lexicon tags a
 * finite verb (which it also does for "of", "and", "the": the ending and the length keep those out).
 */
function verbInName(words: Word[], i: number): boolean {
  const t = words[i].text;
  if (t.length < 4 || !/^\p{Ll}+$/u.test(t) || !/(?:[^s]s|ed)$/.test(t) || !FINITE_VERBS.has(t)) return false;
  return isCapitalized(words[i - 1]?.text ?? '') && isCapitalized(words[i + 1]?.text ?? '');
}

/** Cleans the tagger's spans into mentions. */
export function cleanSpans(words: Word[], tagged: NameSpan[], lex: Lexicon): Mention[] {
  const out: Mention[] = [];
  const spans = splitAtBreaks(words, tagged, lex);
  for (const s of spans) {
    let { first, last, type } = s;
    // A span a town's letter already took ("Z" after "Proleter (Z)").
    if (out.length > 0 && first < out[out.length - 1].last) continue;
    // An honorific is never a name by itself ("Ms" tagged as a place before "de la Vega").
    if (isHonorificOnly(words, first, last)) continue;
    // In a headline in capitals, a person's name does not end in a word usually written in lower case ("MERKEL
    // WARNS"). Not in a title-case line, which may be a list of names ("Tries: Sean Fitzpatrick, Walter Little").
    if (type === 'PERSON' && words[first].capsLine && !hasLower(words[first].text)) {
      while (last - first > 1 && lex.caseClass[lex.words.get(lowerOf(words[last - 1].text)) ?? 0] === 1) last--;
    }
    // A title before two or more capitalised words that are not common words names a person, whatever
    // the tagger said ("Chancellor Angela Merkel" tagged ORG at the start of a sentence).
    if (
      type !== 'PERSON' &&
      last - first >= 3 &&
      PERSON_TITLES.has(words[first].text.toLowerCase().replace(/\.$/, ''))
    ) {
      let names = true;
      for (let i = first + 1; i < last && names; i++) {
        const t = words[i].text;
        names =
          t !== '.'
            ? /^\p{Lu}\p{L}*$/u.test(t) &&
              lex.caseClass[lex.words.get(lowerOf(t)) ?? 0] !== 1 &&
              (lex.otherCase.get(lowerOf(t)) ?? 0) !== 1
            : true;
      }
      if (names && !CORPORATE.has(words[last - 1].text.toLowerCase())) type = 'PERSON';
    }
    // "City Attorney Brad Holm" tagged as one organization: the name after the last title is a person.
    if (type !== 'PERSON' && last - first >= 2) {
      let k = last - 2;
      while (k >= first && !SPLIT_TITLES.has(words[k].text.toLowerCase())) k--;
      if (k >= first && isCapitalized(words[k].text) && nameLike(words, k + 1, last, lex)) {
        first = k + 1;
        type = 'PERSON';
      }
    }
    // Drop leading titles and articles: "President Vladimir Putin" -> "Vladimir Putin".
    while (last - first > 1) {
      const lower = words[first].text.toLowerCase();
      if (lower === 'the' || (type === 'PERSON' && TITLE_WORDS.has(lower))) {
        first++;
        if (words[first].text === '.' && last - first > 1) first++;
      } else break;
    }
    // Corporate suffix: an organization, with its abbreviation period.
    const endWord = lastWordBeforePeriod(words, first, last);
    if (CORPORATE.has(words[endWord].text.toLowerCase()) && endWord > first) {
      type = 'ORG';
      const next = words[last];
      if (
        next &&
        next.text === '.' &&
        next.start === words[last - 1].end &&
        endWord === last - 1 &&
        !endsSentence(words, last)
      )
        last++;
    }
    // An organization or place does not end in a person's title ("State Department Spokesperson").
    while (type !== 'PERSON' && last - first > 2 && TRAILING_TITLES.has(words[last - 1].text.toLowerCase())) last--;
    last = withoutTrailingPunctuation(words, first, last);
    // A parenthesis opened inside the name closes right after it, or the name ends before it.
    const open = unclosedParenthesis(words, first, last);
    if (open >= 0) {
      if (words[last]?.text === ')') last++;
      else {
        last = withoutTrailingPunctuation(words, first, open);
        if (last <= first) continue;
      }
    }
    // A club and the letter of its town in parentheses, a table's way to tell two clubs of one name apart
    // ("Proleter (Z)", "Mladost (BJ)"): one name, as CoNLL-2003 marks it. Not an acronym of the name ("(EU)").
    if (type === 'ORG' && townLetter(words, first, last)) last += 3;
    // A person or place does not end in an organization's head noun ("Harlow Bay City Council").
    if (type !== 'ORG' && type !== 'MISC' && last - first >= 2 && ORG_HEADS.has(words[last - 1].text.toLowerCase()))
      type = 'ORG';
    // A run of more than a dozen words is not a name (a tagger run-on over odd input).
    let ok = last - first <= MAX_NAME_WORDS;
    if (!ok) continue;
    ok = false;
    for (let i = first; i < last && !ok; i++) ok = LETTER_OR_DIGIT.test(words[i].text);
    if (ok) out.push({ first, last, type, known: -1 });
  }
  return joinPluralPossessives(words, out);
}

const APOSTROPHES = new Set(["'", '’']);

/** A mention whose last word (before a period) is a corporate suffix or an organization noun. */
function organizationName(words: Word[], m: Mention): boolean {
  const lower = words[lastWordBeforePeriod(words, m.first, m.last)].text.toLowerCase();
  return CORPORATE.has(lower) || ORG_HEADS.has(lower);
}

/** A possessive "'s" word split off a name by words.ts. */
const POSSESSIVE_S = /^['’][sS]$/;
/**
 * After a name's "'s", words that show the "'s" is part of the name, not a possessive: a verb ("Boatmen's was the
 * prize", "McDonald's said"). Not the end of a clause: "Germany's, France's and Italy's leaders", "The title was
 * Federer's."
 */
const AFTER_NAME_S = /^(?:is|was|has|had|have|will|would|could|can|said|says)$/;

/**
 * Names whose "'s" is part of the name: the name is named at least twice, always with it, and a verb follows it
 * once ("Boatmen's was the prize", "McDonald's said"). Those mentions take their "'s", and an organization right
 * after it whose name ends in a corporate suffix or an organization noun joins them ("Boatmen's Bancshares Inc.";
 * not "MSNBC's Tamron Hall"). Not a name opening with a given name ("Jane Doe's").
 */
export function possessiveNames(words: Word[], mentions: Mention[]): Mention[] {
  if (!mentions.some((m) => POSSESSIVE_S.test(words[m.last]?.text ?? ''))) return mentions;
  const byKey = new Map<string, Mention[]>();
  for (const m of mentions) {
    const key = nameWords(words, m).join(' ');
    const list = byKey.get(key);
    if (list) list.push(m);
    else byKey.set(key, [m]);
  }
  const extend = new Set<Mention>();
  for (const list of byKey.values()) {
    if (list.length < 2 || !list.every((m) => POSSESSIVE_S.test(words[m.last]?.text ?? ''))) continue;
    if (!list.some((m) => AFTER_NAME_S.test(words[m.last + 1]?.text.toLowerCase() ?? ''))) continue;
    const first = words[list[0].first].text;
    if (givenNameClass(first) !== null && !givenNameOfOtherThings(first.toLowerCase())) continue;
    for (const m of list) extend.add(m);
  }
  if (extend.size === 0) return mentions;
  const orgAt = new Map<number, Mention>();
  for (const m of mentions) if (m.type === 'ORG') orgAt.set(m.first, m);
  const joined = new Set<Mention>();
  const out: Mention[] = [];
  for (const m of mentions) {
    if (joined.has(m)) continue;
    if (!extend.has(m)) {
      out.push(m);
      continue;
    }
    const next = orgAt.get(m.last + 1);
    if (next && !extend.has(next) && organizationName(words, next)) {
      joined.add(next);
      out.push({ ...next, first: m.first });
    } else out.push({ ...m, last: m.last + 1 });
  }
  return out;
}

/**
 * "Valmere Dockworkers' Union": the tagger stops at a plural possessive's bare apostrophe and gives two spans;
 * a name that ends in "s'" right before an organization is part of that organization's name. So is a capitalised
 * irregular plural with "'s" the tagger left out as a common word ("Women's College Hospital").
 */
function joinPluralPossessives(words: Word[], spans: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of spans) {
    const prev = out[out.length - 1];
    const apo = prev ? words[prev.last] : undefined;
    if (
      prev &&
      apo &&
      m.type === 'ORG' &&
      prev.type !== 'PERSON' &&
      m.first === prev.last + 1 &&
      APOSTROPHES.has(apo.text) &&
      apo.start === words[prev.last - 1].end &&
      /s$/i.test(words[prev.last - 1].text) &&
      m.last - prev.first <= MAX_NAME_WORDS
    ) {
      out[out.length - 1] = { first: prev.first, last: m.last, type: 'ORG', known: -1 };
      continue;
    }
    // "Women's College Hospital", "Children's Aid Society": an irregular plural's "'s" opening the name.
    const k = m.first - 2;
    if (
      m.type === 'ORG' &&
      k >= 0 &&
      (!prev || prev.last <= k || (prev.first === k && prev.last === k + 1)) &&
      POSSESSIVE_S.test(words[k + 1].text) &&
      words[k + 1].start === words[k].end &&
      !words[k + 1].lineStart &&
      IRREGULAR_PLURAL.test(words[k].text) &&
      m.last - k <= MAX_NAME_WORDS
    ) {
      // The plural alone may have been tagged a name of its own ("Women" a place): it is part of this one.
      if (prev && prev.first === k) out.pop();
      out.push({ ...m, first: k });
      continue;
    }
    out.push(m);
  }
  return out;
}
/** Capitalised plurals that take "'s": "Women", "Children", "People", "Firemen". */
const IRREGULAR_PLURAL = /^(?:\p{Lu}\p{Ll}*men|Children|People)$/u;

interface KnownForm {
  words: string[];
  person: number;
}

/** Finds the names and aliases of known people in the words; longest match wins. */
export function findKnown(words: Word[], known: KnownPerson[]): Mention[] {
  const byFirst = new Map<string, KnownForm[]>();
  known.forEach((p, person) => {
    if (!p || typeof p.name !== 'string') return;
    const forms = [p.name, ...(Array.isArray(p.aliases) ? p.aliases : [])];
    for (const form of forms) {
      if (typeof form !== 'string') continue;
      const ws = toWords(tokenize(form), new Set()).map((w) => normalizeWord(w.text));
      if (ws.length === 0 || !ws.some((w) => hasUpper(w) || /\p{L}/u.test(w))) continue;
      const list = byFirst.get(ws[0].toUpperCase()) ?? [];
      list.push({ words: ws, person });
      byFirst.set(ws[0].toUpperCase(), list);
    }
  });
  const out: Mention[] = [];
  if (byFirst.size === 0) return out;
  for (let i = 0; i < words.length; i++) {
    const list = byFirst.get(normalizeWord(words[i].text).toUpperCase());
    if (!list) continue;
    let best: KnownForm | null = null;
    for (const f of list) {
      if (best && f.words.length <= best.words.length) continue;
      if (i + f.words.length > words.length) continue;
      let ok = true;
      for (let k = 0; k < f.words.length && ok; k++) {
        const w = words[i + k];
        const t = normalizeWord(w.text);
        ok = w.capsLine ? t.toUpperCase() === f.words[k].toUpperCase() : t === f.words[k];
      }
      if (ok) best = f;
    }
    if (best) {
      out.push({ first: i, last: i + best.words.length, type: 'PERSON', known: best.person });
      i += best.words.length - 1;
    }
  }
  return out;
}

/** Known-people mentions replace the tagger's mentions they overlap. Both lists are in order; so is the result. */
export function overlay(tagged: Mention[], known: Mention[]): Mention[] {
  if (known.length === 0) return tagged;
  const out: Mention[] = [];
  let k = 0;
  for (const m of tagged) {
    while (k < known.length && known[k].last <= m.first) out.push(known[k++]);
    // Skip a tagged mention that overlaps any known one.
    let overlaps = false;
    for (let j = k; j < known.length && known[j].first < m.last; j++) if (known[j].last > m.first) overlaps = true;
    if (!overlaps) out.push(m);
  }
  while (k < known.length) out.push(known[k++]);
  return out;
}

const ALL_CAPS = /^\p{Lu}[\p{Lu}.'’-]*\p{Lu}$/u;

/**
 * Names the tagger cut wrong or missed, fixed from the names it found in the body text (not headlines):
 * a person's name in a headline (all caps or title case) is cut to the part the body names ("MERKEL WARNS"
 * -> "MERKEL" when the body names "Angela Merkel"); headline or all-caps words that spell a body name become
 * mentions of that type ("WALLACE:" in a transcript); a capitalised word elsewhere that is the surname or full
 * name of a person named in the body becomes a mention of that person ("Caddell said"). Linear: one map of
 * body names by first word; names are at most six words long.
 */
export function fitNames(words: Word[], mentions: Mention[], lex: Lexicon): Mention[] {
  const body = bodyNames(words, mentions);
  if (body.byFirst.size === 0) return mentions;
  const cut = body.anyCaps ? cutHeadlineNames(words, mentions, body) : mentions;
  return addBodyNameMentions(words, cut, body, lex);
}

/** A name the body text uses, as lower-case words. */
interface BodyName {
  ws: string[];
  type: EntityType;
  person: boolean;
}

interface BodyNames {
  /** Full names and surnames of people (lower case, words joined by spaces). */
  personKeys: Set<string>;
  /** The type of every body name. */
  bodyType: Map<string, EntityType>;
  /** Body names by first word. */
  byFirst: Map<string, BodyName[]>;
  /** Some mention lies on a headline line. */
  anyCaps: boolean;
}

/** At most this many body names per first word: keeps the scans linear on any input. */
const NAMES_PER_FIRST_WORD = 32;
/** Body names and headline cuts are at most this many words long. */
const MAX_FIT_WORDS = 6;

const lowerWordAt = (words: Word[], i: number) => normalizeWord(words[i].text).toLowerCase();

function keyOfWords(words: Word[], a: number, b: number): string {
  let k = '';
  for (let i = a; i < b; i++) k += (i > a ? ' ' : '') + lowerWordAt(words, i);
  return k;
}

/** The names the tagger found in the body text (not headlines), with people's surnames. */
function bodyNames(words: Word[], mentions: Mention[]): BodyNames {
  const personKeys = new Set<string>();
  const bodyType = new Map<string, EntityType>();
  const byFirst = new Map<string, BodyName[]>();
  const addName = (ws: string[], type: EntityType, person: boolean) => {
    const k = ws.join(' ');
    if (bodyType.has(k)) return;
    bodyType.set(k, type);
    const list = byFirst.get(ws[0]);
    if (list) {
      if (list.length < NAMES_PER_FIRST_WORD) list.push({ ws, type, person });
    } else byFirst.set(ws[0], [{ ws, type, person }]);
  };
  let anyCaps = false;
  for (const m of mentions) {
    if (words[m.first].capsLine) {
      anyCaps = true;
      continue;
    }
    if (m.last - m.first > MAX_FIT_WORDS) continue;
    const ws: string[] = [];
    for (let i = m.first; i < m.last; i++) ws.push(lowerWordAt(words, i));
    const person = m.type === 'PERSON' && ws.length > 1;
    addName(ws, m.type, person);
    if (!person) continue;
    personKeys.add(ws.join(' '));
    personKeys.add(ws[ws.length - 1]);
    addName([ws[ws.length - 1]], 'PERSON', true);
  }
  return { personKeys, bodyType, byFirst, anyCaps };
}

/**
 * A headline mention the body does not name is cut to its longest prefix, else longest suffix, that the body
 * names: a person's name keeps the tagger's type, anything else takes the body's ("MERKEL WARNS" -> "MERKEL").
 */
function cutHeadlineNames(words: Word[], mentions: Mention[], { personKeys, bodyType }: BodyNames): Mention[] {
  const out: Mention[] = [];
  for (const m of mentions) {
    if (!words[m.first].capsLine || m.known >= 0 || bodyType.has(keyOfWords(words, m.first, m.last))) {
      out.push(m);
      continue;
    }
    let cut: Mention | null = null;
    const fit = (a: number, b: number) => {
      const k = keyOfWords(words, a, b);
      if (m.type === 'PERSON' ? personKeys.has(k) : bodyType.has(k)) {
        cut = { first: a, last: b, type: m.type === 'PERSON' ? 'PERSON' : bodyType.get(k)!, known: -1 };
      }
    };
    for (let b = Math.min(m.last - 1, m.first + MAX_FIT_WORDS); b > m.first && !cut; b--) fit(m.first, b);
    for (let a = Math.max(m.first + 1, m.last - MAX_FIT_WORDS); a < m.last && !cut; a++) fit(a, m.last);
    out.push(cut ?? m);
  }
  return out;
}

/**
 * Words in no mention that spell a body name become mentions: in headlines and all-caps text any name (with
 * the body's type), in running text only people's names with the same capitals ("Caddell said").
 */
function addBodyNameMentions(words: Word[], out: Mention[], { byFirst }: BodyNames, lex: Lexicon): Mention[] {
  const covered = new Uint8Array(words.length);
  for (const m of out) for (let i = m.first; i < m.last; i++) covered[i] = 1;
  const added: Mention[] = [];
  for (let i = 0; i < words.length; i++) {
    if (covered[i]) continue;
    const text = words[i].text;
    if (!words[i].capsLine && !isCapitalized(text)) continue;
    const caps = words[i].capsLine || ALL_CAPS.test(text);
    const list = byFirst.get(lowerWordAt(words, i));
    if (!list) continue;
    let best: BodyName | null = null;
    for (const c of list) {
      if (best && c.ws.length <= best.ws.length) continue;
      if (!caps && !c.person) continue;
      let ok = i + c.ws.length <= words.length;
      for (let k = 0; k < c.ws.length && ok; k++) {
        const w = words[i + k];
        ok =
          !covered[i + k] &&
          lowerWordAt(words, i + k) === c.ws[k] &&
          (caps
            ? w.capsLine || ALL_CAPS.test(w.text) || !/\p{L}/u.test(w.text)
            : isCapitalized(w.text) || !/\p{L}/u.test(w.text));
      }
      // A lone common word ("MAY", "Bill") is not taken for a name.
      if (ok && c.ws.length === 1)
        ok =
          lex.caseClass[lex.words.get(c.ws[0]) ?? 0] !== 1 &&
          lex.otherCase.get(c.ws[0]) !== 1 &&
          /\p{L}/u.test(c.ws[0]);
      if (ok) best = c;
    }
    if (best) {
      added.push({ first: i, last: i + best.ws.length, type: caps ? best.type : 'PERSON', known: -1 });
      i += best.ws.length - 1;
    }
  }
  if (added.length === 0) return out;
  return out.concat(added).sort((a, b) => a.first - b.first);
}

/**
 * "Mr. King", "Ms Bauchtman", "Dr. de la Cruz": the capitalised words after an honorific name a person, whatever
 * the tagger said (it often misses a name that is also a word, such as "King"). After a title ("Senator Tim
 * Kaine"), capitalised words that are not common words do too, where the tagger found no person, and so does a
 * name of up to three words the tagger typed a place or other right after the title ("President Moon Jae-in").
 * In order.
 */
export function honorificNames(words: Word[], lex: Lexicon, tagged: Mention[]): Mention[] {
  const out: Mention[] = [];
  // Title + name only where the tagger found no person: it knows "Bashar al-Assad" better.
  const person = new Uint8Array(words.length);
  for (const m of tagged) if (m.type === 'PERSON') for (let i = m.first; i < m.last; i++) person[i] = 1;
  const startsAt = new Map<number, Mention>();
  for (const m of tagged) if (m.type !== 'PERSON') startsAt.set(m.first, m);
  for (let i = 0; i + 1 < words.length; i++) {
    // Honorifics and titles are capitalised ASCII words.
    const c0 = words[i].text.charCodeAt(0);
    if (c0 < 65 || c0 > 90) continue;
    const lower = words[i].text.toLowerCase();
    let j = i + 1;
    if (!NAME_HONORIFICS.has(lower)) {
      // A capitalised title before capitalised words that are not common words: "Senator Tim Kaine".
      if (!PERSON_TITLES.has(lower) || !isCapitalized(words[i].text)) continue;
      if (words[j].text === '.' && words[j].start === words[i].end) j++;
      let e = j;
      while (
        e < words.length &&
        e - j < 4 &&
        !words[e].lineStart &&
        !person[e] &&
        isCapitalized(words[e].text) &&
        nameLike(words, e, e + 1, lex) &&
        !PERSON_TITLES.has(words[e].text.toLowerCase()) &&
        // "Premier League", "President's Council": an organization's head word ends the name.
        !ORG_HEADS.has(words[e].text.toLowerCase())
      ) {
        e++;
        // An initial with its period: "Rep. Robert C. Scott".
        if (words[e - 1].text.length === 1 && words[e]?.text === '.' && words[e].start === words[e - 1].end) e++;
      }
      if (e > j && !words[j].lineStart && (e >= words.length || !person[e])) {
        out.push({ first: j, last: e, type: 'PERSON', known: -1 });
        i = e - 1;
        continue;
      }
      // A name the tagger took for something else, right after the title: "President Moon Jae-in" (MISC).
      const m = startsAt.get(j);
      if (m && m.type !== 'ORG' && m.last - m.first <= 3 && !words[j].lineStart) {
        out.push({ first: m.first, last: m.last, type: 'PERSON', known: -1 });
        i = m.last - 1;
      }
      continue;
    }
    if (words[j].text === '.' && words[j].start === words[i].end) j++;
    const first = j;
    while (j < words.length && j - first < 4) {
      const t = words[j].text;
      if (words[j].lineStart && j > first) break;
      if (isCapitalized(t) && /\p{L}/u.test(t)) {
        j++;
        continue;
      }
      // Particles inside a name ("de la Vega"), as long as a capitalised word follows them.
      if (NAME_PARTICLES.has(t.toLowerCase())) {
        let k = j + 1;
        while (k < words.length && k - j < 3 && NAME_PARTICLES.has(words[k].text.toLowerCase())) k++;
        if (k < words.length && isCapitalized(words[k].text)) {
          j = k;
          continue;
        }
      }
      break;
    }
    // Do not end on a particle.
    while (j > first && NAME_PARTICLES.has(words[j - 1].text.toLowerCase())) j--;
    if (j > first && !words[first].lineStart) {
      out.push({ first, last: j, type: 'PERSON', known: -1 });
      i = j - 1;
    }
  }
  return out;
}

let notGiven: Set<string> | null = null;
let notSurname: Set<string> | null = null;
let notGivenAlone: Set<string> | null = null;

/** A lower-case word that more often ends an organization's or place's name than a person's ("river", "city"). */
export function notASurname(lower: string): boolean {
  notSurname ??= new Set(NOT_SURNAME.split(' '));
  return notSurname.has(lower);
}

/** A lower-case given name that more often names (or opens the name of) an organization, place or other. */
export function givenNameOfOtherThings(lower: string): boolean {
  notGiven ??= new Set(NOT_GIVEN.split(' '));
  notGivenAlone ??= new Set(NOT_GIVEN_ALONE.split(' '));
  return notGiven.has(lower) || notGivenAlone.has(lower);
}

/**
 * A capitalised given name that is not a common word ("Jordan", "Regina"; not "Will", "Mark", "Bill") and does not
 * more often open the name of an organization or place (data/name-words.ts: "Hong", "Kansas", "Bristol").
 */
function givenName(words: Word[], i: number, lex: Lexicon): boolean {
  const t = words[i].text;
  if (!/^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u.test(t) || PLACE_FIRST.has(t.toLowerCase())) return false;
  notGiven ??= new Set(NOT_GIVEN.split(' '));
  if (notGiven.has(t.toLowerCase())) return false;
  if (!givenNameClass(t)) return false;
  const lower = lowerOf(t);
  return lex.caseClass[lex.words.get(lower) ?? 0] !== 1 && lex.otherCase.get(lower) !== 1;
}

/**
 * Surname-like: capitalised, not a common word, not an organization's head noun, a corporate suffix, a title, or
 * a word that more often ends an organization's or place's name (data/name-words.ts: "City", "Rovers", "Open").
 */
function surnameLike(words: Word[], a: number, b: number, lex: Lexicon): boolean {
  if (!nameLike(words, a, b, lex)) return false;
  notSurname ??= new Set(NOT_SURNAME.split(' '));
  for (let i = a; i < b; i++) {
    const lower = words[i].text.toLowerCase();
    if (lower.length < 2) return false; // an initial ("James M. Hill High School" cut after "M")
    if (ORG_HEADS.has(lower) || CORPORATE.has(lower) || notSurname.has(lower)) return false;
    if ((ROLE_NOUNS.has(lower) || TITLE_WORDS.has(lower)) && !TITLE_SURNAMES.has(lower)) return false;
  }
  return true;
}

/**
 * A word that ends a title or description inside a tagged span ("CEO", "Leader", "MP", "Sports'", "landing";
 * "Famer" of "Hall of Famer": a noun for a kind of person, by its agent ending, capitalised in a title).
 */
function titleEnd(words: Word[], i: number): boolean {
  const t = words[i].text;
  const lower = t.toLowerCase().replace(/\.$/, '');
  return (
    ROLE_NOUNS.has(lower) ||
    isAgentTitle(t) ||
    TITLE_WORDS.has(lower) ||
    SPLIT_TITLES.has(lower) ||
    /^\p{Ll}/u.test(t) ||
    t === "'" ||
    t === '’' ||
    t === "'s" ||
    t === '’s'
  );
}

/**
 * An organization or place span that ends in a title right before a person's name is that person's
 * description, not part of the organization's name: "Dunmore Trade Representative" + "Robert Quillfeather"
 * -> "Dunmore" + the person (whose role the words between then give).
 */
function withoutTrailingTitles(words: Word[], mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  mentions.forEach((m, i) => {
    const next = mentions[i + 1];
    if (
      m.type === 'PERSON' ||
      m.known >= 0 ||
      !next ||
      next.type !== 'PERSON' ||
      next.first !== m.last ||
      !titleEnd(words, m.last - 1)
    ) {
      out.push(m);
      return;
    }
    let end = m.last;
    while (end > m.first && (titleEnd(words, end - 1) || ROLE_MODIFIERS.has(words[end - 1].text.toLowerCase()))) end--;
    if (end > m.first && LETTER_OR_DIGIT.test(words[end - 1].text)) out.push({ ...m, last: end });
  });
  return out;
}

/**
 * Words first..last are a role noun capitalised as the first word of a sentence (or after a photo credit's closing
 * parenthesis, "( Jane Roe / Star ) Porter ..."), then a given name and surname: "Porter Percy Corbin".
 */
function roleNounFirst(words: Word[], first: number, last: number, lex: Lexicon): boolean {
  const w0 = words[first];
  const lower0 = w0.text.toLowerCase();
  return (
    last - first >= 3 &&
    (w0.sentStart || w0.lineStart || words[first - 1]?.text === ')') &&
    isRoleNoun(lower0) &&
    // A given name that WordNet also has for a kind of person ("Donna") needs a role noun's ending ("Porter").
    (!givenName(words, first, lex) || AGENT_SUFFIX.test(lower0) || ROLE_NOUNS.has(lower0)) &&
    !TITLE_SURNAMES.has(lower0) &&
    givenName(words, first + 1, lex) &&
    surnameLike(words, first + 2, last, lex)
  );
}

/**
 * A person span that starts with a description: "Nova Scotia Liberal MP Sean Fraser" -> "Sean Fraser"; also one
 * role noun first in its sentence: "Porter Percy Corbin" -> "Percy Corbin".
 */
function personAfterTitle(words: Word[], m: Mention, lex: Lexicon): Mention {
  if (roleNounFirst(words, m.first, m.last, lex)) return { ...m, first: m.first + 1 };
  for (let k = Math.max(m.first + 2, m.last - 3); k <= m.last - 2; k++) {
    const title = words[k - 1].text.toLowerCase().replace(/\.$/, '');
    if (
      !/^\p{Lu}/u.test(words[k - 1].text) ||
      !(ROLE_NOUNS.has(title) || TITLE_WORDS.has(title) || SPLIT_TITLES.has(title))
    )
      continue;
    if (givenName(words, k, lex) && surnameLike(words, k + 1, m.last, lex)) return { ...m, first: k };
  }
  return m;
}

/**
 * A person the tagger named by given names only ("Billie Jean" before "King", a title word it stopped at): the
 * capitalised word right after, on the same line and in the same sentence, with no capitalised word after it, is
 * the surname ("Billie Jean King said").
 */
export function surnameAfterGivenNames(words: Word[], mentions: Mention[]): Mention[] {
  const taken = new Set<number>();
  for (const m of mentions) for (let i = m.first; i < m.last; i++) taken.add(i);
  return mentions.map((m) => {
    if (m.type !== 'PERSON' || m.known >= 0 || m.last - m.first < 2) return m;
    for (let i = m.first; i < m.last; i++) if (givenNameClass(words[i].text) === null) return m;
    const next = words[m.last];
    const after = words[m.last + 1];
    if (!next || taken.has(m.last) || next.sentStart || next.lineStart || !/^\p{Lu}\p{Ll}+$/u.test(next.text)) return m;
    if (after && !after.lineStart && isCapitalized(after.text)) return m;
    const lower = next.text.toLowerCase();
    // Not a roman numeral, a word the name lists keep from being a surname, a weekday or month ("Mary Ann Tuesday").
    if (/^[IVX]+$/.test(next.text) || notASurname(lower) || NOT_ROLE.has(lower)) return m;
    return { ...m, last: m.last + 1 };
  });
}

/**
 * A given name followed by one or two surname-like words is a person, whatever the tagger said: "Jordan Lafond"
 * (tagged a place for "Jordan"), "Candice Bergen" (an organization). Inside a longer organization-like span, such
 * a name after a title or description is a person and the words before it, without the title, keep the span's
 * type ("TransLink CEO Kevin Desmond" -> "TransLink" + "Kevin Desmond"; "U.S. Trade Representative Robert
 * Lighthizer" -> "U.S." + "Robert Lighthizer"). Given names from data/given-names.ts (either gender).
 */
export function givenNamePersons(words: Word[], mentions: Mention[], lex: Lexicon): Mention[] {
  mentions = givenNameIntoPerson(words, mentions, lex);
  const out: Mention[] = [];
  // Appends the mention(s) for words first..last of a span the tagger typed `type`, in order.
  const fix = (first: number, last: number, type: EntityType, depth: number): void => {
    const n = last - first;
    if (roleNounFirst(words, first, last, lex)) {
      out.push({ first: first + 1, last, type: 'PERSON', known: -1 });
      return;
    }
    if (n >= 2 && n <= 3 && givenName(words, first, lex) && surnameLike(words, first + 1, last, lex)) {
      out.push({ first, last, type: 'PERSON', known: -1 });
      return;
    }
    // A title or description, then given name + surname(s) at the end of the span.
    let split = -1;
    for (let k = Math.max(first + 1, last - 3); k <= last - 2 && split < 0; k++) {
      if (givenName(words, k, lex) && surnameLike(words, k + 1, last, lex) && titleEnd(words, k - 1)) split = k;
    }
    if (split < 0 || depth > 3) {
      out.push({ first, last, type, known: -1 });
      return;
    }
    let end = split;
    while (end > first && (titleEnd(words, end - 1) || ROLE_MODIFIERS.has(words[end - 1].text.toLowerCase()))) end--;
    // The words before may hold another name ("MP Nigel Dodds and Conservative Leader Andrew Scheer").
    if (end > first && LETTER_OR_DIGIT.test(words[end - 1].text)) fix(first, end, type, depth + 1);
    out.push({ first: split, last, type: 'PERSON', known: -1 });
  };
  for (const m of withoutTrailingTitles(words, mentions)) {
    // A byline that looks like a title-case headline ("Jane Doe, The Associated Press"): its name is a name.
    const byline = words[m.first].capsLine && m.first === lineFirstOf(words, m.first) && words[m.last]?.text === ',';
    if (m.known >= 0 || m.last - m.first < 2 || (words[m.first].capsLine && !byline)) out.push(m);
    else if (m.type !== 'PERSON') fix(m.first, m.last, m.type, 0);
    else out.push(personAfterTitle(words, m, lex));
  }
  return out;
}

/** The first word of the line of word i. */
function lineFirstOf(words: Word[], i: number): number {
  while (i > 0 && !words[i].lineStart) i--;
  return i;
}

/**
 * A given name that the tagger put at the end of an organization or place span after a title, right before the
 * surname it tagged a person: "Senate Majority Leader Mitch" + "McConnell" -> "Senate Majority Leader" +
 * "Mitch McConnell" (the title is then cut off the organization by withoutTrailingTitles). In order.
 */
function givenNameIntoPerson(words: Word[], mentions: Mention[], lex: Lexicon): Mention[] {
  const out = mentions.slice();
  for (let i = 0; i + 1 < out.length; i++) {
    const m = out[i];
    const next = out[i + 1];
    const g = m.last - 1;
    if (m.type === 'PERSON' || m.known >= 0 || next.type !== 'PERSON' || next.known >= 0 || next.first !== m.last)
      continue;
    if (m.last - m.first < 2 || next.last - next.first > 2 || words[m.first].capsLine) continue;
    if (!givenName(words, g, lex) || !titleEnd(words, g - 1) || !surnameLike(words, next.first, next.last, lex))
      continue;
    out[i] = { ...m, last: g };
    out[i + 1] = { ...next, first: g };
  }
  return out;
}

/**
 * Names in a list ("Katie, Caelynn, Sydney and Nina"; "Tayshia and Katie") are of one kind: a given name tagged
 * as a place or organization in a list where other names are people, and where people and given names make at
 * least three quarters of the items, is a person. A list is a run of single-mention items joined by ",", "and",
 * "or" or ", and". A given name that by itself more often names a place or other (data/name-words.ts: "Sydney",
 * "France", "Danish") needs a list of three or more, at least half of them people already.
 */
/** A list this long, mostly of people, takes in names no word list knows. */
const LONG_LIST = 5;

export function coordinatedPersons(words: Word[], mentions: Mention[], lex: Lexicon): Mention[] {
  const out = mentions.slice();
  const joiner = (a: number, b: number): boolean => {
    // Words a..b (exclusive) between two mentions: ",", "and", "or", ", and", ", or".
    if (b - a < 1 || b - a > 2) return false;
    const t = b - a === 1 ? words[a].text.toLowerCase() : `${words[a].text} ${words[a + 1].text.toLowerCase()}`;
    return t === ',' || t === 'and' || t === 'or' || t === ', and' || t === ', or' || t === '&';
  };
  let i = 0;
  while (i < out.length) {
    let j = i;
    while (j + 1 < out.length && out[j + 1].first > out[j].last && joiner(out[j].last, out[j + 1].first)) j++;
    if (j > i) {
      const items = j - i + 1;
      let people = 0;
      const given: number[] = [];
      const placeLike: number[] = [];
      const unknown: number[] = [];
      for (let k = i; k <= j; k++) {
        const m = out[k];
        if (m.type === 'PERSON') {
          people++;
          continue;
        }
        if (m.last - m.first !== 1 || m.known >= 0) continue;
        const t = words[m.first].text;
        if (!/^\p{Lu}\p{Ll}+$/u.test(t)) continue;
        const lower = lowerOf(t);
        if (!givenNameClass(t)) {
          // A word no word list knows ("Tayshia", "Kirpa"): in a long list of people, one more.
          if (lex.words.get(lower) === undefined && lex.otherCase.get(lower) === undefined) unknown.push(k);
          continue;
        }
        if (lex.caseClass[lex.words.get(lower) ?? 0] === 1 || lex.otherCase.get(lower) === 1) continue;
        notGivenAlone ??= new Set(NOT_GIVEN_ALONE.split(' '));
        (notGivenAlone.has(lower) ? placeLike : given).push(k);
      }
      if (people >= 1 && 4 * (people + given.length + placeLike.length) >= 3 * items) {
        for (const k of given) out[k] = { ...out[k], type: 'PERSON' };
        // People and given names, counted after the given names are people.
        const named = people + given.length;
        if (items >= 3 && 2 * named >= items) for (const k of placeLike) out[k] = { ...out[k], type: 'PERSON' };
        // Unknown words only in a list of at least LONG_LIST items, three quarters of them people already.
        if (items >= LONG_LIST && 4 * named >= 3 * items)
          for (const k of unknown) out[k] = { ...out[k], type: 'PERSON' };
      }
    }
    i = j + 1;
  }
  return out;
}

/**
 * "the Trudeau government", "the Obama administration": a one-word name before a word for a leader's
 * government, typed a place, organization or other, is the person when a person of the article has it as
 * surname ("Justin Trudeau" named elsewhere). In order, same spans.
 */
export function leadersOfGovernments(words: Word[], mentions: Mention[]): Mention[] {
  const surnames = new Set<string>();
  for (const m of mentions)
    if (m.type === 'PERSON' && m.last - m.first >= 2) surnames.add(words[m.last - 1].text.toLowerCase());
  if (surnames.size === 0) return mentions;
  return mentions.map((m) => {
    if (m.type === 'PERSON' || m.known >= 0 || m.last - m.first !== 1) return m;
    const next = words[m.last];
    if (!next || !LEADERS_GOVERNMENTS.has(next.text.toLowerCase())) return m;
    return surnames.has(words[m.first].text.toLowerCase()) ? { ...m, type: 'PERSON' } : m;
  });
}

/** Words of an apposition before its head noun, at most ("a resident of ...", "a longtime tour guide in ..."). */
const APPOSITION_HEAD_WORDS = 5;

/**
 * A single capitalised word that the tagger missed or typed as other (not an organization or place), followed by
 * an apposition whose head is a noun for a person ("Yuni, a resident of Banten, said"; "Roman, a tour guide who
 * ..."), is a person: one-word names of many origins that no list knows. The word must not be a common word
 * in lower case elsewhere. In order.
 */
export function appositionPersons(words: Word[], mentions: Mention[], lex: Lexicon): Mention[] {
  const at = new Int32Array(words.length).fill(-1);
  mentions.forEach((m, i) => {
    for (let k = m.first; k < m.last; k++) at[k] = i;
  });
  const out = mentions.slice();
  const added: Mention[] = [];
  for (let i = 0; i + 3 < words.length; i++) {
    const w = words[i];
    if (words[i + 1].text !== ',' || !/^\p{Lu}\p{Ll}+$/u.test(w.text) || w.capsLine) continue;
    const m = at[i] >= 0 ? mentions[at[i]] : null;
    if (m && (m.type !== 'MISC' || m.last - m.first !== 1 || m.known >= 0)) continue;
    if (!m && i > 0 && !w.sentStart && at[i - 1] >= 0) continue;
    const lower = lowerOf(w.text);
    const cls = lex.caseClass[lex.words.get(lower) ?? 0];
    if (cls === 1 || lex.otherCase.get(lower) === 1 || ROLE_NOUNS.has(lower)) continue;
    if (!appositionOfPerson(words, i + 2, at)) continue;
    if (m) out[at[i]] = { ...m, type: 'PERSON' };
    else added.push({ first: i, last: i + 1, type: 'PERSON', known: -1 });
  }
  if (added.length === 0) return out;
  return [...out, ...added].sort((a, b) => a.first - b.first);
}

/** Whether words from j open "a/an ... noun" whose head (before a preposition, comma or "who") is a person noun. */
function appositionOfPerson(words: Word[], j: number, at: Int32Array): boolean {
  const art = words[j].text.toLowerCase();
  if (art !== 'a' && art !== 'an') return false;
  for (let k = j + 1; k < words.length && k - j <= APPOSITION_HEAD_WORDS; k++) {
    const t = words[k].text;
    const lower = t.toLowerCase();
    if (t === ',' || lower === 'who' || ROLE_HEAD_PREPOSITIONS.has(lower)) {
      const head = words[k - 1].text;
      return k - 1 > j && at[k - 1] < 0 && /^\p{Ll}/u.test(head) && (ROLE_NOUNS.has(head) || PERSON_NOUNS.has(head));
    }
    if (!/^[\p{L}-]+$/u.test(t)) return false;
  }
  return false;
}

/**
 * A one-word given name the tagger typed MISC in some places and PERSON in others ("Demi" in a show's recap) is a
 * person everywhere: MISC is no type a given name alone has. In order, same spans.
 */
export function givenNamesNotMisc(words: Word[], mentions: Mention[]): Mention[] {
  const persons = new Set<string>();
  for (const m of mentions) if (m.type === 'PERSON' && m.last - m.first === 1) persons.add(words[m.first].text);
  if (persons.size === 0) return mentions;
  return mentions.map((m) =>
    m.type === 'MISC' &&
    m.known < 0 &&
    m.last - m.first === 1 &&
    persons.has(words[m.first].text) &&
    givenNameClass(words[m.first].text)
      ? { ...m, type: 'PERSON' }
      : m,
  );
}

/** Capitalised words a pageant title may hold after "Miss" ("Miss North Carolina"), at most. */
const PAGEANT_WORDS = 3;

/**
 * The first word of a pageant title ("Miss Alabama Hannah B") that ends right before word `first`: "Miss" followed
 * by one to PAGEANT_WORDS capitalised words in the same sentence and line; -1 if none.
 */
export function pageantTitleStart(words: Word[], first: number): number {
  for (let b = first - 1; b >= 0 && first - b <= PAGEANT_WORDS + 1; b--) {
    const t = words[b].text;
    if (PAGEANT_TITLES.has(t.toLowerCase()) && /^\p{Lu}\p{Ll}+$/u.test(t)) return b < first - 1 ? b : -1;
    if (!/^\p{Lu}/u.test(t) || words[b + 1].lineStart || words[b + 1].sentStart) return -1;
  }
  return -1;
}

/**
 * A pageant winner's title run into her name: "Miss Alabama Hannah B", "Miss North Carolina Caelynn" (the tagger's
 * span "Alabama Hannah B" or "Carolina Caelynn"). When the end of a person span after "Miss" and capitalised words
 * is a person's name the text uses elsewhere, the span is cut to that name; the words before it stay with "Miss" as
 * the title (roles.ts).
 */
export function pageantNames(words: Word[], mentions: Mention[]): Mention[] {
  let keys: Map<string, number> | null = null;
  const out: Mention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    out.push(m);
    if (m.type !== 'PERSON' || m.known >= 0 || m.last - m.first < 2) continue;
    // "Miss" before the span, or inside it ("Miss Alabama" + "Hannah B" tagged as one).
    let miss = -1;
    for (let k = m.first; k > m.first - PAGEANT_WORDS - 1 && k >= 1 && miss < 0; k--)
      if (PAGEANT_TITLES.has(words[k - 1].text.toLowerCase()) && /^\p{Lu}\p{Ll}+$/u.test(words[k - 1].text))
        miss = k - 1;
    if (miss < 0) continue;
    if (!keys) {
      keys = new Map();
      for (const o of mentions)
        if (o.type === 'PERSON') {
          const key = keyOfWords(words, o.first, o.last);
          keys.set(key, (keys.get(key) ?? 0) + 1);
        }
    }
    // The name may go on in the next person span ("Alabama Hannah" + "B").
    const next = mentions[i + 1];
    const joined = next && next.type === 'PERSON' && next.known < 0 && next.first === m.last ? next.last : -1;
    for (let k = m.first + 1; k < m.last; k++) {
      if (pageantTitleStart(words, k) !== miss) continue;
      if (joined > 0 && (keys.get(keyOfWords(words, k, joined)) ?? 0) > 0) {
        out[out.length - 1] = { ...m, first: k, last: joined };
        i++;
        break;
      }
      if ((keys.get(keyOfWords(words, k, m.last)) ?? 0) > 0) {
        out[out.length - 1] = { ...m, first: k };
        break;
      }
    }
  }
  return out;
}

/** Words a nickname in quotation marks inside a name may have ("Riefian “Ifan” Fajarsyah"), at most. */
const NICKNAME_WORDS = 2;

const OPEN_QUOTES = new Set(['“', '"']);
const CLOSE_QUOTES = new Set(['”', '"']);

/**
 * A name with a nickname in quotation marks between the given name and the surname, "Riefian “Ifan” Fajarsyah",
 * "Dwayne "The Rock" Johnson": one person's name when a capitalised word stands right before the opening mark and
 * right after the closing one, and one of them is a person's name or a given name; the tagger's spans inside it go.
 */
export function nicknameNames(words: Word[], mentions: Mention[], lex: Lexicon): Mention[] {
  const found: Mention[] = [];
  let at: Int32Array | null = null;
  for (let i = 1; i + 3 < words.length; i++) {
    const t = words[i].text;
    // One character, tested by its code first: this runs on every word.
    if (t.length !== 1 || (t.charCodeAt(0) !== 0x201c && t.charCodeAt(0) !== 0x22)) continue;
    if (!OPEN_QUOTES.has(t) || words[i + 1].start !== words[i].end) continue;
    let j = i + 1;
    while (j < words.length && j - i <= NICKNAME_WORDS && /^\p{Lu}/u.test(words[j].text)) j++;
    if (j === i + 1 || !CLOSE_QUOTES.has(words[j]?.text ?? '') || words[j].start !== words[j - 1].end) continue;
    const before = words[i - 1];
    const after = words[j + 1];
    if (!after || before.end === words[i].start || after.start === words[j].end) continue;
    if (!/^\p{Lu}\p{Ll}/u.test(before.text) || !/^\p{Lu}\p{Ll}/u.test(after.text)) continue;
    if (after.sentStart || after.lineStart || words[i].lineStart) continue;
    if (!at) {
      at = new Int32Array(words.length).fill(-1);
      mentions.forEach((m, k) => {
        for (let w = m.first; w < m.last; w++) at![w] = k;
      });
    }
    const left = at[i - 1] >= 0 ? mentions[at[i - 1]] : null;
    const right = at[j + 1] >= 0 ? mentions[at[j + 1]] : null;
    const person =
      left?.type === 'PERSON' ||
      right?.type === 'PERSON' ||
      givenName(words, i - 1, lex) ||
      givenNameClass(before.text) !== null;
    if (!person || !nameLike(words, i - 1, i, lex) || !nameLike(words, j + 1, j + 2, lex)) continue;
    // The whole of a person span on either side; a longer span of another type keeps its words.
    const first = left && left.type === 'PERSON' && left.last === i ? left.first : i - 1;
    const last = right && right.type === 'PERSON' && right.first === j + 1 ? right.last : j + 2;
    if (last - first > MAX_NAME_WORDS) continue;
    found.push({ first, last, type: 'PERSON', known: -1 });
    i = last - 1;
  }
  return found.length ? overlay(mentions, found) : mentions;
}
