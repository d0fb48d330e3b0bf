/**
 * How good the recognizer was on an article, judged by the user's corrections of it (`news-lens eval`): its
 * annotation against the corrected one. An entity is followed from one to the other by its mentions (ids
 * change when entities are merged), a quote by its span (a corrected quote keeps the recognizer's span).
 */
import type { Annotation, Entity } from '../types';

/** `part` of `of` and their ratio (null when `of` is 0: nothing to judge). */
export interface Fraction {
  part: number;
  of: number;
  precision: number | null;
}

export interface CorrectionsEvaluation {
  /** Recognized quotes the user kept (did not mark "not a quote"), of all recognized quotes. */
  quotes: Fraction & { kept: number; recognized: number; removed: number; added: number };
  /** Of the kept recognized quotes that had a speaker, those whose speaker the user left as it was. */
  speakers: Fraction & { unchanged: number; attributed: number };
  /** Of the recognized entities with a role, those whose role the user left as it was. */
  roles: Fraction & { unchanged: number; withRole: number };
}

export function fraction(part: number, of: number): Fraction {
  return { part, of, precision: of === 0 ? null : part / of };
}

/** Compares the recognizer's annotation of an article with its corrected annotation. */
export function evaluateCorrections(recognized: Annotation, corrected: Annotation): CorrectionsEvaluation {
  const correctedQuotes = new Map(corrected.quotes.map((q) => [`${q.start}:${q.end}`, q]));
  const recognizedSpans = new Set(recognized.quotes.map((q) => `${q.start}:${q.end}`));
  let kept = 0;
  let attributed = 0;
  let speakersUnchanged = 0;
  for (const q of recognized.quotes) {
    const now = correctedQuotes.get(`${q.start}:${q.end}`);
    if (!now) continue;
    kept++;
    if (q.speaker === null) continue;
    attributed++;
    const before = recognized.entities.find((e) => e.id === q.speaker);
    const after = now.speaker === null ? undefined : corrected.entities.find((e) => e.id === now.speaker);
    if (before && after && sameEntity(before, after)) speakersUnchanged++;
  }
  const added = corrected.quotes.filter((q) => !recognizedSpans.has(`${q.start}:${q.end}`)).length;
  let withRole = 0;
  let rolesUnchanged = 0;
  for (const e of recognized.entities) {
    if (e.role === null) continue;
    withRole++;
    const after = corrected.entities.find((c) => sameEntity(e, c));
    if (after && after.role === e.role) rolesUnchanged++;
  }
  const recognizedCount = recognized.quotes.length;
  return {
    quotes: {
      ...fraction(kept, recognizedCount),
      kept,
      recognized: recognizedCount,
      removed: recognizedCount - kept,
      added,
    },
    speakers: { ...fraction(speakersUnchanged, attributed), unchanged: speakersUnchanged, attributed },
    roles: { ...fraction(rolesUnchanged, withRole), unchanged: rolesUnchanged, withRole },
  };
}

/** Whether `after` (in the corrected annotation) is `before` (in the recognized one): it has one of its mentions. */
function sameEntity(before: Entity, after: Entity): boolean {
  return before.mentions.some((m) => after.mentions.some((n) => n.start === m.start && n.end === m.end));
}
