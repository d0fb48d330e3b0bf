/**
 * Groups mentions into entities, in time linear in the number of mentions (maps, no all-pairs):
 * same name; known person; well-known alias sets ("U.S." / "United States"); a single surname or first name to
 * a fuller person name ("Putin" -> "Vladimir Putin"; the most often named when several share it, none on a tie); an acronym
 * to the name it abbreviates ("UN" -> "United Nations"). The entity's type is its mentions' majority type.
 */
import type { EntityType } from '../types';
import type { Mention } from './mentions';
import { givenNameOfOtherThings, nameWords, notASurname } from './mentions';
import { ACRONYM_SKIP, ALIAS_SETS, FEMALE_NOUNS, KNOWN_ORGS, MALE_NOUNS, PLACE_NAMES } from '../lang';
import type { Word } from './words';
import { givenNameClass } from './gender';

export interface Cluster {
  mentions: Mention[];
  type: EntityType;
  known: number;
  /** The text itself shows the type (retype.ts): the learned whole-entity typing (typing.ts) leaves it. */
  settled?: boolean;
}

const ALIAS_OF = new Map<string, number>();
ALIAS_SETS.forEach((forms, i) => forms.forEach((f) => ALIAS_OF.set(f, i)));

const TYPE_ORDER: EntityType[] = ['PERSON', 'ORG', 'LOC', 'MISC'];

/**
 * Type votes. KNOWN_VOTE: a mention of a person the user named (options.knownPeople) outvotes any number of the
 * tagger's. In a cluster, FULL_PERSON_VOTE: a full person name outweighs any number of short forms ("Montalvo"
 * tagged as a place again and again stays with Daniel Montalvo, a person); FULLER_NAME_VOTE: other names of two
 * or more words count double a one-word form (SHORT_FORM_VOTE).
 */
const KNOWN_VOTE = 100;
const TAGGER_VOTE = 1;
const FULL_PERSON_VOTE = 1e6;
const FULLER_NAME_VOTE = 2;
const SHORT_FORM_VOTE = 1;

/** Union-find over indices; a union keeps the smaller index as root (the earlier mention). */
class UnionFind {
  private readonly parent: Int32Array;

  constructor(n: number) {
    this.parent = new Int32Array(n);
    for (let i = 0; i < n; i++) this.parent[i] = i;
  }

  find(i: number): number {
    const p = this.parent;
    while (p[i] !== i) {
      p[i] = p[p[i]];
      i = p[i];
    }
    return i;
  }

  union(a: number, b: number): void {
    a = this.find(a);
    b = this.find(b);
    if (a === b) return;
    if (a < b) this.parent[b] = a;
    else this.parent[a] = b;
  }
}

/** The names of the mentions: word keys, and the key string of each. */
interface Names {
  keys: string[][];
  keyStr: string[];
  keyStrOf: Map<Mention, string>;
}

/** How mentions group by name: the group key (the name, plus the type where a name names two things). */
interface Groups {
  gkey: string[];
  /** Some name is used at least twice as each of two types. */
  typeSplit: boolean;
  /** The majority type of mention i's group. */
  groupType(i: number): EntityType;
  /** Group keys of given names the text uses for a person: all their mentions vote PERSON. */
  personKeys: Set<string>;
}

/**
 * A lone given name that is no well-known place or organization ("Colton", "Hannah"): when the text also uses it
 * for a person, its other uses are that person too (one sense per text), however the tagger typed them.
 */
function personalName(w: string): boolean {
  return givenNameClass(w) !== null && !PLACE_NAMES.has(w) && !KNOWN_ORGS.has(w) && !givenNameOfOtherThings(w);
}

export function mergeMentions(words: Word[], mentions: Mention[]): Cluster[] {
  const names = nameKeys(words, mentions);
  const groups = typeGroups(mentions, names);
  const uf = new UnionFind(mentions.length);
  const firstOfKey = joinSameNames(uf, mentions, names, groups);
  joinSpellingVariants(uf, mentions, names, groups);
  joinShortForms(uf, words, mentions, names, groups, firstOfKey);
  const clusters = collectClusters(uf, mentions, names, groups);
  // Without a type split every name is in one cluster, so no two clusters share one.
  return groups.typeSplit ? sameNameSameType(clusters, names.keyStrOf, names.keys, mentions) : clusters;
}

