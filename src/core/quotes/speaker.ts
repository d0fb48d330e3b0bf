/**
 * Speaker phrases next to a reporting cue, found from the words alone (no entity list needed):
 * a pronoun ("he said"), a capitalised name ("Vladimir Putin said", "said Putin"), a noun phrase
 * ("a campaign official said", "officials say"), a name with an apposition ("Peskov, Putin’s spokesman, told"),
 * a relative pronoun ("Cameron, who said …") with its antecedent.
 * Every scan is bounded by a small constant, so finding all speakers is linear in the text.
 */
import type { Token } from '../text';
import type { Words } from './words';
import {
  ATTACHING,
  PERSON_NOUNS,
  ROLE_NOUNS,
  BETWEEN_SUBJECT_AND_CUE,
  COLLECTIVES,
  DETERMINERS,
  FINITE_VERBS,
  NAME_JOINERS,
  DOCUMENT_NOUNS,
  NOT_NAMES,
  NOT_NOUN,
  NUMBER_WORDS,
  PRONOUNS,
  RELATIVE_PRONOUNS,
  TIME_LEADS,
  TIME_WORDS,
  isCapitalized,
  isPossessiveWord,
  isWord,
} from '../lang';

export type MentionKind = 'pronoun' | 'relative' | 'name' | 'noun';

export interface SpeakerPhrase {
  /** Token range [first, last) of the words naming the speaker. */
  first: number;
  last: number;
  kind: MentionKind;
  /** For a relative pronoun or an apposition: the phrase the speaker words refer back to. */
  antecedent?: SpeakerPhrase;
  /** First token of everything that belongs to the attribution before the cue (apposition included). */
  attrFirst: number;
  /** For a name with an apposition before the cue: the comma that closes the apposition. */
  tail?: number;
}

/**
 * Scan limits (tokens), small constants so that finding every speaker stays linear in the text:
 * - NAME_WORDS: a name with its titles and joiners ("Rep. Gregory W. Meeks", "Maria de la Cruz") is at most
 *   eight tokens.
 * - NOUN_PHRASE_WORDS: a speaker noun phrase ("a senior campaign official") has at most six words before
 *   its head.
 * - APPOSITION_REACH: "Peskov, Putin's spokesman since 2008, …, told": the comma opening an apposition lies
 *   at most 40 tokens before the one closing it; MAX_APPOSITION_COMMAS commas at most lie between.
 * - LEADING_WORDS: a segment's subject starts within its first four tokens ("But then he …").
 * - BETWEEN_SKIPS: words skipped between a subject and its cue ("Smith also on Monday said").
 */
const NAME_WORDS = 8;
const NOUN_PHRASE_WORDS = 6;
const APPOSITION_REACH = 40;
const MAX_APPOSITION_COMMAS = 3;
const LEADING_WORDS = 4;
/** "late Friday", "early Monday": a time phrase between a subject and its cue. */
const TIME_EDGES = new Set(['late', 'early']);
const BETWEEN_SKIPS = 4;
/** Tokens looked back for the verb whose subject introduces a colon or a coordinated cue (`verbSubjectBefore`). */
const CLAUSE_TOKENS = 24;
/** A party-and-state label in brackets after a name ("(D-N.Y.)") is at most ten tokens. */
const PARENTHESIS_TOKENS = 10;

/**
 * Words before a noun phrase inside an apposition that make it an object, not the speaker ("a mechanic based
 * in Kansas City, Mo., said": not "Kansas City").
 */
const APPOSITION_OBJECT_LEADS = new Set(['to', 'by', 'with', 'of', 'for', 'in', 'at', 'on', 'from', 'near']);

const isAdverb = (w: string): boolean => w.length > 4 && w.endsWith('ly') && /^\p{Ll}+$/u.test(w);
/**
 * True when token k is an adverb in "-ly": in lower case anywhere, capitalised only where a sentence starts at
 * `lo` ("Nearly eight of 10 voters say"); elsewhere a capitalised one is a name ("Still, McNeely said").
 */
const adverbAt = (w: Words, lo: number, k: number): boolean =>
  isAdverb(w.lower[k]) && (w.tokens[k].text === w.lower[k] || k === lo);
