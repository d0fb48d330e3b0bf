/**
 * Groups mentions into entities, in time linear in the number of mentions (maps, no all-pairs):
 * same name; known person; well-known alias sets ("U.S." / "United States"); a single surname or first name to
 * a fuller person name ("Putin" -> "Vladimir Putin"; the most often named when several share it, none on a tie); an acronym
 * to the name it abbreviates ("UN" -> "United Nations"). The entity's type is its mentions' majority type.
 */
import type { EntityType } from '../types';
import type { Mention } from './mentions';
import { normalizeWord } from './mentions';
import { KNOWN_ORGS } from './lexicon';
import type { Word } from './words';

export interface Cluster {
  mentions: Mention[];
  type: EntityType;
  known: number;
}

const ALIAS_SETS: string[][] = [
  ['us', 'usa', 'united states', 'united states of america', 'america'],
  ['uk', 'britain', 'great britain', 'united kingdom'],
  ['un', 'united nations'],
  ['eu', 'european union'],
  ['uae', 'united arab emirates'],
  ['ussr', 'soviet union'],
];
const ALIAS_OF = new Map<string, number>();
ALIAS_SETS.forEach((forms, i) => forms.forEach((f) => ALIAS_OF.set(f, i)));

/** Places that are also common surnames: a lone one stays a place. */
const PLACE_NAMES = new Set(['washington', 'jackson', 'houston', 'lincoln', 'hamilton', 'wellington', 'victoria', 'georgia',
  'jordan', 'chad', 'israel', 'paris', 'florence', 'virginia', 'carolina', 'austin', 'dallas', 'madison', 'charlotte',
  'sydney', 'orlando', 'york', 'kent', 'essex', 'chester', 'lancaster', 'brooklyn', 'phoenix', 'denver', 'columbus',
  'cleveland', 'kansas', 'montgomery', 'nelson', 'clinton', 'warren', 'franklin', 'troy', 'ireland', 'england', 'wales',
  'scotland', 'china', 'india', 'germany', 'france', 'italy', 'spain', 'russia', 'america', 'mexico', 'canada', 'japan']);

const ACRONYM_SKIP = new Set(['of', 'the', 'and', 'for', '&', 'de', 'du', 'des', 'la', 'le', 'on', 'in']);

/** Lower-case word keys of a mention, without standalone periods and with periods inside words removed. */
function keyWords(words: Word[], m: Mention): string[] {
  const out: string[] = [];
  for (let i = m.first; i < m.last; i++) {
    const t = normalizeWord(words[i].text).toLowerCase().replace(/\./g, '');
    if (t) out.push(t);
  }
  return out;
}

const TYPE_ORDER: EntityType[] = ['PERSON', 'ORG', 'LOC', 'MISC'];

