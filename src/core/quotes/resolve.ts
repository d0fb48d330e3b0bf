/**
 * Step 8 of quote finding, resolution: ties each item's speaker phrase to an entity (by overlap with its
 * mentions, by role, by pronoun; pronouns.ts), and gives a quotation with no attribution of its own the
 * speaker of the quotation it continues, or of the paragraph before.
 *
 * Each quote also records how its speaker was found (`features`, from which index.ts fills in the quote's
 * `attribution`: its rule, and its confidence from the table of confidence.ts, keyed by path, kind and detail):
 *
 * | how the speaker was found                                   | path (rule)      | detail                    |
 * |-------------------------------------------------------------|------------------|---------------------------|
 * | a pronoun ("he said"), resolved                             | pronoun          | previous, nearest         |
 * | a role phrase ("the minister said") or "the company said"   | description      | role, organization        |
 * | "according to" with a name                                  | according to     | name                      |
 * | a name (or a phrase ending in one, "Cameron, who said") …   | cue before/after | name                      |
 * | no attribution: the quotation continued, the paragraph before | continuation   | chain, same paragraph, paragraph before |
 * | no entity                                                   | none             | no attribution, unresolved, unnamed, pronoun |
 *
 * "Cue before"/"cue after" is where the attribution stands against the content (quotations.ts,
 * `attributionAfter`). The rule is the path, except that a name tied to its person only through the user's
 * knownPeople alias (`aliasOnly`) has the rule "known person": its confidence is that of the path that found
 * it (no data has knownPeople; the alias makes the name sure, not the attribution).
 * A pronoun is "previous" when it keeps the previous speaker (or a paragraph's new subject takes over) and
 * "nearest" when it takes the nearest fitting entity; a quote with no speaker is "unresolved" when its
 * attribution has words that name someone the resolver could not tie to one entity (a name, a noun phrase, a
 * continued speaker), "unnamed" for an indefinite source ("a source said"), "pronoun" for a pronoun left
 * unresolved, "no attribution" when nothing names a speaker.
 */
import { DOCUMENT_NOUNS, PERSON_NOUNS, ROLE_NOUNS } from '../lang';
import type { Token } from '../text';
import type { Entity, KnownPerson, Quote, Span } from '../types';
import type { AttributionFeatures, AttributionPath } from './confidence';
import type { QuoteSpan } from './marks';
import { SpeakerResolver } from './pronouns';
import type { Item } from './quotations';

/** Indefinite noun phrases: sources that are not named. */
const UNNAMED = /^(?:a|an|one|some|several|many|two|three|four|few|other|another|most|all|senior)\b/i;

/** A quotation with no attribution continues the last speaker at most this many paragraphs later. */
const CONTINUE_PARAGRAPHS = 1;

/** A quote as resolution returns it: with how its speaker was found, for its attribution (index.ts). */
export interface ResolvedQuote extends Quote {
  features: AttributionFeatures;
}

