/**
 * How the article describes a person: a title before the name ("U.S. Secretary of State John Kerry"), an
 * apposition after it ("Dmitry Peskov, Putin's spokesman,"; "Jane Doe, 42, a nurse at ...") or before it
 * ("the team's coach, Jane Doe"), or a predicate
 * ("Smith is the mayor of ..."). Every candidate must contain a role noun; the most informative one wins
 * (more words, and naming an organization or place).
 */
import {
  AGENT_SUFFIX,
  APPOSITION_CLOSERS,
  BELIEF_CUES,
  CAPACITY_PREPOSITIONS,
  CLAUSE_PRONOUNS,
  NOT_CLAUSE_VERBS,
  PERFECT_AUXILIARIES,
  POST_NOUNS,
  QUOTE_MARKS,
  RELATIVE_PRONOUNS,
  SPEECH_CUES,
  ARTICLES,
  FINITE_VERBS,
  GENERIC_PERSON_NOUNS,
  MINED_ROLE_NOUNS,
  NAME_HONORIFICS,
  NOT_AGENT_NOUNS,
  NOT_NOUN,
  NOT_ROLE_NOUNS,
  NUMBER_WORDS,
  PERSON_NOUNS,
  POSITION_VERBS,
  POSSESSIVE_DETERMINERS,
  COPULAS,
  DETERMINERS,
  HONORIFICS,
  LEAD_ADVERBS,
  LEAD_CONJUNCTIONS,
  NAMING_VERBS,
  NOT_APPOSITION,
  NOT_ROLE,
  PHRASE_STOPS,
  PARTITIVE_NOUNS,
  IDENTIFYING_MODALS,
  IDENTIFYING_SUBJECTS,
  IDENTIFYING_VERBS,
  PLAYER_PREPOSITIONS,
  ROLE_MODIFIERS,
  ROLE_NOUNS,
  SET_OFF_MARKS,
  ROLE_HEAD_PREPOSITIONS,
  TITLE_COORDINATORS,
  TITLE_JOINERS,
  TITLE_PREPOSITIONS,
  TITLE_SURNAMES,
  TITLE_WORDS,
} from '../lang';
import { pageantTitleStart, type Mention } from './mentions';
import type { Word } from './words';

export interface RoleCandidate {
  text: string;
  /** Offsets of `text` in the article. */
  start: number;
  end: number;
  score: number;
}

/** A person's role: the most informative description, where it stands, and the other descriptions given. */
export interface RoleResult {
  role: string;
  start: number;
  end: number;
  others: string[];
}

function candidate(text: string, a: Word, b: Word, score: number): RoleCandidate {
  return { text: text.slice(a.start, b.end), start: a.start, end: b.end, score };
}

/**
 * Whether a word (lower case, no final period) names a role: a listed or mined role noun, its plural ("owners"),
 * or, when `open` (the word is written in lower case), a noun for a kind of person (WordNet: "caddie", "guard")
 * or an agent noun by its ending that is not a verb ("examiner", "oncologist", "consultant").
 */
export function isRoleNoun(lower: string, open = true): boolean {
  const known = (w: string) =>
    ROLE_NOUNS.has(w) || ((MINED_ROLE_NOUNS.has(w) || (open && PERSON_NOUNS.has(w))) && !NOT_ROLE_NOUNS.has(w));
  const agent = (w: string) =>
    open &&
    AGENT_SUFFIX.test(w) &&
    !FINITE_VERBS.has(w) &&
    !NOT_AGENT_NOUNS.has(w) &&
    !NOT_ROLE.has(w) &&
    !NOT_APPOSITION.has(w);
  if (known(lower) || agent(lower)) return true;
  if (lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss')) {
    const one = lower.slice(0, -1);
    return known(one) || agent(one);
  }
  return false;
}

/** `isRoleNoun` for a word as written: the agent-ending rule only for a word in lower case. */
function roleWord(w: Word): boolean {
  return isRoleNoun(strip(w.text), !/\p{Lu}/u.test(w.text));
}

/**
 * A capitalised singular noun for a kind of person right before a name, which the mention step cut off the name
 * as a title ("Hall of Famer Pat Riley"; "Porter Percy Corbin" at the start of a sentence).
 */
function capitalisedAgent(words: Word[], j: number): boolean {
  const w = words[j];
  // A sentence's first word (or one after a photo credit's parenthesis) is capitalised whatever it is: "Porter".
  const first = w.sentStart || w.lineStart || words[j - 1]?.text === ')';
  if (!first) return isAgentTitle(w.text);
  // Listed, mined or an agent noun by its ending; not a WordNet noun alone ("Derelict President Obama").
  const lower = w.text.toLowerCase();
  return (
    /^\p{Lu}\p{Ll}+$/u.test(w.text) &&
    isRoleNoun(lower) &&
    (ROLE_NOUNS.has(lower) || MINED_ROLE_NOUNS.has(lower) || AGENT_SUFFIX.test(lower))
  );
}

/** A capitalised singular agent noun in -er/-or that may end a title ("Famer" of "Hall of Famer"; not "Sixers"). */
export function isAgentTitle(t: string): boolean {
  return /^\p{Lu}\p{Ll}+(?:er|or)$/u.test(t) && isRoleNoun(t.toLowerCase());
}

function isHonorific(lower: string): boolean {
  return HONORIFICS.has(lower) || NAME_HONORIFICS.has(lower);
}

/** Per word: index of the mention it belongs to, or -1. */
export function mentionIndexByWord(nWords: number, mentions: Mention[]): Int32Array {
  const at = new Int32Array(nWords).fill(-1);
  mentions.forEach((m, i) => {
    for (let w = m.first; w < m.last; w++) at[w] = i;
  });
  return at;
}

/**
 * True for the possessive ending at word k: the "'s" that words.ts splits off a name ("Putin's"), or a bare
 * apostrophe right after a word in -s and before a word ("Andy Serkis’ son", "the Jones' lawyer").
 */
function isPossessiveSuffix(words: Word[], k: number): boolean {
  const w = words[k];
  if (!w) return false;
  if (w.text === "'s" || w.text === '’s' || w.text === "'S" || w.text === '’S') return true;
  if (w.text !== '’' && w.text !== "'") return false;
  const prev = words[k - 1];
  const next = words[k + 1];
  return (
    !!prev &&
    !!next &&
    prev.end === w.start &&
    /[sSzZ]$/.test(prev.text) &&
    next.start === w.end + 1 &&
    /^\p{L}/u.test(next.text)
  );
}

function lineBreakBetween(text: string, a: Word, b: Word): boolean {
  for (let i = a.end; i < b.start; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
  }
  return false;
}

function strip(s: string): string {
  return s.toLowerCase().replace(/\.$/, '');
}

/** Lower-case words that may qualify a role noun before a name, at most ("respected civil rights leader"). */
const OPEN_MODIFIERS = 3;

