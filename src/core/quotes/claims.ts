/**
 * Step 6 of quote finding, contents: cuts the reported content of each attribution of a segment (step 5)
 * before its cue ("…, Smith said"), after it ("Smith said that …", "Putin said: “…”"), or both ("The plan,
 * he said, is dead"), and drops attributions nested inside a later one's content.
 */
import type { Cue } from './cues';
import { MAX_CONTENT, MIN_WORDS, trim, wordCount } from './content';
import { BELIEF_CUES, DETERMINERS, FINITE_VERBS, OBJECT_CUES, PRONOUNS, isCapitalized, isWord } from '../lang';
import type { AttributionScope } from '../types';
import { CLAUSE_VERBS } from './data/clause-verbs';
import type { Segment } from './segments';
import type { SpeakerPhrase } from './speaker';
import type { Words } from './words';

/**
 * How many claims after a claim may hold it in their content ("…, X said" with an earlier attribution
 * inside): eight is more than any sentence of the training news has, and keeps the check linear.
 */
const NESTING_REACH = 8;
/** Words of a content in which its clause's verb must come (speech scope; `clauseOpens`). */
const CLAUSE_REACH = 8;
/** Words of a long subject after which a modal or a form of "be" or "have" still makes a clause. */
const LONG_SUBJECT = 16;
/** "that" this close to the start of a content opens its clause ("told the court that …"). */
const THAT_REACH = 2;
/** Words of a subject that lists things with commas, after which a modal still makes a clause. */
const LIST_SUBJECT = 32;
const MODALS = new Set(['will', 'would', 'can', 'could', 'should', 'must', 'may', 'might']);
const RELATIVES = new Set(['who', 'which', 'that', 'where', 'when', 'whom', 'whose']);
const AUXILIARIES = new Set([
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'will',
  'would',
  'can',
  'could',
  'should',
  'must',
  'may',
  'might',
]);
/** Cues that put a question, and the words that open an indirect question after them. */
const QUESTION_CUES = new Set(['asked', 'asks', 'ask', 'asking', 'wondered', 'wonders', 'questioned', 'inquired']);
const QUESTION_WORDS = new Set(['if', 'whether', 'how', 'why', 'what', 'when', 'where', 'who', 'which']);
/**
 * Words after a quotation closed by a comma that go on with narration ("“…,” which is when …", "“…,” alluding
 * to …"), not with the quote.
 */
const NARRATION_OPENERS = new Set(['which', 'when', 'while', 'as', 'before', 'after', 'then', 'until']);
const narration = (t: string): boolean => NARRATION_OPENERS.has(t) || /^\p{Ll}{3,}ing$/u.test(t);
/** True when the quotation at first..end (marks included) opens with a capitalised word. */
function quotedSentence(w: Words, first: number, end: number): boolean {
  for (let k = first; k < end; k++) if (isWord(w.tokens[k].text)) return isCapitalized(w.tokens[k].text);
  return false;
}
/** A verb of the clause's subject after "and" (past tense, after "then" or an "-ly" adverb at most): "and then dropped". */
function nextAct(w: Words, k: number, last: number): boolean {
  // After "then", any finite form ("and then left the room").
  const then = k < last && w.lower[k] === 'then';
  if (k < last && (then || /^\p{Ll}+ly$/u.test(w.tokens[k].text))) k++;
  return k < last && (then || /^\p{Ll}+ed$/u.test(w.tokens[k].text)) && CLAUSE_VERBS.has(w.lower[k]);
}
/** True when a token of first..last lies in a quotation. */
function quotedIn(w: Words, first: number, last: number): boolean {
  for (let k = first; k < last; k++) if (w.quoteOf[k] >= 0) return true;
  return false;
}

/** True when token k opens a subject: a determiner, a pronoun, "that" or a capitalised word ("and the council’s vote"). */
function opensSubject(w: Words, k: number): boolean {
  const t = w.lower[k];
  return DETERMINERS.has(t) || PRONOUNS.has(t) || t === 'that' || (isCapitalized(w.tokens[k].text) && isWord(t));
}

