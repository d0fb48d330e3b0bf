/**
 * Maps a speaker mention to an entity id: by overlap with an entity's mentions, by role ("the president"),
 * and for pronouns ("he", "she", "it") by the nearest earlier entity of a compatible kind and gender, preferring
 * the previous speaker. Gender comes from titles (Mr., Mrs.) and from the pronouns that follow the entity's
 * mentions. When in doubt the answer is null: a wrong speaker is worse than none.
 */
import {
  ARTICLES,
  BACKGROUND_PREPOSITIONS,
  FINITE_VERBS,
  KIN_NOUNS,
  MINED_ROLE_NOUNS,
  NOT_VERBS,
  ORG_DESCRIPTIONS,
  ORG_HEADS,
  PERSON_NOUNS,
  ROLE_HEAD_PREPOSITIONS,
  ROLE_NOUNS,
} from '../lang';
import type { Entity } from '../types';

type Gender = 'm' | 'f' | null;

/** A pronoun's antecedent and how it was chosen (see `SpeakerResolver.resolvePronoun`). */
export interface PronounAnswer {
  entity: Entity | null;
  how: 'previous' | 'takeover' | 'nearest' | 'ambiguous' | 'unknown gender' | 'no antecedent' | 'other pronoun';
}

export interface MentionRef {
  start: number;
  end: number;
  entity: Entity;
  /**
   * The mention is background, not a subject the text goes on about: inside a quotation, a possessive
   * ("Trudeau’s plan"), the object of a preposition ("with the help of Dixon Hall"), inside parentheses (a
   * photo credit), in a photo caption. Such a mention neither competes with the previous speaker nor is a pronoun's nearest
   * antecedent while a subject fits (`background`).
   */
  background: boolean;
}

/** A span of the text between quotation marks. */
export interface QuotedRange {
  start: number;
  end: number;
}

/** How far back (in characters) a pronoun may look for its antecedent. */
const WINDOW = 1500;
/** A second fitting entity this close (in characters) before a pronoun makes it ambiguous. */
const NEAR = 300;
/**
 * Mentions looked at (nearest first): OVERLAP_MENTIONS for the entity under a speaker phrase (a phrase
 * overlaps at most a few names), CANDIDATE_MENTIONS for a pronoun's antecedent (30 mentions cover the
 * WINDOW in dense news), both bounding the work per quote. OVERLAP_GAP: mentions ending this many characters
 * before a phrase cannot overlap it, so the look-back stops there.
 */
const OVERLAP_MENTIONS = 8;
const CANDIDATE_MENTIONS = 30;
const OVERLAP_GAP = 200;
/** Words looked at before a mention for a preposition governing it ("with Native American activist Ana Ruiz"). */
const BACKGROUND_WORDS = 5;
/** Characters looked back from a mention for an open parenthesis (a photo credit, an aside). */
const PAREN_LOOKBACK = 80;
/** A photo credit closing a caption paragraph ("(Ana Ruiz/CBC)", "( THE CANADIAN PRESS FILE PHOTO )"). */
const CAPTION_CREDIT = /\((?:[^()\n]*\/[^()\n]*|[^()\n]*\b(?:photo|file|handout)\b[^()\n]*)\)\s*$/iu;
/** Characters at the end of a paragraph where a caption's credit is looked for. */
const CREDIT_CHARS = 80;
/** A sentence start is looked for this many characters back; an apposition after a subject is this long. */
const SENTENCE_CHARS = 600;
const COORDINATORS = /^(?:and|or|but|nor)$/;
const APPOSITION_CHARS = 120;
/** Characters looked back from a mention for a reporting verb or "by" before it (`actor`). */
const ACTOR_LOOKBACK = 60;
/** A title or abbreviation whose full stop ends no sentence, and how many of them in a row are stepped over. */
const TITLE_BEFORE = /\b(?:Mr|Mrs|Ms|Dr|St|Sen|Rep|Gov|Lt|Sgt|Gen|Col|Capt|Prof|Rev|Hon|Insp|Const|Det)\.\s+$/u;
const TITLE_STEPS = 3;
/** A role noun at least this long may be named by a word derived from it ("mayor": "mayoral"). */
const DERIVED_HEAD_CHARS = 5;
/** "The company said" stands for an organization the article names at least this many times. */
const ORG_MENTIONS = 2;

/**
 * A sentence opening with a subordinate clause ("Although Trump has tweeted that …, its inclusion …"): a name
 * right after the conjunction (and at most three capitalised words) is that clause's subject, not the sentence's.
 */
