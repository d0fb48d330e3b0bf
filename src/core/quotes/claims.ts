/**
 * Claim extraction inside one segment: finds reporting cues ("said", "told reporters", "according to"), the
 * speaker phrase next to each, and the reported content before it ("…, Smith said"), after it ("Smith said
 * that …", "Putin said: “…”"), or both ("The plan, he said, is dead").
 */
import { MAX_CONTENT, MIN_WORDS, TERMINATORS, isCloser, trim, wordCount } from './content';
import { BE, type Cue, findCues } from './cues';
import { CUE_COMPLEMENTS, CUE_PREPOSITIONS, CUES_WITH_LISTENER, DETERMINERS, NOT_NAMES, PRONOUNS, isCapitalized, isWord } from './lexicon';
import type { Segment } from './segments';
import { type SpeakerPhrase, type Words, leadingSubject, speakerAfter, subjectBefore } from './speaker';

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
}



/** Skips what belongs to the cue after it: listener, time, manner, medium. Returns the first content token. */
function skipComplements(w: Words, cue: Cue, hi: number): number {
  const { tokens, lower } = w;
  let j = cue.last;
  const head = lower[cue.first];
  let listener = CUES_WITH_LISTENER.has(head);
  for (let steps = 0; steps < 6 && j < hi; steps++) {
    const t = lower[j];
    if (w.quoteOf[j] >= 0) break;
    if (CUE_COMPLEMENTS.has(t)) { j++; continue; }
    if (listener) {
      listener = false;
      if (PRONOUNS.has(t) || t === 'him' || t === 'them' || t === 'us' || t === 'me' || t === 'reporters') { j++; continue; }
      if (isCapitalized(tokens[j].text) && isWord(tokens[j].text) && !NOT_NAMES.has(tokens[j].text)) {
        while (j < hi && isCapitalized(tokens[j].text) && isWord(tokens[j].text)) j++;
        continue;
      }
      if (DETERMINERS.has(t)) {
        let k = j + 1;
        while (k < hi && k < j + 5 && /^\p{Ll}/u.test(tokens[k].text) && lower[k] !== 'that' && w.quoteOf[k] < 0) k++;
        if (k < hi && (lower[k] === 'that' || lower[k] === ',' || TERMINATORS.has(lower[k]) || lower[k] === 'to')) { j = k; continue; }
      }
    }
    if (CUE_PREPOSITIONS.has(t) && !(t === 'to' && j + 1 < hi && infinitive(w, j + 1))) {
      // A phrase belonging to the cue runs to a comma, "that", a colon, a quote or the end.
      let k = j + 1;
      while (k < hi && k < j + 12 && lower[k] !== ',' && lower[k] !== 'that' && lower[k] !== ':' && !TERMINATORS.has(lower[k]) && w.quoteOf[k] < 0) k++;
      if (k >= hi || k < j + 12) { j = k; continue; }
    }
    break;
  }
  return j;
}