/** A lower-case content word that is no verb, adverb or function word ("train", "civil", "interior"). */
function isOpenModifier(w: Word): boolean {
  const lower = w.text.toLowerCase();
  return (
    // Lower case, or capitalised only as the first word of its sentence ("Forensic examiner Jane Doe said").
    /^\p{Ll}[\p{Ll}-]*$/u.test(w.sentStart ? lower : w.text) &&
    !lower.endsWith('ly') &&
    !lower.endsWith('ing') &&
    !NOT_NOUN.has(lower) &&
    !FINITE_VERBS.has(lower) &&
    !DETERMINERS.has(lower) &&
    !NOT_APPOSITION.has(lower) &&
    !NOT_ROLE.has(lower) &&
    !TITLE_JOINERS.has(lower) &&
    !ROLE_HEAD_PREPOSITIONS.has(lower) &&
    !COPULAS.has(lower)
  );
}

/**
 * A lower-case word that is also a verb ("train", "transport") qualifies a role noun when a role modifier stands
 * right before it ("former train porter", "veteran transport minister"): after "former" it is a noun.
 */
function nounAfterModifier(words: Word[], j: number): boolean {
  const w = words[j];
  const prev = words[j - 1];
  const lower = w.text.toLowerCase();
  return (
    !!prev &&
    !prev.sentStart &&
    /^\p{Ll}+$/u.test(w.text) &&
    !w.sentStart &&
    FINITE_VERBS.has(lower) &&
    !/(?:ed|s)$/.test(lower) &&
    !NOT_NOUN.has(lower) &&
    !NOT_ROLE.has(lower) &&
    !NOT_APPOSITION.has(lower) &&
    !DETERMINERS.has(lower) &&
    ROLE_MODIFIERS.has(prev.text.toLowerCase())
  );
}

/** Title before the mention: walk left over role words, modifiers, place/organization names and possessives. */
function titleBefore(
  text: string,
  words: Word[],
  m: Mention,
  mentions: Mention[],
  at: Int32Array,
): RoleCandidate | null {
  let j = m.first - 1;
  let lo = -1;
  const hi0 = m.first - 1;
  let hi = hi0;
  let hasCore = false;
  let hasName = false;
  let steps = 0;
  let afterJoiner = false;
  let open = 0;
  // Once the title has a capitalised word or a name, lower-case words before it are no longer part of it
  // ("the gallery British Prime Minister").
  let sawUpper = false;
  while (j >= 0 && steps++ < 16) {
    const w = words[j];
    if (words[j + 1].sentStart || lineBreakBetween(text, w, words[j + 1])) break;
    const lower = strip(w.text);
    if (at[j] >= 0) {
      const other = mentions[at[j]];
      // A person only as a possessive ("Putin's spokesman").
      if (other.type === 'PERSON' && !isPossessiveSuffix(words, j + 1)) break;
      if (lo < 0 && !isPossessiveSuffix(words, j + 1)) break; // a name right before the name: not a title
      lo = other.first;
      hasName = true;
      sawUpper = true;
      j = other.first - 1;
      continue;
    }
    if (isPossessiveSuffix(words, j)) {
      if (lo < 0) break;
      lo = j;
      j--;
      continue;
    }
    // A hyphen joining two abbreviated titles ("Lt.-Gov.").
    if (w.text === '-' && lo === j + 1 && j > 1 && words[j - 1].text === '.' && w.start === words[j - 1].end) {
      j--;
      continue;
    }
    if (w.text === '.' && j > 0 && words[j - 1].end === w.start && TITLE_WORDS.has(strip(words[j - 1].text))) {
      const t = strip(words[j - 1].text);
      if (isHonorific(t)) {
        if (lo >= 0) break;
        j -= 2;
        hi = j;
        continue;
      }
      lo = j - 1;
      hasCore = true;
      sawUpper = sawUpper || /^\p{Lu}/u.test(words[j - 1].text);
      j -= 2;
      continue;
    }
    if (isHonorific(lower)) {
      if (lo >= 0) break;
      j--;
      hi = j;
      continue;
    }
    if (roleWord(w) || TITLE_WORDS.has(lower) || (j === m.first - 1 && capitalisedAgent(words, j))) {
      lo = j;
      hasCore = true;
      if (/^\p{Lu}/u.test(w.text)) sawUpper = true;
      j--;
      afterJoiner = false;
      continue;
    }
    // A joiner only inside a title ("Secretary of State"), never right before the name ("a spokeswoman for X"),
    // and not after a lower-case role already found: in "the dad of jazz legend Oscar Peterson" the name's
    // role is "jazz legend"; the dad is someone else.
    if (TITLE_JOINERS.has(lower) && (j === hi || (hasCore && !sawUpper && TITLE_PREPOSITIONS.has(lower)))) break;
    // Nor after a capitalised title into a lower-case role noun: in "a spokeswoman for Mayor Jane Doe" the
    // spokeswoman is someone else ("Secretary of State" is one title).
    if (
      hasCore &&
      TITLE_PREPOSITIONS.has(lower) &&
      j > 0 &&
      /^\p{Ll}/u.test(words[j - 1].text) &&
      roleWord(words[j - 1])
    )
      break;
    if (ROLE_MODIFIERS.has(lower) || TITLE_JOINERS.has(lower)) {
      lo = j;
      j--;
      afterJoiner = TITLE_JOINERS.has(lower);
      continue;
    }
    // Up to OPEN_MODIFIERS lower-case words qualify a role noun ("civil rights leader", "former train porter",
    // "wardrobe stylist"), but no function word, verb or adverb.
    if (
      hasCore &&
      !afterJoiner &&
      !sawUpper &&
      open < OPEN_MODIFIERS &&
      (isOpenModifier(w) || nounAfterModifier(words, j))
    ) {
      lo = j;
      j--;
      open++;
      continue;
    }
    // Another capitalised word qualifies the title ("Fisheries Minister"), but not across a joiner
    // ("Senator Tim Kaine and Governor Mike Pence").
    if (hasCore && !afterJoiner && /^\p{Lu}/u.test(w.text) && !w.sentStart && !NOT_ROLE.has(lower)) {
      sawUpper = true;
      lo = j;
      j--;
      continue;
    }
    break;
  }
  if (lo < 0 || !hasCore || hi < lo) return null;
  // Trim joiners and possessives off the left edge, and joiners off the right edge.
  while (lo <= hi && (TITLE_JOINERS.has(strip(words[lo].text)) || isPossessiveSuffix(words, lo))) lo++;
  while (hi >= lo && TITLE_JOINERS.has(strip(words[hi].text))) hi--;
  if (lo > hi) return null;
  let core = false;
  for (let k = lo; k <= hi && !core; k++)
    core =
      roleWord(words[k]) ||
      (TITLE_WORDS.has(strip(words[k].text)) && !isHonorific(strip(words[k].text))) ||
      (k === m.first - 1 && capitalisedAgent(words, k));
  if (!core) return null;
  // "his colleague Abdalla Dahir": a lower-case role keeps its possessive, as in an apposition ("his wife, Jane").
  const owner = lo > 0 ? words[lo - 1] : null;
  if (owner && !sawUpper && !words[lo].sentStart && POSSESSIVE_DETERMINERS.has(owner.text.toLowerCase())) lo--;
  return candidate(text, words[lo], words[hi], hi - lo + 1 + (hasName ? 2 : 0));
}