/** A capitalised word that can be part of a name (not "But", not a quote mark). */
/** A name with a lower-case Arabic article ("al-Shabaab", "el-Sisi") is capitalised after its hyphen. */
const ARTICLE_NAME = /^(?:al|el|ad|ar|as|ash|at|an|ul)-\p{Lu}\p{Ll}/u;
const nameWord = (t: Token): boolean => (isCapitalized(t.text) || ARTICLE_NAME.test(t.text)) && isWord(t.text);

/** The name that ends at token `k` (a run of capitalised words, "Mr." and joiners like "of"), or null. */
export function nameEndingAt(w: Words, lo: number, k: number): SpeakerPhrase | null {
  const { tokens } = w;
  if (k < lo || !nameWord(tokens[k])) return null;
  let j = k;
  for (let steps = 0; steps < NAME_WORDS && j > lo; steps++) {
    const p = tokens[j - 1];
    if (nameWord(p) && p.end <= tokens[j].start) {
      j--;
      continue;
    }
    // "Mr." / "Sen." / "Jr.": a period stuck to a capitalised word.
    if (
      p.text === '.' &&
      j - 2 >= lo &&
      p.start === tokens[j - 2].end &&
      nameWord(tokens[j - 2]) &&
      tokens[j - 2].text.length <= 4
    ) {
      j -= 2;
      continue;
    }
    if (NAME_JOINERS.has(w.lower[j - 1]) && j - 2 >= lo && nameWord(tokens[j - 2])) {
      j -= 2;
      continue;
    }
    break;
  }
  while (j <= k && NOT_NAMES.has(tokens[j].text)) j++;
  while (j <= k && NAME_JOINERS.has(w.lower[j])) j++;
  if (j > k) return null;
  return { first: j, last: k + 1, kind: 'name', attrFirst: j };
}

/** A noun phrase ending at token `k` ("a senior campaign official", "officials", "Putin’s spokesman"), or null. */
export function nounPhraseEndingAt(w: Words, lo: number, k: number): SpeakerPhrase | null {
  const { tokens, lower } = w;
  if (k < lo) return null;
  const head = lower[k];
  // "Ms. May", "Gov. Will Frost": a name whose last word is also a function word, after a title or a given name.
  if (NOT_NOUN.has(head) && nameWord(tokens[k])) {
    const name = nameEndingAt(w, lo, k);
    if (name && name.first < k) return name;
  }
  if (
    !/^\p{L}/u.test(head) ||
    NOT_NOUN.has(head) ||
    isAdverb(tokens[k].text) ||
    PRONOUNS.has(head) ||
    isPossessiveWord(tokens[k].text)
  )
    return null;
  if (/^\p{Ll}+(?:ed|ing)$/u.test(tokens[k].text)) return null;
  if (nameWord(tokens[k])) return nameEndingAt(w, lo, k);
  let j = k;
  let anchored = NUMBER_WORDS.has(head);
  for (let steps = 0; steps < NOUN_PHRASE_WORDS && j > lo; steps++) {
    const p = lower[j - 1];
    const pt = tokens[j - 1].text;
    if (DETERMINERS.has(p)) {
      j--;
      anchored = true;
      break;
    }
    if (isPossessiveWord(pt)) {
      j--;
      anchored = true;
      if (j > lo && isCapitalized(tokens[j - 1].text) && isWord(tokens[j - 1].text)) {
        const n = nameEndingAt(w, lo, j - 1);
        if (n) j = n.first;
      }
      if (j > lo && (lower[j - 1] === 'the' || lower[j - 1] === 'a' || lower[j - 1] === 'an')) j--;
      break;
    }
    if (!/^\p{L}/u.test(pt) || NOT_NOUN.has(p) || adverbAt(w, lo, j - 1) || PRONOUNS.has(p) || w.quoteOf[j - 1] >= 0)
      break;
    if (/(?:ed|ing)$/.test(p) && !isCapitalized(pt)) break;
    j--;
    if (isCapitalized(pt)) anchored = true;
  }
  // A bare noun phrase must be plural ("officials", "senior aides"), a collective ("police") or counted.
  if (j > lo && /^\p{N}/u.test(tokens[j - 1].text)) {
    j--;
    anchored = true;
  }
  if (!anchored && !/[^s]s$/.test(head) && !COLLECTIVES.has(head)) return null;
  // Strip a leading sentence word that is no determiner ("But the campaign").
  while (j < k && NOT_NAMES.has(tokens[j].text) && !DETERMINERS.has(lower[j])) j++;
  let np: SpeakerPhrase = { first: j, last: k + 1, kind: 'noun', attrFirst: j };
  // "a spokesman for the campaign", "the director of the agency": one prepositional attachment.
  if (j - 2 >= lo && ATTACHING.has(lower[j - 1])) {
    const outer = nounPhraseEndingAt(w, lo, j - 2);
    if (outer && outer.kind === 'noun') np = { first: outer.first, last: k + 1, kind: 'noun', attrFirst: outer.first };
  }
  return np;
}

