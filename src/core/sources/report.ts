/**
 * The Source Diversity report's numbers (src/extension/reportPanel.ts draws them): from the sources index, the
 * share of quotes and of sources by gender, named against unnamed sources, sources by kind of role, the most
 * quoted sources, and quotes per article over the articles' order (or their dates, when every article with a
 * quote has one). Pure: chart-ready rows, no drawing.
 */
import { ROLE_KINDS, type RoleKind } from './roleKinds';
import type { Source, SourcesIndex } from './types';

/** A person's gender as the report counts it: "unknown" when the text gives no evidence or articles disagree. */
export type GenderKey = 'female' | 'male' | 'unknown';
/** Whose a quote is, for the stacked charts: a person by gender, an organization, or an unnamed source. */
export type SourceCategory = GenderKey | 'organization' | 'unnamed';

export const GENDERS: readonly GenderKey[] = ['female', 'male', 'unknown'];
export const CATEGORIES: readonly SourceCategory[] = ['female', 'male', 'unknown', 'organization', 'unnamed'];

/** One article of the workspace, in the order the report lists them. */
export interface ReportArticle {
  /** The id the sources index uses for it (its URI). */
  id: string;
  /** What the chart shows for it (a relative path). */
  label: string;
  /** Its date (YYYY-MM-DD), when the text gives one. */
  date?: string;
}

export interface Share {
  count: number;
  /** count / total of its group, 0 when the group is empty. */
  share: number;
}

export interface TopSource {
  name: string;
  quotes: number;
  articles: number;
  /** A person's gender, or "organization" for a named source that is not a person. */
  category: Exclude<SourceCategory, 'unnamed'>;
  /** The role seen most often, or null. */
  role: string | null;
  kind: RoleKind;
}

/** One bar of the quotes-per-article chart: one article, or a run of consecutive articles when there are many. */
export interface TimelineBar {
  /** 0-based position of the bar. */
  index: number;
  /** The article's label, or "first – last" for a run. */
  label: string;
  /** The date (or "first – last" dates) when the timeline follows dates. */
  date?: string;
  /** How many articles the bar stands for. */
  articles: number;
  /** Quotes per article of the bar (the mean over its articles), by category. */
  perArticle: Record<SourceCategory, number>;
  /** Quotes in the bar's articles, all categories. */
  quotes: number;
}

export interface SourceReport {
  articles: number;
  /** Quotes with a named or unnamed source (the report's quotes). */
  quotes: number;
  /** Quotes whose speaker the text does not give (left out of every chart). */
  unattributedQuotes: number;
  /** Named sources: people and organizations. */
  sources: number;
  /** People among the named sources. */
  people: number;
  organizations: number;
  /** Quotes of people and people, by gender (shares over people). */
  gender: { quotes: Record<GenderKey, Share>; sources: Record<GenderKey, Share> };
  /** Quotes by named and unnamed sources (shares over all the report's quotes). */
  named: { named: Share; unnamed: Share };
  /** Named sources and their quotes by kind of role, in the taxonomy's order, kinds with no source left out. */
  kinds: Array<{ kind: RoleKind; sources: number; quotes: number }>;
  /** The most quoted named sources, most quoted first. */
  top: TopSource[];
  /** Quotes per article over the articles' order, or their dates. */
  timeline: { by: 'order' | 'date'; bars: TimelineBar[]; articlesPerBar: number };
}

export interface ReportOptions {
  /** How many sources the top list holds (default 15). */
  top?: number;
  /** At most this many bars in the quotes-per-article chart; more articles are grouped in runs (default 60). */
  maxBars?: number;
}

const share = (count: number, total: number): Share => ({ count, share: total ? count / total : 0 });

function categoryOf(s: Source): SourceCategory {
  if (s.unnamed) return 'unnamed';
  if (s.type !== 'PERSON') return 'organization';
  return s.gender ?? 'unknown';
}

const zero = (): Record<SourceCategory, number> => ({ female: 0, male: 0, unknown: 0, organization: 0, unnamed: 0 });

/**
 * The report over `index`. `articles` gives the order (and labels, and dates) of the articles; an article the
 * sources name but `articles` does not is added at the end under its id.
 */