/**
 * The first token of the quotation holding the last token of content first..last, when the content does not open
 * inside a quotation (it starts at `first` at the earliest); else -1.
 */
function closingQuotationStart(w: Words, first: number, last: number): number {
  const q = w.quoteOf[last - 1];
  if (q < 0 || w.quoteOf[first] >= 0) return -1;
  let open = last - 1;
  while (open > first && w.quoteOf[open - 1] === q) open--;
  return open;
}

/** Words at most before a colon that leads into a quotation ending the content ("the numbers this way:"). */
const COLON_LEAD = 12;
/** Words at most of a listener before a quoted request ("urged the British government “to …”"). */
const LISTENER_WORDS = 5;

/**
 * The first token of the quotation that ends the content first..last when only a lead stands before it: words
 * and a colon ("the numbers this way: “…”", a label "ANALYST'S TAKE: “…”"), or "-ly" adverbs and a comma
 * ("loudly, “…”"), or a listener before a quoted infinitive ("the British government “to clarify …”"); else
 * `first`. The quotation must run to `last` and hold a word; nothing before it is quoted.
 */
function quotationAfterLead(w: Words, first: number, last: number): number {
  const open = closingQuotationStart(w, first, last);
  if (open < 0) return first;
  const lead = open - 1;
  if (open <= first || lead - first > COLON_LEAD || wordCount(w, open, last) === 0) return first;
  for (let k = first; k < lead; k++) if (w.quoteOf[k] >= 0 || w.lower[k] === ':') return first;
  // "urged the British government “to clarify its intentions …”": the listener, then the quoted request.
  if (w.lower[open + 1] === 'to' && open - first <= LISTENER_WORDS) {
    for (let k = first; k < open; k++) if (!isWord(w.tokens[k].text) || CLAUSE_VERBS.has(w.lower[k])) return first;
    return open;
  }
  if (lead <= first) return first;
  // "said the choice facing the town was simple: “…”": a lead with a verb of its own is said too.
  if (w.lower[lead] === ':') {
    for (let k = first; k < lead; k++) if (CLAUSE_VERBS.has(w.lower[k])) return first;
    return open;
  }
  if (w.lower[lead] !== ',') return first;
  for (let k = first; k < lead; k++) if (!/^\p{Ll}{3,}ly$/u.test(w.tokens[k].text)) return first;
  return open;
}

/**
 * "… the Number 1 selling car by revenue in the U.S. “Forget about Ford and GM,” Ellison said": content before
 * its cue that ends in a quotation opening with a capital right after a word ending in a full stop (an
 * abbreviation the sentence splitter kept, "U.S.") starts at the quotation; else `first`.
 */
function quotationAfterStop(w: Words, first: number, last: number): number {
  const open = closingQuotationStart(w, first, last);
  if (open < 0 || open <= first || !w.tokens[open - 1].text.endsWith('.') || !quotedSentence(w, open, last))
    return first;
  return open;
}

const CLAUSE_STARTS = new Set(['that', 'there', 'if', 'whether', 'how', 'why', 'what', 'when', 'where', 'who', 'to']);

export interface RawClaim {
  /** Token range of the content. */
  first: number;
  last: number;
  /** Token range of the cue. */
  cueFirst: number;
  cueLast: number;
  speaker: SpeakerPhrase | null;
  /** Several fragments of one attribution share a group number. */
  group: number;
  /** The cue is "according to" (the attribution's rule; see confidence.ts). */
  according?: boolean;
  /**
   * No speech: a belief, perception, plan or object cue, an impersonal one ("seems to"), or content the speech
   * scope would not count ("called for tax fairness", "promised to continue").
   */
  weak?: boolean;
}