function nameKeys(words: Word[], mentions: Mention[]): Names {
  const keys: string[][] = mentions.map((m) => nameWords(words, m));
  const keyStr = keys.map((k) => k.join(' '));
  const keyStrOf = new Map<Mention, string>();
  mentions.forEach((m, i) => keyStrOf.set(m, keyStr[i]));
  return { keys, keyStr, keyStrOf };
}

/** Adds mention i's type vote to `votes[key]`. */
function vote(votes: Map<string, number[]>, key: string, m: Mention): void {
  let c = votes.get(key);
  if (!c) {
    c = [0, 0, 0, 0];
    votes.set(key, c);
  }
  c[TYPE_ORDER.indexOf(m.type)] += m.known >= 0 ? KNOWN_VOTE : TAGGER_VOTE;
}

/**
 * Type votes per name. A name used at least twice as each of two types names two things (a city and its
 * team): those stay apart. Otherwise a lone differing type is a tagging slip, outvoted.
 */
function typeGroups(mentions: Mention[], { keyStr }: Names): Groups {
  const votes = new Map<string, number[]>();
  mentions.forEach((m, i) => vote(votes, keyStr[i], m));
  let typeSplit = false;
  const personKeys = new Set<string>();
  const gkey: string[] = keyStr.map((k, i) => {
    const c = votes.get(k)!;
    // A given name tagged a person at least twice, and a person at least as often as anything else, names that
    // person wherever else it stands ("Colton" typed PERSON 4 times, ORG 4, LOC 4; not "Mercedes" the team,
    // typed ORG most often).
    if (c[0] >= 2 && c[0] >= c[1] && c[0] >= c[2] && c[0] >= c[3] && !k.includes(' ') && personalName(k)) {
      personKeys.add(k);
      return k;
    }
    let types = 0;
    for (let t = 0; t < 4; t++) if (c[t] >= 2) types++;
    if (types >= 2) typeSplit = true;
    return types >= 2 ? k + '|' + mentions[i].type : k;
  });
  const counts = new Map<string, number[]>();
  mentions.forEach((m, i) => vote(counts, gkey[i], m));
  const typeOfKey = new Map<string, EntityType>();
  for (const [k, c] of counts) {
    let best = 0;
    for (let t = 1; t < 4; t++) if (c[t] > c[best]) best = t;
    typeOfKey.set(k, personKeys.has(k) ? 'PERSON' : TYPE_ORDER[best]);
  }
  return { gkey, typeSplit, personKeys, groupType: (i) => typeOfKey.get(gkey[i]) ?? mentions[i].type };
}

/** 1. Same name, same known person, same alias set. Returns the first mention of each name group. */
function joinSameNames(uf: UnionFind, mentions: Mention[], { keyStr }: Names, { gkey }: Groups): Map<string, number> {
  const firstOfKey = new Map<string, number>();
  const firstOfKnown = new Map<number, number>();
  const firstOfAlias = new Map<number, number>();
  const joinFirst = <K>(first: Map<K, number>, k: K, i: number) => {
    const f = first.get(k);
    if (f === undefined) first.set(k, i);
    else uf.union(f, i);
  };
  mentions.forEach((m, i) => {
    joinFirst(firstOfKey, gkey[i], i);
    if (m.known >= 0) joinFirst(firstOfKnown, m.known, i);
    const a = ALIAS_OF.get(keyStr[i]);
    if (a !== undefined && m.type !== 'PERSON') joinFirst(firstOfAlias, a, i);
  });
  return firstOfKey;
}

/** A given name spelt two ways is long enough for a swap of letters to be a slip, not another name. */
const VARIANT_MIN_LETTERS = 5;

/**
 * 1b. A person's full name spelt two ways in one text, with the letters of the given name swapped ("Rhianna Dorris"
 * in a caption, "Rihanna Dorris" in the body): same surname, and a given name of the same letters with the same
 * first and last letter. Keyed by surname and the sorted letters, so no pairs are compared.
 */
function joinSpellingVariants(uf: UnionFind, mentions: Mention[], { keys }: Names, groups: Groups): void {
  const first = new Map<string, number>();
  mentions.forEach((m, i) => {
    const k = keys[i];
    if (k.length !== 2 || groups.groupType(i) !== 'PERSON' || k[0].length < VARIANT_MIN_LETTERS) return;
    const given = k[0];
    const variant = `${k[1]}|${given[0]}${given[given.length - 1]}|${[...given].sort().join('')}`;
    const f = first.get(variant);
    if (f === undefined) first.set(variant, i);
    else uf.union(f, i);
  });
}