export function sourceReport(
  index: SourcesIndex,
  articles: readonly ReportArticle[],
  options: ReportOptions = {},
): SourceReport {
  const topN = options.top ?? 15;
  const maxBars = Math.max(1, options.maxBars ?? 60);
  const people: Record<GenderKey, { sources: number; quotes: number }> = {
    female: { sources: 0, quotes: 0 },
    male: { sources: 0, quotes: 0 },
    unknown: { sources: 0, quotes: 0 },
  };
  const kinds = new Map<RoleKind, { sources: number; quotes: number }>();
  let named = 0;
  let namedQuotes = 0;
  let unnamedQuotes = 0;
  let organizations = 0;
  const order = new Map<string, number>();
  const list: ReportArticle[] = [];
  for (const a of articles) {
    if (order.has(a.id)) continue;
    order.set(a.id, list.length);
    list.push(a);
  }
  const counts: Array<Record<SourceCategory, number>> = list.map(zero);
  for (const s of index.sources) {
    const category = categoryOf(s);
    for (const q of s.quotes) {
      let at = order.get(q.article);
      if (at === undefined) {
        at = list.length;
        order.set(q.article, at);
        list.push({ id: q.article, label: q.article });
        counts.push(zero());
      }
      counts[at][category]++;
    }
    if (s.unnamed) {
      unnamedQuotes += s.quotes.length;
      continue;
    }
    named++;
    namedQuotes += s.quotes.length;
    const k = kinds.get(s.kind) ?? { sources: 0, quotes: 0 };
    k.sources++;
    k.quotes += s.quotes.length;
    kinds.set(s.kind, k);
    if (category === 'organization') organizations++;
    else if (category !== 'unnamed') {
      people[category].sources++;
      people[category].quotes += s.quotes.length;
    }
  }
  const peopleCount = GENDERS.reduce((n, g) => n + people[g].sources, 0);
  const peopleQuotes = GENDERS.reduce((n, g) => n + people[g].quotes, 0);
  const quotes = namedQuotes + unnamedQuotes;
  const top = index.sources
    .filter((s) => !s.unnamed && s.quotes.length > 0)
    .sort(
      (a, b) =>
        b.quotes.length - a.quotes.length || b.articles.length - a.articles.length || a.name.localeCompare(b.name),
    )
    .slice(0, topN)
    .map((s): TopSource => ({
      name: s.name,
      quotes: s.quotes.length,
      articles: s.articles.length,
      category: categoryOf(s) as TopSource['category'],
      role: s.roles[0] ?? null,
      kind: s.kind,
    }));
  return {
    articles: Math.max(index.summary.articles, list.length),
    quotes,
    unattributedQuotes: index.summary.unattributedQuotes,
    sources: named,
    people: peopleCount,
    organizations,
    gender: {
      quotes: byGender((g) => share(people[g].quotes, peopleQuotes)),
      sources: byGender((g) => share(people[g].sources, peopleCount)),
    },
    named: { named: share(namedQuotes, quotes), unnamed: share(unnamedQuotes, quotes) },
    kinds: ROLE_KINDS.filter((k) => kinds.has(k)).map((kind) => ({ kind, ...kinds.get(kind)! })),
    top,
    timeline: timeline(list, counts, maxBars),
  };
}

function byGender(f: (g: GenderKey) => Share): Record<GenderKey, Share> {
  return { female: f('female'), male: f('male'), unknown: f('unknown') };
}

/**
 * The quotes-per-article bars: by date when every article with a quote has one (articles without a date and
 * without quotes are left out then), else in the articles' order; runs of consecutive articles share a bar when
 * there are more than `maxBars`.
 */
function timeline(
  list: ReportArticle[],
  counts: Array<Record<SourceCategory, number>>,
  maxBars: number,
): SourceReport['timeline'] {
  let rows = list.map((article, i) => ({ article, counts: counts[i], i }));
  const quoted = rows.filter((r) => CATEGORIES.some((c) => r.counts[c] > 0));
  const byDate = quoted.length > 0 && quoted.every((r) => !!r.article.date);
  if (byDate) {
    rows = rows.filter((r) => !!r.article.date);
    rows.sort((a, b) => (a.article.date! < b.article.date! ? -1 : a.article.date! > b.article.date! ? 1 : a.i - b.i));
  }
  const size = Math.max(1, Math.ceil(rows.length / maxBars));
  const bars: TimelineBar[] = [];
  for (let from = 0; from < rows.length; from += size) {
    const run = rows.slice(from, from + size);
    const sum = zero();
    for (const r of run) for (const c of CATEGORIES) sum[c] += r.counts[c];
    const perArticle = zero();
    for (const c of CATEGORIES) perArticle[c] = sum[c] / run.length;
    const first = run[0].article;
    const last = run[run.length - 1].article;
    const span = (f: (a: ReportArticle) => string | undefined): string | undefined =>
      run.length === 1 || f(first) === f(last) ? f(first) : `${f(first)} – ${f(last)}`;
    bars.push({
      index: bars.length,
      label: span((a) => a.label)!,
      date: byDate ? span((a) => a.date) : undefined,
      articles: run.length,
      perArticle,
      quotes: CATEGORIES.reduce((n, c) => n + sum[c], 0),
    });
  }
  return { by: byDate ? 'date' : 'order', bars, articlesPerBar: size };
}
