/**
 * `news-lens eval`: how right the recognizer is on the user's own articles, judged by their corrections. Every
 * article with a `<file>.newslens.json` beside it is annotated by the recognizer alone and compared with its
 * corrected annotation; per article and in total: the share of recognized quotes kept, of speakers and of
 * roles left as they were. Written as a table, or as JSON with --json.
 */
import type { AnnotateOptions } from '../core';
import { fraction, type Fraction } from '../core/corrections';
import { eachAnnotated } from './annotate-files';
import type { Annotator, JobEvaluation } from './annotator';
import type { Output } from './output';
import { printable, type Problems } from './report';

/** One article's line: its file and its evaluation. */
export interface EvalRow extends JobEvaluation {
  file: string;
}

/** The sums over every article: the same fractions, of the pooled counts. */
export interface EvalTotal {
  articles: number;
  quotes: Fraction;
  speakers: Fraction;
  roles: Fraction;
  unplaced: number;
}

/** Evaluates the articles with corrections under `paths` and writes the result. */
export async function evaluateFiles(
  paths: string[],
  out: Output,
  problems: Problems,
  annotator: Annotator,
  base: AnnotateOptions,
  format: { json: boolean; pretty: boolean },
): Promise<void> {
  const rows: EvalRow[] = [];
  const { judged: withCorrections } = await eachAnnotated(
    paths,
    problems,
    annotator,
    { base, corrections: 'evaluate' },
    (file, json) => void rows.push({ file, ...(JSON.parse(json) as JobEvaluation) }),
  );
  if (withCorrections === 0) {
    problems.error(
      'eval',
      'no article with corrections found (they are read from FILE.newslens.json beside each FILE)',
    );
    return;
  }
  if (rows.length === 0) return; // each article's reason is said
  const sum = totalOf(rows);
  if (format.json) {
    await out.write(`${JSON.stringify({ articles: rows, total: sum }, null, format.pretty ? 2 : undefined)}\n`);
  } else {
    await out.write(table(rows, sum));
  }
}

/** The pooled counts of `rows`. */
export function totalOf(rows: readonly JobEvaluation[]): EvalTotal {
  const pool = (pick: (r: JobEvaluation) => Fraction) =>
    fraction(
      rows.reduce((n, r) => n + pick(r).part, 0),
      rows.reduce((n, r) => n + pick(r).of, 0),
    );
  return {
    articles: rows.length,
    quotes: pool((r) => r.quotes),
    speakers: pool((r) => r.speakers),
    roles: pool((r) => r.roles),
    unplaced: rows.reduce((n, r) => n + r.unplaced, 0),
  };
}

/** "3/4   75.0%" ("0/0       -" when there is nothing to judge). */
function cell(f: Fraction): string {
  const percent = f.precision === null ? '-' : `${(100 * f.precision).toFixed(1)}%`;
  return `${`${f.part}/${f.of}`.padEnd(9)} ${percent.padStart(6)}`;
}

/** The table `eval` writes: a line per article, the total, and what the columns count. */
export function table(rows: readonly EvalRow[], total: EvalTotal): string {
  const totalLabel = `total (${total.articles} article${total.articles === 1 ? '' : 's'})`;
  const width = Math.max('article'.length, totalLabel.length, ...rows.map((r) => printable(r.file).length));
  const line = (name: string, quotes: string, speakers: string, roles: string, unplaced: string) =>
    `${name.padEnd(width)}  ${quotes.padEnd(16)}  ${speakers.padEnd(16)}  ${roles.padEnd(16)}  ${unplaced}`.trimEnd() +
    '\n';
  let s = line('article', 'quotes', 'speakers', 'roles', 'unplaced');
  for (const r of rows)
    s += line(printable(r.file), cell(r.quotes), cell(r.speakers), cell(r.roles), String(r.unplaced));
  s += line(totalLabel, cell(total.quotes), cell(total.speakers), cell(total.roles), String(total.unplaced));
  s +=
    '\nquotes: recognized quotes the corrections kept (not "not a quote"); speakers: of those with a speaker,\n' +
    'the ones whose speaker was left as it was; roles: of entities with a role, the ones whose role was left.\n' +
    'unplaced: corrections whose quote or name is no longer in the article (not counted).\n';
  return s;
}
