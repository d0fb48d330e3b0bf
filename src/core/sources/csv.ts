/** The sources index as CSV (RFC 4180): one row per source, with the columns of `news-lens sources --csv`. */
import type { Source } from './types';

export const SOURCES_CSV_COLUMNS = [
  'name',
  'type',
  'unnamed',
  'roles',
  'kind',
  'gender',
  'gender_evidence',
  'articles',
  'quotes',
  'aliases',
  'similar',
] as const;

function cell(v: string | number | boolean | null): string {
  const s = v === null ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function sourcesCsv(sources: Source[]): string {
  const rows = sources.map((s) =>
    [
      s.name,
      s.type ?? '',
      s.unnamed,
      s.roles.join('; '),
      s.kind,
      s.gender,
      s.genderEvidence,
      s.articles.length,
      s.quotes.length,
      s.aliases.join('; '),
      s.similar.join('; '),
    ]
      .map(cell)
      .join(','),
  );
  return [SOURCES_CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}