const SUBORDINATE_OPENING =
  /^\s*(?:Although|Though|Even though|While|Whereas|Because|Since|If|Unless|When|Whenever|After|Before|Once|As)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u;
/**
 * "On Dec. 13, the mayor brought up …": a description opening a sentence (after at most one introductory phrase
 * closed by a comma) and followed by a verb; group 1 the description, group 2 the verb.
 */
const DESCRIPTION_SUBJECT = /^\s*(?:[^,;:!?“”"]{1,40},\s+)?(?:But\s+|And\s+)?(?:the|The)\s+((?:[\p{Ll}-]+\s+){1,4})/u;
/** Words of a description that opens a sentence (`descriptionSubject`): "the rookie defence minister". */
const DESCRIPTION_WORDS = 3;

const MALE_TITLES = /(?:^|\s)(?:Mr|Sir|Lord|King|Prince|Father|Brother|Pope)\.?\s*$/;
const FEMALE_TITLES = /(?:^|\s)(?:Mrs|Ms|Miss|Madam|Dame|Lady|Queen|Princess|Sister)\.?\s*$/;
const MALE_PRONOUN = /^(?:he|his|him|himself)$/i;
const FEMALE_PRONOUN = /^(?:she|her|hers|herself)$/i;

/**
 * True when words[i] is "her" or "him" right after a verb ("Brenner rejected her account"): the object of a
 * person's own verb is someone else, so it says nothing of that person's gender.
 */
function objectOfVerb(words: string[], i: number): boolean {
  const w = words[i];
  if (w !== 'her' && w !== 'him') return false;
  const prev = i > 0 ? words[i - 1] : '';
  return /^\p{Ll}+$/u.test(prev) && !NOT_VERBS.has(prev);
}

/** The lower-case words of a phrase. */
function lowerWords(s: string): string[] {
  return s
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
}

/** The head noun of a role: the word before its first preposition, else its last word. */
function roleHead(role: string): string | undefined {
  const ws = lowerWords(role);
  const p = ws.findIndex((w, i) => i > 0 && ROLE_HEAD_PREPOSITIONS.has(w));
  return p > 0 ? ws[p - 1] : ws.pop();
}

export class SpeakerResolver {
  private readonly mentions: MentionRef[] = [];
  private readonly people: Entity[] = [];
  /** Surname to the one person who has it (null: several), for `bySurname`. */
  private surnames: Map<string, Entity | null> | null = null;
  private readonly gender = new Map<string, Gender>();
  private readonly byRole = new Map<string, Entity[]>();
  private readonly derived = new Map<string, Entity[] | undefined>();

  constructor(
    private readonly text: string,
    entities: Entity[],
    quoted: readonly QuotedRange[] = [],
  ) {
    const inQuote = insideAny(quoted);
    const caption = new Map<number, boolean>();
    const inCaption = (at: number): boolean => {
      const end = text.indexOf('\n', at);
      const paraEnd = end < 0 ? text.length : end;
      let c = caption.get(paraEnd);
      if (c === undefined) {
        c = CAPTION_CREDIT.test(text.slice(Math.max(0, paraEnd - CREDIT_CHARS), paraEnd));
        caption.set(paraEnd, c);
      }
      return c;
    };
    for (const e of entities) {
      for (const m of e.mentions)
        this.mentions.push({
          start: m.start,
          end: m.end,
          entity: e,
          background: inQuote(m.start, m.end) || backgroundMention(text, m.start, m.end) || inCaption(m.end),
        });
      // Every description the article gives the entity: "the minister" may name it by any of them.
      const heads = new Set<string>();
      for (const role of [e.role, ...(e.otherRoles ?? [])]) {
        const head = role ? roleHead(role) : undefined;
        if (head && !heads.has(head)) {
          heads.add(head);
          const list = this.byRole.get(head) ?? [];
          list.push(e);
          this.byRole.set(head, list);
        }
      }
    }
    this.mentions.sort((a, b) => a.start - b.start);
    for (const e of entities) if (e.type === 'PERSON') this.gender.set(e.id, this.guessGender(e));
    for (const e of entities) if (e.type === 'PERSON') this.people.push(e);
  }

  /**
   * The entity recognizer's gender when it has one (titles, gendered role nouns, pronouns, given names,
   * known people), else a title right before a mention or the first personal pronoun after the mentions.
   */
  private guessGender(e: Entity): Gender {
    if (e.gender === 'male') return 'm';
    if (e.gender === 'female') return 'f';
    let m = 0;
    let f = 0;
    for (const mention of e.mentions.slice(0, 20)) {
      const before = this.text.slice(Math.max(0, mention.start - 12), mention.start);
      if (MALE_TITLES.test(before)) m += 3;
      else if (FEMALE_TITLES.test(before)) f += 3;
      const after = this.text.slice(mention.end, mention.end + 120);
      const words = after.split(/[^\p{L}]+/u);
      for (let i = 0; i < words.length && i < 20; i++) {
        if (objectOfVerb(words, i)) continue;
        if (MALE_PRONOUN.test(words[i])) {
          m++;
          break;
        }
        if (FEMALE_PRONOUN.test(words[i])) {
          f++;
          break;
        }
      }
    }
    if (m > f * 2 && m > 0) return 'm';
    if (f > m * 2 && f > 0) return 'f';
    return null;
  }

  /** Index of the first mention starting at or after `pos`. */
  private lowerBound(pos: number): number {
    let lo = 0;
    let hi = this.mentions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.mentions[mid].start < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The entity one of whose mentions overlaps [start, end); null when mentions of two entities do. */
  overlapping(start: number, end: number, headOnly = false): Entity | null {
    let i = this.lowerBound(end) - 1;
    let found: Entity | null = null;
    for (let steps = 0; i >= 0 && steps < OVERLAP_MENTIONS; i--, steps++) {
      const m = this.mentions[i];
      // With headOnly, the name must end the phrase: "the Kremlin" is the Kremlin, "a Kremlin official" is not; or
      // begin in it and run on past its end, a name the phrase was cut short of ("the National Institute" of
      // "the National Institute on Drug Abuse").
      if (m.end > start && m.start < end && (!headOnly || m.end === end || (m.start >= start && m.end > end))) {
        // Two entities in one speaker phrase ("Putin and Cameron said"): no single speaker.
        if (found && found !== m.entity) return null;
        found = m.entity;
      }
      if (m.end <= start && start - m.end > OVERLAP_GAP) break;
    }
    return found;
  }

  /**
   * The one person whose name ends with the single word `name` ("Guest" for Tim Guest), when no mention covers
   * it (a surname that is also a common word); null when none or several do ("Nicholson" for Trevor and Mary
   * Nicholson).
   */
  bySurname(name: string): Entity | null {
    if (!/^\p{Lu}[\p{Ll}'’-]+$/u.test(name)) return null;
    // Built once, on the first lone surname: the last word of each person's name of two words or more.
    if (!this.surnames) {
      this.surnames = new Map();
      for (const e of this.people) {
        const words = e.name.split(/\s+/u);
        if (words.length < 2) continue;
        const last = words[words.length - 1];
        const had = this.surnames.get(last);
        this.surnames.set(last, had === undefined || had === e ? e : null);
      }
    }
    return this.surnames.get(name) ?? null;
  }

  /**
   * The person a speaker phrase naming several entities is about: "DUP MP Nigel Dodds", "St. Charles Police
   * Lt. Tom Wilkison" (the person's name ends the phrase), "Jingyi Pan of IG" (the name, then an affiliation
   * after "of", "at", "with" or "from"). Never for a coordination ("Putin and Cameron"): null.
   */
  personHead(start: number, end: number): Entity | null {
    const phrase = this.text.slice(start, end);
    if (/\s(?:and|or|&)\s|,/u.test(phrase)) return null;
    let found: Entity | null = null;
    let i = this.lowerBound(end) - 1;
    for (let steps = 0; i >= 0 && steps < OVERLAP_MENTIONS; i--, steps++) {
      const m = this.mentions[i];
      if (m.start < start) break;
      if (m.end > end || m.entity.type !== 'PERSON') continue;
      const head = m.end === end || /^\s+(?:of|at|with|from)\s/u.test(this.text.slice(m.end, end));
      if (!head) continue;
      if (found && found !== m.entity) return null;
      found = m.entity;
    }
    return found;
  }

  /**
   * The entity a role phrase ("the president", "Putin’s spokesman", "the foreign minister") stands for: the only
   * one with a description (role or other role) of that head noun, or, when several have one, the only one
   * whose description holds every other word of the phrase ("foreign minister" among ministers).
   */
  byRolePhrase(phrase: string): Entity | null {
    const head = roleHead(phrase);
    if (!head) return null;
    // "the father" is anyone's father; "his father", "Ana’s father" say whose.
    if (KIN_NOUNS.has(head) && ARTICLES.has(lowerWords(phrase)[0])) return null;
    const list = this.byRole.get(head) ?? this.derivedRole(head);
    if (!list) return null;
    if (list.length === 1) return list[0];
    const words = lowerWords(phrase).filter((w) => !ARTICLES.has(w) && w !== head);
    if (words.length === 0) return null;
    const fits = list.filter((e) =>
      [e.role, ...(e.otherRoles ?? [])].some((r) => {
        const have = new Set(r ? lowerWords(r) : []);
        return have.has(head) && words.every((w) => have.has(w));
      }),
    );
    return fits.length === 1 ? fits[0] : null;
  }

  /**
   * The entities described by a word derived from `head` ("mayoral candidate", "presidential hopeful" for "the
   * mayor", "the president"): the one person who may since hold the office the article calls them by.
   */
  private derivedRole(head: string): Entity[] | undefined {
    if (head.length < DERIVED_HEAD_CHARS) return undefined;
    // Once per head noun: the descriptions are looked through once, not once per quote.
    if (this.derived.has(head)) return this.derived.get(head);
    const found = new Set<Entity>();
    for (const list of this.byRole.values())
      for (const e of list)
        for (const r of [e.role, ...(e.otherRoles ?? [])])
          if (r && lowerWords(r).some((x) => x.length > head.length && x.startsWith(head))) found.add(e);
    const answer = found.size === 1 ? [...found] : undefined;
    this.derived.set(head, answer);
    return answer;
  }

  /**
   * True when mention `m` is an apposition or a parenthesis right after a mention of `e` ("Jim Eglinski,
   * Yellowhead MP, said"): a description of that person read as a name, not another candidate.
   */
  private apposition(m: MentionRef, e: Entity): boolean {
    if (!/^\s*[,)]/.test(this.text.slice(m.end, m.end + 3))) return false;
    return e.mentions.some((x) => x.end <= m.start && /^\s*[,(]\s*$/.test(this.text.slice(x.end, m.start)));
  }

  /**
   * True when mention `m` acts in its sentence: it opens the sentence (after at most three capitalised words),
   * it is followed (after an apposition, if any) by a finite verb, or it follows a reporting verb or "by"
   * ("said Ana Ruiz", "a statement e-mailed by Ana Ruiz").
   */
  private actor(m: MentionRef): boolean {
    let start = this.sentenceStart(m.start);
    if (this.subordinate(m.start, start)) return false;
    // "Mr. Roy Banks": a title's full stop ends no sentence.
    for (
      let k = 0;
      k < TITLE_STEPS && start > 0 && TITLE_BEFORE.test(this.text.slice(Math.max(0, start - 8), start));
      k++
    )
      start = this.sentenceStart(start - 2);
    if (/^\s*(?:\p{Lu}[\p{L}.'’-]*,?\s+){0,3}$/u.test(this.text.slice(start, m.start))) return true;
    const after = this.text.slice(m.end, m.end + APPOSITION_CHARS);
    const verb = /^(?:,[^,.;]*,)?\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)\b/u.exec(after);
    if (verb && FINITE_VERBS.has(verb[1]) && !COORDINATORS.test(verb[1])) return true;
    const before = this.text.slice(Math.max(start, m.start - ACTOR_LOOKBACK), m.start);
    return /\b(?:by|said|says|told|tells|wrote|writes|added|adds|asked|asks|replied|explained)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}$/u.test(
      before,
    );
  }

  /**
   * True when offset `pos` (a name's start) is the subject of a subordinate clause opening its sentence
   * ("Although Trump has tweeted …, its inclusion …, he said"): the sentence is about someone or something else.
   */
  subordinate(pos: number, start = this.sentenceStart(pos)): boolean {
    return SUBORDINATE_OPENING.test(this.text.slice(start, pos));
  }

  /**
   * True when mention `m` acts in its sentence (`actor`), or is followed by a past form the lexicon lacks
   * ("Foster pieced these fragments together").
   */
  private acts(m: MentionRef): boolean {
    if (this.actor(m)) return true;
    return (
      /^\s+(?:\p{Ll}+ly\s+)?\p{Ll}{3,}ed\b/u.test(this.text.slice(m.end, m.end + 40)) && !this.subordinate(m.start)
    );
  }

  /** True when mention `m` is one of two people joined by "and" or "&" ("Ana Ruiz and Li Chen said"). */
  private coordinated(m: MentionRef): boolean {
    let i = this.lowerBound(m.start);
    while (i < this.mentions.length && this.mentions[i] !== m && this.mentions[i].start === m.start) i++;
    const prev = i > 0 ? this.mentions[i - 1] : null;
    const next = i + 1 < this.mentions.length ? this.mentions[i + 1] : null;
    const joins = (a: MentionRef | null, b: MentionRef | null): boolean =>
      !!a &&
      !!b &&
      a.entity !== b.entity &&
      a.entity.type === 'PERSON' &&
      b.entity.type === 'PERSON' &&
      /^\s*(?:and|&)\s*$/u.test(this.text.slice(a.end, b.start));
    return joins(prev, m) || joins(m, next);
  }

  /** True when `e` has a mention before mention `m` in the same sentence. */
  private laterInSentence(m: MentionRef, e: Entity): boolean {
    return e.mentions.some((x) => x.end <= m.start && m.start - x.end < WINDOW && !this.sentenceEnd(x.end, m.start));
  }

  /**
   * True when an entity of the pronoun's gender (by `strict`) is named earlier in the sentence of mention `i`:
   * that sentence is about them, and a name of unknown gender after it is an object, an affiliation or not a
   * person at all ("Sarah Buckley, who attended Covington Catholic, said …").
   */
  private strictBefore(i: number, strict: (e: Entity) => boolean): boolean {
    const m = this.mentions[i];
    for (let j = i - 1, steps = 0; j >= 0 && steps < OVERLAP_MENTIONS; j--, steps++) {
      const x = this.mentions[j];
      if (this.sentenceEnd(x.end, m.start)) return false;
      if (x.entity !== m.entity && x.entity.type === 'PERSON' && strict(x.entity)) return true;
    }
    return false;
  }

  /** True when a sentence ends or a line breaks between offsets `from` and `to`. */
  private sentenceEnd(from: number, to: number): boolean {
    return /[.!?][”"’)]*\s+[\p{Lu}“"‘]|\n/u.test(this.text.slice(from, to));
  }

  /**
   * Among `rivals` (mentions after the previous speaker, nearest first), the entity that the pronoun at `pos`
   * continues: its latest mention opens a paragraph (the paragraph's subject), it fits the pronoun's gender
   * for sure, the pronoun is in that paragraph or the next, and no other fitting entity is named after it.
   */
  private subjectTakeover(
    rivals: MentionRef[],
    pos: number,
    strict: (e: Entity) => boolean,
    previousPos: number,
  ): Entity | null {
    const m = rivals[0];
    if (!strict(m.entity) || rivals.some((r) => r.entity !== m.entity && r.start > m.start)) return null;
    const first = rivals.filter((r) => r.entity === m.entity).pop() as MentionRef;
    // The subject's mention starts its paragraph (after capitalised words only: "But", "Liberal MP"), or it is
    // the subject of a verb in a paragraph the previous speaker is not in ("A release said …, McCallum
    // expressed concern …").
    const lineStart = this.text.lastIndexOf('\n', first.start - 1) + 1;
    const opens = /^\s*(?:\p{Lu}[\p{L}.'’-]*,?\s+){0,3}$/u.test(this.text.slice(lineStart, first.start));
    const acts = lineStart > previousPos && /^\s+\p{Ll}+(?:ed|s)\b/u.test(this.text.slice(first.end, first.end + 30));
    if (!opens && !acts) return null;
    if (rivals.some((r) => r.entity !== m.entity && r.start > first.start)) return null;
    // The pronoun is in the subject's paragraph or the next one.
    const between = this.text.slice(first.start, pos);
    const breaks = between.split(/\n\s*\n/).length - 1;
    return breaks <= 1 ? m.entity : null;
  }

  /**
   * The organization "the company", "the agency" or "the team" at `pos` stands for: the one mentioned last
   * within WINDOW, unless another organization is named within NEAR before it (ambiguous: null).
   */
  organization(phrase: string, pos: number): Entity | null {
    const ws = phrase.toLowerCase().split(/\s+/);
    if (ws.length !== 2 || ws[0] !== 'the' || !(ORG_HEADS.has(ws[1]) || ORG_DESCRIPTIONS.has(ws[1]))) return null;
    let found: Entity | null = null;
    for (let i = this.lowerBound(pos) - 1, steps = 0; i >= 0 && steps < CANDIDATE_MENTIONS; i--, steps++) {
      const m = this.mentions[i];
      if (pos - m.end > WINDOW) break;
      // An acronym the article never spells out ("the ER", "the LRT") is often no organization at all.
      if (m.entity.type !== 'ORG' || (/^\p{Lu}{2,3}$/u.test(m.entity.name) && m.entity.aliases.length === 0)) continue;
      // An organization whose name ends in another kind of body ("… Health Authority" for "the union") is not it.
      const last = m.entity.name.toLowerCase().split(/\s+/).pop() ?? '';
      if (ORG_HEADS.has(last) && last !== ws[1]) continue;
      if (found === null) found = m.entity;
      else if (m.entity !== found && pos - m.end < NEAR) return null;
    }
    // A body named once in passing is no subject the article goes on about.
    return found && found.mentions.length >= ORG_MENTIONS ? found : null;
  }

  /**
   * The entity a pronoun at `pos` refers to. `previous` is the last resolved speaker before it (if any):
   * kept when compatible and mentioned recently, since reporting pronouns usually continue the speaker.
   */
  pronoun(word: string, pos: number, previous: Entity | null, previousPos: number): Entity | null {
    return this.resolvePronoun(word, pos, previous, previousPos).entity;
  }

  /**
   * `pronoun`, with how the answer was reached (for the attribution's confidence): "previous" (the previous
   * speaker kept, nobody fitting named since), "takeover" (the subject of a later paragraph), "nearest" (the
   * nearest fitting entity, with no previous speaker to keep), or, with no entity, why not.
   */
  resolvePronoun(word: string, pos: number, previous: Entity | null, previousPos: number): PronounAnswer {
    const answer = this.byHistory(word, pos, previous, previousPos);
    if (answer.entity || (answer.how !== 'ambiguous' && answer.how !== 'unknown gender')) return answer;
    // Salience breaks the tie: the subject of the pronoun's own sentence, else of the sentence before
    // ("Bissonnette had a history of … He told psychologists …").
    const w = word.toLowerCase();
    const want: Gender = w === 'he' ? 'm' : w === 'she' ? 'f' : null;
    if (want === null) return answer;
    const own = this.sentenceStart(pos);
    // The sentence before ends at the last character before `own` that is no space (a paragraph's line breaks).
    let end = own - 1;
    while (end > 0 && /\s/u.test(this.text[end])) end--;
    for (const [from, to] of [
      [own, pos],
      [this.sentenceStart(end), own],
    ]) {
      const subject = from < to ? (this.sentenceSubject(from, to) ?? this.descriptionSubject(from, to)) : null;
      // The recognizer's gender only: the guess from pronouns after a mention may be this very pronoun.
      if (subject && subject.type === 'PERSON' && subject.gender === (want === 'm' ? 'male' : 'female'))
        return { entity: subject, how: 'takeover' };
    }
    return answer;
  }

  /** Where the sentence holding offset `pos` starts (after a sentence end or a line break), within WINDOW. */
  private sentenceStart(pos: number): number {
    const from = Math.max(0, pos - SENTENCE_CHARS);
    // One character past `pos`, so that a sentence starting at `pos` itself is seen.
    const before = this.text.slice(from, pos + 1);
    let start = from;
    for (const m of before.matchAll(/[.!?][”"’)]*\s+(?=[\p{Lu}“"‘(])|\n/gu)) start = from + m.index + m[0].length;
    return start;
  }

  /**
   * The subject of the sentence from..to: its first mention that is no background and is followed (after an
   * apposition, if any) by a finite verb in the past or present ("Kim said", "Secord told", "Foster believes").
   */
  private sentenceSubject(from: number, to: number): Entity | null {
    let first = true;
    for (let i = this.lowerBound(from), steps = 0; i < this.mentions.length && steps < OVERLAP_MENTIONS; i++, steps++) {
      const m = this.mentions[i];
      if (m.start >= to) break;
      if (m.background) continue;
      const after = this.text.slice(m.end, Math.min(to, m.end + APPOSITION_CHARS));
      const verb = /^(?:,[^,.;]*,)?\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)\b/u.exec(after);
      if (first) {
        // "Although Trump has tweeted …, its inclusion …": the subject of a subordinate clause is not the sentence's.
        if (this.subordinate(m.start)) {
          first = false;
          continue;
        }
        // Not a coordination ("Chen and Hale met"): "and" carries a stray verb tag in the lexicon.
        if (verb && FINITE_VERBS.has(verb[1]) && !COORDINATORS.test(verb[1])) return m.entity;
        first = false;
      }
      // "…, Foster believes.": a person and a verb closing the sentence after a comma report what it says.
      if (
        m.entity.type === 'PERSON' &&
        /[,”"]\s*$/u.test(this.text.slice(Math.max(from, m.start - 3), m.start)) &&
        verb &&
        FINITE_VERBS.has(verb[1]) &&
        /^\s+(?:\p{Ll}+ly\s+)?\p{Ll}+\s*[.!?]/u.test(after)
      )
        return m.entity;
    }
    return null;
  }

  /**
   * The person a description opening the sentence from..to stands for ("On Dec. 13, the mayor brought up …"),
   * when the article gives that description to one person only (`byRolePhrase`), and a verb follows it.
   */
  private descriptionSubject(from: number, to: number): Entity | null {
    const d = DESCRIPTION_SUBJECT.exec(this.text.slice(from, Math.min(to, from + SENTENCE_CHARS)));
    if (!d) return null;
    const ws = d[1].trim().split(/\s+/u);
    // The first word that can be a finite verb ends the description ("the mayor brought", "the new chief said").
    for (let n = 1; n <= DESCRIPTION_WORDS && n < ws.length; n++) {
      const verb = ws[n].endsWith('ly') && n + 1 < ws.length ? ws[n + 1] : ws[n];
      if (!FINITE_VERBS.has(verb) || COORDINATORS.test(verb)) continue;
      const e = this.byRolePhrase(`the ${ws.slice(0, n).join(' ')}`);
      return e && e.type === 'PERSON' ? e : null;
    }
    return null;
  }

  /**
   * The last person who opens a sentence between `from` and `to` as its subject (no background, a finite verb
   * after the name: "Durning did not need much coaxing."): a quotation after that sentence with no attribution
   * of its own is theirs rather than the previous speaker's.
   */
  subjectBetween(from: number, to: number): MentionRef | null {
    let found: MentionRef | null = null;
    for (let i = this.lowerBound(from), steps = 0; i < this.mentions.length && steps < OVERLAP_MENTIONS; i++, steps++) {
      const m = this.mentions[i];
      if (m.end > to) break;
      if (m.background || m.entity.type !== 'PERSON') continue;
      const sentence = this.sentenceStart(m.start);
      const start = Math.max(from, sentence);
      if (!/^\s*(?:\p{Lu}[\p{L}.'’-]*,?\s+){0,3}$/u.test(this.text.slice(start, m.start))) continue;
      if (this.subordinate(m.start, sentence)) continue;
      if (this.sentenceSubject(m.start, to) === m.entity) found = m;
    }
    return found;
  }

  /** `resolvePronoun` from the previous speaker and the entities named before, without salience. */
  private byHistory(word: string, pos: number, previous: Entity | null, previousPos: number): PronounAnswer {
    const w = word.toLowerCase();
    const want: Gender = w === 'he' ? 'm' : w === 'she' ? 'f' : null;
    const person = w === 'he' || w === 'she' || w === 'i';
    if (!person && w !== 'it') return { entity: null, how: 'other pronoun' };
    const ok = (e: Entity): boolean => {
      if (person) {
        if (e.type !== 'PERSON') return false;
        const g = this.gender.get(e.id) ?? null;
        return want === null || g === null || g === want;
      }
      return e.type === 'ORG';
    };
    const strict = (e: Entity): boolean => !person || want === null || this.gender.get(e.id) === want;
    // A previous speaker of unknown gender still continues when named just before, in the same paragraph
    // ("Ruiz said … “…,” she said"): nobody else is closer.
    const close = previous !== null && pos - previousPos < NEAR && !this.text.slice(previousPos, pos).includes('\n\n');
    if (previous && ok(previous) && pos - previousPos < WINDOW && (strict(previous) || close)) {
      // Keep the previous speaker unless another compatible entity was named after it.
      const rivals: MentionRef[] = [];
      // The previous speaker named again as a subject after every rival ("Grizzle described …. Yet it was
      // only recently that Foster pieced …. “…,” he remarks"): the nearest subject, and the one quoted before.
      let renamed = false;
      for (let i = this.lowerBound(pos) - 1, steps = 0; i >= 0 && steps < CANDIDATE_MENTIONS; i--, steps++) {
        const m = this.mentions[i];
        if (m.start < previousPos) break;
        if (m.entity === previous && rivals.length === 0 && !renamed && person && strict(previous))
          renamed = m.start > previousPos && !m.background && this.acts(m);
        if (m.entity === previous || m.background || !ok(m.entity) || this.apposition(m, previous)) continue;
        // A name of unknown gender later in the previous speaker's own sentence is no rival.
        if (strict(previous) && !strict(m.entity) && this.laterInSentence(m, previous)) continue;
        // A name the text only mentions (an object: "what he would tell Mayor Ana Ruiz"; one of a pair: "Ruiz
        // and Chen said they …") does not take a singular pronoun from a previous speaker it fits for sure.
        if (person && strict(previous) && (!this.actor(m) || this.coordinated(m))) continue;
        rivals.push(m);
      }
      if (rivals.length === 0 || renamed) return { entity: previous, how: 'previous' };
      // Someone of the pronoun's gender introduced as the subject of a later paragraph ("Jim Eglinski said he
      // drove …\n\n“…,” he said") takes over, when nobody else fitting was named after them.
      const taker = this.subjectTakeover(rivals, pos, strict, previousPos);
      if (taker) return { entity: taker, how: 'takeover' };
      // The previous speaker and someone named since both fit: ambiguous.
      return { entity: null, how: 'ambiguous' };
    }
    // The nearest subject first; a name only in the background ("a talk with Ana Ruiz") when no subject fits.
    const subject = this.nearest(pos, ok, strict, true);
    return subject.how === 'no antecedent' ? this.nearest(pos, ok, strict, false) : subject;
  }

  /**
   * The nearest entity fitting `ok` before `pos`, when it fits the pronoun's gender for sure (`strict`) and no
   * other such entity is named within NEAR of the pronoun; with `subjects`, background mentions are passed over.
   */
  private nearest(
    pos: number,
    ok: (e: Entity) => boolean,
    strict: (e: Entity) => boolean,
    subjects: boolean,
  ): PronounAnswer {
    let found: Entity | null = null;
    for (let i = this.lowerBound(pos) - 1, steps = 0; i >= 0 && steps < CANDIDATE_MENTIONS; i--, steps++) {
      const m = this.mentions[i];
      if (pos - m.end > WINDOW) break;
      if (!ok(m.entity) || (subjects && m.background)) continue;
      if (found === null && !strict(m.entity) && this.strictBefore(i, strict)) continue;
      if (found === null) {
        found = m.entity;
        if (!strict(found)) return { entity: null, how: 'unknown gender' };
        continue;
      }
      // Another fitting entity named close by makes the pronoun ambiguous.
      if (m.entity !== found && strict(m.entity) && pos - m.end < NEAR) return { entity: null, how: 'ambiguous' };
    }
    return found ? { entity: found, how: 'nearest' } : { entity: null, how: 'no antecedent' };
  }
}

/** A test of whether start..end lies inside one of `ranges` (sorted by start, as the mark scanner gives them). */
function insideAny(ranges: readonly QuotedRange[]): (start: number, end: number) => boolean {
  return (start, end) => {
    let lo = 0;
    let hi = ranges.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ranges[mid].start < start) lo = mid + 1;
      else hi = mid;
    }
    // Ranges do not overlap, so only the last one opening before `start` can hold it.
    return lo > 0 && ranges[lo - 1].end >= end;
  };
}

/**
 * True when the mention at start..end is background rather than a subject: a possessive ("Trudeau’s plan"),
 * inside parentheses ("(Ana Ruiz/CBC)"), or the object of a preposition, looking back over capitalised words,
 * articles and role nouns ("with the help of Dixon Hall", "like activist Ana Ruiz", "such as Ana Ruiz").
 */
export function backgroundMention(text: string, start: number, end: number): boolean {
  if (/^['’]s\b/u.test(text.slice(end, end + 3))) return true;
  const before = text.slice(Math.max(0, start - PAREN_LOOKBACK), start);
  const open = before.lastIndexOf('(');
  if (open >= 0 && !before.includes(')', open)) return true;
  const tokens = before.match(/[\p{L}\p{N}][\p{L}\p{N}.'’-]*|[^\s\p{L}\p{N}]/gu) ?? [];
  for (let i = tokens.length - 1, seen = 0; i >= 0 && seen < BACKGROUND_WORDS; i--, seen++) {
    const t = tokens[i];
    if (!/^[\p{L}\p{N}]/u.test(t)) return false;
    // A word with a full stop ends the sentence before, unless it is short or dotted ("Dr.", "U.S.").
    if (t.endsWith('.') && t.length > 4 && !/\..*\./u.test(t)) return false;
    if (/^\p{Lu}/u.test(t)) continue;
    const w = t.toLowerCase();
    if (BACKGROUND_PREPOSITIONS.has(w)) return true;
    if (w === 'as') return i > 0 && tokens[i - 1].toLowerCase() === 'such';
    if (!ARTICLES.has(w) && !ROLE_NOUNS.has(w) && !MINED_ROLE_NOUNS.has(w) && !PERSON_NOUNS.has(w)) return false;
  }
  return false;
}