/**
 * A noun phrase starting at word j, up to punctuation or a clause word, whose head is a role noun: the word
 * before its first preposition (or its last word) must be one ("director of the gallery", "Tunisia's coach";
 * not "President Obama's approval rating"). With `closed`, the phrase must end at punctuation, a line or
 * sentence end, or a relative pronoun (an apposition), not run into a verb ("Chelsea, the mayor also said").
 */
function rolePhrase(
  text: string,
  words: Word[],
  j: number,
  mentions: Mention[],
  at: Int32Array,
  closed: boolean,
  acrossAnd = true,
): RoleCandidate | null {
  const start = j;
  while (j < words.length && LEAD_ADVERBS.has(words[j].text.toLowerCase())) j++;
  const first = j;
  let hasName = false;
  let end = j;
  let head = -1;
  let closedOk = false;
  let usedAnd = false;
  const retry = () => (usedAnd ? rolePhrase(text, words, start, mentions, at, closed, false) : null);
  while (end < words.length && end - first < ROLE_PHRASE_WORDS) {
    const w = words[end];
    // A plural possessive's apostrophe is no quotation mark ("the Catholic girls’ school graduate").
    if (end > first && (isPluralPossessive(words, end) || isPossessiveSuffix(words, end))) {
      end++;
      continue;
    }
    // A place with its state or province inside the phrase: "a Truro, N.S., police officer".
    if (end > first && placeWithRegion(words, end, at, mentions)) {
      end += 3;
      continue;
    }
    if (PHRASE_STOPS.has(w.text)) {
      closedOk = true;
      break;
    }
    if (end > first && (w.sentStart || lineBreakBetween(text, words[end - 1], w))) {
      closedOk = true;
      break;
    }
    const lower = strip(w.text);
    // "and"/"or" may join modifiers or nouns inside one role ("a labour and civil rights activist", "a lawyer
    // and activist"); when the longer phrase is no role, the one before "and" is tried (below).
    if ((lower === 'and' || lower === 'or') && acrossAnd && end > first && joinsRole(words, end + 1, at)) {
      usedAnd = true;
      end++;
      continue;
    }
    if (NOT_APPOSITION.has(lower)) {
      closedOk = APPOSITION_CLOSERS.has(lower);
      break;
    }
    if (head < 0 && end > first && ROLE_HEAD_PREPOSITIONS.has(lower)) head = end - 1;
    // A participle right after a role noun opens a reduced relative clause, which closes the apposition like
    // "who" ("the student seen in the video as he ...", "a mechanic based in ...").
    if (head < 0 && end > first && isParticiple(w) && roleWord(words[end - 1])) {
      head = end - 1;
      closedOk = true;
      break;
    }
    if (at[end] >= 0) {
      const other = mentions[at[end]];
      // Another person's name, not as a possessive, ends the phrase ("X, Y and Z" is a list, not a role),
      // unless it comes after a preposition ("advisor to Vice President Joe Biden").
      // A one-word "name" right before a role noun is a modifier the tagger took for a name ("a Muslim student").
      const modifier = other.last < words.length && other.last - other.first === 1 && roleWord(words[other.last]);
      if (other.type === 'PERSON' && !isPossessiveSuffix(words, other.last) && !modifier && !endsInRole(words, other)) {
        const before = end > first ? words[end - 1].text.toLowerCase() : '';
        if (end === first) return null;
        if (head < 0 || before === 'and' || before === 'or') break;
      }
      hasName = true;
      end = other.last;
      continue;
    }
    end++;
  }
  if (end >= words.length) closedOk = true;
  if (closed && !closedOk) return retry();
  if (end <= first) return null;
  if (head < 0) head = end - 1;
  if (!roleWord(words[head]) && !(at[head] >= 0 && endsInRole(words, mentions[at[head]]))) return retry();
  let lo = first;
  if (ARTICLES.has(words[lo].text.toLowerCase())) lo++;
  let hi = end - 1;
  // A participle after the head ends the role ("a mechanic based in ...", "the student seen in ...").
  if (head + 1 <= hi && isParticiple(words[head + 1])) hi = head;
  while (hi > lo && (TITLE_JOINERS.has(strip(words[hi].text)) || (isPossessiveSuffix(words, hi) && at[hi - 1] < 0)))
    hi--;
  if (hi < lo) return null;
  return candidate(text, words[lo], words[hi], hi - lo + 1 + (hasName ? 2 : 0));
}

/** Whether words k..k+2 are ", N.S.," (or ", Calif.,") right after a place's name. */
function placeWithRegion(words: Word[], k: number, at: Int32Array, mentions: Mention[]): boolean {
  const place = at[k - 1] >= 0 ? mentions[at[k - 1]] : null;
  return (
    !!place &&
    place.type !== 'PERSON' &&
    place.last === k &&
    words[k].text === ',' &&
    /^\p{Lu}[\p{L}]*\.(?:\p{Lu}\.)*$/u.test(words[k + 1]?.text ?? '') &&
    words[k + 2]?.text === ','
  );
}

/** Whether word k is an apostrophe right after a word in -s and right before a lower-case word ("girls’ school"). */
function isPluralPossessive(words: Word[], k: number): boolean {
  const w = words[k];
  const prev = words[k - 1];
  const next = words[k + 1];
  return (
    (w.text === '’' || w.text === "'") &&
    !!prev &&
    !!next &&
    prev.end === w.start &&
    /s$/.test(prev.text) &&
    next.start === w.end + 1 &&
    /^\p{Ll}/u.test(next.text)
  );
}

/**
 * Longest role phrase, in words (tokens): "director of defence studies at the U.S.-based Centre for the National
 * Interest" is 17 tokens; an apposition must close within it.
 */
const ROLE_PHRASE_WORDS = 20;

/** Apposition: "Name, [age,] phrase". */
function appositionAfter(
  text: string,
  words: Word[],
  m: Mention,
  mentions: Mention[],
  at: Int32Array,
): RoleCandidate | null {
  let j = m.last;
  if (words[j]?.text !== ',') return null;
  j++;
  if (words[j] && /^\p{N}+$/u.test(words[j].text) && /^[,―—–-]$/.test(words[j + 1]?.text ?? '')) j += 2;
  const w = words[j];
  if (!w || NOT_APPOSITION.has(w.text.toLowerCase())) return null;
  return rolePhrase(text, words, j, mentions, at, true) ?? theNounOf(text, words, j, at);
}

/**
 * "Catherine, the target of the line, retorted": an apposition "the <noun> of ..." set off by commas, whose head
 * names no role: "of" after the word makes it a noun. Scored below any role noun.
 */