/** True when tokens first..last hold one word, possibly after determiners ("her account", "the offer"). */
function bareNoun(w: Words, first: number, last: number): boolean {
  let k = first;
  while (k < last && DETERMINERS.has(w.lower[k])) k++;
  return wordCount(w, k, last) <= 1 && last - k <= 1;
}

/**
 * True when tokens first..last hold a word that can be a finite verb (Brill lexicon, via FINITE_VERBS): the
 * content has a clause ("… that the plan is dead", "… her plan would fail"), not only a noun phrase.
 */
function hasClause(w: Words, first: number, last: number): boolean {
  for (let k = first; k < last; k++) if (FINITE_VERBS.has(w.lower[k])) return true;
  return false;
}

/**
 * True when content first..last opens with a clause: a conjunction ("that", "if", "whether", "how") or a
 * finite verb within its first CLAUSE_REACH words ("the plan is dead", "Kim was visiting", "officials at the
 * ministry had warned"), or an infinitive ("to raise taxes").
 */
function clauseOpens(w: Words, first: number, last: number): boolean {
  const word = w.lower[first].replace(/['’].*$/u, '');
  // "writes about style and culture and answers questions": a topic, not what was said; "wrote off assets":
  // a verb with its particle.
  if (word === 'about' || word === 'off') return false;
  if (CLAUSE_STARTS.has(word) || PRONOUNS.has(word)) return true;
  // "said that …", "told the court that, over the last months, …"
  let b = first - 1;
  while (b > 0 && w.lower[b] === ',') b--;
  if (b >= 0 && w.lower[b] === 'that') return true;
  for (let k = first + 1; k < last && k < first + THAT_REACH; k++) if (w.lower[k] === 'that') return true;
  for (let k = first; k < last && k < first + CLAUSE_REACH; k++) if (clauseVerb(w, first, k)) return true;
  // A long subject ("the plan for the new depot and the two schools would …"): a modal or a form of "be" or
  // "have" further on, before any comma.
  for (let k = first + CLAUSE_REACH; k < last && k < first + LONG_SUBJECT; k++) {
    if (w.lower[k] === ',' || RELATIVES.has(w.lower[k])) break;
    if (AUXILIARIES.has(w.lower[k])) return true;
    // "roughly 65 per cent of the location's employees voted in …": a past form after the long subject, with
    // a lower-case word after it (not "a profit of $3 billion for the 12 months ended Dec. 31").
    if (/ed$/u.test(w.lower[k]) && clauseVerb(w, first, k) && k + 1 < last && /^\p{Ll}/u.test(w.tokens[k + 1].text))
      return true;
  }
  // A subject listing things with commas ("further information about X, the outcome of Y and a visit by Z would
  // be …"): a modal further on, before any relative clause, then a verb.
  for (let k = first + CLAUSE_REACH; k + 1 < last && k < first + LIST_SUBJECT; k++) {
    if (/^[.;:!?]$/u.test(w.lower[k]) || w.quoteOf[k] >= 0 || RELATIVES.has(w.lower[k])) break;
    if (MODALS.has(w.lower[k]) && /^\p{Ll}+$/u.test(w.tokens[k + 1].text)) return true;
  }
  return false;
}

/**
 * True when token k (of a content starting at `first`) is its clause's verb: a lower-case word whose most likely
 * tag is a finite verb ("grew", "says", "would", "wouldn't"), not after a determiner; a word that is a verb
 * less often than a noun ("plan", "account") only after a pronoun or a plural ("they plan", "the Pacers plan").
 */
function clauseVerb(w: Words, first: number, k: number): boolean {
  const t = w.lower[k];
  if (w.tokens[k].text !== t) return false;
  const prev = k > first ? w.lower[k - 1] : '';
  // An infinitive: "urged police to investigate", "death toll likely to rise".
  if (prev === 'to' && FINITE_VERBS.has(t) && !DETERMINERS.has(t)) return true;
  if (DETERMINERS.has(prev)) return false;
  if (CLAUSE_VERBS.has(t.replace(/n['’]t$/u, ''))) return true;
  // "Britain and Russia agree": a present form after names that open the content or follow "and".
  let n = k;
  while (n > first && /^\p{Lu}/u.test(w.tokens[n - 1].text)) n--;
  if (n < k && (n === first || w.lower[n - 1] === 'and') && FINITE_VERBS.has(t)) return true;
  if (!FINITE_VERBS.has(t)) return false;
  // "the union plans to", "the system works": a present form after a noun.
  return PRONOUNS.has(prev) || /[^s]s$/u.test(prev) || (prev !== '' && /[^s]s$/u.test(t));
}

/**
 * An object cue that is not also a belief verb ("continues", "sent", "issued"): what follows it is reported
 * content only when it has a clause. "Coverage continues below this advertisement", "The council sent a letter
 * to every member" report nothing.
 */
function objectOnly(w: Words, c: Cue): boolean {
  if (c.kind !== 'belief' || c.last - c.first !== 1) return false;
  const t = w.lower[c.first];
  return OBJECT_CUES.has(t) && !BELIEF_CUES.has(t);
}

/** The claims of a segment's attributions (`cues`, shaped). `group` numbers continue from `nextGroup`. */
export function claimsOf(
  w: Words,
  seg: Segment,
  cues: Cue[],
  nextGroup: number,
  scope: AttributionScope = 'all',
): RawClaim[] {
  const claims: RawClaim[] = [];
  let contentStart = seg.first;
  for (let n = 0; n < cues.length; n++) {
    const c = cues[n];
    const next = cues[n + 1];
    const group = nextGroup + n;
    const according = c.kind === 'according';
    const weak = c.kind === 'belief' || c.kind === 'impersonal';
    const add = (first: number, last: number, after = false) => {
      const trimmed = trim(w, first, last);
      let f = trimmed[0];
      let l = trimmed[1];
      /** End of a second claim after "and" when the content is split in two (see below). */
      let rest = -1;
      // "said “… the Court.” When asked …": a quotation that opens the content and ends its sentence ends it.
      if (after && w.quoteOf[f] >= 0) {
        let e = f;
        while (e < l && w.quoteOf[e] === w.quoteOf[f]) e++;
        if (e < l && e - 2 > f && /^[.!?]$/.test(w.lower[e - 2]) && isCapitalized(w.tokens[e].text)) l = e;
        // "crowed, “Oh, it’s my rose,” which is when …": a quoted sentence closed by a comma, then narration.
        else if (e < l && e - 2 > f && w.lower[e - 2] === ',' && narration(w.tokens[e].text)) l = e;
        // "retorted, “I’m a good swimmer” and then dropped the mic": the subject's next act, not the quote (a quoted
        // sentence, capitalised: in "said “red tape” and delayed permits were to blame" the quote is a phrase).
        else if (e < l && w.lower[e] === 'and' && quotedSentence(w, f, e) && nextAct(w, e + 1, l)) l = e;
        // "said “it’s not appropriate …,” and the students’ actions “fall upon the school.”": a quotation closed
        // by a comma, then "and" and a second thing said, with its own subject and words quoted: two claims of the
        // same cue; with no words quoted it is narration ("said “…,” and Tom Hale agreed"): the quotation alone.
        else if (e + 1 < l && e - 2 > f && w.lower[e - 2] === ',' && w.lower[e] === 'and' && opensSubject(w, e + 1)) {
          if (quotedIn(w, e + 1, l)) rest = l;
          l = e;
        }
      }
      // "explained the numbers this way: “…”", "wondered loudly, “…”", "ANALYST'S TAKE: “…” Sayed said": a
      // quotation that ends the content after a colon, or after a comma that follows only adverbs, is the quote.
      f = after ? quotationAfterLead(w, f, l) : quotationAfterLead(w, quotationAfterStop(w, f, l), l);
      // "said that “…”": a quotation built into an indirect sentence is partly quoted, "that" included.
      let t = f - 1;
      if (t > seg.first && w.lower[t] === ',') t--;
      if (
        t >= seg.first &&
        t >= c.last &&
        w.lower[t] === 'that' &&
        w.quoteOf[f] >= 0 &&
        w.quoteOf[f] === w.quoteOf[l - 1]
      )
        f = t;
      // One word is too little for reported speech unless it is quoted.
      const quoted = w.quoteOf[f] >= 0 || w.quoteOf[l - 1] >= 0;
      if (l <= f || wordCount(w, f, l) < (quoted ? 1 : MIN_WORDS)) return;
      // "X rejected her account": what follows a cue is reported content only when it says
      // something (a clause, a phrase); one noun with at most a determiner is just the thing acted on.
      if (after && !quoted && bareNoun(w, f, l)) return;
      // After an object cue, a noun phrase with no clause is the thing acted on, not something said.
      if (after && !quoted && objectOnly(w, c) && !hasClause(w, f, l)) return;
      // Speech only: what follows a cue is a clause ("said the plan is dead"), never a noun phrase ("disclosed
      // a profit of $3 billion", "told the House"), except after "according to"; "promised to meet …", "vowed to
      // pass …" are intentions, not what was said (with a listener, "urged police to investigate", the request is
      // reported); "asked him if …", "wondered how long …": a question put to someone reports nothing they said.
      const notSpeech =
        after &&
        ((!according && w.quoteOf[f] < 0 && !clauseOpens(w, f, l)) ||
          (f === c.last && w.lower[f] === 'to') ||
          (QUESTION_CUES.has(w.lower[c.first]) && QUESTION_WORDS.has(w.lower[f])));
      if (scope === 'speech' && notSpeech) return;
      claims.push({
        first: f,
        last: l,
        cueFirst: c.first,
        cueLast: c.last,
        speaker: c.speaker,
        group,
        according,
        weak: weak || notSpeech,
      });
      if (rest > l) add(l + 1, rest, true);
    };
    if (c.side === 'before' || c.side === 'both') add(Math.max(contentStart, c.attrFirst - MAX_CONTENT), c.attrFirst);
    if (c.side === 'after' && c.post >= seg.last && c.post - 1 >= seg.first && w.lower[c.post - 1] === ':') {
      // "He said:" at the end of a paragraph: the content is the quotation that follows.
      claims.push({
        first: c.post,
        last: c.post,
        cueFirst: c.first,
        cueLast: c.last,
        speaker: c.speaker,
        group,
        according,
      });
    } else if (c.side === 'after' || c.side === 'both') {
      let limit = seg.last;
      // The next attribution bounds this content, unless its own content lies before it (nesting).
      const edge = next ? (next.speaker?.tail ?? next.attrFirst) : seg.last;
      if (next && edge > c.post && next.side === 'after') limit = edge;
      else if (next && next.speaker?.tail !== undefined && edge > c.post) limit = edge;
      add(c.post, Math.min(limit, c.post + MAX_CONTENT), true);
    }
    const lastEnd = c.side === 'before' ? Math.max(c.post, c.last) : contentStart;
    contentStart = Math.max(contentStart, lastEnd);
  }
  // Attributions inside the content of a later "…, X said" are part of what X said: only X's claim counts.
  let keepFrom = claims.length;
  for (let k = claims.length - 1; k >= 0; k--) {
    const c = claims[k];
    if (c.cueFirst > c.last) keepFrom = Math.min(keepFrom, k);
  }
  if (keepFrom === claims.length) return claims;
  return claims.filter((c, k) => {
    for (let o = k + 1; o < claims.length && o < k + NESTING_REACH; o++) {
      const outer = claims[o];
      if (
        outer.cueFirst > outer.last &&
        outer.group !== c.group &&
        outer.first <= c.cueFirst &&
        c.cueFirst < outer.last
      )
        return false;
    }
    return true;
  });
}