export function mergeMentions(words: Word[], mentions: Mention[]): Cluster[] {
  const n = mentions.length;
  const parent = new Int32Array(n);
  for (let i = 0; i < n; i++) parent[i] = i;
  const find = (i: number): number => {
    while (parent[i] !== i) { parent[i] = parent[parent[i]]; i = parent[i]; }
    return i;
  };
  // Union keeps the earlier mention as root.
  const union = (a: number, b: number) => {
    a = find(a); b = find(b);
    if (a === b) return;
    if (a < b) parent[b] = a; else parent[a] = b;
  };

  const keys: string[][] = mentions.map((m) => keyWords(words, m));
  const keyStr = keys.map((k) => k.join(' '));
  const keyStrOf = new Map<Mention, string>();
  mentions.forEach((m, i) => keyStrOf.set(m, keyStr[i]));

  // Type votes per name. A name used at least twice as each of two types names two things (a city and its
  // team): those stay apart. Otherwise a lone differing type is a tagging slip, outvoted below.
  const votes = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    let c = votes.get(keyStr[i]);
    if (!c) { c = [0, 0, 0, 0]; votes.set(keyStr[i], c); }
    c[TYPE_ORDER.indexOf(mentions[i].type)] += mentions[i].known >= 0 ? 100 : 1;
  }
  let typeSplit = false;
  const gkey: string[] = keyStr.map((k, i) => {
    const c = votes.get(k)!;
    let types = 0;
    for (let t = 0; t < 4; t++) if (c[t] >= 2) types++;
    if (types >= 2) typeSplit = true;
    return types >= 2 ? k + '|' + mentions[i].type : k;
  });
  const typeOfKey = new Map<string, EntityType>();
  {
    const counts = new Map<string, number[]>();
    for (let i = 0; i < n; i++) {
      let c = counts.get(gkey[i]);
      if (!c) { c = [0, 0, 0, 0]; counts.set(gkey[i], c); }
      c[TYPE_ORDER.indexOf(mentions[i].type)] += mentions[i].known >= 0 ? 100 : 1;
    }
    for (const [k, c] of counts) {
      let best = 0;
      for (let t = 1; t < 4; t++) if (c[t] > c[best]) best = t;
      typeOfKey.set(k, TYPE_ORDER[best]);
    }
  }
  const groupType = (i: number): EntityType => typeOfKey.get(gkey[i]) ?? mentions[i].type;

  // 1. Same name, same known person, same alias set.
  const firstOfKey = new Map<string, number>();
  const firstOfKnown = new Map<number, number>();
  const firstOfAlias = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const k = gkey[i];
    const f = firstOfKey.get(k);
    if (f === undefined) firstOfKey.set(k, i); else union(f, i);
    const kn = mentions[i].known;
    if (kn >= 0) {
      const g = firstOfKnown.get(kn);
      if (g === undefined) firstOfKnown.set(kn, i); else union(g, i);
    }
    const a = ALIAS_OF.get(keyStr[i]);
    if (a !== undefined && mentions[i].type !== 'PERSON') {
      const g = firstOfAlias.get(a);
      if (g === undefined) firstOfAlias.set(a, i); else union(g, i);
    }
  }

  // 2. Surnames and first names to fuller person names; acronyms to the names they abbreviate.
  const bySurname = new Map<string, number[]>();
  const byFirstName = new Map<string, number[]>();
  const byFirstLast = new Map<string, number>();
  const byAcronym = new Map<string, number>();
  for (const i of firstOfKey.values()) {
    const ws = keys[i];
    if (ws.length < 2) continue;
    const type = groupType(i);
    if (type === 'PERSON') {
      const last = ws[ws.length - 1];
      (bySurname.get(last) ?? bySurname.set(last, []).get(last)!).push(i);
      (byFirstName.get(ws[0]) ?? byFirstName.set(ws[0], []).get(ws[0])!).push(i);
      const fl = ws[0] + ' ' + last;
      const g = byFirstLast.get(fl);
      if (g === undefined) byFirstLast.set(fl, i); else union(g, i);
    } else {
      let acro = '';
      for (let w = mentions[i].first; w < mentions[i].last; w++) {
        const t = words[w].text;
        if (ACRONYM_SKIP.has(t.toLowerCase()) || !/^\p{Lu}/u.test(t)) continue;
        acro += t[0].toLowerCase();
      }
      if (acro.length >= 2 && !byAcronym.has(acro)) byAcronym.set(acro, i);
    }
  }
  // Mentions per entity so far (fuller names only have been joined at this point).
  const size = new Int32Array(n);
  for (let i = 0; i < n; i++) size[find(i)]++;
  const pick = (cands: number[]): number => {
    // Several people share the name: the one named most often, unless two tie (then it stays apart:
    // a wrong link is worse than none).
    let best = -1;
    let bestSize = 0;
    let tie = false;
    for (const c of cands) {
      const r = find(c);
      if (r === best) continue;
      if (size[r] > bestSize) { best = r; bestSize = size[r]; tie = false; } else if (size[r] === bestSize) tie = true;
    }
    return tie ? -1 : best;
  };
  for (const [, i] of firstOfKey) {
    const ws = keys[i];
    if (ws.length !== 1) continue;
    const type = groupType(i);
    const w = ws[0];
    // A lone word tagged as a place is a person's surname when the text names that person in full, unless
    // the word is far more often a place ("Washington", "Jordan").
    if (type !== 'LOC' || !PLACE_NAMES.has(w)) {
      const s = bySurname.get(w);
      if (s) { const c = pick(s); if (c >= 0) union(c, i); continue; }
      const f = byFirstName.get(w);
      if (f && type === 'PERSON') { const c = pick(f); if (c >= 0) union(c, i); continue; }
    }
    if (type !== 'PERSON') {
      const raw = words[mentions[i].first].text.replace(/\./g, '');
      const a = byAcronym.get(w);
      if (a !== undefined && raw.length >= 2 && raw === raw.toUpperCase() && groupType(a) !== 'PERSON') union(a, i);
    }
  }

  // 3. Collect clusters in order of first mention.
  const clusters = new Map<number, Cluster>();
  const counts = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const r = find(i);
    let c = clusters.get(r);
    if (!c) {
      c = { mentions: [], type: mentions[i].type, known: -1 };
      clusters.set(r, c);
      counts.set(r, [0, 0, 0, 0]);
    }
    c.mentions.push(mentions[i]);
    if (mentions[i].known >= 0) c.known = mentions[i].known;
    // A full person name outweighs any number of short forms ("Montalvo" tagged as a place again and again
    // stays with Daniel Montalvo, a person); other fuller names count double.
    counts.get(r)![TYPE_ORDER.indexOf(mentions[i].type)] += keys[i].length < 2 ? 1 : mentions[i].type === 'PERSON' ? 1e6 : 2;
  }
  const out: Cluster[] = [];
  for (const [r, c] of clusters) {
    const cnt = counts.get(r)!;
    let best = TYPE_ORDER.indexOf(mentions[r].type);
    for (let t = 0; t < 4; t++) if (cnt[t] > cnt[best]) best = t;
    c.type = c.known >= 0 ? 'PERSON' : TYPE_ORDER[best];
    if (c.known < 0 && c.mentions.some((m) => KNOWN_ORGS.has(keyStrOf.get(m)!))) c.type = 'ORG';
    out.push(c);
  }
  // Without a type split every name is in one cluster, so no two clusters share one.
  return typeSplit ? sameNameSameType(out, keyStrOf, keys, mentions) : out;
}

