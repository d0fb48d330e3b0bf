/**
 * Step 7 of quote finding, quotations: turns the claims of step 6 into quote items over character spans
 * (direct when a claim is exactly one quotation, mixed when it holds some quoted words, else indirect), and
 * adds the quotations that no claim covers: a quotation opening its segment, continuing an earlier one, or
 * long enough to stand alone, with the speaker a "He said:" before it, a transcript label ("PENCE:") or a
 * signature after a dash gives, if any.
 */
import type { AttributionScope, QuoteKind, Span } from '../types';
import type { RawClaim } from './claims';
import { BE_FORMS, DASHES, FINITE_VERBS, isWord } from '../lang';
import { CLAUSE_VERBS } from './data/clause-verbs';
import type { QuoteSpan } from './marks';
import type { Segment } from './segments';
import { type SpeakerPhrase, leadingSubject, speakerAfter, subjectBefore, verbSubjectBefore } from './speaker';
import type { QuotedWords, Words } from './words';

/** A quotation standing alone (no cue in its segment) is kept when it opens its segment or has this many words. */
const MIN_STANDALONE_WORDS = 8;
/** A signature after a dash (“…” ― Jane Doe) names its speaker within this many tokens. */
const SIGNATURE_TOKENS = 8;
/** Verbs by which someone calls something by a quoted word ("called the plan “a disgrace”"). */
const NAMING_VERBS = new Set([
  'called',
  'calls',
  'dubbed',
  'dubs',
  'labelled',
  'labeled',
  'labels',
  'branded',
  'brands',
]);
/**
 * Verbs that name their object with "as" before a long quotation ("described the plan as “a complete waste of
 * money and time …”"; a short one, "described herself as “short of breath”", stays a phrase).
 */
const NAMING_AS_VERBS = new Set([
  'described',
  'describes',
  'dismissed',
  'dismisses',
  'characterized',
  'characterised',
  'characterizes',
  'characterises',
]);
/** Punctuation that introduces a quotation inside a sentence (a comma, a dash): "— “Stop wasting money …”". */
const INTRODUCERS = new Set([',', '—', '–', '--']);
/** Fewest words of a quotation after "X said, and": "“significant” delays" is a word quoted, not a statement. */
const MIN_SAID_AND_WORDS = 3;
/** Tokens between a naming verb and the quotation: its object ("Immigration Minister Ahmed Hussen a"). */
const NAMING_OBJECT_TOKENS = 7;
/** A transcript label ("WALLACE:", "SEN. KAINE:") has at most this many words. */
const LABEL_WORDS = 3;

export interface Item {
  start: number;
  end: number;
  kind: QuoteKind;
  para: number;
  phrase: SpeakerPhrase | null;
  cue: Span | null;
  /** Index of the quote span for standalone quotes. */
  span: number;
  /** Standalone quote that may continue the previous speaker. */
  mayContinue: boolean;
  /**
   * The attribution (speaker and cue) follows the content ("…,” Smith said; “…” ― Jane Doe) rather than
   * coming before it (Smith said that …; He said: “…”; "PENCE: …").
   */
  attributionAfter: boolean;
  /** The cue is "according to". */
  according: boolean;
  /** The cue reports no speech (a belief, plan or object cue, an impersonal one): see `RawClaim.weak`. */
  weak?: boolean;
  /** A quotation inside a claim's content given to its own speaker ("he heard students shout, “…”"). */
  inner?: boolean;
}

/** The item of a claim, marking the quotations it covers in `covered`. */
export function claimItem(w: QuotedWords, spans: QuoteSpan[], covered: Uint8Array, seg: Segment, c: RawClaim): Item {
  const { tokens, quoteOf, qFirst, qLast, quotedBefore } = w;
  let start = tokens[c.first].start;
  let end = tokens[c.last - 1].end;
  let kind: QuoteKind = 'indirect';
  const qa = quoteOf[c.first];
  if (qa >= 0 && qa === quoteOf[c.last - 1] && qFirst[qa] === c.first && qLast[qa] === c.last) {
    kind = 'direct';
    start = spans[qa].start;
    end = spans[qa].end;
    covered[qa] = 1;
  } else if (quotedBefore[c.last] - quotedBefore[c.first] > 0) {
    kind = 'mixed';
    for (let i = c.first; i < c.last; i++) {
      const q = quoteOf[i];
      if (q >= 0) {
        covered[q] = 1;
        i = Math.max(i, qLast[q] - 1);
      }
    }
    // A quote cut by the content's edge is taken whole.
    if (qa >= 0) start = Math.min(start, spans[qa].start);
    const qb = quoteOf[c.last - 1];
    if (qb >= 0) end = Math.max(end, spans[qb].end);
  }
  // A pull quote's signature is no verb: no cue.
  const cue =
    c.cueLast > c.cueFirst ? { start: tokens[c.cueFirst].start, end: tokens[c.cueLast - 1].end, text: '' } : null;
  return {
    start,
    end,
    kind,
    para: seg.para,
    phrase: c.speaker,
    cue,
    span: -1,
    mayContinue: false,
    attributionAfter: c.cueFirst >= c.last,
    according: c.according === true,
    weak: c.weak === true,
  };
}

