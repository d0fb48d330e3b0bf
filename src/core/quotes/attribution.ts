/**
 * Step 5 of quote finding, attributions: for each cue candidate of a segment (step 4), whether it really
 * attributes something, who (the speaker phrase, found with the phrase grammar of speaker.ts), and where
 * its content lies: before the cue ("…, Smith said"), after it ("Smith said that …"), or both ("The plan,
 * he said, is dead"). One handler per kind of cue and construction; cues with no attribution shape are
 * dropped. The contents themselves are cut in step 6 (claims.ts).
 */
import {
  BE_FORMS,
  CUE_COMPLEMENTS,
  CUE_PREPOSITIONS,
  CUES_WITH_LISTENER,
  DETERMINERS,
  NO_OBJECT,
  NOT_NAMES,
  OBJECT_PREPOSITIONS,
  OBJECT_PRONOUNS,
  PRONOUNS,
  ROLE_NOUNS,
  TERMINATORS,
  isCapitalized,
  isWord,
} from '../lang';
import type { AttributionScope } from '../types';
import { isCloser } from './content';
import type { Cue } from './cues';
import type { Segment } from './segments';
import { type SpeakerPhrase, leadingSubject, speakerAfter, subjectBefore, verbSubjectBefore } from './speaker';
import type { Words } from './words';

/**
 * Scan limits, all small constants so that the step stays linear in the text:
 * - COMPLEMENT_STEPS: listener, time, manner and medium phrases skipped after a cue ("told reporters on
 *   Monday in an interview that …"): six covers the longest run seen in the training news.
 * - LISTENER_WORDS: a listener noun phrase after "told" ("told the committee that") has at most four words.
 * - CUE_PHRASE_TOKENS: a prepositional phrase belonging to the cue ("in a statement on its website") ends
 *   within twelve tokens, else it is content.
 * - ACCORDING_PHRASE_TOKENS: "according to exit polls" names its source within eight tokens.
 * - ACCORDING_TAIL_TOKENS: after "according to X", a description of X runs up to twelve tokens to its comma.
 * - PASSIVE_AUX_REACH: "was first reported by": the auxiliary stands at most three tokens before the verb.
 */
const COMPLEMENT_STEPS = 6;
const LISTENER_WORDS = 4;
const CUE_PHRASE_TOKENS = 12;
const ACCORDING_PHRASE_TOKENS = 8;
const ACCORDING_TAIL_TOKENS = 12;
const PASSIVE_AUX_REACH = 3;
/** Conjunctions after a cue (and its listener) that open narration, not reported content ("before slamming …"). */
const NARRATION_AFTER_CUE = new Set(['before', 'after', 'while', 'as', 'when', 'then', 'until']);
/** "…” UFCW Local 832 president Jeff Traeger said": an affiliation before the name has at most six tokens. */
const AFFILIATION_TOKENS = 6;

/** What the handlers of one segment share: the last speaker named, for "…, saying" and "… and said". */
interface SegmentState {
  lastSpeaker: SpeakerPhrase | null;
}

/** Fills speaker, side, post and attrFirst for each cue that attributes something; drops the others. */
export function shapeCues(w: Words, seg: Segment, cues: Cue[], scope: AttributionScope = 'all'): Cue[] {
  const state: SegmentState = { lastSpeaker: null };
  const out: Cue[] = [];
  for (const c of cues) {
    joinListener(w, seg, c);
    if (shapeCue(w, seg, c, state)) out.push(c);
  }
  return withoutNestedBeliefs(w, out, scope);
}

function shapeCue(w: Words, seg: Segment, c: Cue, state: SegmentState): boolean {
  if (c.kind === 'according') return shapeAccording(w, seg, c);
  if (c.kind === 'impersonal') return true;
  if (c.kind === 'participle') {
    // "“…,” he was quoted as saying": a speech cue whose subject stands before "quoted as".
    const quoted = c.first - 2 > seg.first && w.lower[c.first - 1] === 'as' && w.lower[c.first - 2] === 'quoted';
    const subject = quoted ? subjectBefore(w, seg.first, c.first - 2) : null;
    if (subject) return shapeWithSubject(w, seg, c, subject, state);
    if (w.lower[c.first - 1] === 'and') return shapeCoordinated(w, seg, c, c.first - 1, state);
    return shapeParticiple(w, seg, c, state);
  }
  const subject = subjectBefore(w, seg.first, c.first);
  if (subject) return shapeWithSubject(w, seg, c, subject, state);
  if (c.kind !== 'speech') return false;
  const before = w.lower[c.first - 1];
  if (c.first - 1 > seg.first && (before === 'and' || before === 'but'))
    return shapeCoordinated(w, seg, c, c.first - 1, state);
  // "… said he was gay and then quipped to Colton, “…”", "… and in a carefully worded response said …"
  const and = conjunctionBefore(w, seg.first, c.first);
  if (and >= 0) return shapeCoordinated(w, seg, c, and, state);
  if (c.first > seg.first && (before === ',' || isCloser(w, c.first - 1))) return shapeInverted(w, seg, c, state);
  return false;
}

