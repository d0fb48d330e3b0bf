/**
 * Cue candidates in a segment: reporting verbs ("said", "argued"), verb + particle cues ("called for"),
 * "according to", participles ("…, saying"), belief and object verbs ("believes", "cited"), progressive forms
 * ("is warning") and impersonal ones ("seems to", "is expected to"). Whether a candidate really attributes
 * something is decided in claims.ts, from the words around it.
 */
import {
  BE_FORMS,
  BELIEF_CUES,
  DOCUMENT_NOUNS,
  HEADLINE_CUES,
  IMPERSONAL_CUES,
  MANNER_CUES,
  OBJECT_CUES,
  PARTICIPLE_CUES,
  PHRASE_CUES,
  PHRASE_HEADS,
  SPEECH_CUES,
  isCapitalized,
  isWord,
} from '../lang';
import { CLAUSE_VERBS } from './data/clause-verbs';
import type { Segment } from './segments';
import type { AttributionScope } from '../types';
import type { SpeakerPhrase } from './speaker';
import type { Words } from './words';

export interface Cue {
  first: number;
  last: number;
  kind: 'speech' | 'belief' | 'participle' | 'according' | 'impersonal';
  speaker: SpeakerPhrase | null;
  /** 'before' | 'after' | 'both': where the content lies. */
  side: 'before' | 'after' | 'both' | null;
  /** First token of the content after the cue. */
  post: number;
  /** First token of the attribution (speaker, apposition, cue), for bounding earlier content. */
  attrFirst: number;
}

/** Every word that can start a cue. */
const ANY_CUE = new Set<string>([
  ...IMPERSONAL_CUES,
  ...PHRASE_HEADS,
  'according',
  ...SPEECH_CUES,
  ...PARTICIPLE_CUES,
  ...BELIEF_CUES,
  ...OBJECT_CUES,
]);
const isCueWord = (w: string): boolean => SPEECH_CUES.has(w) || BELIEF_CUES.has(w) || OBJECT_CUES.has(w);

/** "Trump is warning voters that …": a progressive form (after "is", "was", …) of a cue verb. */
function progressive(lower: string[], lo: number, i: number): boolean {
  const t = lower[i];
  if (t.length < 6 || !t.endsWith('ing')) return false;
  let k = i - 1;
  if (k >= lo && /ly$/.test(lower[k])) k--;
  if (k >= lo && (lower[k] === 'again' || lower[k] === 'now' || lower[k] === 'also' || lower[k] === 'still')) k--;
  if (k >= lo && lower[k] === 'once') k--;
  if (k < lo || !BE_FORMS.has(lower[k])) return false;
  const stem = t.slice(0, -3);
  return (
    isCueWord(stem + 'ed') ||
    isCueWord(stem + 'es') ||
    isCueWord(stem + 's') ||
    isCueWord(stem + 'ed'.slice(1)) ||
    isCueWord(stem + 'd') ||
    (stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2] && isCueWord(stem.slice(0, -1) + 's'))
  );
}

/** Verb + particle cues that report speech ("Foster points out that …"), not a belief or a topic. */
const SPEECH_PHRASES = new Set(['point out', 'points out', 'pointed out']);

/** Capitalised words of a name after an inverted verb ("echoes Robert McMillen."). */
const INVERTED_NAME_WORDS = 3;

/**
 * True when token i is a lower-case verb form ("echoes", "quipped") right after a quotation that ends with a
 * comma inside its marks, followed by one to three capitalised words and the end of the sentence.
 */
function invertedVerb(w: Words, seg: Segment, i: number): boolean {
  const { tokens, lower } = w;
  const t = tokens[i].text;
  if (i < seg.first + 2 || !/^\p{Ll}+(?:s|ed)$/u.test(t) || w.quoteOf[i - 1] < 0 || w.quoteOf[i] >= 0) return false;
  // The closing mark, and a comma inside the quotation before it.
  if (lower[i - 2] !== ',' || w.quoteOf[i - 2] !== w.quoteOf[i - 1]) return false;
  let k = i + 1;
  while (k < seg.last && k <= i + INVERTED_NAME_WORDS && isCapitalized(tokens[k].text) && isWord(tokens[k].text)) k++;
  return k > i + 1 && k < seg.last + 1 && (k === seg.last || /^[.!?]$/.test(lower[k]));
}

/**
 * Participles that report speech only before "that" or a quotation: "boasting a lead of ten points",
 * "recounting the night", "responding to questions" report nothing said.
 */
const CONTENT_FIRST_PARTICIPLES = new Set([
  'boasting',
  'revealing',
  'recounting',
  'responding',
  'replying',
  'countering',
  'testifying',
  'cautioning',
  'lamenting',
]);
/** Prepositions that take a gerund ("for listening"): an "-ing" word after them is no verb of the sentence. */
const GERUND_PREPOSITIONS = new Set(['for', 'of', 'about', 'without', 'after', 'before', 'in', 'on', 'from']);
/** Tokens before an "and" in which a gerund after a preposition is looked for. */
const GERUND_REACH = 4;