/**
 * Extends an attribution to the left over a title or description before a name ("White House press secretary
 * Josh Earnest", "Tulsa police Chief Chuck Jordan"): returns the first token of it, for bounding earlier content.
 */
function descriptionStart(w: Words, lo: number, first: number): number {
  let j = first;
  for (let steps = 0; steps < NOUN_PHRASE_WORDS && j > lo; steps++) {
    const p = w.lower[j - 1];
    const pt = w.tokens[j - 1].text;
    // "University of the Fenwick Valley …": "of the" inside an institution's name.
    const of = p === 'of' ? 1 : p === 'the' && j - 2 > lo && w.lower[j - 2] === 'of' ? 2 : 0;
    if (of > 0 && j - of - 1 >= lo && isCapitalized(w.tokens[j - of - 1].text) && isWord(w.tokens[j - of - 1].text)) {
      j -= of;
      continue;
    }
    if (w.quoteOf[j - 1] >= 0 || !/^\p{L}/u.test(pt) || NOT_NOUN.has(p) || adverbAt(w, lo, j - 1) || PRONOUNS.has(p))
      break;
    if (NOT_NAMES.has(pt)) break;
    // "University of the Fraser Valley political scientist Tom Hale": a name with joiners in the description.
    if (isCapitalized(pt) && isWord(pt)) {
      const n = nameEndingAt(w, lo, j - 1);
      if (n && n.first < j - 1) {
        j = n.first;
        continue;
      }
    }
    j--;
  }
  if (j > lo && DETERMINERS.has(w.lower[j - 1])) j--;
  return j;
}

/** The phrase naming whoever is the subject of the cue at token `cue`, looking left; null if there is none. */
export function subjectBefore(w: Words, lo: number, cue: number): SpeakerPhrase | null {
  const { lower } = w;
  let k = cue - 1;
  for (let skipped = 0; k >= lo && skipped < BETWEEN_SKIPS; skipped++) {
    // Lower case only: "Ms. May said" ends with a name, not the modal. An invisible format character (a
    // zero-width space pasted after a name: "Traeger\u200b said") stands for nothing.
    if (
      ((BETWEEN_SUBJECT_AND_CUE.has(lower[k]) || isAdverb(lower[k])) && w.tokens[k].text === lower[k]) ||
      /^\p{Cf}+$/u.test(w.tokens[k].text)
    ) {
      k--;
      continue;
    }
    // A time phrase: "on Wednesday", "this month", "last week".
    if (TIME_WORDS.has(lower[k]) && k - 1 >= lo && (TIME_LEADS.has(lower[k - 1]) || TIME_EDGES.has(lower[k - 1]))) {
      k -= 2;
      continue;
    }
    if (/^(?:1[89]|20)\d\d$/.test(lower[k]) && k - 1 >= lo && lower[k - 1] === 'in') {
      k -= 2;
      continue;
    } // "in 2010"
    break;
  }
  if (k < lo || w.quoteOf[k] >= 0) return null;
  const t = lower[k];
  if (t === ',') return appositionBefore(w, lo, k);
  if (t === ')') {
    // "Rep. Gwen Moore (D-Wis.) said"
    let o = k - 1;
    while (o > lo && o > k - PARENTHESIS_TOKENS && lower[o] !== '(') o--;
    if (lower[o] !== '(') return null;
    const named = nameEndingAt(w, lo, o - 1);
    return named ? { ...named, attrFirst: descriptionStart(w, lo, named.first) } : null;
  }
  if (PRONOUNS.has(t)) return { first: k, last: k + 1, kind: 'pronoun', attrFirst: k };
  if (t === 'who' || t === 'which') {
    const a = k - 1 >= lo && lower[k - 1] === ',' ? k - 2 : k - 1;
    const ante = nounPhraseEndingAt(w, lo, a);
    return { first: k, last: k + 1, kind: 'relative', antecedent: ante ?? undefined, attrFirst: ante ? ante.first : k };
  }
  if (RELATIVE_PRONOUNS.has(t)) return null;
  const np = nounPhraseEndingAt(w, lo, k);
  if (!np) return null;
  // Not a subject when a preposition or verb-like word precedes it closely ("in the report said" is rare;
  // "to Trump said" is not an attribution).
  let before = np.first - 1 >= lo ? lower[np.first - 1] : '';
  // "Tim Guest with the Nova Scotia Health Authority says", "Ann Roy of the Red Cross said": the person
  // before the affiliation speaks.
  const bare = before === 'the' ? np.first - 2 : np.first - 1;
  if (bare - 1 >= lo && (lower[bare] === 'with' || lower[bare] === 'of' || lower[bare] === 'from')) {
    const named = nameEndingAt(w, lo, bare - 1);
    if (named && named.kind === 'name') return { ...named, attrFirst: descriptionStart(w, lo, named.first) };
    if (before === 'the') before = lower[bare];
  }
  // "A spokeswoman for Trudeau said", "an aide to Ruiz said": the described person speaks, not the one named.
  if ((before === 'for' || before === 'to') && np.first - 2 >= lo) {
    const outer = nounPhraseEndingAt(w, lo, np.first - 2);
    const head = lower[np.first - 2];
    if (outer && outer.kind === 'noun' && (ROLE_NOUNS.has(head) || PERSON_NOUNS.has(head)))
      return { first: outer.first, last: np.last, kind: 'noun', attrFirst: descriptionStart(w, lo, outer.first) };
  }
  // "A release sent to media from Stella Workers said", "a letter from his lawyer said": the source speaks.
  if (before === 'from' && documentBefore(w, lo, np.first - 1)) return { ...np, attrFirst: np.first };
  if (
    before === 'to' ||
    before === 'by' ||
    before === 'with' ||
    before === 'from' ||
    before === 'of' ||
    before === 'than'
  )
    return null;
  return { ...np, attrFirst: descriptionStart(w, lo, np.first) };
}