function theNounOf(text: string, words: Word[], j: number, at: Int32Array): RoleCandidate | null {
  if (words[j].text !== 'the' || words[j + 2]?.text !== 'of' || at[j + 1] >= 0) return null;
  const noun = words[j + 1].text;
  if (!/^\p{Ll}{3,}$/u.test(noun) || NOT_NOUN.has(noun) || PARTITIVE_NOUNS.has(noun)) return null;
  let end = j + 3;
  while (end < words.length && end - j < ROLE_PHRASE_WORDS && !PHRASE_STOPS.has(words[end].text)) {
    if (words[end].sentStart || (at[end] >= 0 && !/^\p{Lu}/u.test(words[end].text))) return null;
    end++;
  }
  if (words[end]?.text !== ',' || end === j + 3) return null;
  return candidate(text, words[j + 1], words[end - 1], 0.5);
}

/**
 * Apposition before the name: "the Afghan team's coach, Name", "the president of the Lombardy region, Name",
 * "Co-founder of Google, Name" (at the start of a sentence). An article (or the sentence start) opens the phrase,
 * and its head (the word before its first preposition, else its last word) is a role noun.
 */
function appositionBefore(
  text: string,
  words: Word[],
  m: Mention,
  mentions: Mention[],
  at: Int32Array,
  depth = 0,
): RoleCandidate | null {
  const comma = m.first - 1;
  if (comma < 1 || words[m.first].lineStart) return null;
  // "the two newest councillors, Pete Fry and Michael Wiebe,": a plural description before a list of names is
  // every one's.
  const prev = at[comma - 1] >= 0 ? mentions[at[comma - 1]] : null;
  if (listJoiner(words[comma].text) && prev && prev.type === 'PERSON' && prev.last === comma) {
    if (depth >= LIST_NAMES) return null;
    const shared = appositionBefore(text, words, prev, mentions, at, depth + 1);
    return shared && isPluralRole(shared.text) ? shared : null;
  }
  // "its president, Ross Porter," and "the minister of immigration (Ahmed Hussen)".
  const opener = words[comma].text;
  if (opener !== ',' && !(opener === '(' && words[m.last]?.text === ')')) return null;
  let hasName = false;
  // A name set off after the phrase (", Donald Trump, and"), not the subject of a clause the phrase introduces
  // ("In an email to several officials, Anick Bedard wrote").
  const after = words[m.last]?.text;
  const setOff = m.last >= words.length || (after !== undefined && SET_OFF_MARKS.has(after));
  // A phrase found inside a longer one ("the carrier" in "a spokeswoman for the carrier, Anna Lindqvist"): used
  // only when the longer one is no role.
  let inner: RoleCandidate | null = null;
  // Candidate openings, nearest first: an article (one after a preposition may be inside the phrase, so the
  // walk goes on past it), a possessive determiner, a preposition, or the start of the sentence.
  const tryPhrase = (start: number): RoleCandidate | null => {
    if (start >= comma) return null;
    const head = phraseHead(words, start, comma, at);
    const ok =
      at[head] < 0
        ? roleWord(words[head])
        : head === comma - 1 && mentions[at[head]].type !== 'PERSON' && hasRoleNoun(words, start, head);
    return ok ? candidate(text, words[start], words[comma - 1], comma - start + (hasName ? 2 : 0)) : null;
  };
  for (let j = comma - 1; j >= 0 && comma - j <= 12; j--) {
    const w = words[j];
    if (words[j + 1].sentStart || PHRASE_STOPS.has(w.text) || lineBreakBetween(text, w, words[j + 1])) {
      // A phrase with no article that opens after punctuation: "(today's) minister of immigration (Ahmed Hussen)".
      if (setOff && !inner && PHRASE_STOPS.has(w.text) && !words[j + 1].sentStart && j + 1 < comma) {
        const first = words[j + 1];
        if (/^\p{Ll}/u.test(first.text) && roleWord(first)) return tryPhrase(j + 1);
      }
      return inner;
    }
    const lower = w.text.toLowerCase();
    if (at[j] >= 0) {
      const other = mentions[at[j]];
      // A one-word "name" right before a role noun is a modifier the tagger took for a name ("Green councillors").
      const modifier = other.last < comma && other.last - other.first === 1 && roleWord(words[other.last]);
      if (other.type === 'PERSON' && !isPossessiveSuffix(words, other.last) && !modifier) return inner;
      hasName = true;
      j = other.first;
      if (words[j].sentStart) return tryPhrase(j) ?? inner;
      // A possessive name may open the phrase ("Musk's brother, Kimbal").
      if (isPossessiveSuffix(words, other.last)) {
        const c = tryPhrase(j);
        if (c) return c;
      }
      continue;
    }
    if (POSSESSIVE_DETERMINERS.has(lower)) {
      // "his wife, Jane Doe": the possessive belongs to the role.
      const c = tryPhrase(j);
      if (c) return c;
    }
    if (ARTICLES.has(lower)) {
      // "... was as a sleeping car porter, Jane Doe writes": a phrase that is the object of a word before it is
      // no apposition of a name that opens a clause (a verb follows it); "has praised the moderator of the
      // debate, Lester Holt of NBC News" is one.
      const lead = j > 0 && !w.sentStart ? words[j - 1].text : '';
      const clause = /^\p{Ll}+$/u.test(after ?? '') && FINITE_VERBS.has(after ?? '');
      if (clause && /^\p{Ll}/u.test(lead) && !LEAD_CONJUNCTIONS.has(lead) && !ROLE_HEAD_PREPOSITIONS.has(lead))
        return inner;
      const c = tryPhrase(j + 1);
      // After a preposition the phrase may be the object of a longer one: look for that first.
      if (j > 0 && ROLE_HEAD_PREPOSITIONS.has(words[j - 1].text.toLowerCase())) {
        if (setOff) inner ??= c;
        continue;
      }
      return c ?? inner;
    }
    // "of U.S. president, Donald Trump": a preposition opens the phrase when nothing longer is one.
    if (ROLE_HEAD_PREPOSITIONS.has(lower) && j < comma - 1) {
      if (setOff) inner ??= tryPhrase(j + 1);
      continue;
    }
    // "its president and CEO, Ross Porter": two roles joined.
    if (TITLE_COORDINATORS.has(lower) && j > 0 && roleWord(words[j - 1]) && hasRoleNoun(words, j + 1, comma - 1))
      continue;
    // "his predecessor as setup guru, Tom Meeks": "as" after a role noun names the capacity.
    if (CAPACITY_PREPOSITIONS.has(lower) && j > 0 && /^\p{Ll}/u.test(words[j - 1].text) && roleWord(words[j - 1]))
      continue;
    if (NOT_APPOSITION.has(lower)) return inner;
    if (w.sentStart) {
      if (!roleWord(w) && !ROLE_MODIFIERS.has(lower)) return inner;
      return tryPhrase(j) ?? inner;
    }
  }
  return inner;
}

/** Names in a list a plural description before it may reach ("the victims, A, B, C and D"). */
const LIST_NAMES = 6;