/** True when a preposition and an "-ing" word stand within GERUND_REACH tokens before `and`. */
function gerundBefore(lower: string[], lo: number, and: number): boolean {
  for (let k = and - 1; k > lo && k >= and - GERUND_REACH; k--)
    if (/ing$/u.test(lower[k]) && GERUND_PREPOSITIONS.has(lower[k - 1])) return true;
  return false;
}

/** Conjunctions that open a subordinate clause: a verb a few words after one is that clause's, not the sentence's. */
const SUBORDINATORS = new Set([
  'when',
  'after',
  'as',
  'once',
  'if',
  'since',
  'because',
  'while',
  'before',
  'until',
  'although',
  'though',
]);
/** Relative pronouns: a verb anywhere after one may be the relative clause's. */
const RELATIVES = new Set(['who', 'which', 'whom']);
/** Words between a subordinator and its clause's verb ("When Tom Hale resigned"). */
const SUBORDINATE_REACH = 5;

/**
 * True when token i is a lower-case past-tense verb ("crowed", "stuttered") right before a comma and a quotation
 * that opens with a capital: "… and crowed, “Oh, it’s my rose,” …". Whatever the verb, it introduces the words
 * quoted (its subject is looked for as with any speech cue). Not in a subordinate or relative clause ("When Tom
 * Hale resigned, “…,” said …"; "Ana Ruiz, who smiled and nodded, “Yes.”"), and not when the quotation has an
 * attribution of its own after it ("“…,” said Ana Ruiz").
 */
function verbBeforeQuotation(w: Words, seg: Segment, i: number): boolean {
  const { tokens, lower } = w;
  // Cheapest first: this runs on every word that is no cue, and few stand before a comma and a quotation.
  if (i + 2 >= seg.last || i === seg.first || lower[i + 1] !== ',' || w.quoteOf[i + 2] < 0 || w.quoteOf[i + 1] >= 0)
    return false;
  if (!/^\p{Ll}{3,}ed$/u.test(tokens[i].text) || !CLAUSE_VERBS.has(lower[i])) return false;
  // A relative pronoun anywhere before the verb, a subordinator among the few words before it.
  for (let k = seg.first; k < i; k++) {
    if (w.quoteOf[k] >= 0) continue;
    if (RELATIVES.has(lower[k]) || (SUBORDINATORS.has(lower[k]) && i - k <= SUBORDINATE_REACH)) return false;
  }
  // The quotation's first word, after its opening mark.
  const q = w.quoteOf[i + 2];
  let k = i + 2;
  while (k < seg.last && w.quoteOf[k] === q && !isWord(tokens[k].text)) k++;
  if (k >= seg.last || w.quoteOf[k] !== q || !isCapitalized(tokens[k].text)) return false;
  // The first word after the quotation: a speech verb or a name attributes it ("“…,” said Ana Ruiz").
  let e = k;
  while (e < seg.last && w.quoteOf[e] === q) e++;
  return e >= seg.last || !(SPEECH_CUES.has(lower[e]) || (isCapitalized(tokens[e].text) && isWord(tokens[e].text)));
}

/**
 * "“…,” the letter reads.", "the statement read: “…”": "read(s)" after a document noun, right before punctuation
 * or a quotation, reports its words ("a statement read outside the courthouse by her lawyer" is no cue).
 */
function documentReads(w: Words, i: number): boolean {
  const t = w.lower[i];
  if ((t !== 'reads' && t !== 'read') || i === 0 || !DOCUMENT_NOUNS.has(w.lower[i - 1]) || w.quoteOf[i - 1] >= 0)
    return false;
  const next = w.lower[i + 1];
  return next === undefined || next === '.' || next === ',' || next === ':' || w.quoteOf[i + 1] >= 0;
}

/** Tokens at most between a manner-of-speaking verb and its quotation (a comma, a colon, "to the crowd"). */
const MANNER_REACH = 4;

/** True when a quotation opens within MANNER_REACH tokens after token i, or closes within them before it. */
function quotationNear(w: Words, seg: Segment, i: number): boolean {
  for (let k = i + 1; k < seg.last && k <= i + MANNER_REACH; k++) if (w.quoteOf[k] >= 0) return true;
  for (let k = i - 1; k >= seg.first && k >= i - MANNER_REACH - 2; k--) if (w.quoteOf[k] >= 0) return true;
  return false;
}

