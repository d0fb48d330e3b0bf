/**
 * One name, two things: "Detroit" is a team in a standings table and a place in "Kansas City at Detroit" or "In
 * Detroit, ..."; "Texas" is a state and a ball club. The whole-entity typing (typing.ts) gives an entity one type;
 * this step looks at each mention of an organization or a place on its own and, when its context says clearly
 * that this mention is the other of the two, splits it off into an entity of that type.
 * The model is an averaged perceptron over two classes, stored as each feature's lean toward a place, learned with
 * the whole-entity model from CoNLL-2003 train tagged fold by fold (`scripts/train-types.mjs`); the margin a mention
 * must clear is chosen by the same cross-validation. Entities the text or our lists settle (typing.ts `settled`) are never split.
 */
import type { EntityType } from '../types';
import * as D from './data/mention-type-model';
import type { Cluster } from './merge';
import { nameWords, type Mention } from './mentions';
import { featureKey, lowerAt, neighbour, settled, withType, type Lines } from './typing';
import { LinearModel } from './linearModel';
import type { Word } from './words';

/** What every mention of entity `c` shares among its features: its type (t:), mention count (count:) and the types
 * of its mentions (ct:). Computed once per entity (`mentionFeatures` takes it). */
export function entityPart(c: Cluster): number[] {
  const f: number[] = [featureKey('t', c.type), featureKey('count', String(Math.min(c.mentions.length, 4)))];
  const types = new Set<string>();
  for (const o of c.mentions) types.add(o.type);
  for (const t of types) f.push(featureKey('ct', t));
  return f;
}

/**
 * The features of one mention of an organization or a place (`featureKey` keys): its entity's (`entityPart`), its
 * own tagger type (mt:), its words (w:), one and two words either side (p1, p2, n1, n2 as in typing.ts), its line
 * (linestart with the line's shape, caps, table) and a bias.
 */
export function mentionFeatures(
  words: Word[],
  c: Cluster,
  m: Mention,
  lines: Lines,
  shared: number[] = entityPart(c),
): number[] {
  const f = shared.slice();
  f.push(featureKey('mt', m.type));
  for (let i = m.first; i < m.last; i++) f.push(featureKey('w', lowerAt(words, i, lines)));
  const line = lines.lineOf[m.first];
  const p1 = neighbour(words, m.first - 1, lines, line);
  const n1 = neighbour(words, m.last, lines, line);
  f.push(featureKey('p1', p1), featureKey('p2', neighbour(words, m.first - 2, lines, line), p1));
  f.push(featureKey('n1', n1), featureKey('n2', n1, neighbour(words, m.last + 1, lines, line)));
  if (words[m.first].lineStart) f.push(featureKey('linestart'), featureKey('lshape', lineShape(words, m, lines)));
  if (words[m.first].capsLine) f.push(featureKey('caps'));
  if (lines.table[line]) f.push(featureKey('table'));
  f.push(featureKey('bias'));
  return f;
}

/**
 * The shape of the line a mention opens: its words after the mention (up to 6), its figures (up to 2) and whether a
 * figure ends it ("MILAN 1996-08-30", "GRONINGEN, Netherlands 1996-08-30": a dateline; "DETROIT 48 86 .358": a
 * table row).
 */
function lineShape(words: Word[], m: Mention, lines: Lines): string {
  const line = lines.lineOf[m.first];
  let n = 0;
  let figures = 0;
  let endsInFigure = false;
  for (let i = m.last; i < words.length && lines.lineOf[i] === line; i++) {
    n++;
    const c = words[i].text.charCodeAt(0);
    endsInFigure = c >= 48 && c <= 57;
    if (endsInFigure) figures++;
  }
  return `${Math.min(n, 6)}/${Math.min(figures, 2)}/${endsInFigure ? 'f' : 'w'}`;
}

let model: LinearModel | null = null;

/** The model's score for these features: above zero a place, below an organization. */
function placeScore(features: number[]): number {
  model ??= new LinearModel(D.KEYS, D.WEIGHTS, D.SCALE, 1, 'mention type model');
  return model.scores(features)[0];
}

/** How far a mention's score must lean to the other type before it is split off (chosen by train-types.mjs). */
export const MENTION_MARGIN = D.MARGIN;

/** The type a mention of an entity of type `type` is given by its score: the other of ORG and LOC, or its own. */
export function mentionType(type: EntityType, score: number): EntityType {
  if (type === 'ORG' && score >= MENTION_MARGIN) return 'LOC';
  if (type === 'LOC' && score <= -MENTION_MARGIN) return 'ORG';
  return type;
}

/**
 * Step 5c: mentions of an organization that read as a place, or of a place that read as an organization, become
 * an entity of that type: joined to an entity of that type already named the same way, else a new one. When all
 * of an entity's mentions read so, the entity changes type. `extra[i]` travels with cluster i (and with what is
 * split off it). Returns the clusters in order of their first mention.
 */
export function splitMentionTypes<T>(
  words: Word[],
  lines: Lines,
  clusters: Cluster[],
  extra: T[],
): { clusters: Cluster[]; extra: T[] } {
  const out: { c: Cluster; x: T }[] = clusters.map((c, i) => ({ c, x: extra[i] }));
  const moved: { from: number; type: EntityType; mentions: Mention[] }[] = [];
  clusters.forEach((c, i) => {
    if ((c.type !== 'ORG' && c.type !== 'LOC') || settled(words, c)) return;
    const shared = entityPart(c);
    const away = new Set<Mention>();
    let to: EntityType = c.type;
    for (const m of c.mentions) {
      const t = mentionType(c.type, placeScore(mentionFeatures(words, c, m, lines, shared)));
      if (t !== c.type) {
        away.add(m);
        to = t;
      }
    }
    if (away.size === 0) return;
    if (away.size === c.mentions.length) {
      out[i] = { c: withType(c, to), x: extra[i] };
      return;
    }
    out[i] = { c: { ...c, mentions: c.mentions.filter((m) => !away.has(m)) }, x: extra[i] };
    moved.push({ from: i, type: to, mentions: [...away].map((m) => ({ ...m, type: to })) });
  });
  for (const mv of moved) {
    const key = nameWords(words, mv.mentions[0]).join(' ');
    const home = out.find(
      ({ c }) => c.type === mv.type && c.mentions.some((m) => nameWords(words, m).join(' ') === key),
    );
    if (home) {
      home.c = { ...home.c, mentions: [...home.c.mentions, ...mv.mentions].sort((a, b) => a.first - b.first) };
    } else {
      out.push({ c: { mentions: mv.mentions, type: mv.type, known: -1 }, x: extra[mv.from] });
    }
  }
  out.sort((a, b) => a.c.mentions[0].first - b.c.mentions[0].first);
  return { clusters: out.map((o) => o.c), extra: out.map((o) => o.x) };
}