/**
 * Items for the quotations no claim covers. `segOfQuote[q]` is the segment holding quotation q; `pendingOf`
 * maps a segment to the "He said:" claim ending the segment before it.
 */
export function standaloneItems(
  w: QuotedWords,
  spans: QuoteSpan[],
  covered: Uint8Array,
  segments: Segment[],
  segOfQuote: Int32Array,
  pendingOf: Map<number, RawClaim>,
  scope: AttributionScope = 'speech',
): Item[] {
  const { tokens, lower, qFirst, qLast } = w;
  const items: Item[] = [];
  /** The segment of the last quotation a naming verb attributed: a later quotation there goes on with it. */
  let namedIn = -1;
  spans.forEach((s, q) => {
    if (qFirst[q] < 0) return;
    const seg: Segment | undefined = segments[segOfQuote[q]];
    if (!seg) return;
    // "Phillips said he heard students shout, “Build that wall!” and “Go back to the reservation!”": inside what a
    // claim reports, a quoted sentence right after its own verb, subject and a comma is that subject's (the claim
    // keeps what comes before), and so is a quotation joined to it by "and".
    if (
      covered[q] &&
      (s.continues ||
        (!(lower[qFirst[q] - 1] === ',' && verbBefore(w, seg.first, qFirst[q], qLast[q])) &&
          !(namedIn === segOfQuote[q] && lower[qFirst[q] - 1] === 'and')))
    )
      return;
    const opensSegment =
      qFirst[q] === seg.first || (qFirst[q] === seg.first + 1 && /^(?:and|but|so)$/.test(lower[seg.first]));
    let words = 0;
    for (let i = qFirst[q]; i < qLast[q] && words < MIN_STANDALONE_WORDS; i++) if (isWord(tokens[i].text)) words++;
    // “A,” said Lewis, “B.”: a quotation right after a comma that follows an earlier quotation of its segment
    // goes on with that quotation's speaker.
    const f = qFirst[q];
    const interrupted =
      (f > seg.first + 1 && tokens[f - 1].text === ',' && w.quoteOf[seg.first] >= 0) ||
      (saidAndThen(w, seg.first, f) && words >= MIN_SAID_AND_WORDS);
    // "Rempel called the minister a “chicken”", "Trudeau called the allegation “false”": what a named person
    // called something is their word, however short.
    const naming = s.continues
      ? null
      : (namingCue(w, seg.first, f, words >= MIN_STANDALONE_WORDS) ?? verbBefore(w, seg.first, f, qLast[q]));
    // "called it “completely unfair” for the students “to be dragged through the mud”": the same speaker.
    const sameNaming = !naming && namedIn === segOfQuote[q];
    if (naming) namedIn = segOfQuote[q];
    // Kept for its length alone: a quotation inside a sentence, no cue before it and none to go on from.
    const embedded = !s.continues && !opensSegment && !interrupted && !naming && !sameNaming;
    if (embedded && words < MIN_STANDALONE_WORDS) return;
    if (words === 0) return;
    if (subheading(w, spans, q) || title(w, q)) return;
    let phrase: SpeakerPhrase | null;
    let cue: Span | null = null;
    let attributionAfter = false;
    const pending = opensSegment ? pendingOf.get(segOfQuote[q]) : undefined;
    // "Martell, the doctor, is blunt: “…”", "… on display when Musk again took to Twitter with this: “…”": a
    // quotation right after a colon is what the subject of the verb nearest the colon (else the sentence's
    // leading subject) said, when that is a name or a pronoun; else it goes on with the last speaker ("And
    // here was the big reveal: “…”").
    const afterColon = f > seg.first && lower[f - 1] === ':';
    const subject =
      afterColon && !pending ? (verbSubjectBefore(w, seg.first, f - 1) ?? leadingSubject(w, seg.first, f - 1)) : null;
    if (naming) {
      phrase = naming.speaker;
      cue = { start: tokens[naming.cue].start, end: tokens[naming.cue].end, text: '' };
    } else if (pending) {
      phrase = pending.speaker;
      cue = { start: tokens[pending.cueFirst].start, end: tokens[pending.cueLast - 1].end, text: '' };
    } else if (subject && (subject.kind === 'name' || subject.kind === 'pronoun')) {
      phrase = subject;
    } else {
      // "WALLACE: Do you really …" — a transcript line inside quotation marks; else “…” ― Name.
      phrase = transcriptSpeaker(w, qFirst[q] + 1, qLast[q]);
      if (!phrase) {
        phrase = signature(w, qLast[q]);
        attributionAfter = phrase !== null;
      }
    }
    // "… is billed as “a conversation between dancers, objects and environment …”", "a framework that
    // “reaffirms the sovereign right of states …”": words quoted inside a sentence with no cue, no colon and no
    // speaker are cited (a programme, a document, a slogan), not speech; they stay with --attributions all. A
    // comma before the quotation introduces it ("in the words of the Crown prosecutor, Mark Tedeschi, “…”").
    if (scope === 'speech' && embedded && !afterColon && !INTRODUCERS.has(lower[f - 1]) && !phrase) return;
    items.push({
      start: s.start,
      end: s.end,
      kind: 'direct',
      para: seg.para,
      phrase,
      cue,
      span: q,
      mayContinue: !phrase && (s.continues || opensSegment || interrupted || afterColon || sameNaming),
      attributionAfter,
      according: pending?.according === true,
      inner: covered[q] === 1,
    });
  });
  return items;
}

