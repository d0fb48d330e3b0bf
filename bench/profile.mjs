#!/usr/bin/env node
// Where a whole `news-lens annotate --jsonl` process spends its time, cold:
//
//   node bench/profile.mjs [MB] [--jobs N] [--top N]
//
// Bundles the CLI with a source map into .bench/, runs it once under `node --cpu-prof` on MB (default 1)
// of news articles (bench/texts.mjs), and prints: the phases (node start-up, loading the bundle, the first
// article, the rest), the functions with the most self time and the source files with the most (mapped back
// to src/ through the source map), and the garbage collector's share. Then it runs it again under
// --trace-deopt and counts the deoptimizations by function and reason. The profiles stay in .bench/profile/.
// A profile samples wall time, so other work on the machine shows as (idle) and (program).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { SourceMap } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { articles, newsDocs } from './texts.mjs';
import { buildCli } from './tools.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const mb = Number(args.find((a, i) => /^[0-9.]+$/.test(a) && !args[i - 1]?.startsWith('--')) ?? 1);
const jobs = option('--jobs', 1);
const top = option('--top', 25);
const outDir = path.join(root, '.bench', 'profile');
fs.rmSync(outDir, { recursive: true, force: true });
fs.mkdirSync(outDir, { recursive: true });

const cli = await buildCli(root, outDir, { name: 'cli.js', version: 'profile', sourcemap: true, launcher: false });
const docs = newsDocs(articles(root).texts, mb * 1048576);
const input = path.join(outDir, 'input.jsonl');
fs.writeFileSync(input, docs.map((text, i) => JSON.stringify({ id: `doc-${i}`, text })).join('\n') + '\n');

const output = path.join(outDir, 'output.jsonl');
/** One cold run; stdout to a file (a pipe would make the profile show the waits on a full pipe as writes). */
const run = (flags) => {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [...flags, cli, 'annotate', '--jsonl', '--jobs', String(jobs)], {
    stdio: [fs.openSync(input, 'r'), fs.openSync(output, 'w'), 'pipe'],
    cwd: outDir,
  });
  return { ...r, wallMs: Number(process.hrtime.bigint() - t0) / 1e6 };
};

const prof = run(['--cpu-prof', '--cpu-prof-dir', outDir, '--cpu-prof-interval', '250']);
console.log(
  `news-lens annotate --jsonl --jobs ${jobs} on ${mb} MB (${docs.length} articles), one cold process: ${(prof.wallMs / 1000).toFixed(2)} s wall`,
);

const map = new SourceMap(JSON.parse(fs.readFileSync(`${cli}.map`, 'utf8')));
const where = (frame) => {
  if (!frame.url.endsWith('/cli.js')) return frame.url ? path.basename(frame.url) : '';
  const e = map.findEntry(frame.lineNumber, frame.columnNumber);
  if (!e?.originalSource) return 'cli.js';
  const source = e.originalSource.startsWith('file://')
    ? fileURLToPath(e.originalSource)
    : path.resolve(outDir, e.originalSource);
  return `${path.relative(root, source)}:${e.originalLine + 1}`;
};
const ms = (us) => (us / 1000).toFixed(0).padStart(6);

for (const file of fs.readdirSync(outDir).filter((f) => f.endsWith('.cpuprofile'))) {
  const p = JSON.parse(fs.readFileSync(path.join(outDir, file), 'utf8'));
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map();
  const files = new Map();
  const phases = { startUp: new Map(), first: new Map() };
  let total = 0;
  // Phases from the samples' times: until the first sample inside annotateJob (start-up), then until the
  // first sample of JavaScript outside it (the first article), then the rest.
  let t = p.startTime;
  let firstAnnotate = null;
  let firstArticleEnd = null;
  const inside = (id, name) => {
    for (let cur = id; cur !== undefined; cur = parent.get(cur))
      if (byId.get(cur).callFrame.functionName === name) return true;
    return false;
  };
  const add = (m, k, v) => m.set(k, (m.get(k) ?? 0) + v);
  for (let i = 0; i < p.samples.length; i++) {
    const dt = p.timeDeltas[i] ?? 0;
    t += dt;
    const node = byId.get(p.samples[i]);
    const f = node.callFrame;
    const key = `${f.functionName || '(anonymous)'}  ${where(f)}`;
    add(self, key, dt);
    add(files, where(f).replace(/:\d+$/, '') || f.functionName, dt);
    total += dt;
    const annotating = inside(node.id, 'annotateJob');
    const vm = f.url === '' && f.functionName.startsWith('(');
    if (annotating && firstAnnotate === null) firstAnnotate = t;
    if (firstAnnotate !== null && firstArticleEnd === null && !annotating && !vm) firstArticleEnd = t;
    if (firstAnnotate === null) add(phases.startUp, key, dt);
    else if (firstArticleEnd === null) add(phases.first, key, dt);
  }
  const list = (m, n) => {
    const sum = [...m.values()].reduce((a, b) => a + b, 0);
    for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, n))
      console.log(`  ${ms(v)} ms ${((100 * v) / sum).toFixed(1).padStart(5)}%  ${k}`);
  };
  console.log(`\n${file}: ${ms(total)} ms sampled`);
  if (firstAnnotate !== null) {
    console.log(
      `start-up (node, reading, compiling and running the bundle, reading input): ${ms(firstAnnotate - p.startTime)} ms`,
    );
    list(phases.startUp, 12);
    if (firstArticleEnd !== null) {
      console.log(`first article: ${ms(firstArticleEnd - firstAnnotate)} ms`);
      list(phases.first, 12);
    }
    console.log(`the rest: ${ms(p.endTime - (firstArticleEnd ?? firstAnnotate))} ms`);
  }
  console.log('whole run, self time by function:');
  list(self, top);
  console.log('whole run, self time by source file:');
  list(files, Math.min(top, 15));
}

run(['--trace-deopt']); // its trace goes to stdout, among the output lines
const counts = new Map();
for (const line of fs.readFileSync(output, 'latin1').split('\n')) {
  const m = /^\[bailout \(kind: ([^,]+), reason: ([^)]+)\).*?<JSFunction ([^ >]*)/.exec(line);
  if (!m) continue;
  const key = `${m[3] || '(anonymous)'}: ${m[2]} (${m[1]})`;
  counts.set(key, (counts.get(key) ?? 0) + 1);
}
const n = [...counts.values()].reduce((a, b) => a + b, 0);
console.log(`\n--trace-deopt: ${n} deoptimizations; the most frequent:`);
for (const [k, v] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, 15))
  console.log(`  ${String(v).padStart(4)}  ${k}`);
console.log(`\nprofiles in ${path.relative(process.cwd(), outDir)}/ (open in Chrome DevTools or VS Code)`);