/**
 * "Dmitry Peskov, Putin’s spokesman, told" / "Cameron, who said …, said": `k` is the comma before the cue.
 * Looks back for the comma that opens the apposition (within 40 tokens) and the name before it.
 */
/** Lower-case words that open an aside between commas after the subject ("at a later press gaggle", "however"). */
const ASIDE_OPENERS = new Set([
  'at',
  'in',
  'on',
  'during',
  'after',
  'before',
  'following',
  'by',
  'via',
  'however',
  'meanwhile',
  'too',
  'also',
]);

/** True when token j opens its clause: the segment's first word, or after punctuation or a conjunction. */
function opensClause(w: Words, lo: number, j: number): boolean {
  if (j <= lo) return true;
  const p = w.lower[j - 1];
  return /^[.,;:!?"“”'‘’(—–-]+$/u.test(p) || p === 'and' || p === 'but';
}

function appositionBefore(w: Words, lo: number, k: number): SpeakerPhrase | null {
  const { tokens, lower } = w;
  const floor = Math.max(lo, k - APPOSITION_REACH);
  let commas = 0;
  for (let c = k - 1; c >= floor; c--) {
    const t = lower[c];
    // "Kansas City, Mo., and …": the full stop of an abbreviation ends nothing.
    // "D-Calif., the chairwoman …": a full stop right before a comma ends no sentence either.
    const abbreviation =
      t === '.' &&
      c > floor &&
      tokens[c - 1].end === tokens[c].start &&
      (/^\p{Lu}\p{L}{0,2}$/u.test(tokens[c - 1].text) || (lower[c + 1] === ',' && /^\p{Lu}/u.test(tokens[c - 1].text)));
    if ((t === '.' && !abbreviation) || t === ';' || t === '!' || t === '?') return null;
    if (t !== ',') continue;
    if (++commas > MAX_APPOSITION_COMMAS) return null;
    if (w.quoteOf[c] >= 0) continue;
    const after = c + 1;
    if (after >= k) continue;
    const a = lower[after];
    const at = tokens[after].text;
    const opens =
      a === 'who' ||
      a === 'whose' ||
      a === 'which' ||
      DETERMINERS.has(a) ||
      isPossessiveWord(at) ||
      /^\p{N}/u.test(at) ||
      (isCapitalized(at) && isWord(at)) ||
      /^\p{Ll}+ing$/u.test(at) ||
      a === 'president' ||
      a === 'spokesman' ||
      a === 'spokeswoman' ||
      a === 'director' ||
      // "Hillary Clinton, at a later press gaggle, said", "Ruiz, however, said": an aside, not a description.
      ASIDE_OPENERS.has(a);
    // "The director of operations for EHS, Jeff Hale, says": a full name between the commas names the
    // description before it, whatever that ends with.
    // Not after a name of its own ("Jim Eglinski, Yellowhead MP, said": the title is the apposition), unless
    // that name ends a description ("for EHS", "One red-state Democrat").
    const inner = c === k - 1 ? null : nameEndingAt(w, after, k - 1);
    const before = c - 1 >= lo ? nameEndingAt(w, lo, c - 1) : null;
    const described = !before || (before.first > lo && /^\p{Ll}/u.test(tokens[before.first - 1].text));
    if (inner && inner.first === after && k - after >= 2 && described && /^\p{L}/u.test(tokens[c - 1].text))
      return { ...inner, attrFirst: descriptionStart(w, lo, after), tail: k };
    let end = c - 1;
    if (end > lo && lower[end] === ')') {
      // "Rep. Gregory W. Meeks (D-N.Y.), chairman of …, said"
      let o = end - 1;
      while (o > lo && o > end - PARENTHESIS_TOKENS && lower[o] !== '(') o--;
      if (lower[o] === '(') end = o - 1;
    }
    const named = nameEndingAt(w, lo, end);
    // After a name, any lower-case description opens an apposition ("Smith, chairman of the panel, said").
    // "Mu Li, of the University of NSW, said": "of" or "from" after a name opens one too.
    if (!opens && !(named && /^\p{Ll}+$/u.test(at) && (!NOT_NOUN.has(a) || a === 'of' || a === 'from'))) continue;
    const name = named ?? nounPhraseEndingAt(w, lo, end);
    if (!name) continue;
    // "Nonetheless, she played nice and, …, told": a sentence adverb before the comma is no name.
    if (name.last - name.first === 1 && sentenceAdverb(tokens[name.first].text)) continue;
    // An aside follows the subject itself, which opens its clause ("Democratic nominee Hillary Clinton, at a later
    // press gaggle, said"); not a name inside a description or a relative clause ("Neighbours of Tom Hale, in
    // Surrey, said"; "The coach, who replaced Bill Belichick, at …, said": look further back).
    if (ASIDE_OPENERS.has(a) && !opensClause(w, lo, descriptionStart(w, lo, name.first))) continue;
    const prev = name.first - 1 >= lo ? lower[name.first - 1] : '';
    // "A statement e-mailed by Ana Ruiz, who joined the board, said": the author speaks.
    if (APPOSITION_OBJECT_LEADS.has(prev) && !(prev === 'by' && named && a === 'who')) continue;
    // "Ana Ruiz, Minister of Trade, Industry and Energy, said": a capitalised word after a comma is part of
    // a longer apposition when a name and a comma come before it.
    if (prev === ',' && named && name.first - 2 >= floor && nameEndingAt(w, lo, name.first - 2)) continue;
    return { ...name, attrFirst: name.first, tail: k };
  }
  return null;
}

/** The speaker named after an inverted cue ("…,” said Putin", "said a senior official"), or null. */
export function speakerAfter(w: Words, hi: number, j: number): SpeakerPhrase | null {
  const { tokens, lower } = w;
  if (j >= hi || w.quoteOf[j] >= 0) return null;
  const t = lower[j];
  if (t === 'he' || t === 'she' || t === 'they' || t === 'we' || t === 'i')
    return { first: j, last: j + 1, kind: 'pronoun', attrFirst: j };
  if (nameWord(tokens[j]) && !NOT_NAMES.has(tokens[j].text)) {
    let k = j;
    for (let steps = 0; steps < NAME_WORDS && k + 1 < hi; steps++) {
      const n = tokens[k + 1];
      if (nameWord(n) && !isPossessiveWord(tokens[k].text)) {
        k++;
        continue;
      }
      if (
        n.text === '.' &&
        n.start === tokens[k].end &&
        tokens[k].text.length <= 3 &&
        k + 2 < hi &&
        nameWord(tokens[k + 2])
      ) {
        k += 2;
        continue;
      }
      if (NAME_JOINERS.has(lower[k + 1]) && k + 2 < hi && nameWord(tokens[k + 2])) {
        k += 2;
        continue;
      }
      break;
    }
    return { first: j, last: k + 1, kind: 'name', attrFirst: j };
  }
  if (DETERMINERS.has(t) || isPossessiveWord(tokens[j].text)) {
    let k = j;
    for (let steps = 0; steps < NOUN_PHRASE_WORDS && k + 1 < hi; steps++) {
      const n = lower[k + 1];
      if (!/^\p{L}/u.test(n) || NOT_NOUN.has(n) || w.quoteOf[k + 1] >= 0 || n === 'who' || n === 'said') break;
      k++;
    }
    if (k === j) return null;
    return { first: j, last: k + 1, kind: 'noun', attrFirst: j };
  }
  // A description before a name ("said oil and gas worker Mike Wipf", "said 9/11 widow Terry Strada",
  // "said 42-year-old nurse Ana Ruiz"): the name is the speaker.
  const numbered = numberModifierEnd(w, j, hi);
  if ((/^\p{Ll}+$/u.test(tokens[j].text) && !NOT_NOUN.has(t)) || numbered > j) {
    let k = numbered;
    while (k < hi && k < j + NOUN_PHRASE_WORDS && /^\p{Ll}[\p{Ll}-]*$/u.test(tokens[k].text) && w.quoteOf[k] < 0) {
      if (NOT_NOUN.has(lower[k]) && lower[k] !== 'and') break;
      k++;
    }
    if (k > j && k < hi && NOT_NOUN.has(lower[k - 1]) === false && nameWord(tokens[k])) {
      const name = speakerAfter(w, hi, k);
      if (name && name.kind === 'name') return { ...name, attrFirst: j };
    }
  }
  // Bare plural: "said officials", "say analysts".
  if (/^\p{Ll}+[^s]s$/u.test(tokens[j].text) && !NOT_NOUN.has(t))
    return { first: j, last: j + 1, kind: 'noun', attrFirst: j };
  return null;
}

/** A number that modifies a description: "9/11 (widow)", "42-year-old (nurse)". */
const NUMBER_MODIFIER = /^\p{N}+(?:[/-][\p{N}\p{L}]+)+$/u;
/** Tokens at most of such a number ("9", "/", "11"). */
const NUMBER_MODIFIER_TOKENS = 5;

/** The token after a number modifier starting at token j (written without spaces, however tokenized), else j. */
function numberModifierEnd(w: Words, j: number, hi: number): number {
  const { tokens } = w;
  if (!/^\p{N}/u.test(tokens[j].text)) return j;
  let k = j + 1;
  while (k < hi && k < j + NUMBER_MODIFIER_TOKENS && tokens[k].start === tokens[k - 1].end) k++;
  let joined = '';
  for (let i = j; i < k; i++) joined += tokens[i].text;
  return NUMBER_MODIFIER.test(joined) ? k : j;
}

/** Past participles of sending a document on ("a release sent to media from …"). */
const DOCUMENT_SENT = new Set([
  'sent',
  'issued',
  'released',
  'e-mailed',
  'emailed',
  'posted',
  'distributed',
  'published',
]);
/** Words of a listener after DOCUMENT_SENT ("sent to media", "sent to the city's staff"). */
const DOCUMENT_LISTENER = 4;

/**
 * True when the words before `from` are a document noun, with at most a participle of sending and its listener
 * between them: "a statement from", "a release sent to media from"; not "a decision on the appeal from".
 */
function documentBefore(w: Words, lo: number, from: number): boolean {
  const { lower } = w;
  if (from - 1 >= lo && DOCUMENT_NOUNS.has(lower[from - 1])) return true;
  for (let k = from - 1; k >= lo && k >= from - 2 - DOCUMENT_LISTENER; k--) {
    if (w.quoteOf[k] >= 0) return false;
    if (!DOCUMENT_SENT.has(lower[k])) continue;
    // The participle right before "from", or followed by "to" and a short listener.
    if (k !== from - 1 && lower[k + 1] !== 'to') return false;
    return k - 1 >= lo && DOCUMENT_NOUNS.has(lower[k - 1]);
  }
  return false;
}

/** Sentence adverbs that open a sentence before a comma ("Nonetheless, she …"): never its subject. */
const SENTENCE_ADVERBS = new Set([
  'nonetheless',
  'nevertheless',
  'however',
  'meanwhile',
  'still',
  'instead',
  'later',
  'earlier',
  'afterwards',
  'then',
  'now',
  'also',
  'besides',
  'moreover',
  'eventually',
  'ultimately',
  'finally',
  'first',
  'yet',
]);
/** Endings of "-ly" adverbs made from adjectives: "Separately", "Unfortunately" (not "Kelly", "Emily", "Connolly"). */
const ADVERB_ENDINGS = /(?:ally|ately|ently|antly|ously|ively|fully|lessly|ingly|edly|ably|ibly)$/u;

/** A sentence adverb as written before a comma: a listed one in any case, or a "-ly" adverb from an adjective. */
function sentenceAdverb(text: string): boolean {
  const lower = text.toLowerCase();
  if (SENTENCE_ADVERBS.has(lower)) return true;
  return text === lower ? isAdverb(lower) : lower.length >= 7 && ADVERB_ENDINGS.test(lower);
}

/** First words of an opening time phrase ("Later that month,", "On Friday,", "Early last week,"). */
const TIME_OPENERS = new Set([
  ...TIME_LEADS,
  ...TIME_EDGES,
  'later',
  'earlier',
  'in',
  'at',
  'by',
  'after',
  'before',
  'during',
  'since',
  'until',
]);
/** Words of an opening adverbial phrase before its comma ("Later that month, …"). */
const ADVERBIAL_WORDS = 5;

/**
 * The first token after an adverbial that opens the sentence and ends with a comma: a sentence adverb
 * ("Nonetheless,", "Eventually,") or a time phrase ("Later that month,", "On Friday,"); else `lo`.
 */
function afterOpeningAdverbial(w: Words, lo: number, hi: number): number {
  const { lower } = w;
  let comma = -1;
  for (let k = lo + 1; k < hi && k <= lo + ADVERBIAL_WORDS; k++)
    if (lower[k] === ',') {
      comma = k;
      break;
    }
  if (comma < 0 || w.quoteOf[lo] >= 0) return lo;
  const first = lower[lo];
  if (comma === lo + 1 && sentenceAdverb(w.tokens[lo].text)) return comma + 1;
  // A time phrase opens with a word of time or a preposition, not a name ("FM91 on Friday morning, saying"),
  // and holds no other capitalised word: in "On Friday Ana Ruiz, the mayor, …" the comma opens an apposition.
  if (!TIME_OPENERS.has(first) && !TIME_WORDS.has(first)) return lo;
  let time = false;
  for (let k = lo; k < comma; k++) {
    if (TIME_WORDS.has(lower[k])) time = true;
    else if (k > lo && isCapitalized(w.tokens[k].text)) return lo;
  }
  return time ? comma + 1 : lo;
}

/** The phrase a participle clause ("…, saying …") or a segment is about: the segment's leading subject. */
export function leadingSubject(w: Words, lo: number, hi: number): SpeakerPhrase | null {
  let j = afterOpeningAdverbial(w, lo, hi);
  while (j < hi && j < lo + LEADING_WORDS && NOT_NAMES.has(w.tokens[j].text) && !PRONOUNS.has(w.lower[j])) j++;
  if (j >= hi) return null;
  if (PRONOUNS.has(w.lower[j])) return { first: j, last: j + 1, kind: 'pronoun', attrFirst: j };
  return speakerAfter(w, hi, j);
}

/**
 * The subject, a name or a pronoun, of the verb nearest before token `hi` (within CLAUSE_TOKENS): who speaks in
 * "… on display when Musk again took to Twitter with this: “…”" (hi the colon) or "In an interview on Monday,
 * Secretary of State Mike Pompeo praised the talks and said …" (hi the "and"). Null when no verb there has one.
 */
export function verbSubjectBefore(w: Words, lo: number, hi: number): SpeakerPhrase | null {
  const { tokens, lower } = w;
  for (let k = hi - 1; k > lo && k >= hi - CLAUSE_TOKENS; k--) {
    if (w.quoteOf[k] >= 0 || tokens[k].text !== lower[k] || !FINITE_VERBS.has(lower[k])) continue;
    if (DETERMINERS.has(lower[k - 1])) continue;
    const subject = subjectBefore(w, lo, k);
    if (subject && (subject.kind === 'name' || subject.kind === 'pronoun')) return subject;
  }
  return null;
}