export function resolve(
  text: string,
  tokens: Token[],
  spans: QuoteSpan[],
  items: Item[],
  entities: Entity[],
  knownPeople: KnownPerson[] = [],
): ResolvedQuote[] {
  const resolver = new SpeakerResolver(text, entities, spans);
  const out: ResolvedQuote[] = [];
  let last: { mention: Span; speaker: string | null; entity: Entity | null; para: number; end: number } | null = null;
  let prevEntity: Entity | null = null;
  let prevPos = -1;
  let lastChainSpeaker: { mention: Span; entity: Entity | null } | null = null;
  let prevEnd = -1;
  let prevStart = -1;
  const byId = new Map(entities.map((e) => [e.id, e]));
  /** An upper-case label before a colon: a transcript's speaker or a section heading. */
  const heading = (it: Item): boolean => {
    if (!it.phrase || !it.cue || text.slice(it.cue.start, it.cue.end) !== ':') return false;
    return /^[^\p{Ll}]+$/u.test(text.slice(tokens[it.phrase.first].start, tokens[it.phrase.last - 1].end));
  };
  // A market roundup: some label of several words names no person, so the article's labels are headings.
  const roundup = items.some((it) => {
    if (!heading(it) || !it.phrase) return false;
    const ms = tokens[it.phrase.first].start;
    const me = tokens[it.phrase.last - 1].end;
    const e = resolver.overlapping(ms, me);
    return /\s/u.test(text.slice(ms, me)) && (!e || e.type !== 'PERSON');
  });
  for (const it of items) {
    if (it.start === prevStart && it.end === prevEnd) continue;
    prevStart = it.start;
    prevEnd = it.end;
    let mention: Span | null = null;
    let entity: Entity | null = null;
    /** How the speaker was found, when it was; `detail` says more (or, with no entity, why there is none). */
    let path: AttributionPath = 'none';
    let detail = 'no attribution';
    let alias = false;
    if (it.phrase) {
      const p = it.phrase;
      const ms = tokens[p.first].start;
      const me = tokens[p.last - 1].end;
      const side: AttributionPath = it.according ? 'according to' : it.attributionAfter ? 'cue after' : 'cue before';
      mention = { start: ms, end: me, text: text.slice(ms, me) };
      if (p.kind === 'pronoun') {
        const answer = resolver.resolvePronoun(mention.text, ms, prevEntity, prevPos);
        entity = answer.entity;
        path = 'pronoun';
        // "takeover" (the subject of a later paragraph) is rare and as reliable as keeping the previous speaker.
        detail = answer.how === 'nearest' ? 'nearest' : 'previous';
      } else if (p.kind === 'relative') {
        const a = p.antecedent;
        if (a) entity = resolver.overlapping(tokens[a.first].start, tokens[a.last - 1].end);
        path = side;
        detail = 'name';
        if (entity && a) alias = aliasOnly(entity, tokens[a.first].start, tokens[a.last - 1].end, knownPeople);
      } else {
        // "a spokeswoman for Trudeau", "the lawyer of Ana Ruiz": a person described by their tie to someone
        // named is not that someone.
        const tie =
          /^(?:(?:a|an|the|one|another)\s+)?(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+)\s+(?:for|of|to|with|from)\s/u.exec(
            mention.text.toLowerCase(),
          );
        const tied = p.kind === 'noun' && tie !== null && (ROLE_NOUNS.has(tie[1]) || PERSON_NOUNS.has(tie[1]));
        entity = tied ? null : (resolver.overlapping(ms, me, p.kind === 'noun') ?? resolver.personHead(ms, me));
        // "Guest said …" where the recognizer left the surname alone: the one person the article names so.
        if (!entity && !tied && p.kind === 'name') entity = resolver.bySurname(mention.text);
        path = side;
        detail = 'name';
        if (entity) alias = aliasOnly(entity, ms, me, knownPeople);
        // An unnamed source ("a source", "officials", "a senior aide") stays without a speaker.
        const unnamed = p.kind === 'noun' && UNNAMED.test(mention.text);
        if (!entity && p.kind === 'noun' && !unnamed) {
          entity = resolver.byRolePhrase(mention.text);
          path = 'description';
          detail = 'role';
        }
        // "the union's Friday release said", "according to the city's survey": the possessor speaks.
        const owner = !entity && p.kind === 'noun' ? possessorOf(tokens, p.first, p.last) : -1;
        if (owner >= 0) {
          const oe = tokens[owner].end - 2;
          mention = { start: ms, end: oe, text: text.slice(ms, oe) };
          entity = resolver.overlapping(ms, oe) ?? resolver.organization(mention.text, ms);
          path = entity ? 'description' : side;
          detail = entity ? 'organization' : 'name';
        }
        // "her statement said": the person "her" stands for.
        const own = /^(his|her)\s+(?:[\p{Ll}-]+\s+)?([\p{Ll}-]+)$/iu.exec(mention.text);
        if (!entity && p.kind === 'noun' && own && DOCUMENT_NOUNS.has(own[2].toLowerCase())) {
          entity = resolver.resolvePronoun(
            own[1].toLowerCase() === 'his' ? 'he' : 'she',
            ms,
            prevEntity,
            prevPos,
          ).entity;
          path = 'pronoun';
          detail = 'previous';
        }
        // "the company said": the organization named last, when only one fits.
        if (!entity && p.kind === 'noun') {
          entity = resolver.organization(mention.text, ms);
          path = 'description';
          detail = 'organization';
        }
        if (!entity) detail = unnamed ? 'unnamed' : 'unresolved';
      }
      if (entity && entity.type === 'MISC') {
        entity = null;
        detail = 'unresolved';
      }
      // "THE DAY IN ASIA: …", "KEEPING SCORE: …": an upper-case label of several words before a colon that
      // names no person the article mentions is a section heading, not a transcript's speaker: no quote. (One
      // word, "HOLT: …", stays a transcript line, unless the article has such headings: "ENERGY: …".)
      if (heading(it) && (!entity || entity.type !== 'PERSON') && (roundup || /\s/u.test(mention.text))) continue;
    } else if (it.mayContinue) {
      const s = it.span >= 0 ? spans[it.span] : null;
      if (s && s.continues && lastChainSpeaker) {
        mention = lastChainSpeaker.mention;
        entity = lastChainSpeaker.entity;
        detail = 'chain';
      } else if (last && it.para - last.para <= CONTINUE_PARAGRAPHS) {
        // A person opening a sentence since the last quote ("Durning did not need much coaxing. “…”") speaks.
        const taker = resolver.subjectBetween(last.end, it.start);
        if (taker && taker.entity !== last.entity) {
          mention = { start: taker.start, end: taker.end, text: text.slice(taker.start, taker.end) };
          entity = taker.entity;
        } else {
          mention = last.mention;
          entity = last.entity;
        }
        detail = it.para === last.para ? 'same paragraph' : 'paragraph before';
      }
      path = 'continuation';
    }
    if (!entity) {
      if (path === 'pronoun') detail = 'pronoun';
      else if (path === 'continuation' || (path !== 'none' && detail !== 'unnamed'))
        detail = mention ? 'unresolved' : 'no attribution';
      path = 'none';
    }
    const quote: ResolvedQuote = {
      start: it.start,
      end: it.end,
      text: text.slice(it.start, it.end),
      kind: it.kind,
      speaker: entity ? entity.id : null,
      speakerMention: mention ? { ...mention } : null,
      cue: it.cue ? { start: it.cue.start, end: it.cue.end, text: text.slice(it.cue.start, it.cue.end) } : null,
      features: { rule: alias ? 'known person' : path, path, detail },
    };
    out.push(quote);
    if (mention) {
      last = { mention, speaker: quote.speaker, entity, para: it.para, end: it.end };
      if (it.kind !== 'indirect') lastChainSpeaker = { mention, entity };
    }
    // "Although Trump has tweeted that …, its inclusion …, he said": a speaker in a subordinate clause is not
    // the one the next pronoun goes on with.
    if (entity && byId.has(entity.id) && !(mention && path !== 'pronoun' && resolver.subordinate(mention.start))) {
      prevEntity = entity;
      prevPos = mention ? mention.start : it.start;
    }
  }
  return out;
}

