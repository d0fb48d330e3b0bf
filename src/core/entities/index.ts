/**
 * The entity recognizer: words -> tagger spans -> clean mentions (+ known people) -> entities with names,
 * aliases and roles. Linear in the length of the text; never throws.
 */
import type { Sentence, Token } from '../text';
import type { AnnotateOptions, KnownPerson, RecognizedEntity, Span } from '../types';
import { findGenders, type GenderResult } from './gender';
import { cleanSpans, coordinatedPersons, findKnown, fitNames, givenNamePersons, honorificNames, overlay, type Mention } from './mentions';
import { mergeMentions, type Cluster } from './merge';
import { findRole, mentionIndexByWord } from './roles';
import { tagWords } from './tagger';
import { loadModel } from './weights';
import { hasLower, toWords, type Word } from './words';

function wordCount(words: Word[], m: Mention): number {
  let n = 0;
  for (let i = m.first; i < m.last; i++) if (/[\p{L}\p{N}]/u.test(words[i].text)) n++;
  return n;
}

function buildEntity(text: string, words: Word[], c: Cluster, id: string, role: string | null, g: GenderResult): RecognizedEntity {
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
    if (score > bestScore) { bestScore = score; best = i; }
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
  return { id, type: c.type, name, role, aliases, mentions, gender: g.gender, genderEvidence: g.genderEvidence };
}

/**
 * People, organizations and places named in the text, with roles, aliases and (for people) gender. Every entity
 * has `gender` and `genderEvidence`: null on non-persons. `annotate` guards the call.
 */
export function findEntities(text: string, tokens: Token[], sentences: Sentence[], options: AnnotateOptions): RecognizedEntity[] {
  if (typeof text !== 'string' || !Array.isArray(tokens) || tokens.length === 0) return [];
  const words = toWords(tokens, new Set((sentences ?? []).map((s) => s.first)));
  const known: KnownPerson[] = Array.isArray(options?.knownPeople) ? options.knownPeople : [];
  const model = loadModel();
  const tagged = coordinatedPersons(words, givenNamePersons(words, cleanSpans(words, tagWords(words, model), model.lex), model.lex), model.lex);
  const mentions = fitNames(words, overlay(overlay(tagged, honorificNames(words, model.lex, tagged)), findKnown(words, known)), model.lex);
  const clusters = mergeMentions(words, mentions);
  const at = mentionIndexByWord(words.length, mentions);
  const roles = clusters.map((c) => {
    let role: string | null = null;
    if (c.type === 'PERSON') {
      role = findRole(text, words, c.mentions, mentions, at);
      if (!role && c.known >= 0 && typeof known[c.known]?.role === 'string' && known[c.known].role) role = known[c.known].role!;
    }
    return role;
  });
  const genders = findGenders(words, clusters, roles, known);
  return clusters.map((c, i) => buildEntity(text, words, c, `e${i + 1}`, roles[i], genders[i]));
}