/** Adverbs between "and" and a quotation that goes on with the last speaker ("Jordan said, and still “…”"). */
const AND_ADVERBS = new Set(['still', 'also', 'then', 'later']);
/** The verbs of such an attribution. */
const SAYS = new Set(['said', 'says', 'added', 'adds']);

/**
 * "Mills “got an immunity agreement,” Jordan said, and still “got to sit in …”", "Many were older, she said, and
 * “I had to step back …”": a quotation after "said, and" (an adverb at most between) goes on with that speaker.
 */
function saidAndThen(w: QuotedWords, lo: number, f: number): boolean {
  const { lower } = w;
  let k = f - 1;
  if (k > lo && AND_ADVERBS.has(lower[k])) k--;
  return k - 2 > lo && lower[k] === 'and' && lower[k - 1] === ',' && SAYS.has(lower[k - 2]) && w.quoteOf[k - 2] < 0;
}

/**
 * True when quotation q is a paragraph of its own with no punctuation before its closing mark ("‘Hard to be
 * in such close quarters’", "‘WASHED AWAY’"): a sub-heading repeating a phrase, not a quote. Quoted speech
 * ends with a full stop, a comma or a question mark inside the marks.
 */
function subheading(w: QuotedWords, spans: QuoteSpan[], q: number): boolean {
  // One whole quotation: closed, neither continuing one nor continued.
  if (!spans[q].closed || spans[q].continues || (q + 1 < spans.length && spans[q + 1].continues)) return false;
  const { tokens, qFirst, qLast } = w;
  const first = qFirst[q];
  const last = qLast[q];
  if (!tokens[first].paraStart || (last < tokens.length && !tokens[last].paraStart)) return false;
  return last - 2 > first && !/^[.!?,…:;'"’”-]$/u.test(tokens[last - 2].text);
}

/** Short words a title leaves in lower case ("The Kid Who Would Be King", "Gone with the Wind"). */
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by']);

/**
 * True when quotation q, which no attribution covers, is a title ("“The Kid Who Would Be King” reclaims the
 * genre", "So “Never Been Kissed” will be …"): two or more words, each capitalised or a short word of
 * TITLE_SMALL_WORDS, and no punctuation.
 */
function title(w: QuotedWords, q: number): boolean {
  const { tokens, lower, qFirst, qLast } = w;
  let words = 0;
  for (let i = qFirst[q] + 1; i < qLast[q] - 1; i++) {
    const t = tokens[i].text;
    if (!isWord(t)) return false;
    if (!/^\p{Lu}/u.test(t) && !(words > 0 && TITLE_SMALL_WORDS.has(lower[i]))) return false;
    words++;
  }
  return words >= 2;
}

/** "PENCE:" at `j`: one to three upper-case words and a colon. */
function transcriptSpeaker(w: Words, j: number, hi: number): SpeakerPhrase | null {
  let k = j;
  while (k < hi && k < j + LABEL_WORDS && /^\p{Lu}{2,}$/u.test(w.tokens[k].text)) k++;
  if (k === j || k >= hi || w.lower[k] !== ':') return null;
  return { first: j, last: k, kind: 'name', attrFirst: j };
}

/** “…” ― Name: a name right after a dash that follows the quotation ending before token `d`. */
function signature(w: Words, d: number): SpeakerPhrase | null {
  const { tokens } = w;
  if (d >= tokens.length || !DASHES.has(tokens[d].text) || tokens[d].paraStart) return null;
  const phrase = speakerAfter(w, Math.min(tokens.length, d + SIGNATURE_TOKENS), d + 1);
  return phrase && phrase.kind === 'name' ? phrase : null;
}

/**
 * "Ana Ruiz earlier this week called the minister a “chicken”": a naming verb at most NAMING_OBJECT_TOKENS before
 * the quotation opening at token `f`, with a name or "he"/"she" as its subject; the verb's token and that
 * speaker, or null. Not "a campaign called “Code Red”" (a noun is no speaker) nor "called for “…”". With `long`
 * (a quotation of MIN_STANDALONE_WORDS or more) also "described the plan as “…”" (NAMING_AS_VERBS).
 */
function namingCue(w: Words, lo: number, f: number, long = false): { cue: number; speaker: SpeakerPhrase } | null {
  const { tokens, lower } = w;
  for (let k = f - 1; k > lo && k >= f - 1 - NAMING_OBJECT_TOKENS; k--) {
    if (w.quoteOf[k] >= 0 || /^[.,;:!?()]$/u.test(lower[k])) return null;
    if (!NAMING_VERBS.has(tokens[k].text) && !(NAMING_AS_VERBS.has(tokens[k].text) && lower[f - 1] === 'as' && long))
      continue;
    if (lower[k + 1] === 'for' || lower[k + 1] === 'on' || k + 1 === f) return null;
    const speaker = subjectBefore(w, lo, k);
    const person = speaker && (speaker.kind === 'name' || /^(?:he|she)$/u.test(lower[speaker.first]));
    return speaker && person ? { cue: k, speaker } : null;
  }
  return null;
}

/**
 * "Protesters chanted “Trudeau must go!”", "he heard students shout, “Build that wall!”": any verb form right
 * before a quoted sentence (closed by its own full stop, question or exclamation mark), with a subject before
 * the verb; the verb's token and that subject, or null.
 */
function verbBefore(w: Words, lo: number, f: number, end: number): { cue: number; speaker: SpeakerPhrase } | null {
  const { tokens, lower } = w;
  if (end - 2 <= f || !/^[.!?]$/u.test(lower[end - 2])) return null;
  const k = lower[f - 1] === ',' ? f - 2 : f - 1;
  if (k <= lo || w.quoteOf[k] >= 0 || !/^\p{Ll}+(?:ed|s|t)$/u.test(tokens[k].text) || !FINITE_VERBS.has(lower[k]))
    return null;
  // "she was “a little bit horny.”": a copula or an auxiliary says nothing.
  if (BE_FORMS.has(lower[k]) || lower[k] === 'has' || lower[k] === 'had' || lower[k] === 'does') return null;
  let speaker = subjectBefore(w, lo, k);
  if (!speaker || speaker.kind === 'relative') return null;
  // "he heard students shout, “…”": the verb before the noun phrase is not part of it.
  if (speaker.kind === 'noun' && speaker.last - speaker.first > 1 && CLAUSE_VERBS.has(tokens[speaker.first].text))
    speaker = { ...speaker, first: speaker.first + 1, attrFirst: speaker.first + 1 };
  // A noun phrase speaks when plural ("protesters", "the fans"): "the country has spent “…”" is no speech.
  if (speaker.kind === 'noun' && !/[^s]s$/u.test(lower[speaker.last - 1])) return null;
  return { cue: k, speaker };
}
