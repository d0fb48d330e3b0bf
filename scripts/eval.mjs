#!/usr/bin/env node
// Runs the recognizer over a gold set and scores it with ../shared/tools/score.mjs.
//
//   node scripts/eval.mjs conll|polnear|gum|ggt|all [--split dev] [--errors N] [--keep] [--attributions speech|all]
//
// PolNeAR annotates beliefs and intentions too, so it is scored with the broad scope (attributions 'all')
// unless --attributions says otherwise; the other sets with the default, speech.
//
// Predictions go to .bench/pred-<set>-<split>.jsonl (git-ignored). Only train and dev splits exist here;
// the test splits are held out.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildCore } from '../bench/tools.mjs';
import { args, opt, root, shared } from './script-args.mjs';

const which = args[0] || 'all';
const split = opt('--split', 'dev');
const errors = opt('--errors', '0');
const scope = opt('--attributions', null);

const outDir = path.join(root, '.bench');
fs.mkdirSync(outDir, { recursive: true });
const bundle = await buildCore(root, outDir, 'core.cjs');
const { annotate } = (await import(bundle)).default;

const SETS = {
  conll: { args: [] },
  polnear: { args: ['--fragments'], extra: true, attributions: 'all' },
  gum: { args: [], extra: true },
  ggt: { args: [], extra: true },
};

for (const name of which === 'all' ? Object.keys(SETS) : [which]) {
  const set = SETS[name];
  if (!set) {
    console.error(`unknown set ${name}`);
    process.exit(2);
  }
  const gold = path.join(shared, 'data', name === 'conll' ? 'conll2003' : name, `${split}.jsonl`);
  const pred = path.join(outDir, `pred-${name}-${split}.jsonl`);
  const lines = fs
    .readFileSync(gold, 'utf8')
    .split('\n')
    .filter((l) => l.trim());
  const t0 = process.hrtime.bigint();
  let chars = 0;
  const out = lines.map((l) => {
    const doc = JSON.parse(l);
    chars += doc.text.length;
    return JSON.stringify(annotate(doc.text, { id: doc.id, attributions: scope ?? set.attributions ?? 'speech' }));
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  fs.writeFileSync(pred, out.join('\n') + '\n');
  console.log(
    `== ${name} ${split} (attributions ${scope ?? set.attributions ?? 'speech'}): ${lines.length} docs, ${chars} chars annotated in ${ms.toFixed(0)} ms`,
  );
  const scoreArgs = [
    path.join(shared, 'tools', 'score.mjs'),
    '--gold',
    gold,
    '--pred',
    pred,
    ...set.args,
    '--errors',
    errors,
  ];
  if (set.extra) scoreArgs.push('--extra', gold.replace(/\.jsonl$/, '.extra.jsonl'));
  process.stdout.write(execFileSync(process.execPath, scoreArgs, { encoding: 'utf8', maxBuffer: 1 << 28 }));
}
