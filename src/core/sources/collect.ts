/**
 * The sources index: from the annotations of many articles, one row per source (a person or organization quoted
 * at least once, or the group of unnamed sources), most quoted first, and a summary by gender.
 *
 * One person across articles is one source: entities are keyed by their normal full name (names.ts); a name of
 * one word ("Trudeau", in an article that never gives the full name) joins the one source of more words with that
 * surname, and stays apart when there are several ("Justin Trudeau", "Pierre Trudeau") or none. The user's
 * knownPeople name a person's other names, which are then always that person. Linear in the number of quotes,
 * plus the similar-name suggestions (compared within buckets of the surname's first two letters).
 */
import type { Annotation, Entity, Gender, GenderEvidence, KnownPerson, Quote } from '../types';
import { SIMILAR_NAMES, lastWord, normalName, similarity } from './names';
import { sourceKind } from './roleKinds';
import type { GenderCount, Source, SourcesIndex, SourcesSummary } from './types';
import { isUnnamedQuote } from './unnamed';

export { isUnnamedQuote, unnamedSourceOf } from './unnamed';

export interface ArticleAnnotation {
  /** The article's id (a path, or the id of a --jsonl line). */
  id: string;
  annotation: Annotation;
}

export const UNNAMED_KEY = 'unnamed';

/** Strength of each kind of gender evidence: stronger evidence from one article outweighs weaker from another. */
const EVIDENCE_RANK: Record<GenderEvidence, number> = { known: 4, title: 3, pronoun: 2, 'given name': 1 };

interface Draft {
  key: string;
  name: string;
  type: Entity['type'] | null;
  unnamed: boolean;
  roles: Map<string, number>;
  aliases: Set<string>;
  gender: Gender | null;
  genderEvidence: GenderEvidence | null;
  /** Two articles gave the same strength of evidence for different genders. */
  genderConflict: boolean;
  articles: string[];
  quotes: Source['quotes'];
}

export function collectSources(articles: ArticleAnnotation[], knownPeople: KnownPerson[] = []): SourcesIndex {
  const known = knownNames(knownPeople);
  const drafts = new Map<string, Draft>();
  let quotes = 0;
  let unattributed = 0;
  const pending: { entityKey: string; entity: Entity; article: string; quote: Quote }[] = [];
  for (const { id, annotation } of articles) {
    const byId = new Map((annotation?.entities ?? []).map((e) => [e.id, e]));
    for (const q of annotation?.quotes ?? []) {
      const e = q.speaker ? byId.get(q.speaker) : undefined;
      if (!e) {
        if (isUnnamedQuote(q)) {
          quotes++;
          addQuote(unnamedDraft(drafts), id, q);
        } else unattributed++;
        continue;
      }
      quotes++;
      pending.push({ entityKey: keyOf(e, known), entity: e, article: id, quote: q });
    }
  }
  // Full names of people by surname, to place one-word names.
  const bySurname = new Map<string, Set<string>>();
  for (const p of pending) {
    if (p.entity.type !== 'PERSON' || !p.entityKey.includes(' ')) continue;
    const s = lastWord(p.entityKey);
    const set = bySurname.get(s) ?? new Set<string>();
    set.add(p.entityKey);
    bySurname.set(s, set);
  }
  for (const p of pending) {
    let key = p.entityKey;
    if (p.entity.type === 'PERSON' && !key.includes(' ')) {
      const full = bySurname.get(key);
      if (full && full.size === 1) key = [...full][0];
    }
    const d = drafts.get(key) ?? newDraft(drafts, key, p.entity);
    absorb(d, p.entity);
    addQuote(d, p.article, p.quote);
  }
  const sources = [...drafts.values()].map(finish);
  suggestSimilar(sources);
  sources.sort(
    (a, b) =>
      b.quotes.length - a.quotes.length || b.articles.length - a.articles.length || a.name.localeCompare(b.name),
  );
  return { sources, summary: summarize(sources, articles.length, quotes, unattributed) };
}

/** knownPeople: every normal name and alias -> the normal name of the person. */
function knownNames(people: KnownPerson[]): Map<string, { key: string; name: string }> {
  const out = new Map<string, { key: string; name: string }>();
  for (const p of people) {
    if (!p || typeof p.name !== 'string' || !p.name.trim()) continue;
    const key = normalName(p.name);
    for (const n of [p.name, ...(Array.isArray(p.aliases) ? p.aliases : [])])
      if (typeof n === 'string' && n.trim()) out.set(normalName(n), { key, name: p.name });
  }
  return out;
}

function keyOf(e: Entity, known: Map<string, { key: string; name: string }>): string {
  for (const n of [e.name, ...(e.aliases ?? [])]) {
    const k = known.get(normalName(n));
    if (k) return k.key;
  }
  return normalName(e.name) || e.name.toLowerCase();
}