/** Cues whose listener is the subject of a passive ("was told he had …"): coordinated with one, no speech. */
const PASSIVE_LISTENER_CUES = new Set(['told', 'asked', 'warned', 'advised', 'informed', 'assured']);
/** Conjunctions opening a subordinate clause whose speech cue is nested in the content around it. */
const NESTING_SUBORDINATORS = new Set(['when', 'if', 'because', 'whenever', 'unless', 'although', 'though', 'while']);
/** Words of a medium after "by" ("said by text message", "told by phone"): no passive's agent. */
const MEDIA = new Set([
  'text',
  'message',
  'email',
  'e-mail',
  'phone',
  'telephone',
  'letter',
  'video',
  'videolink',
  'mail',
]);
/** Pronouns that open a clause, ending a phrase of the cue before them ("on Monday she would …"). */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);
/** Words at most between a conjunction and the cue it coordinates ("and in a carefully worded response said"). */
const COORDINATED_GAP = 7;

/**
 * The "and" or "but" a few words before the cue at `cue` when a time, manner or medium phrase (or an adverb)
 * stands between them: "and then quipped", "and later said", "and in a statement on Monday said"; else -1.
 */
function conjunctionBefore(w: Words, lo: number, cue: number): number {
  const { tokens, lower } = w;
  // "and, without meaning a word of it, told …", "and then, behind her back, sniffed …": an aside between commas.
  let commas = 0;
  for (let k = cue - 1; k > lo && k >= cue - 1 - COORDINATED_GAP - 2; k--) {
    const t = lower[k];
    if (t === 'and' || t === 'but') {
      const n = lower[k + 1];
      const opens =
        CUE_PREPOSITIONS.has(n) ||
        CUE_COMPLEMENTS.has(n) ||
        n === 'then' ||
        n === 'later' ||
        /ly$/u.test(n) ||
        (n === ',' && commas === 2);
      return k + 1 < cue && (commas === 0 || commas === 2) && opens ? k : -1;
    }
    if (t === ',' && (k === cue - 1 || commas === 1)) commas++;
    else if (w.quoteOf[k] >= 0 || !isWord(tokens[k].text)) return -1;
  }
  return -1;
}

/** "told reporters" is one cue. */
function joinListener(w: Words, seg: Segment, c: Cue): void {
  const next = w.lower[c.last];
  if (
    c.kind === 'speech' &&
    c.last < seg.last &&
    (next === 'reporters' || next === 'journalists') &&
    CUES_WITH_LISTENER.has(w.lower[c.first])
  ) {
    c.last++;
    c.post = c.last;
  }
}

/** "according to X, …" or "…, according to X". */
function shapeAccording(w: Words, seg: Segment, c: Cue): boolean {
  const { lower } = w;
  let sp = speakerAfter(w, seg.last, c.last);
  if (!sp && c.last < seg.last && /^\p{Ll}/u.test(w.tokens[c.last].text) && w.quoteOf[c.last] < 0) {
    // "according to exit polls, …": any phrase up to the comma.
    let e = c.last;
    while (
      e < seg.last &&
      e < c.last + ACCORDING_PHRASE_TOKENS &&
      /^[\p{L}\p{N}]/u.test(w.tokens[e].text) &&
      w.quoteOf[e] < 0
    )
      e++;
    if (e > c.last && (e >= seg.last || lower[e] === ',' || TERMINATORS.has(lower[e])))
      sp = { first: c.last, last: e, kind: 'noun', attrFirst: c.last };
  }
  if (!sp) return false;
  c.speaker = sp;
  let k = sp.last;
  while (
    k < seg.last &&
    lower[k] !== ',' &&
    !TERMINATORS.has(lower[k]) &&
    w.quoteOf[k] < 0 &&
    k < sp.last + ACCORDING_TAIL_TOKENS
  )
    k++;
  const atStart = c.first === seg.first || (c.first === seg.first + 1 && NOT_NAMES.has(w.tokens[seg.first].text));
  c.post = k < seg.last && lower[k] === ',' ? k + 1 : k;
  const commaAround = lower[c.first - 1] === ',' && k < seg.last && lower[k] === ',';
  c.side = atStart ? 'after' : c.post < seg.last && !TERMINATORS.has(lower[c.post]) && commaAround ? 'both' : 'before';
  c.attrFirst = c.first > seg.first && lower[c.first - 1] === ',' ? c.first - 1 : c.first;
  return true;
}

