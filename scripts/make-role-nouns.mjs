#!/usr/bin/env node
// Writes src/core/lang/data/role-nouns.ts: nouns that name what a person is or does ("goalie", "owner",
// "midfielder"), mined from the **train** splits in ../shared/data (only the words and their counts' verdict are
// stored, no text):
//   - GUM train: the head (the word before the first preposition or clause word) of every mention of a person
//     that is not a name ("the Afghan team's coach", "a spokeswoman for the ministry");
//   - CoNLL-2003 train: the word right before a gold PERSON name ("striker Alan Shearer"), and the head of an
//     apposition right after one (", a spokesman for ...").
// It also writes MINED_ORG_NOUNS: heads of GUM organization descriptions and of appositions after CoNLL-2003 ORG
// names ("company", "group", "subsidiary") seen in more documents than as heads of descriptions of people.
// A word is kept when it is seen in at least MIN_DOCS documents, is written in lower case letters (and
// hyphens), and the Brill lexicon shipped with `natural` gives a noun tag (NN/NNS) as its most frequent tag
// (this drops "said", "beat", "forward", "and").
//
//   node scripts/make-role-nouns.mjs [--out DIR] [--shared DIR]   (default DIR: src/core/lang/data)
//
// Deterministic (sorted, no dates or paths), so `npm run check:data` compares a rebuild byte for byte.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const opt = (k, d) => (args.indexOf(k) >= 0 ? path.resolve(args[args.indexOf(k) + 1]) : d);
const outDir = opt('--out', path.join(root, 'src/core/lang/data'));
const shared = opt('--shared', path.resolve(process.env.NEWS_LENS_SHARED || path.join(root, '..', 'shared')));
const require = createRequire(import.meta.url);
const lexicon = require('natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json');
const { version } = require('natural/package.json');

/** Documents a word must be seen in: one is an accident of one article. */
const MIN_DOCS = 2;
const INPUTS = ['gum/train.extra.jsonl', 'conll2003/train.jsonl'];
const read = (f) => fs.readFileSync(path.join(shared, 'data', f), 'utf8');
const lines = (f) =>
  read(f)
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));

const docs = new Map(); // word -> Set of document ids
const see = (w, id) => {
  if (!/^\p{Ll}[\p{Ll}-]*\p{Ll}$/u.test(w)) return;
  const d = docs.get(w) ?? new Set();
  d.add(id);
  docs.set(w, d);
};
const STOP = new Set(['of', 'at', 'for', 'in', 'to', 'with', 'from', 'on', 'under', 'since', 'by', 'who', 'that']);
STOP.add('which').add('whose').add('and').add('or');
/** The head of a description: the word before its first preposition, clause word or punctuation. */
function head(s) {
  const ws = s
    .replace(/['’]s\b/g, ' ')
    .split(/\s+|(?=[,;:()])/)
    .filter(Boolean);
  let h = null;
  for (let i = 0; i < ws.length; i++) {
    if (i > 0 && (STOP.has(ws[i].toLowerCase()) || /^[,;:()]/.test(ws[i]))) break;
    h = ws[i];
  }
  return h;
}
// Heads of descriptions of organizations and of people, for ORG_NOUNS (per word: documents of each).
const orgDocs = new Map();
const seeKind = (w, id, kind) => {
  if (!/^\p{Ll}[\p{Ll}-]*\p{Ll}$/u.test(w)) return;
  const d = orgDocs.get(w) ?? { org: new Set(), person: new Set() };
  d[kind].add(id);
  orgDocs.set(w, d);
};
for (const x of lines('gum/train.extra.jsonl'))
  for (const m of x.mentions ?? []) {
    if (m.named) continue;
    const h = head(m.text);
    if (!h) continue;
    if (m.gumType === 'organization') seeKind(h, x.id, 'org');
    if (m.gumType !== 'person') continue;
    seeKind(h, x.id, 'person');
    see(h, x.id);
  }
for (const d of lines('conll2003/train.jsonl'))
  for (const e of d.entities) {
    if (e.type !== 'PERSON') continue;
    const before = d.text.slice(Math.max(0, e.start - 40), e.start).match(/(\S+)[ \t]+$/);
    if (before) see(before[1], d.id);
    const after = d.text
      .slice(e.end, e.end + 120)
      .match(/^[ \t]*,[ \t]*((?:a|an|the|his|her|its|\S+'s)[ \t]+[^,;.\n]*)/);
    const h = after && head(after[1]);
    if (h) see(h, d.id);
  }
// ", a/an/the ..." after a gold ORG or PERSON name: heads of appositions of organizations and of people.
for (const d of lines('conll2003/train.jsonl'))
  for (const e of d.entities) {
    if (e.type !== 'ORG' && e.type !== 'PERSON') continue;
    const after = d.text.slice(e.end, e.end + 120).match(/^[ \t]*,[ \t]*((?:a|an|the)[ \t]+[^,;.\n]*)/);
    const h = after && head(after[1]);
    if (h) seeKind(h, d.id, e.type === 'ORG' ? 'org' : 'person');
  }
const isNoun = (w) => {
  const tags = Object.hasOwn(lexicon, w) ? lexicon[w] : null;
  return Array.isArray(tags) && (tags[0] === 'NN' || tags[0] === 'NNS');
};
const list = [...docs]
  .filter(([w, d]) => d.size >= MIN_DOCS && isNoun(w))
  .map(([w]) => w)
  .sort();
// Nouns that head descriptions of organizations in at least MIN_DOCS documents, more often than of people.
const orgList = [...orgDocs]
  .filter(([w, d]) => d.org.size >= MIN_DOCS && d.org.size > d.person.size && isNoun(w))
  .map(([w]) => w)
  .sort();
const sha = (f) => crypto.createHash('sha256').update(read(f)).digest('hex');
const lineOf = (ws) => {
  const out = [];
  let cur = '';
  for (const w of ws) {
    const item = `'${w}',`;
    if (cur && cur.length + item.length + 1 > 116) {
      out.push(cur);
      cur = '';
    }
    cur = cur ? `${cur} ${item}` : item;
  }
  if (cur) out.push(cur);
  return out.map((l) => `  ${l}`).join('\n');
};
const text = `// Generated by scripts/make-role-nouns.mjs (node scripts/make-role-nouns.mjs); do not edit.
// Nouns that head descriptions of people in the train splits of ../shared/data (GUM person mentions that are not
// names; the word before a CoNLL-2003 PERSON name and the head of an apposition after one), seen in at least
// ${MIN_DOCS} documents, whose most frequent tag in natural ${version}'s Brill lexicon is a noun. Words only, no text.
${INPUTS.map((f) => `// sha256 ${f} ${sha(f)}`).join('\n')}
import { words } from '../registry';

/** Role nouns learned from data; \`NOT_ROLE_NOUNS\` (lang/roles.ts) keeps out the ones that are not roles. */
// prettier-ignore
export const MINED_ROLE_NOUNS = words('MINED_ROLE_NOUNS', [
${lineOf(list)}
]);

/**
 * Nouns that head descriptions of organizations (GUM organization mentions that are not names; appositions after
 * CoNLL-2003 ORG names), in at least ${MIN_DOCS} documents and more of them than descriptions of people.
 */
// prettier-ignore
export const MINED_ORG_NOUNS = words('MINED_ORG_NOUNS', [
${lineOf(orgList)}
]);
`;
fs.mkdirSync(outDir, { recursive: true });
fs.writeFileSync(path.join(outDir, 'role-nouns.ts'), text);
console.log(`role-nouns.ts: ${list.length} role nouns, ${orgList.length} organization nouns`);