function emptyDraft(key: string, name: string, type: Entity['type'] | null, unnamed: boolean): Draft {
  return {
    key,
    name,
    type,
    unnamed,
    roles: new Map(),
    aliases: new Set(),
    gender: null,
    genderEvidence: null,
    genderConflict: false,
    articles: [],
    quotes: [],
  };
}

function newDraft(drafts: Map<string, Draft>, key: string, e: Entity): Draft {
  const d = emptyDraft(key, e.name, e.type, false);
  drafts.set(key, d);
  return d;
}

function unnamedDraft(drafts: Map<string, Draft>): Draft {
  let d = drafts.get(UNNAMED_KEY);
  if (!d) {
    d = emptyDraft(UNNAMED_KEY, 'Unnamed sources', null, true);
    drafts.set(UNNAMED_KEY, d);
  }
  return d;
}

/** Takes an article's entity into its source: the fullest name, its roles, aliases and gender evidence. */
function absorb(d: Draft, e: Entity): void {
  if (e.name.split(/\s+/).length > d.name.split(/\s+/).length) {
    d.aliases.add(d.name);
    d.name = e.name;
  } else if (e.name !== d.name) d.aliases.add(e.name);
  for (const a of e.aliases ?? []) if (a !== d.name) d.aliases.add(a);
  if (e.role) d.roles.set(e.role, (d.roles.get(e.role) ?? 0) + 1);
  if (e.gender && e.genderEvidence) {
    const rank = EVIDENCE_RANK[e.genderEvidence] ?? 0;
    const have = d.genderEvidence ? EVIDENCE_RANK[d.genderEvidence] : 0;
    if (rank > have) {
      d.gender = e.gender;
      d.genderEvidence = e.genderEvidence;
      d.genderConflict = false;
    } else if (rank === have && e.gender !== d.gender) d.genderConflict = true;
  }
}

function addQuote(d: Draft, article: string, q: Quote): void {
  if (d.articles[d.articles.length - 1] !== article && !d.articles.includes(article)) d.articles.push(article);
  d.quotes.push({
    article,
    start: q.start,
    end: q.end,
    text: q.text,
    kind: q.kind,
    speakerMention: q.speakerMention ? q.speakerMention.text : (q.unnamed ?? null),
  });
}

function finish(d: Draft): Source {
  const conflict = d.genderConflict;
  d.aliases.delete(d.name);
  const roles = [...d.roles].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([r]) => r);
  return {
    key: d.key,
    name: d.name,
    type: d.type,
    unnamed: d.unnamed,
    roles,
    kind: sourceKind(roles[0], d.type, d.name),
    aliases: [...d.aliases].sort(),
    gender: conflict ? null : d.gender,
    genderEvidence: conflict ? null : d.genderEvidence,
    articles: d.articles,
    quotes: d.quotes,
    similar: [],
  };
}

/** Marks people whose names are spelled much alike (maybe one person), within buckets of the surname's start. */
function suggestSimilar(sources: Source[]): void {
  const buckets = new Map<string, Source[]>();
  for (const s of sources) {
    if (s.unnamed || s.type !== 'PERSON') continue;
    const b = lastWord(s.key).slice(0, 2);
    const list = buckets.get(b) ?? [];
    list.push(s);
    buckets.set(b, list);
  }
  for (const list of buckets.values())
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i];
        const b = list[j];
        if (similarity(a.key, b.key) < SIMILAR_NAMES) continue;
        a.similar.push(b.name);
        b.similar.push(a.name);
      }
}

function summarize(sources: Source[], articles: number, quotes: number, unattributed: number): SourcesSummary {
  const count = (): GenderCount => ({ sources: 0, quotes: 0 });
  const people = { female: count(), male: count(), unknown: count() };
  const organizations = count();
  const byKind: SourcesSummary['byKind'] = {};
  let unnamedQuotes = 0;
  let named = 0;
  for (const s of sources) {
    if (s.unnamed) {
      unnamedQuotes += s.quotes.length;
      continue;
    }
    named++;
    const k = (byKind[s.kind] ??= count());
    k.sources++;
    k.quotes += s.quotes.length;
    const bucket = s.type === 'PERSON' ? people[s.gender ?? 'unknown'] : organizations;
    bucket.sources++;
    bucket.quotes += s.quotes.length;
  }
  return {
    articles,
    quotes,
    unattributedQuotes: unattributed,
    sources: named,
    people,
    organizations,
    unnamed: { quotes: unnamedQuotes },
    byKind,
    namedShare: quotes ? (quotes - unnamedQuotes) / quotes : 0,
  };
}