export function findCues(w: Words, seg: Segment): Cue[] {
  const { lower, tokens } = w;
  const cues: Cue[] = [];
  for (let i = seg.first; i < seg.last; i++) {
    if (w.quoteOf[i] >= 0) continue;
    const t = lower[i];
    // "“…,” echoes Ana Ruiz.": a verb between a quotation closed by a comma and a name ending the sentence
    // reports the quotation, whatever the verb.
    if ((!ANY_CUE.has(t) && (invertedVerb(w, seg, i) || verbBeforeQuotation(w, seg, i))) || documentReads(w, i)) {
      cues.push({ first: i, last: i + 1, kind: 'speech', speaker: null, side: null, post: i + 1, attrFirst: i });
      continue;
    }
    // One lookup rules out most words: only cue words and "-ing" forms go on.
    if (!ANY_CUE.has(t) && !(t.length > 5 && t.endsWith('ing'))) continue;
    // "Oil gushed from the pipeline", "muttered an apology": no words reported without a quotation beside.
    if (MANNER_CUES.has(t) && !quotationNear(w, seg, i)) continue;
    if (
      IMPERSONAL_CUES.has(t) &&
      i + 1 < seg.last &&
      lower[i + 1] === 'to' &&
      (t[0] !== 'e' && t[0] !== 'l' ? true : i > seg.first && BE_FORMS.has(lower[i - 1]))
    ) {
      // "X seems to …", "X is expected to …": an attribution with no source.
      const be = i > seg.first && BE_FORMS.has(lower[i - 1]) ? i - 1 : i;
      cues.push({
        first: be,
        last: i + 1,
        kind: 'impersonal',
        speaker: null,
        side: 'both',
        post: i + 1,
        attrFirst: be,
      });
    } else if (
      i + 1 < seg.last &&
      PHRASE_HEADS.has(t) &&
      !/^(?:said|says|say|told|tells)$/.test(t) &&
      PHRASE_CUES.has(`${t} ${lower[i + 1]}`) &&
      !isCapitalized(tokens[i].text) &&
      w.quoteOf[i + 1] < 0
    ) {
      const kind = SPEECH_PHRASES.has(`${t} ${lower[i + 1]}`) ? 'speech' : 'belief';
      cues.push({ first: i, last: i + 2, kind, speaker: null, side: null, post: i + 2, attrFirst: i });
      i++;
    } else if (t === 'according' && i + 1 < seg.last && lower[i + 1] === 'to') {
      cues.push({ first: i, last: i + 2, kind: 'according', speaker: null, side: null, post: i + 2, attrFirst: i });
      i++;
    } else if (
      SPEECH_CUES.has(t) &&
      (!isCapitalized(tokens[i].text) ||
        (HEADLINE_CUES.has(t) &&
          i > seg.first &&
          isCapitalized(tokens[i - 1].text) &&
          isWord(tokens[i - 1].text) &&
          w.quoteOf[i - 1] < 0))
    ) {
      // Lower case, or title case in a headline ("…, Lindsey Graham Says").
      cues.push({ first: i, last: i + 1, kind: 'speech', speaker: null, side: null, post: i + 1, attrFirst: i });
    } else if (
      PARTICIPLE_CUES.has(t) &&
      (!CONTENT_FIRST_PARTICIPLES.has(t) || lower[i + 1] === 'that' || w.quoteOf[i + 1] >= 0) &&
      i > seg.first &&
      (lower[i - 1] === ',' ||
        isCapitalized(tokens[i - 1].text) ||
        // "he was quoted as saying"
        (lower[i - 1] === 'as' && i - 2 >= seg.first && lower[i - 2] === 'quoted') ||
        // "… by blowing an airhorn and joking that she was …": a participle coordinated with the verb before
        // (not with a gerund after a preposition: "praised Ana Ruiz for listening and admitting that …").
        (lower[i - 1] === 'and' && lower[i + 1] === 'that' && !gerundBefore(lower, seg.first, i - 1)))
    ) {
      cues.push({
        first: i,
        last: i + 1,
        kind: 'participle',
        speaker: null,
        side: 'after',
        post: i + 1,
        attrFirst: i - 1,
      });
    } else if (
      (BELIEF_CUES.has(t) || OBJECT_CUES.has(t) || progressive(lower, seg.first, i)) &&
      !isCapitalized(tokens[i].text)
    ) {
      cues.push({ first: i, last: i + 1, kind: 'belief', speaker: null, side: null, post: i + 1, attrFirst: i });
    }
  }
  return cues;
}

/**
 * The cues of `scope`: with 'speech' (the default) only what someone said or wrote counts (speech verbs,
 * "according to", participles like "…, saying"); with 'all', PolNeAR's broad attributions too: beliefs,
 * findings, wishes and plans ("believes", "shows", "wants"), verbs with an object as content ("cited"), and
 * impersonal ones ("is expected to"). Measured on GGT dev (news annotated for speech): keeping any of the
 * broad kinds (verb + particle cues, progressive forms, object verbs, impersonal ones) costs more precision
 * than it gains recall.
 */
export function cuesInScope(cues: Cue[], scope: AttributionScope): Cue[] {
  if (scope === 'all') return cues;
  return cues.filter((c) => c.kind !== 'belief' && c.kind !== 'impersonal');
}
