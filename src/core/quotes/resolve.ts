/**
 * Step 8 of quote finding, resolution: ties each item's speaker phrase to an entity (by overlap with its
 * mentions, by role, by pronoun; pronouns.ts), and gives a quotation with no attribution of its own the
 * speaker of the quotation it continues, or of the paragraph before.
 */
import type { Token } from '../text';
import type { Entity, Quote, Span } from '../types';
import type { QuoteSpan } from './marks';
import { SpeakerResolver } from './pronouns';
import type { Item } from './quotations';

/** Indefinite noun phrases: sources that are not named. */
const UNNAMED = /^(?:a|an|one|some|several|many|two|three|four|few|other|another|most|all|senior)\b/i;

/** A quotation with no attribution continues the last speaker at most this many paragraphs later. */
const CONTINUE_PARAGRAPHS = 1;

export function resolve(text: string, tokens: Token[], spans: QuoteSpan[], items: Item[], entities: Entity[]): Quote[] {
  const resolver = new SpeakerResolver(text, entities);
  const out: Quote[] = [];
  let last: { mention: Span; speaker: string | null; entity: Entity | null; para: number } | null = null;
  let prevEntity: Entity | null = null;
  let prevPos = -1;
  let lastChainSpeaker: { mention: Span; entity: Entity | null } | null = null;
  let prevEnd = -1;
  let prevStart = -1;
  const byId = new Map(entities.map((e) => [e.id, e]));
  for (const it of items) {
    if (it.start === prevStart && it.end === prevEnd) continue;
    prevStart = it.start;
    prevEnd = it.end;
    let mention: Span | null = null;
    let entity: Entity | null = null;
    if (it.phrase) {
      const p = it.phrase;
      const ms = tokens[p.first].start;
      const me = tokens[p.last - 1].end;
      mention = { start: ms, end: me, text: text.slice(ms, me) };
      if (p.kind === 'pronoun') entity = resolver.pronoun(mention.text, ms, prevEntity, prevPos);
      else if (p.kind === 'relative') {
        const a = p.antecedent;
        if (a) entity = resolver.overlapping(tokens[a.first].start, tokens[a.last - 1].end);
      } else {
        entity = resolver.overlapping(ms, me, p.kind === 'noun');
        // An unnamed source ("a source", "officials", "a senior aide") stays without a speaker.
        if (!entity && p.kind === 'noun' && !UNNAMED.test(mention.text)) entity = resolver.byRolePhrase(mention.text);
        // "the company said": the organization named last, when only one fits.
        if (!entity && p.kind === 'noun') entity = resolver.organization(mention.text, ms);
      }
      if (entity && entity.type === 'MISC') entity = null;
    } else if (it.mayContinue) {
      const s = it.span >= 0 ? spans[it.span] : null;
      if (s && s.continues && lastChainSpeaker) {
        mention = lastChainSpeaker.mention;
        entity = lastChainSpeaker.entity;
      } else if (last && it.para - last.para <= CONTINUE_PARAGRAPHS) {
        mention = last.mention;
        entity = last.entity;
      }
    }
    const quote: Quote = {
      start: it.start,
      end: it.end,
      text: text.slice(it.start, it.end),
      kind: it.kind,
      speaker: entity ? entity.id : null,
      speakerMention: mention ? { ...mention } : null,
      cue: it.cue ? { start: it.cue.start, end: it.cue.end, text: text.slice(it.cue.start, it.cue.end) } : null,
    };
    out.push(quote);
    if (mention) {
      last = { mention, speaker: quote.speaker, entity, para: it.para };
      if (it.kind !== 'indirect') lastChainSpeaker = { mention, entity };
    }
    if (entity && byId.has(entity.id)) {
      prevEntity = entity;
      prevPos = mention ? mention.start : it.start;
    }
  }
  return out;
}