/** The acronym of an organization's or place's name ("United Nations" -> "un"), skipping joining words. */
function acronymOf(words: Word[], m: Mention): string {
  let acro = '';
  for (let w = m.first; w < m.last; w++) {
    const t = words[w].text;
    if (ACRONYM_SKIP.has(t.toLowerCase()) || !/^\p{Lu}/u.test(t)) continue;
    acro += t[0].toLowerCase();
  }
  return acro;
}

/** 2. Surnames and first names to fuller person names; acronyms to the names they abbreviate. */
function joinShortForms(
  uf: UnionFind,
  words: Word[],
  mentions: Mention[],
  { keys }: Names,
  { groupType, personKeys, gkey }: Groups,
  firstOfKey: Map<string, number>,
): void {
  const bySurname = new Map<string, number[]>();
  const byFirstName = new Map<string, number[]>();
  const byFirstLast = new Map<string, number>();
  const byAcronym = new Map<string, number>();
  const push = (map: Map<string, number[]>, k: string, i: number) => (map.get(k) ?? map.set(k, []).get(k)!).push(i);
  for (const i of firstOfKey.values()) {
    const ws = keys[i];
    if (ws.length < 2) continue;
    if (groupType(i) === 'PERSON') {
      const last = ws[ws.length - 1];
      push(bySurname, last, i);
      push(byFirstName, ws[0], i);
      const fl = ws[0] + ' ' + last;
      const g = byFirstLast.get(fl);
      if (g === undefined) byFirstLast.set(fl, i);
      else uf.union(g, i);
    } else {
      const acro = acronymOf(words, mentions[i]);
      if (acro.length >= 2 && !byAcronym.has(acro)) byAcronym.set(acro, i);
    }
  }
  const pick = fullerNamePicker(uf, mentions.length);
  for (const [, i] of firstOfKey) {
    const ws = keys[i];
    if (ws.length !== 1) continue;
    const type = groupType(i);
    const w = ws[0];
    // A lone word tagged as a place is a person's surname when the text names that person in full, unless
    // the word is far more often a place ("Washington", "Jordan").
    if (type !== 'LOC' || !PLACE_NAMES.has(w)) {
      let s = bySurname.get(w);
      // A word the tagger typed a place or an organization is a surname only of a full name that opens with a
      // given name ("Tim Houston"), not of a run-on the tagger took for a person ("Dynamo Moscow", "Lebed
      // Chechnya").
      if (s && type !== 'PERSON') {
        s = s.filter((c) => givenNameClass(keys[c][0]) !== null);
        if (s.length === 0) s = undefined;
      }
      if (s) {
        const c = pick(s, i);
        if (c >= 0) uf.union(c, i);
        continue;
      }
      let f = byFirstName.get(w);
      // A first name introduced as someone's relative joins only a full name whose surname another full name
      // of the article shares (a family: "his wife, Heidi" and "Heidi Roe" beside "Ted Roe").
      if (f && introducedAsRelative(words, mentions[i]))
        f = f.filter((c) => (bySurname.get(keys[c][keys[c].length - 1])?.length ?? 0) >= 2);
      if (f && f.length > 0 && type === 'PERSON') {
        const c = pick(f, i);
        if (c >= 0) uf.union(c, i);
        continue;
      }
      // The given name of a person named in full, tagged otherwise ("Hannah" beside "Hannah B" and "Hannah G"):
      // a person, joined when only one fits.
      // Full names that end in a word of places or organizations ("Missouri River") do not count.
      const people = f?.filter((c) => {
        const last = keys[c][keys[c].length - 1];
        return !notASurname(last) && !givenNameOfOtherThings(last);
      });
      if (people && people.length > 0 && personalName(w)) {
        personKeys.add(gkey[i]);
        const c = pick(people, i);
        if (c >= 0) uf.union(c, i);
        continue;
      }
    }
    if (type !== 'PERSON') {
      const raw = words[mentions[i].first].text.replace(/\./g, '');
      const a = byAcronym.get(w);
      if (a !== undefined && raw.length >= 2 && raw === raw.toUpperCase() && groupType(a) !== 'PERSON') uf.union(a, i);
    }
  }
}

/**
 * A first name introduced by a word for a relative ("Spindler's father, Joseph,"; "his wife, Jane"): likely
 * someone new, named by first name only, rather than another person of the article with that first name.
 */