/** Fills speaker, side and post for each cue; drops cues that have no attribution shape. */
function shapeCues(w: Words, seg: Segment, cues: Cue[]): Cue[] {
  const { lower } = w;
  const out: Cue[] = [];
  let lastSpeaker: SpeakerPhrase | null = null;
  for (const c of cues) {
    // "told reporters" is one cue.
    if (c.kind === 'speech' && c.last < seg.last && (lower[c.last] === 'reporters' || lower[c.last] === 'journalists') && CUES_WITH_LISTENER.has(lower[c.first])) {
      c.last++;
      c.post = c.last;
    }
    if (c.kind === 'according') {
      // "according to X, …" or "…, according to X".
      let sp = speakerAfter(w, seg.last, c.last);
      if (!sp && c.last < seg.last && /^\p{Ll}/u.test(w.tokens[c.last].text) && w.quoteOf[c.last] < 0) {
        // "according to exit polls, …": any phrase up to the comma.
        let e = c.last;
        while (e < seg.last && e < c.last + 8 && /^[\p{L}\p{N}]/u.test(w.tokens[e].text) && w.quoteOf[e] < 0) e++;
        if (e > c.last && (e >= seg.last || lower[e] === ',' || TERMINATORS.has(lower[e]))) sp = { first: c.last, last: e, kind: 'noun', attrFirst: c.last };
      }
      if (!sp) continue;
      c.speaker = sp;
      let k = sp.last;
      while (k < seg.last && lower[k] !== ',' && !TERMINATORS.has(lower[k]) && w.quoteOf[k] < 0 && k < sp.last + 12) k++;
      const atStart = c.first === seg.first || (c.first === seg.first + 1 && NOT_NAMES.has(w.tokens[seg.first].text));
      c.post = k < seg.last && lower[k] === ',' ? k + 1 : k;
      c.side = atStart ? 'after' : c.post < seg.last && !TERMINATORS.has(lower[c.post]) && lower[c.first - 1] === ',' && k < seg.last && lower[k] === ',' ? 'both' : 'before';
      c.attrFirst = c.first > seg.first && lower[c.first - 1] === ',' ? c.first - 1 : c.first;
      out.push(c);
      continue;
    }
    if (c.kind === 'impersonal') {
      out.push(c);
      continue;
    }
    if (c.kind === 'participle') {
      const direct = lower[c.first - 1] === ',' ? null : subjectBefore(w, seg.first, c.first);
      const sp = direct ?? lastSpeaker ?? leadingSubject(w, seg.first, c.first);
      if (!sp || sp.first >= c.first) continue;
      c.speaker = sp;
      c.post = skipComplements(w, c, seg.last);
      if (c.post < seg.last && lower[c.post] === 'that') c.post++;
      out.push(c);
      continue;
    }
    const subj = subjectBefore(w, seg.first, c.first);
    if (!subj && c.kind === 'speech' && c.first - 1 > seg.first && (lower[c.first - 1] === 'and' || lower[c.first - 1] === 'but')) {
      // "Cruz thanked the crowd and said he …": the subject of the first verb speaks.
      const sp = lastSpeaker ?? leadingSubject(w, seg.first, c.first);
      if (sp && sp.first < c.first - 1 && (sp.kind === 'name' || sp.kind === 'pronoun')) {
        let post = skipComplements(w, c, seg.last);
        if (post < seg.last && !TERMINATORS.has(lower[post]) && lower[post] !== ',' && lower[post] !== 'by') {
          if (lower[post] === 'that' || lower[post] === ':') post++;
          c.speaker = sp;
          c.side = 'after';
          c.post = post;
          c.attrFirst = c.first - 1;
          out.push(c);
        }
      }
      continue;
    }
    if (subj) {
      let post = skipComplements(w, c, seg.last);
      if (post < seg.last && lower[post] === 'by') {
        // A passive: "The story was first reported by the Post": the agent speaks, the subject is the content.
        let aux = c.first - 1;
        while (aux > subj.last && aux > c.first - 4 && !BE.has(lower[aux])) aux--;
        if (aux < subj.last || !BE.has(lower[aux])) continue;
        while (aux - 1 >= subj.last && (lower[aux - 1] === 'has' || lower[aux - 1] === 'have' || lower[aux - 1] === 'had')) aux--;
        const agent = speakerAfter(w, seg.last, post + 1);
        if (!agent) continue;
        c.speaker = agent;
        c.side = 'before';
        c.last = post + 1;
        c.post = agent.last;
        c.attrFirst = aux;
        lastSpeaker = agent;
        out.push(c);
        continue;
      }
      const end = post >= seg.last || TERMINATORS.has(lower[post]);
      const prev = subj.attrFirst - 1;
      const contentBefore = prev > seg.first && (lower[prev] === ',' || isCloser(w, prev) || lower[prev] === '—' || lower[prev] === '--');
      if (c.kind === 'belief') {
        // Only "X believes (that) …" with X a clause subject; never a passive ("was endorsed by").
        if (end || lower[post] === ',' || (contentBefore && (isCloser(w, prev) || lower[prev] !== ','))) continue;
        if (OBJECT_PREPOSITIONS.has(lower[post]) || (lower[post] === 'for' && /^call/.test(lower[c.first]))) { c.last = post + 1; post++; }
        else if (lower[post] === 'to' && post + 1 < seg.last && infinitive(w, post + 1)) { /* "wants to triple …" */ }
        else if (NO_OBJECT.has(lower[post])) continue;
        if (subj.kind === 'noun' && !DETERMINERS.has(lower[subj.first]) && !/s$/.test(lower[subj.last - 1])) continue;
        if (lower[post] === 'that') post++;
        c.side = 'after';
      } else if (end) {
        if (!contentBefore) continue;
        c.side = 'before';
      } else if (lower[post] === ',' && contentBefore) {
        // "The plan, he said, is dead" / “…,” he said, “…” — but "As a phone rang, the announcer said, “…”".
        const quoteAfter = post + 1 < seg.last && w.quoteOf[post + 1] >= 0;
        c.side = quoteAfter && !isCloser(w, prev) ? 'after' : 'both';
        post++;
        // "…, he said, cutting off a reporter" / "…, he said, and …": what follows is narration.
        if (c.side === 'both' && post < seg.last && (/^\p{Ll}+ing$/u.test(w.tokens[post].text) || lower[post] === 'and' || lower[post] === 'but' || lower[post] === 'as')) c.side = 'before';
      } else if (contentBefore && isCloser(w, prev) && w.quoteOf[seg.first] >= 0 && w.quoteOf[seg.first] === w.quoteOf[prev]) {
        // “…,” she said several months later: what follows the cue is narration.
        c.side = 'before';
      } else {
        if (lower[post] === 'that' || lower[post] === ':' || lower[post] === ',') post++;
        c.side = 'after';
      }
      c.speaker = subj;
      c.post = post;
      c.attrFirst = subj.attrFirst;
      lastSpeaker = subj.kind === 'relative' && subj.antecedent ? subj.antecedent : subj;
      out.push(c);
      continue;
    }
    if (c.kind === 'speech' && c.first > seg.first && (lower[c.first - 1] === ',' || isCloser(w, c.first - 1))) {
      // Inverted: "…,” said Putin." / "…, said a spokesman."
      const sp = speakerAfter(w, seg.last, c.last);
      if (!sp) continue;
      c.speaker = sp;
      c.side = 'before';
      let k = sp.last;
      // "said Smith, a spokesman for X, …" is still the attribution.
      c.post = k;
      c.attrFirst = lower[c.first - 1] === ',' ? c.first - 1 : c.first;
      lastSpeaker = sp;
      out.push(c);
    }
  }
  // A cue inside the content of an earlier "X said …" is nested reported speech ("Clinton says she thinks …"):
  // only the outer attribution counts, unless the later one takes the content before it.
  let openAfter = -1;
  return out.filter((c) => {
    if (openAfter >= 0 && c.first >= openAfter && c.attrFirst >= openAfter && (c.side === 'after' || c.kind === 'impersonal') && (c.kind === 'belief' || c.kind === 'impersonal')) return false;
    if (c.side === 'after' || c.side === 'both') openAfter = c.post;
    return true;
  });
}