/** "and", "," or ", and" between names of a list. */
function listJoiner(t: string): boolean {
  return t === 'and' || t === ',';
}

/** Whether a role's head (its last word before a preposition) is a plural role noun ("councillors"). */
function isPluralRole(role: string): boolean {
  const ws = role.split(/\s+/);
  let head = ws.length - 1;
  for (let i = 1; i < ws.length; i++)
    if (ROLE_HEAD_PREPOSITIONS.has(ws[i].toLowerCase())) {
      head = i - 1;
      break;
    }
  const w = strip(ws[head]);
  return w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && isRoleNoun(w.slice(0, -1));
}

/**
 * The head of the phrase of words start..end (exclusive): the word before its first preposition that is not part
 * of a name ("director" in "director of health care"), else its last word.
 */
function phraseHead(words: Word[], start: number, end: number, at: Int32Array): number {
  for (let k = start + 1; k < end; k++) {
    const lower = words[k].text.toLowerCase();
    if (at[k] < 0 && (ROLE_HEAD_PREPOSITIONS.has(lower) || CAPACITY_PREPOSITIONS.has(lower))) return k - 1;
  }
  return end - 1;
}

function hasRoleNoun(words: Word[], a: number, b: number): boolean {
  for (let k = a; k <= b; k++) if (roleWord(words[k])) return true;
  return false;
}

/** A name span that ends in a role noun is a role the tagger took for a name ("Yellowhead MP"). */
function endsInRole(words: Word[], m: Mention): boolean {
  const last = strip(words[m.last - 1].text);
  return m.last - m.first >= 2 && isRoleNoun(last, false) && !TITLE_SURNAMES.has(last);
}

/** Whether the words from k on may continue a role after "and"/"or": no clause word, name or article of a new clause. */
function joinsRole(words: Word[], k: number, at: Int32Array): boolean {
  const w = words[k];
  if (!w || at[k] >= 0 || NOT_APPOSITION.has(w.text.toLowerCase()) || PHRASE_STOPS.has(w.text)) return false;
  return !/^\p{Lu}/u.test(w.text) || isRoleNoun(strip(w.text), false);
}

/** A lower-case past participle or gerund that ends a role's noun phrase ("based", "convicted", "seen"). */
function isParticiple(w: Word): boolean {
  return /^\p{Ll}{3,}(?:ed|ing)$/u.test(w.text) || w.text === 'seen';
}

/**
 * Predicate: "Name is/was/became [the|a] phrase", also in a relative clause ("Name, who is now White House
 * counsel") and after "one of" ("Name was one of the co-founders of ..."); or a relative clause with a verb of
 * position ("Name, who heads the union,"), whose verb phrase is the role, scored below any noun role.
 */
function predicateAfter(
  text: string,
  words: Word[],
  m: Mention,
  mentions: Mention[],
  at: Int32Array,
): RoleCandidate | null {
  let j = m.last;
  const lowerAt = (k: number) => (words[k] ? words[k].text.toLowerCase() : '');
  // The object of "of" is not the subject of the verb after it ("The father of Jane Doe was a porter").
  let b = m.first - 1;
  // Back over its title: modifiers, title words, abbreviation marks, names ("of former Lt.-Gov. Jane Doe").
  for (let steps = 0; b >= 0 && steps < 8; steps++) {
    if (at[b] >= 0 && mentions[at[b]].type !== 'PERSON') b = mentions[at[b]].first - 1;
    else if (ROLE_MODIFIERS.has(lowerAt(b)) || TITLE_WORDS.has(strip(words[b].text)) || /^[.-]$/.test(words[b].text))
      b--;
    else break;
  }
  if (lowerAt(b) === 'of' && lowerAt(j) !== ',') return null;
  // "Jane Doe, 42, is a nurse": an age set off by commas.
  if (lowerAt(j) === ',' && /^\p{N}{1,3}$/u.test(words[j + 1]?.text ?? '') && lowerAt(j + 2) === ',') j += 3;
  let relative = false;
  if (lowerAt(j) === ',' && lowerAt(j + 1) === 'who') {
    relative = true;
    j += 2;
  }
  while (relative && LEAD_ADVERBS.has(lowerAt(j))) j++;
  if (relative && POSITION_VERBS.has(lowerAt(j)))
    return verbRole(text, words, j, at) ?? clauseRole(text, words, j, mentions, at);
  if (relative && !COPULAS.has(lowerAt(j))) return clauseRole(text, words, j, mentions, at);
  if (!words[j] || !COPULAS.has(lowerAt(j))) return null;
  j++;
  while (LEAD_ADVERBS.has(lowerAt(j))) j++;
  if (lowerAt(j) === 'one' && lowerAt(j + 1) === 'of') {
    j += 2;
    // "About 100 protesters rallied. Jane Doe was one of them": the counted plural role of the sentence before.
    if (lowerAt(j) === 'them' && !relative) {
      let s = m.first;
      while (s > 0 && !words[s].sentStart) s--;
      return countedBefore(text, words, s, at);
    }
  }
  const w = words[j];
  if (!w) return null;
  const lower = w.text.toLowerCase();
  // Only phrases that clearly name a position: an article, a possessive name or a role word first.
  if (!ARTICLES.has(lower) && !(at[j] >= 0) && !roleWord(w) && !ROLE_MODIFIERS.has(lower)) return null;
  return rolePhrase(text, words, j, mentions, at, relative);
}

/** "who heads the union,": the verb phrase from `j` to the punctuation that closes the clause, when it names something. */
function verbRole(text: string, words: Word[], j: number, at: Int32Array): RoleCandidate | null {
  let end = j + 1;
  let named = false;
  while (end < words.length && end - j < ROLE_PHRASE_WORDS && !PHRASE_STOPS.has(words[end].text)) {
    if (words[end].sentStart || lineBreakBetween(text, words[end - 1], words[end])) break;
    if (at[end] >= 0 || roleWord(words[end])) named = true;
    end++;
  }
  if (!named || end >= words.length || !PHRASE_STOPS.has(words[end].text) || end - j < 2) return null;
  return candidate(text, words[j], words[end - 1], 0.5);
}

/**
 * "Smith, who graduated from the college last year, ...", "Smith, who has been in charge of the league since
 * 2011.": a relative clause that states what the person did or does, when the text gives no noun for it, scored
 * below any noun role and below a verb of position. Its verb is an active finite verb (or "has"/"had" + a past
 * participle, or "has been" + a phrase that is no passive), not a speech or belief verb ("who said", "who
 * wants"), a modal or "did"; the clause runs to the punctuation that closes it, or to "and"/"but" before another
 * verb, within ROLE_PHRASE_WORDS.
 */