/**
 * 4. One entity per name and type. The type split above ("a name used twice as each of two types names two
 * things") and the vote per cluster can leave two clusters that end up with the same type and the same name
 * ("NASA" as a photo credit tagged ORG, "NASA" as a speaker tagged PERSON, both ORG in the end): they are one
 * entity. A cluster is joined to another of the same final type when its fullest name is that cluster's fullest
 * name, or is one of the forms that cluster uses and no third cluster of the type uses it too.
 * Kept apart (reasons):
 * - different final types (a city and its team, "Washington" the place and "Washington" the club);
 * - two different known people (options.knownPeople) even with the same name;
 * - two people with different full names sharing only a surname or first name ("John Smith" / "Jane Smith",
 *   each with a "Smith" mention after a type split): their fullest names differ and neither is a short form
 *   used only by the other, so nothing joins them; a lone "Smith" used by both stays apart too (ambiguous).
 */
function sameNameSameType(clusters: Cluster[], keyStrOf: Map<Mention, string>, keys: string[][], all: Mention[]): Cluster[] {
  if (clusters.length < 2) return clusters;
  const words = new Map<Mention, number>();
  all.forEach((m, i) => words.set(m, keys[i].length));
  const fullKey = clusters.map((c) => {
    let best = c.mentions[0];
    for (const m of c.mentions) if (words.get(m)! > words.get(best)!) best = m;
    return keyStrOf.get(best)!;
  });
  const parent = clusters.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) { parent[i] = parent[parent[i]]; i = parent[i]; }
    return i;
  };
  const join = (a: number, b: number) => {
    a = find(a); b = find(b);
    if (a === b) return;
    const ka = clusters[a].known;
    const kb = clusters[b].known;
    if (ka >= 0 && kb >= 0 && ka !== kb) return;
    if (a < b) parent[b] = a; else parent[a] = b;
  };
  // Same type and fullest name.
  const byName = new Map<string, number>();
  clusters.forEach((c, i) => {
    if (!fullKey[i]) return;
    const k = c.type + '|' + fullKey[i];
    const f = byName.get(k);
    if (f === undefined) byName.set(k, i); else join(f, i);
  });
  // A cluster's fullest name used as a form by exactly one other cluster of the same type.
  const usedBy = new Map<string, Set<number>>();
  clusters.forEach((c, i) => {
    for (const m of c.mentions) {
      const k = c.type + '|' + keyStrOf.get(m)!;
      (usedBy.get(k) ?? usedBy.set(k, new Set()).get(k)!).add(find(i));
    }
  });
  clusters.forEach((c, i) => {
    if (!fullKey[i]) return;
    const users = usedBy.get(c.type + '|' + fullKey[i]);
    if (!users) return;
    const others = [...users].map(find).filter((r) => r !== find(i));
    if (new Set(others).size === 1) join(others[0], i);
  });
  const merged = new Map<number, Cluster>();
  clusters.forEach((c, i) => {
    const r = find(i);
    const m = merged.get(r);
    if (!m) { merged.set(r, { mentions: c.mentions.slice(), type: c.type, known: c.known }); return; }
    m.mentions.push(...c.mentions);
    if (m.known < 0) m.known = c.known;
  });
  const out = [...merged.values()];
  for (const c of out) c.mentions.sort((a, b) => a.first - b.first);
  out.sort((a, b) => a.mentions[0].first - b.mentions[0].first);
  return out;
}
