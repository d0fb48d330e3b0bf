// The editor part of `npm run bench`, run inside the real VS Code's extension host (code-server here, launched
// by scripts/bench.mjs through @vscode/test-electron's runTests and scripts/vscode-launcher.mjs, like the
// extension-host tests). It measures what a user waits for, in the extension host's clock:
//
//   first     the first article after VS Code starts: its text shown (showTextDocument resolved) -> its
//             decorations set (activation, worker start, recognizer load, first call), cold; fromOpenMs
//             counts from openTextDocument called
//   further   each further article: text shown -> its decorations set (median), warm
//   sources   the Sources index of the workspace's 1,000 article files from cold (no cache: a fresh profile),
//             in the worker, and the extension host's responsiveness meanwhile (the longest gap of a 10 ms
//             timer on the host's event loop: what the editor would feel)
//   change    one article file rewritten on disk -> the index's sources updated (file watcher, worker, collect)
//
// In a folder of articles News Lens starts with VS Code (`workspaceContains:**/*.txt`), so its worker warms up before
// the first article opens. NEWS_LENS_BENCH_MODE=lone measures the other case: VS Code on an empty folder, fresh
// profile, the articles opened from outside it (NEWS_LENS_BENCH_OPEN_DIR), so the first one activates News Lens
// and starts its worker; only first and further.
//
// With NEWS_LENS_BENCH_MODE=restart (VS Code started again on the same profile, whose global storage now holds
// the workers' code cache, as every start after a user's first has; scripts/bench.mjs also starts it once more
// with the cache removed, to tell what the cache does from what a second start does anyway), only first and
// further.
//
// "Decorations set" is the moment the extension passed them to setDecorations for the document's current
// version (api.painted); the browser paints a frame later. Results go to the JSON file NEWS_LENS_BENCH_OUT.
/* global require, module, process, setTimeout, setInterval, clearInterval */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { performance } = require('node:perf_hooks');
const vscode = require('vscode');

const EXTENSION_ID = 'newslens.news-lens';
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

async function openAndTime(file) {
  const t0 = performance.now();
  let doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
  if (doc.languageId !== 'plaintext') doc = await vscode.languages.setTextDocumentLanguage(doc, 'plaintext');
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  const shown = performance.now();
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  while (!ext.isActive) await new Promise((r) => setTimeout(r, 1));
  const applied = await ext.exports.painted(editor, 60_000);
  if (!applied) throw new Error(`no decorations for ${path.basename(file)} within 60 s`);
  const done = performance.now();
  const status = await ext.exports.settled(doc);
  const st = status && status.kind === 'ready' ? status.timings : undefined;
  return {
    ms: done - shown,
    fromOpenMs: done - t0,
    chars: doc.getText().length,
    // Where the time went, from the text shown: until the store started (event, activation), the
    // recognizer's round trip (worker, corrections sidecar read), then the paint.
    breakdown: st && {
      toStoreMs: st.startedAt - shown,
      annotateMs: st.annotate,
      workerMs: st.worker,
      workerCpuMs: st.workerCpu,
      correctionsWaitMs: st.corrections,
      paint: ext.exports.paintTimings(editor),
    },
  };
}

/** The longest gap between ticks of a 10 ms timer on this thread while `work` runs. */
async function withLag(work) {
  let last = performance.now();
  let maxGap = 0;
  const timer = setInterval(() => {
    const t = performance.now();
    maxGap = Math.max(maxGap, t - last);
    last = t;
  }, 10);
  try {
    const value = await work();
    return { value, maxTimerGapMs: maxGap };
  } finally {
    clearInterval(timer);
  }
}

async function run() {
  const out = process.env.NEWS_LENS_BENCH_OUT;
  const root = vscode.workspace.workspaceFolders[0].uri.fsPath;
  // NEWS_LENS_BENCH_MODE=lone: an empty folder, the articles opened from outside it (activation on opening one).
  const openDir = process.env.NEWS_LENS_BENCH_OPEN_DIR || path.join(root, 'open');
  const toOpen = fs
    .readdirSync(openDir)
    .sort()
    .map((f) => path.join(openDir, f));
  const articlesDir = path.join(root, 'articles');
  const result = { workspace: { articleFiles: fs.existsSync(articlesDir) ? fs.readdirSync(articlesDir).length : 0 } };

  result.first = await openAndTime(toOpen[0]);
  const further = [];
  for (const f of toOpen.slice(1)) further.push(await openAndTime(f));
  result.further = {
    runs: further.map((r) => r.ms),
    breakdowns: further.map((r) => r.breakdown),
    medianMs: median(further.map((r) => r.ms)),
    chars: further.map((r) => r.chars),
  };
  // The worker's wall time against its thread's CPU time (where Node tells it): the recognizer's cost, and the rest.
  const timed = further.map((r) => r.breakdown).filter((b) => b && typeof b.workerCpuMs === 'number');
  if (timed.length)
    Object.assign(result.further, {
      workerMedianMs: median(timed.map((b) => b.workerMs)),
      workerCpuMedianMs: median(timed.map((b) => b.workerCpuMs)),
    });
  const codeCacheDir = vscode.extensions.getExtension(EXTENSION_ID).exports.codeCacheDir;
  result.codeCacheDir = codeCacheDir;
  result.codeCacheFiles = fs.existsSync(codeCacheDir) ? fs.readdirSync(codeCacheDir) : [];
  // Nothing to restore when VS Code starts again on this profile: the next start opens its first article itself.
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  if (process.env.NEWS_LENS_BENCH_MODE === 'restart' || process.env.NEWS_LENS_BENCH_MODE === 'lone') {
    fs.writeFileSync(out, JSON.stringify(result, null, 2));
    return;
  }

  const lens = vscode.extensions.getExtension(EXTENSION_ID).exports.sources;
  await vscode.commands.executeCommand('newsLens.sources.focus');
  const t0 = performance.now();
  const built = await withLag(() => lens.settled());
  result.sources = {
    ms: performance.now() - t0,
    maxTimerGapMs: built.maxTimerGapMs,
    sources: lens.data().sources.length,
    articles: lens.data().summary.articles,
    lastBuild: lens.lastBuild(),
  };

  // One file changes on disk: a new speaker appears in it.
  const version = lens.version();
  const changed = path.join(root, 'articles', fs.readdirSync(path.join(root, 'articles')).sort()[0]);
  const t1 = performance.now();
  fs.appendFileSync(
    changed,
    '\n\n"We did not expect this," Marguerite Oyelaran-Hughes, a ferry pilot, said on Friday.\n',
  );
  while (lens.version() === version && performance.now() - t1 < 30_000) await new Promise((r) => setTimeout(r, 2));
  await lens.settled();
  result.change = {
    ms: performance.now() - t1,
    updated: lens.version() !== version,
    found: lens.data().sources.some((s) => /Oyelaran-Hughes/.test(s.name)),
    lastUpdateMs: lens.lastUpdateMs(),
  };
  fs.writeFileSync(out, JSON.stringify(result, null, 2));
}

module.exports = { run };