/** "…, saying …": the subject of the clause, else the last speaker, else the segment's leading subject. */
function shapeParticiple(w: Words, seg: Segment, c: Cue, state: SegmentState): boolean {
  const direct = w.lower[c.first - 1] === ',' ? null : subjectBefore(w, seg.first, c.first);
  const sp = direct ?? state.lastSpeaker ?? leadingSubject(w, seg.first, c.first);
  if (!sp || sp.first >= c.first) return false;
  c.speaker = sp;
  c.post = skipComplements(w, c, seg.last);
  if (c.post < seg.last && w.lower[c.post] === 'that') c.post++;
  return true;
}

/**
 * "Cruz thanked the crowd and said he …": the subject of the first verb speaks: the last speaker of the segment,
 * else the subject of the verb nearest before the conjunction at `and` ("In an interview, Mike Pompeo praised the
 * talks and said …"), else the segment's leading subject.
 */
function shapeCoordinated(w: Words, seg: Segment, c: Cue, and: number, state: SegmentState): boolean {
  const { lower } = w;
  const subject = verbSubjectBefore(w, seg.first, and);
  // "…,” said Ana. Colton laughed and stuttered, “…”": a subject in a later sentence of the segment than the
  // last speaker is who goes on.
  const later =
    subject !== null && state.lastSpeaker !== null && sentenceBetween(w, state.lastSpeaker.last, subject.first);
  const sp = (later ? subject : state.lastSpeaker) ?? subject ?? leadingSubject(w, seg.first, c.first);
  // A description speaks on only when it already spoke in this segment, no name is the subject of the verb
  // before the conjunction, and a word of time or manner marks the next act as its own ("The Billy on the Street
  // star said he was gay and then quipped, “…”"; not "A senior official said … after the envoy stood up and
  // shouted, “…”", where the nearest subject shouts); a name or a pronoun also when it is the subject of the
  // first verb.
  const described =
    sp !== null &&
    sp === state.lastSpeaker &&
    sp.kind === 'noun' &&
    and < c.first - 1 &&
    (subject === null || subject.kind === 'pronoun' || subject.first <= sp.first);
  if (!sp || sp.first >= and || (sp.kind !== 'name' && sp.kind !== 'pronoun' && !described)) return false;
  // "Cable had been diagnosed with cancer and told he had months to live": "told" shares the passive (with no
  // listener after it: "was greeted by fans and told them …" is active).
  const next = lower[c.last] ?? '';
  if (PASSIVE_LISTENER_CUES.has(lower[c.first]) && (SUBJECT_PRONOUNS.has(next) || next === 'that' || next === 'to'))
    for (let k = sp.last; k + 1 < and; k++)
      if (BE_FORMS.has(lower[k]) && /^\p{Ll}+(?:ed|en)$/u.test(w.tokens[k + 1].text)) return false;
  let post = skipComplements(w, c, seg.last);
  // "… and then quipped to Colton, “…”": a comma right before a quotation opens it.
  if (lower[post] === ',' && post + 1 < seg.last && w.quoteOf[post + 1] >= 0) post++;
  if (post >= seg.last || TERMINATORS.has(lower[post]) || lower[post] === ',' || lower[post] === 'by') return false;
  if (lower[post] === 'that' || lower[post] === ':') post++;
  c.speaker = sp;
  c.side = 'after';
  c.post = post;
  c.attrFirst = and;
  return true;
}

/** Tokens at most that sentenceBetween reads: farther apart, a sentence surely ends between. */
const SENTENCE_SCAN = 80;

/** True when a sentence ends between tokens `from` and `to` (a full stop, question or exclamation mark). */
function sentenceBetween(w: Words, from: number, to: number): boolean {
  if (to - from > SENTENCE_SCAN) return true;
  for (let k = from; k < to; k++) if (TERMINATORS.has(w.lower[k])) return true;
  return false;
}

