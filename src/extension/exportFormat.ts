import type { Annotation } from '../core/types';
import type { AnnotationModel } from './model';

/** The annotation as JSON, exactly the CLI's format (src/core/types.ts). */
export function annotationJson(annotation: Annotation): string {
  return `${JSON.stringify(annotation, null, 2)}\n`;
}

/**
 * Quotes as CSV (RFC 4180): speaker, role, kind, quote, line (1-based line where the quote starts). A quote
 * the user gave to an unnamed source has "unnamed source: <its description>" as speaker.
 * `lineOf` maps an offset to its 1-based line. Rows end in CRLF; line breaks inside a quote stay as the
 * article has them; no cell can start a spreadsheet formula (see csvField).
 */
export function quotesCsv(model: AnnotationModel, lineOf: (offset: number) => number): string {
  const rows = [['speaker', 'role', 'kind', 'quote', 'line']];
  for (const q of model.quotes) {
    const entity = q.speaker ? model.entityById.get(q.speaker) : undefined;
    const speaker = entity?.name ?? (q.unnamed !== undefined ? `unnamed source: ${q.unnamed}` : '');
    rows.push([speaker, entity?.role ?? '', q.kind, q.text, String(lineOf(q.start))]);
  }
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/**
 * One CSV field, byte-exact except for two things: a field that a spreadsheet would run as a formula
 * (first character `=`, `+`, `-`, `@`, tab or CR; OWASP's CSV injection advice) gets a leading `'`, and a
 * field holding `"`, `,` or a line break is quoted (RFC 4180). Line breaks inside it are kept as they are.
 */
export function csvField(value: string): string {
  const inert = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(inert) ? `"${inert.replace(/"/g, '""')}"` : inert;
}

/**
 * The line ending for showing `csv` (from quotesCsv) in a VS Code document, which holds one line ending only
 * (it rewrites every line break of inserted text to it). CRLF, the rows' ending, unless a quote holds a bare
 * LF line break (an article with LF line endings): then LF, so that the quote's text stays exactly as in the
 * article, at the price of LF row endings, which spreadsheets read as well.
 */
export function csvDocumentEol(csv: string): '\r\n' | '\n' {
  return /(?<!\r)\n/.test(csv) ? '\n' : '\r\n';
}