function introducedAsRelative(words: Word[], m: Mention): boolean {
  const comma = words[m.first - 1];
  const noun = words[m.first - 2];
  if (!comma || comma.text !== ',' || !noun) return false;
  const lower = noun.text.toLowerCase();
  return /^\p{Ll}/u.test(noun.text) && (FEMALE_NOUNS.has(lower) || MALE_NOUNS.has(lower));
}

/**
 * Of several people sharing a short name, the one named in full before the short name's first use when only one
 * was (news names a person in full before using the surname alone: "Jeanine Durning … Durning …", her father
 * "Charles Durning" named once, later); else the one named most often so far (fuller names only have been
 * joined at this point), unless two tie: then none (a wrong link is worse than none). Mention indices follow the
 * text, so a candidate named before mention `at` has a smaller index.
 */
function fullerNamePicker(uf: UnionFind, n: number): (cands: number[], at: number) => number {
  const size = new Int32Array(n);
  for (let i = 0; i < n; i++) size[uf.find(i)]++;
  return (cands, at) => {
    let before = -1;
    let several = false;
    for (const c of cands) {
      if (c >= at) continue;
      const r = uf.find(c);
      if (before >= 0 && r !== before) several = true;
      before = r;
    }
    if (before >= 0 && !several) return before;
    let best = -1;
    let bestSize = 0;
    let tie = false;
    for (const c of cands) {
      const r = uf.find(c);
      if (r === best) continue;
      if (size[r] > bestSize) {
        best = r;
        bestSize = size[r];
        tie = false;
      } else if (size[r] === bestSize) tie = true;
    }
    return tie ? -1 : best;
  };
}

/** 3. Clusters in order of first mention, each with its majority type (full names weighing most). */
function collectClusters(
  uf: UnionFind,
  mentions: Mention[],
  { keys, keyStrOf }: Names,
  { gkey, personKeys }: Groups,
): Cluster[] {
  const clusters = new Map<number, Cluster>();
  const counts = new Map<number, number[]>();
  mentions.forEach((m, i) => {
    const r = uf.find(i);
    let c = clusters.get(r);
    if (!c) {
      c = { mentions: [], type: m.type, known: -1 };
      clusters.set(r, c);
      counts.set(r, [0, 0, 0, 0]);
    }
    c.mentions.push(m);
    if (m.known >= 0) c.known = m.known;
    const type = personKeys.has(gkey[i]) ? 'PERSON' : m.type;
    counts.get(r)![TYPE_ORDER.indexOf(type)] +=
      keys[i].length < 2 ? SHORT_FORM_VOTE : type === 'PERSON' ? FULL_PERSON_VOTE : FULLER_NAME_VOTE;
  });
  const out: Cluster[] = [];
  for (const [r, c] of clusters) {
    const cnt = counts.get(r)!;
    let best = TYPE_ORDER.indexOf(mentions[r].type);
    for (let t = 0; t < 4; t++) if (cnt[t] > cnt[best]) best = t;
    c.type = c.known >= 0 ? 'PERSON' : TYPE_ORDER[best];
    if (c.known < 0 && c.mentions.some((m) => KNOWN_ORGS.has(keyStrOf.get(m)!))) c.type = 'ORG';
    out.push(c);
  }
  return out;
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
function sameNameSameType(
  clusters: Cluster[],
  keyStrOf: Map<Mention, string>,
  keys: string[][],
  all: Mention[],
): Cluster[] {
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
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  const join = (a: number, b: number) => {
    a = find(a);
    b = find(b);
    if (a === b) return;
    const ka = clusters[a].known;
    const kb = clusters[b].known;
    if (ka >= 0 && kb >= 0 && ka !== kb) return;
    if (a < b) parent[b] = a;
    else parent[a] = b;
  };
  // Same type and fullest name.
  const byName = new Map<string, number>();
  clusters.forEach((c, i) => {
    if (!fullKey[i]) return;
    const k = c.type + '|' + fullKey[i];
    const f = byName.get(k);
    if (f === undefined) byName.set(k, i);
    else join(f, i);
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
    if (!m) {
      merged.set(r, { mentions: c.mentions.slice(), type: c.type, known: c.known });
      return;
    }
    m.mentions.push(...c.mentions);
    if (m.known < 0) m.known = c.known;
  });
  const out = [...merged.values()];
  for (const c of out) c.mentions.sort((a, b) => a.first - b.first);
  out.sort((a, b) => a.mentions[0].first - b.mentions[0].first);
  return out;
}