/** Inverted: "…,” said Putin." / "…, said a spokesman." ("said Smith, a spokesman for X, …" included). */
function shapeInverted(w: Words, seg: Segment, c: Cue, state: SegmentState): boolean {
  const sp = speakerAfter(w, seg.last, c.last);
  if (!sp) return false;
  c.speaker = sp;
  c.side = 'before';
  c.post = sp.last;
  c.attrFirst = w.lower[c.first - 1] === ',' ? c.first - 1 : c.first;
  state.lastSpeaker = sp;
  return true;
}

/** "X said …", "…, X said", "The plan, X said, is dead", "X believes …", "reported by X". */
function shapeWithSubject(w: Words, seg: Segment, c: Cue, subj: SpeakerPhrase, state: SegmentState): boolean {
  const { lower } = w;
  let post = skipComplements(w, c, seg.last);
  // "said by text message the weather had been fine": a medium, not a passive's agent.
  if (post + 1 < seg.last && lower[post] === 'by' && MEDIA.has(lower[post + 1])) {
    post += 2;
    while (post < seg.last && MEDIA.has(lower[post])) post++;
    if (post < seg.last && lower[post] === 'that') post++;
  }
  if (post < seg.last && lower[post] === 'by') return shapePassive(w, seg, c, subj, post, state);
  let prev = subj.attrFirst - 1;
  let attrFirst = subj.attrFirst;
  let contentBefore =
    prev > seg.first && (lower[prev] === ',' || isCloser(w, prev) || lower[prev] === '—' || lower[prev] === '--');
  if (!contentBefore && c.kind === 'speech') {
    // “…” UFCW Local 832 president Jeff Traeger said: no comma before the closing mark, and the speaker's
    // affiliation (capitalised words, numbers, role nouns) between it and the name.
    let k = prev;
    for (let n = 0; k > seg.first && n < AFFILIATION_TOKENS; n++, k--)
      if (!/^[\p{Lu}\p{N}]/u.test(w.tokens[k].text) && !ROLE_NOUNS.has(lower[k])) break;
    if (k > seg.first && k < prev && isCloser(w, k) && w.quoteOf[k] >= 0) {
      prev = k;
      attrFirst = k + 1;
      contentBefore = true;
    }
  }
  const shape =
    c.kind === 'belief'
      ? beliefShape(w, seg, c, subj, post, prev, contentBefore)
      : speechShape(w, seg, c.last, post, prev, contentBefore);
  if (!shape) return false;
  c.side = shape.side;
  c.speaker = subj;
  c.post = shape.post;
  c.attrFirst = attrFirst;
  state.lastSpeaker = subj.kind === 'relative' && subj.antecedent ? subj.antecedent : subj;
  return true;
}

interface Shape {
  side: 'before' | 'after' | 'both';
  post: number;
}

/** Where the content of a speech cue with a subject lies, or null when it has none. */
function speechShape(
  w: Words,
  seg: Segment,
  cueLast: number,
  post: number,
  prev: number,
  contentBefore: boolean,
): Shape | null {
  const { lower } = w;
  if (post >= seg.last || TERMINATORS.has(lower[post])) return contentBefore ? { side: 'before', post } : null;
  if (lower[post] === ',' && contentBefore) {
    // "The plan, he said, is dead" / “…,” he said, “…” — but "As a phone rang, the announcer said, “…”".
    const quoteAfter = post + 1 < seg.last && w.quoteOf[post + 1] >= 0;
    let side: Shape['side'] = quoteAfter && !isCloser(w, prev) ? 'after' : 'both';
    const next = post + 1;
    // "…, he said, cutting off a reporter" / "…, he said, and …": what follows is narration; so is anything but
    // a quotation after a listener or manner phrase closing a sentence that opens with the quotation (“…,” she
    // told the minister in a soft voice, her words met with applause).
    const told =
      post > cueLast && isCloser(w, prev) && w.quoteOf[seg.first] >= 0 && w.quoteOf[seg.first] === w.quoteOf[prev];
    if (
      side === 'both' &&
      next < seg.last &&
      (/^\p{Ll}+ing$/u.test(w.tokens[next].text) ||
        lower[next] === 'and' ||
        lower[next] === 'but' ||
        lower[next] === 'as' ||
        lower[next] === 'though' ||
        lower[next] === 'although' ||
        told)
    )
      side = 'before';
    return { side, post: next };
  }
  // “…,” Corbyn told the House before slamming …: a subordinate clause of narration follows the cue.
  if (contentBefore && isCloser(w, prev) && NARRATION_AFTER_CUE.has(lower[post])) return { side: 'before', post };
  if (contentBefore && isCloser(w, prev) && w.quoteOf[seg.first] >= 0 && w.quoteOf[seg.first] === w.quoteOf[prev]) {
    // “…,” she said several months later: what follows the cue is narration.
    return { side: 'before', post };
  }
  return {
    side: 'after',
    post: lower[post] === 'that' || lower[post] === ':' || lower[post] === ',' ? post + 1 : post,
  };
}