function clauseRole(text: string, words: Word[], j: number, mentions: Mention[], at: Int32Array): RoleCandidate | null {
  const lowerAt = (k: number) => (words[k] ? words[k].text.toLowerCase() : '');
  const v = lowerAt(j);
  if (!/^\p{Ll}+$/u.test(words[j]?.text ?? '') || !isActiveVerb(v)) {
    if (!PERFECT_AUXILIARIES.has(v)) return null;
    let k = j + 1;
    while (LEAD_ADVERBS.has(lowerAt(k))) k++;
    const next = lowerAt(k);
    // "has been in charge of", not "had been charged with" (a passive) or "has been killed".
    if (next === 'been') {
      if (!words[k + 1] || isParticiple(words[k + 1]) || /en$/.test(lowerAt(k + 1))) return null;
    } else if (!/^\p{Ll}{3,}(?:ed|en|wn|ne)$/u.test(words[k]?.text ?? '') || !isActiveVerb(next)) return null;
  }
  let end = j + 1;
  // The clause must name what the position is about: an organization or place, or a word for a post.
  let named = false;
  while (end < words.length && end - j < ROLE_PHRASE_WORDS) {
    const w = words[end];
    // Quoted words, a pronoun for someone (the clause is about others) or another person: no role.
    if (QUOTE_MARKS.has(w.text) || CLAUSE_PRONOUNS.has(w.text.toLowerCase())) return null;
    if (PHRASE_STOPS.has(w.text) || w.sentStart || lineBreakBetween(text, words[end - 1], w)) break;
    const lower = w.text.toLowerCase();
    if (RELATIVE_PRONOUNS.has(lower) && lower !== 'that') break;
    if ((lower === 'and' || lower === 'but') && (FINITE_VERBS.has(lowerAt(end + 1)) || COPULAS.has(lowerAt(end + 1))))
      break;
    if (at[end] >= 0) {
      if (mentions[at[end]].type === 'PERSON') return null;
      named = true;
    } else if (POST_NOUNS.has(lower) || roleWord(w)) named = true;
    end++;
  }
  // Closed by punctuation or a new verb, not cut off by a line break or the length limit.
  const closed =
    end < words.length &&
    !words[end].sentStart &&
    !lineBreakBetween(text, words[end - 1], words[end]) &&
    !QUOTE_MARKS.has(words[end].text);
  if (!named || !closed || end - j < 2 || end - j >= ROLE_PHRASE_WORDS) return null;
  return candidate(text, words[j], words[end - 1], 0.25);
}

/** A finite verb that can state what someone did: not a speech or belief verb, a modal or an auxiliary. */
function isActiveVerb(v: string): boolean {
  return (
    FINITE_VERBS.has(v) &&
    !SPEECH_CUES.has(v) &&
    !BELIEF_CUES.has(v) &&
    !NOT_CLAUSE_VERBS.has(v) &&
    !COPULAS.has(v) &&
    !PERFECT_AUXILIARIES.has(v)
  );
}

/**
 * "[a description] named/called Name": "a disaster agency official in Banten province named Jhony", "a man named
 * Neil Calder". The description runs back from "named" to its article, determiner or possessive (or the start
 * of the sentence) and its head, the word before its first preposition, must be a role noun.
 */
function namedAfterRole(
  text: string,
  words: Word[],
  m: Mention,
  mentions: Mention[],
  at: Int32Array,
): RoleCandidate | null {
  const named = m.first - 1;
  if (named < 1 || !NAMING_VERBS.has(words[named].text)) return null;
  for (let j = named - 1; j >= 0 && named - j <= NAMED_PHRASE_WORDS; j--) {
    const w = words[j];
    if (PHRASE_STOPS.has(w.text) || (j < named - 1 && lineBreakBetween(text, w, words[j + 1]))) return null;
    if (at[j] >= 0) {
      // A place or organization inside the description ("in Banten province"), not another person.
      const other = mentions[at[j]];
      if (other.type === 'PERSON' || words[other.first].sentStart) return null;
      j = other.first;
      continue;
    }
    const lower = w.text.toLowerCase();
    if (!DETERMINERS.has(lower) && !POSSESSIVE_DETERMINERS.has(lower) && !w.sentStart) continue;
    const start = DETERMINERS.has(lower) || POSSESSIVE_DETERMINERS.has(lower) ? j + 1 : j;
    const head = phraseHead(words, start, named, at);
    if (start >= named || !roleWord(words[head])) return null;
    // "that co-worker, a man named Neil Calder": a word for anyone takes the description set off before it.
    if (GENERIC_PERSON_NOUNS.has(strip(words[head].text)) && start === j + 1 && words[j - 1]?.text === ',')
      return describedBefore(text, words, j - 1, at) ?? candidate(text, words[start], words[named - 1], named - start);
    return candidate(text, words[start], words[named - 1], named - start);
  }
  return null;
}

/**
 * The noun phrase that ends right before the comma at `comma`, from its determiner (or the start of the sentence):
 * "that co-worker" in "that co-worker, a man named ...", when its head is a role noun and no word for anyone.
 */
function describedBefore(text: string, words: Word[], comma: number, at: Int32Array): RoleCandidate | null {
  for (let j = comma - 1; j >= 0 && comma - j <= NAMED_PHRASE_WORDS; j--) {
    const w = words[j];
    if (PHRASE_STOPS.has(w.text) || at[j] >= 0 || lineBreakBetween(text, w, words[j + 1])) return null;
    const lower = w.text.toLowerCase();
    const opens = DETERMINERS.has(lower) || POSSESSIVE_DETERMINERS.has(lower);
    if (!opens && !w.sentStart) continue;
    const start = opens ? j + 1 : j;
    if (start >= comma) return null;
    const head = words[phraseHead(words, start, comma, at)];
    if (!roleWord(head) || GENERIC_PERSON_NOUNS.has(strip(head.text))) return null;
    return candidate(text, words[start], words[comma - 1], comma - start + 1);
  }
  return null;
}

/**
 * "as" + a role after a mention, in the same sentence and before any other person is named: "Smith was hired
 * as a conductor", "Smith has taken over as Minister of Justice", "Smith ... his role as CEO of ...".
 */
function asRole(text: string, words: Word[], m: Mention, mentions: Mention[], at: Int32Array): RoleCandidate | null {
  for (let j = m.last; j < words.length && j - m.last < AS_WINDOW; j++) {
    const w = words[j];
    if (j > m.last && w.sentStart) return null;
    if (at[j] >= 0 && mentions[at[j]].type === 'PERSON' && at[j] !== at[m.first]) return null;
    if (w.text === '“' || w.text === '"') return null;
    if (w.text.toLowerCase() !== 'as' || !words[j + 1]) continue;
    const prev = j > 0 ? words[j - 1].text.toLowerCase() : '';
    if (prev === 'such' || prev === 'well' || prev === 'as') continue;
    const next = words[j + 1];
    if (!ARTICLES.has(next.text.toLowerCase()) && !roleWord(next) && !ROLE_MODIFIERS.has(next.text.toLowerCase()))
      continue;
    const c = rolePhrase(text, words, j + 1, mentions, at, false);
    // Further from the name than a title or an apposition, so it yields to them.
    if (c) return { ...c, score: c.score - 2 };
  }
  return null;
}

