/**
 * Output validation: what the recognizer's stages return is checked before anyone sees it. A span with bad
 * offsets is dropped, a span's text is made the document's, a dangling speaker id is cleared, an overlapping
 * quote is dropped; each repair is reported, so that a bug is seen (tests assert there is none) while the
 * user still gets a valid annotation.
 */
import { noSpeakerConfidence } from './quotes/confidence';
import { ATTRIBUTION_RULES, type Attribution, type Entity, type Quote, type Span } from './types';

/** What went wrong inside `annotate` without making it throw: a stage that threw, or output it had to repair. */
export interface AnnotateProblem {
  stage: 'text' | 'entities' | 'quotes' | 'validate' | 'annotate';
  message: string;
  error?: unknown;
}

export type Report = (problem: AnnotateProblem) => void;

/** A span lying inside `text` with whole-number offsets; its `text` is made to match the document. */
function checkSpan(text: string, span: Span | null | undefined, what: string, report: Report): Span | null {
  if (!span || typeof span !== 'object') return null;
  const { start, end } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) {
    report({ stage: 'validate', message: `dropped ${what} with bad offsets ${start}..${end}` });
    return null;
  }
  const actual = text.slice(start, end);
  if (span.text !== actual) {
    report({
      stage: 'validate',
      message: `${what} ${start}..${end}: text ${JSON.stringify(span.text)} is not the document's ${JSON.stringify(actual)}`,
    });
    return { ...span, text: actual };
  }
  return span;
}

export function checkEntities(text: string, entities: Entity[], report: Report): Entity[] {
  const out: Entity[] = [];
  for (const entity of entities) {
    if (!entity || typeof entity !== 'object' || typeof entity.id !== 'string') {
      report({ stage: 'validate', message: 'dropped an entity without an id' });
      continue;
    }
    const mentions: Span[] = [];
    for (const mention of Array.isArray(entity.mentions) ? entity.mentions : []) {
      const checked = checkSpan(text, mention, `mention of ${entity.id}`, report);
      if (checked) mentions.push(checked);
    }
    if (mentions.length === 0) {
      report({ stage: 'validate', message: `dropped entity ${entity.id} with no valid mention` });
      continue;
    }
    const sameMentions =
      mentions.length === entity.mentions.length && mentions.every((m, i) => m === entity.mentions[i]);
    let checked: Entity = sameMentions ? entity : { ...entity, mentions };
    if (entity.roleMention) {
      const roleMention = checkSpan(text, entity.roleMention, `role of ${entity.id}`, report);
      if (roleMention !== entity.roleMention) checked = { ...checked, roleMention };
    }
    out.push(checked);
  }
  return out;
}

const RULES: ReadonlySet<string> = new Set(ATTRIBUTION_RULES);

/**
 * A quote's attribution, checked: absent stays absent (quotes built by hand elsewhere may have none); one with
 * a rule not in the list or a confidence that is no number in [0, 1] is dropped; rule "none" with a speaker is
 * dropped, and a rule other than "none" or "corrected" with no speaker (a speaker cleared here, say) becomes
 * "none". Every change but the last for a cleared speaker is reported.
 */
function checkAttribution(q: Quote, speaker: string | null, cleared: boolean, report: Report): Attribution | undefined {
  const a: unknown = q.attribution;
  if (a === undefined) return undefined;
  const where = `quote ${q.start}..${q.end}`;
  if (!a || typeof a !== 'object') {
    report({ stage: 'validate', message: `${where}: dropped attribution ${String(a)}` });
    return undefined;
  }
  const { rule, confidence } = a as Attribution;
  if (typeof rule !== 'string' || !RULES.has(rule)) {
    report({ stage: 'validate', message: `${where}: dropped attribution with unknown rule ${JSON.stringify(rule)}` });
    return undefined;
  }
  if (typeof confidence !== 'number' || !Number.isFinite(confidence) || confidence < 0 || confidence > 1) {
    report({ stage: 'validate', message: `${where}: dropped attribution with confidence ${String(confidence)}` });
    return undefined;
  }
  if (rule === 'none' && speaker !== null) {
    report({ stage: 'validate', message: `${where}: dropped attribution "none" of a quote with speaker ${speaker}` });
    return undefined;
  }
  if (rule !== 'none' && rule !== 'corrected' && speaker === null) {
    if (!cleared) report({ stage: 'validate', message: `${where}: attribution "${rule}" with no speaker made "none"` });
    return { rule: 'none', confidence: noSpeakerConfidence() };
  }
  return a as Attribution;
}

/** Valid quotes in order of start, none overlapping another (the quote finder guarantees it; this checks). */
export function checkQuotes(text: string, quotes: Quote[], ids: Set<string>, report: Report): Quote[] {
  const out: Quote[] = [];
  const ordered = [...quotes].sort((a, b) => (a?.start ?? 0) - (b?.start ?? 0));
  for (const quote of ordered) {
    if (!quote || typeof quote !== 'object') {
      report({ stage: 'validate', message: `dropped a quote that is ${String(quote)}` });
      continue;
    }
    const span = checkSpan(text, quote, 'quote', report);
    if (!span) continue;
    let q: Quote = span as Quote;
    const speakerMention = checkSpan(text, q.speakerMention, 'speaker mention', report);
    const cue = checkSpan(text, q.cue, 'cue', report);
    let speaker = q.speaker ?? null;
    let cleared = false;
    if (speaker !== null && !ids.has(speaker)) {
      report({ stage: 'validate', message: `quote ${q.start}..${q.end}: speaker ${speaker} is no entity` });
      speaker = null;
      cleared = true;
    }
    const attribution = checkAttribution(q, speaker, cleared, report);
    if (speakerMention !== (q.speakerMention ?? null) || cue !== (q.cue ?? null) || speaker !== q.speaker) {
      q = { ...q, speaker, speakerMention, cue };
    }
    if (attribution !== q.attribution) {
      q = { ...q, attribution };
      if (attribution === undefined) delete q.attribution;
    }
    const before = out[out.length - 1];
    if (before && q.start < before.end) {
      report({
        stage: 'validate',
        message: `dropped quote ${q.start}..${q.end}: it overlaps quote ${before.start}..${before.end}`,
      });
      continue;
    }
    out.push(q);
  }
  return out;
}