/** Only "X believes (that) …" with X a clause subject; never a passive ("was endorsed by"). */
function beliefShape(
  w: Words,
  seg: Segment,
  c: Cue,
  subj: SpeakerPhrase,
  post: number,
  prev: number,
  contentBefore: boolean,
): Shape | null {
  const { lower } = w;
  const end = post >= seg.last || TERMINATORS.has(lower[post]);
  if (end || lower[post] === ',' || (contentBefore && (isCloser(w, prev) || lower[prev] !== ','))) return null;
  if (OBJECT_PREPOSITIONS.has(lower[post]) || (lower[post] === 'for' && /^call/.test(lower[c.first]))) {
    c.last = post + 1;
    post++;
  } else if (lower[post] === 'to' && post + 1 < seg.last && infinitive(w, post + 1)) {
    // "wants to triple …"
  } else if (NO_OBJECT.has(lower[post])) return null;
  if (subj.kind === 'noun' && !DETERMINERS.has(lower[subj.first]) && !/s$/.test(lower[subj.last - 1])) return null;
  if (lower[post] === 'that') post++;
  return { side: 'after', post };
}

/** A passive: "The story was first reported by the Post": the agent speaks, the subject is the content. */
function shapePassive(w: Words, seg: Segment, c: Cue, subj: SpeakerPhrase, post: number, state: SegmentState): boolean {
  const { lower } = w;
  let aux = c.first - 1;
  while (aux > subj.last && aux > c.first - 1 - PASSIVE_AUX_REACH && !BE_FORMS.has(lower[aux])) aux--;
  if (aux < subj.last || !BE_FORMS.has(lower[aux])) return false;
  while (aux - 1 >= subj.last && (lower[aux - 1] === 'has' || lower[aux - 1] === 'have' || lower[aux - 1] === 'had'))
    aux--;
  const agent = speakerAfter(w, seg.last, post + 1);
  if (!agent) return false;
  c.speaker = agent;
  c.side = 'before';
  c.last = post + 1;
  c.post = agent.last;
  c.attrFirst = aux;
  state.lastSpeaker = agent;
  return true;
}

/**
 * A belief cue inside the content of an earlier "X said …" is nested reported speech ("Clinton says she
 * thinks …"): only the outer attribution counts, unless the later one takes the content before it.
 */
function withoutNestedBeliefs(w: Words, cues: Cue[], scope: AttributionScope): Cue[] {
  let openAfter = -1;
  return cues.filter((c) => {
    const nested = openAfter >= 0 && c.first >= openAfter && c.attrFirst >= openAfter;
    if (nested && (c.side === 'after' || c.kind === 'impersonal') && (c.kind === 'belief' || c.kind === 'impersonal'))
      return false;
    // "Trudeau said the Conservatives are lying when they say the pact …": speech in a subordinate clause of
    // the earlier content is part of what the earlier speaker said (PolNeAR's broad scope keeps both).
    const s = c.speaker;
    if (
      scope === 'speech' &&
      nested &&
      c.kind === 'speech' &&
      c.side === 'after' &&
      s &&
      s.kind === 'pronoun' &&
      s.first > 0
    )
      if (NESTING_SUBORDINATORS.has(w.lower[s.first - 1])) return false;
    if (c.side === 'after' || c.side === 'both') openAfter = c.post;
    return true;
  });
}

