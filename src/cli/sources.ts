/**
 * `news-lens sources`: who is quoted across many articles. Every article (files and directories, or JSON lines
 * on standard input with --jsonl) is annotated, with its corrections applied as `annotate` does, and the sources
 * index (src/core/sources) is written: a table for people, or the summary and one row per source as JSON
 * (--json) or CSV (--csv). Only what the index needs of each annotation is kept in memory (no mentions).
 */
import { Writable } from 'node:stream';
import type { AnnotateOptions, Annotation } from '../core';
import { collectSources, ROLE_KINDS, sourcesCsv, type ArticleAnnotation, type SourcesIndex } from '../core/sources';
import { eachAnnotated } from './annotate-files';
import { annotateJsonl } from './annotate-jsonl';
import type { Annotator } from './annotator';
import type { CorrectionsById } from './corrections';
import { Output } from './output';
import { printable, type Problems } from './report';

export type SourcesFormat = 'table' | 'json' | 'csv';

/** Rows the table shows; --json and --csv give every source. */
const TABLE_ROWS = 30;

/** An annotation without what the index does not read (every mention of every entity). */
function slim(a: Annotation): Annotation {
  return { id: a.id, entities: a.entities.map((e) => ({ ...e, mentions: [] })), quotes: a.quotes };
}

/** The annotations of the files and directories under `paths`, in order, with their corrections applied. */
export async function annotationsOfFiles(
  paths: string[],
  problems: Problems,
  annotator: Annotator,
  base: AnnotateOptions,
  corrections: boolean,
): Promise<ArticleAnnotation[]> {
  const articles: ArticleAnnotation[] = [];
  const { inputs } = await eachAnnotated(
    paths,
    problems,
    annotator,
    { base, corrections: corrections ? 'apply' : 'ignore' },
    (id, json) => void articles.push({ id, annotation: slim(JSON.parse(json) as Annotation) }),
  );
  if (inputs === 0) process.stderr.write('news-lens: no .txt files found\n');
  return articles;
}

/** The annotations of JSON lines {"id", "text"} on `input`, as `annotate --jsonl` makes them. */
export async function annotationsOfJsonl(
  input: AsyncIterable<Buffer | string>,
  problems: Problems,
  annotator: Annotator,
  base: AnnotateOptions,
  corrections?: { source: string; byId: CorrectionsById['byId'] },
): Promise<ArticleAnnotation[]> {
  const articles: ArticleAnnotation[] = [];
  let pending = '';
  const take = (line: string) => {
    if (!line) return;
    const a = JSON.parse(line) as Annotation;
    articles.push({ id: String(a.id ?? articles.length + 1), annotation: slim(a) });
  };
  const sink = new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      pending += chunk.toString();
      let nl: number;
      while ((nl = pending.indexOf('\n')) >= 0) {
        take(pending.slice(0, nl));
        pending = pending.slice(nl + 1);
      }
      callback();
    },
  });
  const out = new Output(sink);
  await annotateJsonl(input, out, problems, annotator, undefined, base, corrections);
  await out.flush();
  take(pending.trim());
  return articles;
}

/** Writes the index of `articles` in `format`. */
export async function writeSources(
  articles: ArticleAnnotation[],
  out: Output,
  format: SourcesFormat,
  pretty: boolean,
): Promise<SourcesIndex> {
  const index = collectSources(articles);
  if (format === 'json') await out.write(`${JSON.stringify(index, null, pretty ? 2 : undefined)}\n`);
  else if (format === 'csv') await out.write(sourcesCsv(index.sources));
  else await out.write(sourcesTable(index));
  return index;
}

const percent = (part: number, of: number) => (of ? `${((100 * part) / of).toFixed(1)}%` : '-');

/** The summary and the most quoted sources, for a person to read. */
export function sourcesTable(index: SourcesIndex): string {
  const s = index.summary;
  const people = s.people.female.sources + s.people.male.sources + s.people.unknown.sources;
  const peopleQuotes = s.people.female.quotes + s.people.male.quotes + s.people.unknown.quotes;
  let t =
    `${s.articles} article${s.articles === 1 ? '' : 's'}, ${s.quotes} attributed quotes ` +
    `(${s.unattributedQuotes} more with no speaker the text gives), ${s.sources} named sources\n\n`;
  const row = (label: string, sources: number, quotes: number) =>
    `  ${label.padEnd(14)} ${String(sources).padStart(7)} ${percent(sources, people).padStart(7)}` +
    `  ${String(quotes).padStart(7)} ${percent(quotes, peopleQuotes).padStart(7)}\n`;
  t += `  ${'people'.padEnd(14)} ${'sources'.padStart(15)}  ${'quotes'.padStart(15)}\n`;
  t += row('women', s.people.female.sources, s.people.female.quotes);
  t += row('men', s.people.male.sources, s.people.male.quotes);
  t += row('unknown', s.people.unknown.sources, s.people.unknown.quotes);
  t += `\n  organizations and other named sources: ${s.organizations.sources}, ${s.organizations.quotes} quotes\n`;
  t += `  unnamed sources: ${s.unnamed.quotes} quotes; named share of attributed quotes ${percent(s.quotes - s.unnamed.quotes, s.quotes)}\n`;
  const kinds = ROLE_KINDS.filter((k) => s.byKind[k]).map((k) => `${k} ${s.byKind[k]!.sources}`);
  t += `  named sources by kind of role: ${kinds.join(', ') || '-'}\n\n`;
  const shown = index.sources.slice(0, TABLE_ROWS);
  const width = Math.max(6, ...shown.map((x) => printable(x.name).length));
  t += `${'source'.padEnd(width)}  quotes  articles  gender   role\n`;
  for (const x of shown) {
    const gender = x.unnamed ? '' : x.type !== 'PERSON' ? `(${(x.type ?? '').toLowerCase()})` : (x.gender ?? 'unknown');
    t +=
      `${printable(x.name).padEnd(width)}  ${String(x.quotes.length).padStart(6)}  ${String(x.articles.length).padStart(8)}` +
      `  ${gender.padEnd(7)}  ${printable(x.roles[0] ?? '')}`.trimEnd() +
      '\n';
  }
  if (index.sources.length > shown.length)
    t += `… and ${index.sources.length - shown.length} more (all of them with --json or --csv)\n`;
  return t;
}
