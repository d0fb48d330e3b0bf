import type { Annotation } from '../core/types';
import type { AnnotationModel } from './model';

/** The annotation as JSON, exactly the CLI's format (src/core/types.ts). */
export function annotationJson(annotation: Annotation): string {
  return `${JSON.stringify(annotation, null, 2)}\n`;
}

/**
 * Quotes as CSV (RFC 4180): speaker, role, kind, quote, line (1-based line where the quote starts).
 * `lineOf` maps an offset to its 1-based line.
 */
export function quotesCsv(model: AnnotationModel, lineOf: (offset: number) => number): string {
  const rows = [['speaker', 'role', 'kind', 'quote', 'line']];
  for (const q of model.quotes) {
    const entity = q.speaker ? model.entityById.get(q.speaker) : undefined;
    rows.push([entity?.name ?? '', entity?.role ?? '', q.kind, q.text, String(lineOf(q.start))]);
  }
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