/** Nouns of something an organization or a person issues or publishes: its owner is who says what it says. */
const AUTHORED = new Set(
  `report reports findings assessment study survey paper filing complaint lawsuit ad video announcement analysis
  review document documents data figures records estimates forecast`.split(/\s+/),
);
/** Words at most between a possessive and the noun of what it issued ("the union's Friday news release"). */
const POSSESSIVE_GAP = 3;

/**
 * The token of the possessive ("the union's") in a speaker phrase first..last naming something its owner
 * issued ("the union's Friday release", "the city's survey"), or -1. A person's own words ("her statement")
 * are resolved as the pronoun.
 */
function possessorOf(tokens: Token[], first: number, last: number): number {
  const head = tokens[last - 1].text.toLowerCase();
  if (!DOCUMENT_NOUNS.has(head) && !AUTHORED.has(head)) return -1;
  for (let k = last - 2; k >= first && k >= last - 2 - POSSESSIVE_GAP; k--) {
    const t = tokens[k].text;
    if (/^\p{L}[\p{L}.-]*['’]s$/u.test(t) && !/^(?:it|he|she|who)['’]s$/iu.test(t)) return k;
  }
  return -1;
}

/**
 * True when `e` is tied to the speaker words at start..end only through the user's knownPeople: the mention
 * of `e` there is a known person's alias (which the entity recognizer always makes that person's mention), and
 * the alias is not made of words of their name, which the text alone could have tied ("Putin" for "Vladimir
 * Putin" is the surname; "Big Sam" for "Samuel Oduya" is not).
 */
function aliasOnly(e: Entity, start: number, end: number, known: KnownPerson[]): boolean {
  if (known.length === 0 || e.type !== 'PERSON') return false;
  const m = e.mentions.find((x) => x.start < end && start < x.end);
  if (!m) return false;
  const words = (s: string) =>
    s
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
  for (const k of known) {
    if (!k || typeof k.name !== 'string' || !Array.isArray(k.aliases)) continue;
    if (!k.aliases.includes(m.text)) continue;
    const name = new Set(words(k.name));
    if (!words(m.text).every((w) => name.has(w))) return true;
  }
  return false;
}
