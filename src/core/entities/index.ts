/**
 * The entity recognizer. One text goes once through these steps, each handing its result to the next:
 *
 *   1. words      words.ts                  tokens with possessives split off, sentence and headline flags
 *   2. tagging    tagger.ts (features.ts)   the tagger's name spans (the model is passed in)
 *   3. mentions   mentions.ts               spans cleaned (titles, suffixes), given names and title + name made
 *                 nameBounds.ts             people, honorific names, known people, names fitted to the body text;
 *                 organizationNames.ts      runs cut and pieces joined, "Council on ..." made one organization
 *   4. entities   merge.ts                  mentions grouped into entities, each with its majority type
 *   5. roles      roles.ts                  how the article describes each person
 *      typing     typing.ts                 each entity typed again from all its mentions' context
 *   6. gender     gender.ts                 each person's gender and its evidence
 *   7. assembly   index.ts                  names, aliases, ids in order of first mention
 *
 * Linear in the length of the text. `annotate` guards the call.
 */
import { hasLetterOrDigit } from '../lang';
import type { Sentence, Token } from '../text';
import type { AnnotateOptions, KnownPerson, RecognizedEntity, Span } from '../types';
import { findGenders, type GenderResult } from './gender';
import {
  appositionPersons,
  cleanSpans,
  coordinatedPersons,
  findKnown,
  fitNames,
  nicknameNames,
  pageantNames,
  possessiveNames,
  givenNamePersons,
  surnameAfterGivenNames,
  givenNamesNotMisc,
  honorificNames,
  leadersOfGovernments,
  overlay,
  type Mention,
} from './mentions';
import { particleNames } from './nameBounds';
import { organizationsWithComplement } from './organizationNames';
import { mergeMentions, type Cluster } from './merge';
import { descriptionsBefore, descriptionsElsewhere } from './descriptions';
import { organizationsTypedPerson } from './retype';
import { splitMentionTypes } from './mentionTypes';
import { retypeEntities, tableLines } from './typing';
import { findRole, mentionIndexByWord, type RoleCandidate, type RoleResult } from './roles';
import type { Lexicon } from './features';
import { tagWords, type NameSpan } from './tagger';
import { loadModel, type TaggerModel } from './weights';
import { hasLower, toWords, type Word } from './words';

function wordCount(words: Word[], m: Mention): number {
  let n = 0;
  for (let i = m.first; i < m.last; i++) if (hasLetterOrDigit(words[i].text)) n++;
  return n;
}

function buildEntity(
  text: string,
  words: Word[],
  c: Cluster,
  id: string,
  r: RoleResult | null,
  g: GenderResult,
): RecognizedEntity {
  const mentions: Span[] = c.mentions.map((m) => {
    const start = words[m.first].start;
    const end = words[m.last - 1].end;
    return { start, end, text: text.slice(start, end) };
  });
  // Fullest name: most words, then longest; a headline (all-caps line) form only when there is no other.
  let best = 0;
  let bestScore = -1;
  c.mentions.forEach((m, i) => {
    const score = (words[m.first].capsLine ? 0 : 1e6) + wordCount(words, m) * 1000 + mentions[i].text.length;
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  });
  // A form in capitals ("VALMERE, March 3 -") gives way to the same name in normal case ("Valmere").
  if (!hasLower(mentions[best].text)) {
    const key = mentions[best].text.toLowerCase();
    const cased = mentions.findIndex((m) => hasLower(m.text) && m.text.toLowerCase() === key);
    if (cased >= 0) best = cased;
  }
  const name = mentions[best].text;
  const seen = new Set([name.toLowerCase()]);
  const aliases: string[] = [];
  // Aliases: other forms, in order, preferring a form not in capitals when two differ only by case.
  const forms = mentions.map((s, i) => ({ s: s.text, caps: words[c.mentions[i].first].capsLine }));
  forms.sort((a, b) => Number(a.caps) - Number(b.caps));
  for (const f of forms) {
    const k = f.s.toLowerCase();
    if (seen.has(k)) continue;
    seen.add(k);
    aliases.push(f.s);
  }
  const roleMention = r && r.start >= 0 ? { start: r.start, end: r.end, text: text.slice(r.start, r.end) } : null;
  return {
    id,
    type: c.type,
    name,
    role: r ? r.role : null,
    roleMention,
    otherRoles: r ? r.others : [],
    aliases,
    mentions,
    gender: g.gender,
    genderEvidence: g.genderEvidence,
  };
}

/**
 * People, organizations and places named in the text, with roles, aliases and (for people) gender. Every entity
 * has `gender` and `genderEvidence`: null on non-persons. `annotate` guards the call.
 */