/** True when token `k` (after "to") starts a verb phrase rather than a noun phrase ("to triple", not "to the court"). */
function infinitive(w: Words, k: number): boolean {
  const t = w.tokens[k].text;
  const l = w.lower[k];
  return /^\p{Ll}+$/u.test(t) && !DETERMINERS.has(l) && !PRONOUNS.has(l) && l !== 'him' && l !== 'them' && l !== 'me' && l !== 'us' && !/(?:tion|ment|ness|ity|ies)$/.test(l);
}

/** True when tokens first..last hold one word, possibly after determiners ("her account", "the offer"). */
function bareNoun(w: Words, first: number, last: number): boolean {
  let k = first;
  while (k < last && DETERMINERS.has(w.lower[k])) k++;
  return wordCount(w, k, last) <= 1 && last - k <= 1;
}

/** After an object cue: prepositions that belong to it ("complained about", "speaking of"), and words that show
 * there is no object (a passive "endorsed by", an intransitive "spoke for five minutes"). */
const OBJECT_PREPOSITIONS = new Set(['about', 'of', 'on']);
const NO_OBJECT = new Set(['by', 'for', 'with', 'in', 'at', 'during', 'from', 'after', 'before', 'to', 'into', 'as', 'and', 'or', 'but', 'up', 'out', 'off', 'over', 'down', 'back', 'away']);


/** All claims of one segment. `group` numbers continue from `nextGroup`. */
export function claimsInSegment(w: Words, seg: Segment, nextGroup: number): RawClaim[] {
  const cues = shapeCues(w, seg, findCues(w, seg));
  const claims: RawClaim[] = [];
  let contentStart = seg.first;
  for (let n = 0; n < cues.length; n++) {
    const c = cues[n];
    const next = cues[n + 1];
    const group = nextGroup + n;
    const add = (first: number, last: number, after = false) => {
      let [f, l] = trim(w, first, last);
      // "said that “…”": a quotation built into an indirect sentence is partly quoted, "that" included.
      let t = f - 1;
      if (t > seg.first && w.lower[t] === ',') t--;
      if (t >= seg.first && t >= c.last && w.lower[t] === 'that' && w.quoteOf[f] >= 0 && w.quoteOf[f] === w.quoteOf[l - 1]) f = t;
      // One word is too little for reported speech unless it is quoted.
      const quoted = w.quoteOf[f] >= 0 || w.quoteOf[l - 1] >= 0;
      if (l <= f || wordCount(w, f, l) < (quoted ? 1 : MIN_WORDS)) return;
      // "X rejected her account": what follows a cue is reported content only when it says
      // something (a clause, a phrase); one noun with at most a determiner is just the thing acted on.
      if (after && !quoted && bareNoun(w, f, l)) return;
      claims.push({ first: f, last: l, cueFirst: c.first, cueLast: c.last, speaker: c.speaker, group });
    };
    if (c.side === 'before' || c.side === 'both') add(Math.max(contentStart, c.attrFirst - MAX_CONTENT), c.attrFirst);
    if (c.side === 'after' && c.post >= seg.last && c.post - 1 >= seg.first && w.lower[c.post - 1] === ':') {
      // "He said:" at the end of a paragraph: the content is the quotation that follows.
      claims.push({ first: c.post, last: c.post, cueFirst: c.first, cueLast: c.last, speaker: c.speaker, group });
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
    for (let o = k + 1; o < claims.length && o < k + 8; o++) {
      const outer = claims[o];
      if (outer.cueFirst > outer.last && outer.group !== c.group && outer.first <= c.cueFirst && c.cueFirst < outer.last) return false;
    }
    return true;
  });
}