/**
 * A plural role before a list of names: "The victims were Jane Doe, 39, and John Roe, 42": walk left from the
 * name over the list (names, ages, commas, "and", semicolons) to "were"/"are", and take the plural role noun
 * before it.
 */
function listPredicate(
  text: string,
  words: Word[],
  m: Mention,
  mentions: Mention[],
  at: Int32Array,
): RoleCandidate | null {
  let j = m.first - 1;
  let steps = 0;
  while (j > 0 && steps++ < LIST_WORDS) {
    const w = words[j];
    const lower = w.text.toLowerCase();
    if (at[j] >= 0 && mentions[at[j]].type === 'PERSON') {
      j = mentions[at[j]].first - 1;
      continue;
    }
    if (lower === ',' || lower === ';' || lower === 'and' || /^\p{N}+$/u.test(w.text)) {
      j--;
      continue;
    }
    break;
  }
  // The first name's own title may repeat the role ("The victims were brothers Jane and John Roe").
  if (words[j] && j > 0 && at[j] < 0 && roleWord(words[j]) && /^(?:were|are)$/i.test(words[j - 1].text)) j--;
  const verb = words[j]?.text.toLowerCase();
  if (verb !== 'were' && verb !== 'are') return null;
  // "... found three victims dead. They were Jane Doe, 8; ...": the counted plural role of the sentence before.
  if (j > 0 && words[j - 1].sentStart && /^they$/i.test(words[j - 1].text))
    return countedBefore(text, words, j - 1, at);
  const noun = words[j - 1];
  if (!noun || at[j - 1] >= 0) return null;
  const lower = strip(noun.text);
  if (!lower.endsWith('s') || !isRoleNoun(lower, !/\p{Lu}/u.test(noun.text))) return null;
  let lo = j - 1;
  while (lo > 0 && at[lo - 1] < 0 && ROLE_MODIFIERS.has(words[lo - 1].text.toLowerCase())) lo--;
  return candidate(text, words[lo], noun, 1);
}

/**
 * The last plural role noun counted by a number in the sentence before word `start` ("officers found three
 * victims dead"): a number word or digits, then up to two modifiers, then the noun.
 */
function countedBefore(text: string, words: Word[], start: number, at: Int32Array): RoleCandidate | null {
  let first = start - 1;
  while (first > 0 && !words[first].sentStart) first--;
  let best: RoleCandidate | null = null;
  for (let k = first; k < start; k++) {
    const t = words[k].text.toLowerCase();
    if (!NUMBER_WORDS.has(t) && !/^\p{N}+$/u.test(t)) continue;
    for (let h = k + 1; h < start && h - k <= 3; h++) {
      if (at[h] >= 0 || !/^\p{Ll}/u.test(words[h].text)) break;
      const lower = strip(words[h].text);
      if (lower.length > 3 && lower.endsWith('s') && !lower.endsWith('ss') && isRoleNoun(lower)) {
        best = candidate(text, words[k + 1], words[h], 1);
        break;
      }
    }
  }
  return best;
}

/**
 * A character and the actor who plays it: "Lance (Tom Taylor)", "the enemy, Morgana (Jane Doe)": a name in
 * parentheses right after another person's name is that person's player, and the name before is the role,
 * scored below any noun role.
 */
function castRole(text: string, words: Word[], m: Mention, mentions: Mention[], at: Int32Array): RoleCandidate | null {
  let open = m.first - 1;
  if (words[m.last]?.text !== ')') return null;
  // "Bedders (a truly wonderful Jane Doe)": an article and a few lower-case words of praise before the player;
  // "Merlin (played by Jane Doe)", "Merlin (featuring a brilliant performance from Jane Doe)": words ending in
  // "by" or "from".
  if (open > 0 && /^\p{Ll}/u.test(words[open].text) && words[open].text !== 'as') {
    const via = PLAYER_PREPOSITIONS.has(words[open].text);
    let k = open;
    while (
      open - k < CAST_LEAD_WORDS &&
      k > 0 &&
      /^\p{Ll}+$/u.test(words[k].text) &&
      (via || !ARTICLES.has(words[k].text))
    )
      k--;
    if (via ? words[k].text !== '(' : !ARTICLES.has(words[k].text) || words[k - 1]?.text !== '(') return null;
    open = via ? k : k - 1;
  }
  if (open < 1 || words[open].text !== '(') return null;
  const k = at[open - 1];
  if (k < 0 || k === at[m.first]) return null;
  const other = mentions[k];
  if (other.type !== 'PERSON' || other.last !== open || words[other.first].capsLine) return null;
  // A full name in parentheses, not an abbreviation the tagger took for one ("Jim Roe (D-S.C.)") nor the rest
  // of the name before it ("Saddam (Hussein)").
  if (m.last - m.first < 2) return null;
  if (!/^\p{Lu}\p{Ll}/u.test(words[m.first].text) || !/^\p{Lu}\p{Ll}/u.test(words[m.last - 1].text)) return null;
  return candidate(text, words[other.first], words[other.last - 1], 0.5);
}

/** Lower-case words between "(" and a player's name ("a truly wonderful", "featuring a brilliant performance from"), at most. */
const CAST_LEAD_WORDS = 6;

/** Words of a character's name in "(as ...)" after a player's name, at most. */
const CAST_AS_WORDS = 5;

/**
 * The character after the player: "Jane Doe (as “old” Merlin)": "(as", a few words with a capitalised one, ")"
 * right after the name; scored like a character before the player.
 */
function castAsRole(text: string, words: Word[], m: Mention): RoleCandidate | null {
  if (words[m.last]?.text !== '(' || words[m.last + 1]?.text.toLowerCase() !== 'as') return null;
  const first = m.last + 2;
  let close = first;
  let named = false;
  while (close < words.length && close - first < CAST_AS_WORDS && words[close].text !== ')') {
    if (PHRASE_STOPS.has(words[close].text) && !QUOTE_MARKS.has(words[close].text)) return null;
    if (/^\p{Lu}\p{Ll}/u.test(words[close].text)) named = true;
    close++;
  }
  if (!named || words[close]?.text !== ')' || close === first) return null;
  return candidate(text, words[first], words[close - 1], 0.5);
}

/**
 * A plural role noun before "such as" or "including" and a name: "mass shooters such as Jane Doe", "veteran
 * players including Jane Doe": the role phrase (the noun and up to OPEN_MODIFIERS lower-case modifiers before it),
 * scored low.
 */
function suchAsRole(text: string, words: Word[], m: Mention, at: Int32Array): RoleCandidate | null {
  let k = m.first - 1;
  const lowerAt = (i: number) => (i >= 0 ? words[i].text.toLowerCase() : '');
  if (lowerAt(k) === 'as' && lowerAt(k - 1) === 'such') k -= 2;
  else if (lowerAt(k) === 'including') k -= 1;
  else return null;
  const noun = words[k];
  if (!noun || at[k] >= 0 || !/^\p{Ll}/u.test(noun.text)) return null;
  const lower = strip(noun.text);
  if (lower.length <= 3 || !lower.endsWith('s') || lower.endsWith('ss') || !isRoleNoun(lower)) return null;
  let lo = k;
  // Modifiers, not another plural noun for people ("told psychologists mass shooters such as ...").
  const modifier = (w: Word) => isOpenModifier(w) && !(/s$/.test(w.text) && isRoleNoun(strip(w.text)));
  while (lo > 0 && k - lo < OPEN_MODIFIERS && at[lo - 1] < 0 && modifier(words[lo - 1])) lo--;
  return candidate(text, words[lo], noun, 0);
}