export function findEntities(
  text: string,
  tokens: Token[],
  sentences: Sentence[],
  options: AnnotateOptions,
  model: TaggerModel = loadModel(),
): RecognizedEntity[] {
  if (typeof text !== 'string' || !Array.isArray(tokens) || tokens.length === 0) return [];
  const words = toWords(tokens, new Set((sentences ?? []).map((s) => s.first)));
  const known: KnownPerson[] = Array.isArray(options?.knownPeople) ? options.knownPeople : [];
  const { mentions, clusters: typed } = entityClusters(words, known, model);
  const personRoles = findRoles(text, words, typed, mentions, known);
  const lines = tableLines(words);
  const clusters = retypeEntities(
    words,
    typed,
    personRoles.map((r) => r !== null),
    lines,
  );
  const roles = personRoles.map((r, i) => (clusters[i].type === 'PERSON' ? r : null));
  const genders = findGenders(
    words,
    clusters,
    roles.map((r) => (r ? r.role : null)),
    known,
  );
  // Step 5c: a mention of an organization that reads as a place, or the other way round, split off.
  const split = splitMentionTypes(
    words,
    lines,
    clusters,
    clusters.map((_, i) => ({ role: roles[i], gender: genders[i] })),
  );
  return split.clusters.map((c, i) =>
    buildEntity(text, words, c, `e${i + 1}`, split.extra[i].role, split.extra[i].gender),
  );
}

/**
 * Steps 2-4: the mentions and the entities they make, each typed by its mentions' votes and the text's own
 * evidence of an organization (before the whole-entity typing of `typing.ts`, which learns from this output).
 */
export function entityClusters(
  words: Word[],
  known: KnownPerson[],
  model: TaggerModel,
): { mentions: Mention[]; clusters: Cluster[] } {
  const mentions = findMentions(words, tagWords(words, model), model.lex, known);
  return { mentions, clusters: organizationsTypedPerson(words, mergeMentions(words, mentions)) };
}

/** Step 3: the tagger's spans made mentions, with the names it missed or cut wrong. */
function findMentions(words: Word[], spans: NameSpan[], lex: Lexicon, known: KnownPerson[]): Mention[] {
  const tagged = nicknameNames(
    words,
    appositionPersons(
      words,
      leadersOfGovernments(
        words,
        givenNamesNotMisc(
          words,
          coordinatedPersons(
            words,
            surnameAfterGivenNames(
              words,
              givenNamePersons(words, particleNames(words, cleanSpans(words, spans, lex)), lex),
            ),
            lex,
          ),
        ),
      ),
      lex,
    ),
    lex,
  );
  const withHonorifics = overlay(organizationsWithComplement(words, tagged), honorificNames(words, lex, tagged));
  return possessiveNames(
    words,
    pageantNames(words, fitNames(words, overlay(withHonorifics, findKnown(words, known)), lex)),
  );
}

/** Step 5: each person's role as the text gives it, else the role the user gave a known person. */
function findRoles(
  text: string,
  words: Word[],
  clusters: Cluster[],
  mentions: Mention[],
  known: KnownPerson[],
): (RoleResult | null)[] {
  const at = mentionIndexByWord(words.length, mentions);
  const elsewhere = descriptionsElsewhere(text, words, clusters);
  const before = descriptionsBefore(text, words, clusters);
  return clusters.map((c, ci) => {
    if (c.type !== 'PERSON') return null;
    const descriptions = [...(elsewhere.get(ci) ?? []), ...(before.get(ci) ?? [])];
    const role = withDescriptions(findRole(text, words, c.mentions, mentions, at), descriptions);
    if (!role && c.known >= 0 && typeof known[c.known]?.role === 'string' && known[c.known].role)
      return { role: known[c.known].role!, start: -1, end: -1, others: [] };
    return role;
  });
}

/** A description elsewhere is the role when the text gives no other, else one of the other roles. */
function withDescriptions(role: RoleResult | null, descriptions: RoleCandidate[] | undefined): RoleResult | null {
  if (!descriptions || descriptions.length === 0) return role;
  if (!role) {
    const [first, ...rest] = descriptions;
    return { role: first.text, start: first.start, end: first.end, others: rest.map((d) => d.text) };
  }
  const seen = new Set([role.role.toLowerCase(), ...role.others.map((o) => o.toLowerCase())]);
  const others = [...role.others];
  for (const d of descriptions) if (!seen.has(d.text.toLowerCase())) others.push(d.text);
  return { ...role, others };
}