/** Skips what belongs to the cue after it: listener, time, manner, medium. Returns the first content token. */
function skipComplements(w: Words, cue: Cue, hi: number): number {
  const { lower } = w;
  let j = cue.last;
  // "told reporters" has its listener already (joinListener): "she" after it opens the content.
  let listener = CUES_WITH_LISTENER.has(lower[cue.first]) && cue.last - cue.first === 1;
  for (let steps = 0; steps < COMPLEMENT_STEPS && j < hi; steps++) {
    const t = lower[j];
    if (w.quoteOf[j] >= 0) break;
    if (CUE_COMPLEMENTS.has(t)) {
      j++;
      continue;
    }
    if (listener) {
      listener = false;
      const after = skipListener(w, j, hi);
      if (after > j) {
        j = after;
        continue;
      }
    }
    if (CUE_PREPOSITIONS.has(t) && !(t === 'to' && j + 1 < hi && infinitive(w, j + 1))) {
      // A phrase belonging to the cue runs to a comma, "that", a colon, a quote or the end.
      let k = j + 1;
      while (
        k < hi &&
        k < j + CUE_PHRASE_TOKENS &&
        lower[k] !== ',' &&
        lower[k] !== 'that' &&
        lower[k] !== ':' &&
        // "told reporters on Monday she would …": a subject pronoun opens the content.
        !(k > j + 1 && SUBJECT_PRONOUNS.has(lower[k])) &&
        !TERMINATORS.has(lower[k]) &&
        w.quoteOf[k] < 0
      )
        k++;
      if (k >= hi || k < j + CUE_PHRASE_TOKENS) {
        j = k;
        continue;
      }
    }
    break;
  }
  return j;
}

/**
 * True when word `t` after a listener's first word ends the listener: narration ("“…,” Corbyn told the House
 * before slamming …") or a time or medium phrase of the cue ("told the Senate in a letter that …").
 */
function listenerEnds(t: string): boolean {
  return NARRATION_AFTER_CUE.has(t) || ((CUE_PREPOSITIONS.has(t) || CUE_COMPLEMENTS.has(t)) && t !== 'to');
}

/** The listener after "told", "asked", … at `j` ("told him", "told Smith", "told the committee that"): the token after it, or `j`. */
function skipListener(w: Words, j: number, hi: number): number {
  const { tokens, lower } = w;
  const t = lower[j];
  // "wrote that …", "told that …": "that" right after the cue opens the content; it names no listener.
  if (t === 'that') return j;
  // "told you", "told them"; never "he", "she", "they", "we", "I": they open the content ("told them she …").
  if ((PRONOUNS.has(t) && !SUBJECT_PRONOUNS.has(t)) || OBJECT_PRONOUNS.has(t) || t === 'reporters') return j + 1;
  // "told followers in a tearful post", "told supporters that …": a bare plural of people (an agent noun in
  // "-ers") before the cue's phrase or "that"; not "tell stories about …".
  const n = j + 1 < hi ? lower[j + 1] : '.';
  if (/^\p{Ll}+ers$/u.test(tokens[j].text) && (n === 'that' || n === ',' || TERMINATORS.has(n) || listenerEnds(n)))
    return j + 1;
  if (isCapitalized(tokens[j].text) && isWord(tokens[j].text) && !NOT_NAMES.has(tokens[j].text)) {
    let k = j;
    while (k < hi && isCapitalized(tokens[k].text) && isWord(tokens[k].text)) k++;
    return k;
  }
  if (DETERMINERS.has(t)) {
    let k = j + 1;
    // "told the committee", "told the House", "told the Senate panel": capitalised words only right after the
    // determiner or another capitalised word ("told most victims were Indonesian" is no listener).
    while (
      k < hi &&
      k < j + 1 + LISTENER_WORDS &&
      (/^\p{Ll}/u.test(tokens[k].text) ||
        (/^\p{Lu}/u.test(tokens[k].text) && (k === j + 1 || /^\p{Lu}/u.test(tokens[k - 1].text)))) &&
      isWord(tokens[k].text) &&
      lower[k] !== 'that' &&
      !(k > j + 1 && listenerEnds(lower[k])) &&
      w.quoteOf[k] < 0
    )
      k++;
    if (
      k < hi &&
      (lower[k] === 'that' ||
        lower[k] === ',' ||
        TERMINATORS.has(lower[k]) ||
        lower[k] === 'to' ||
        (k > j + 1 && listenerEnds(lower[k])))
    )
      return k;
  }
  return j;
}

/** True when token `k` (after "to") starts a verb phrase rather than a noun phrase ("to triple", not "to the court"). */
export function infinitive(w: Words, k: number): boolean {
  const t = w.tokens[k].text;
  const l = w.lower[k];
  return (
    /^\p{Ll}+$/u.test(t) &&
    !DETERMINERS.has(l) &&
    !PRONOUNS.has(l) &&
    !OBJECT_PRONOUNS.has(l) &&
    !/(?:tion|ment|ness|ity|ies)$/.test(l)
  );
}