/**
 * "Miss Alabama Hannah B": "Miss" and a place right before the name (the mention step cut the title off it), up to
 * the words that are part of the person's name elsewhere ("Miss Universe" of "Miss Universe Alicia" + "Alicia
 * Machado"; none in "Miss Jane" + "Jane Roe"). Scored as a title that names a place.
 */
function pageantTitle(text: string, words: Word[], m: Mention, own: Mention[]): RoleCandidate | null {
  const b = pageantTitleStart(words, m.first);
  if (b < 0) return null;
  const named = new Set<string>();
  for (const o of own) for (let k = o.first; k < o.last; k++) named.add(words[k].text.toLowerCase());
  // The title ends where the person's own name begins ("Miss Universe Alicia" + "Machado").
  let end = b + 1;
  while (end < m.first && !named.has(words[end].text.toLowerCase())) end++;
  for (let k = end; k < m.first; k++) if (!named.has(words[k].text.toLowerCase())) return null;
  if (end === b + 1) return null;
  return candidate(text, words[b], words[end - 1], end - b + 2);
}

/** Words of a definite description that a sentence "That would be Name" may identify, at most. */
const IDENTIFIED_WORDS = 6;

/**
 * "... he never kissed the group date rose recipient. That would be Heather": a sentence opening "That/It"
 * (+ "would"/"will") + "be"/"was"/"is" + the name identifies the definite description that ends the sentence
 * before it ("the" + lower-case words ending in a role noun); scored low.
 */
function identifiedRole(text: string, words: Word[], m: Mention, at: Int32Array): RoleCandidate | null {
  let k = m.first - 1;
  if (k < 2 || !IDENTIFYING_VERBS.has(words[k].text.toLowerCase())) return null;
  k--;
  if (IDENTIFYING_MODALS.has(words[k].text.toLowerCase())) k--;
  if (k < 2 || !words[k].sentStart || !IDENTIFYING_SUBJECTS.has(words[k].text.toLowerCase())) return null;
  const stop = k - 1;
  if (!/^[.?!]$/.test(words[stop].text)) return null;
  const head = words[stop - 1];
  if (at[stop - 1] >= 0 || !/^\p{Ll}/u.test(head.text) || !roleWord(head) || GENERIC_PERSON_NOUNS.has(strip(head.text)))
    return null;
  for (let j = stop - 2; j >= 0 && stop - j <= IDENTIFIED_WORDS + 1; j--) {
    const w = words[j];
    if (at[j] >= 0 || !/^\p{Ll}[\p{Ll}-]*$/u.test(w.text) || w.sentStart) return null;
    if (w.text === 'the') return j + 1 < stop ? candidate(text, words[j + 1], head, 0.5) : null;
  }
  return null;
}

/** Words after a name that an "as" role may come within ("Smith has announced ... his role as CEO of ..."). */
const AS_WINDOW = 25;

/** A description before "named" has at most this many words ("a disaster mitigation agency official in Banten province"). */
const NAMED_PHRASE_WORDS = 10;

/** Words of a list of names (with ages) that a plural role before it may reach over. */
const LIST_WORDS = 40;

/**
 * A plural title before a list of names is every one's ("owners Jane Doe and John Roe"): for a name after "and"
 * or a comma right after another person's name, that person's title, when its last word is a plural role noun.
 */
function sharedTitle(
  text: string,
  words: Word[],
  m: Mention,
  mentions: Mention[],
  at: Int32Array,
  depth = 0,
): RoleCandidate | null {
  const k = m.first - 1;
  if (k < 1 || depth > 4) return null;
  const joiner = words[k].text.toLowerCase();
  if (joiner !== 'and' && joiner !== ',') return null;
  const prev = at[k - 1] >= 0 ? mentions[at[k - 1]] : null;
  if (!prev || prev.type !== 'PERSON' || prev.last !== k) return null;
  const t = titleBefore(text, words, prev, mentions, at) ?? sharedTitle(text, words, prev, mentions, at, depth + 1);
  if (!t) return null;
  const last = strip(t.text.split(/\s+/).pop() ?? '');
  return last.length > 3 && last.endsWith('s') && !last.endsWith('ss') && isRoleNoun(last) ? t : null;
}

/** A role the person no longer holds ("former law professor", "ex-president"). */
function isFormer(c: RoleCandidate): boolean {
  return /^(?:former|ex-|onetime|one-time|then)\b/i.test(c.text);
}

/**
 * Whether candidate a is a better role than b: the current role over a former one ("Jane Doe, a former law
 * professor, has taken over as Minister of Justice"), when the current one is a noun phrase (score >= 1); else
 * the higher score.
 */
function better(a: RoleCandidate, b: RoleCandidate): boolean {
  if (isFormer(a) !== isFormer(b)) {
    const current = isFormer(a) ? b : a;
    if (current.score >= 1) return current === a;
  }
  return a.score > b.score;
}

/**
 * The best role among the given mentions of one person, with where it stands and the other roles given (those
 * not already part of the best one, in order of first mention), or null.
 */
export function findRole(
  text: string,
  words: Word[],
  own: Mention[],
  mentions: Mention[],
  at: Int32Array,
): RoleResult | null {
  let best: RoleCandidate | null = null;
  const all: RoleCandidate[] = [];
  for (const m of own) {
    const candidates = [
      titleBefore(text, words, m, mentions, at),
      appositionAfter(text, words, m, mentions, at),
      appositionBefore(text, words, m, mentions, at),
      predicateAfter(text, words, m, mentions, at),
      sharedTitle(text, words, m, mentions, at),
      asRole(text, words, m, mentions, at),
      namedAfterRole(text, words, m, mentions, at),
      listPredicate(text, words, m, mentions, at),
      castRole(text, words, m, mentions, at),
      castAsRole(text, words, m),
      suchAsRole(text, words, m, at),
      pageantTitle(text, words, m, own),
      identifiedRole(text, words, m, at),
    ];
    for (const c of candidates) {
      if (!c) continue;
      all.push(c);
      if (!best || better(c, best)) best = c;
    }
  }
  if (!best) return null;
  const b = best;
  const others: string[] = [];
  const seen = new Set([b.text.toLowerCase()]);
  for (const c of all) {
    const k = c.text.toLowerCase();
    if (seen.has(k) || b.text.toLowerCase().includes(k)) continue;
    seen.add(k);
    others.push(c.text);
  }
  return { role: b.text, start: b.start, end: b.end, others };
}
