// One measurement in a fresh process: `node bench/child.mjs cold|memory newslens|compromise ROOT BUNDLE TEXTFILE`.
// Prints one JSON line. Cold: load time and first/second call on the text. Memory: peak RSS annotating the text.
import fs from 'node:fs';
import { loadCompromise, loadNewsLens } from './tools.mjs';

const [mode, tool, root, bundle, textFile] = process.argv.slice(2);
const text = fs.readFileSync(textFile, 'utf8');
const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;
const mb = (kb) => kb / 1024;

let t0 = process.hrtime.bigint();
const run = tool === 'newslens' ? loadNewsLens(bundle) : ((c) => (t) => c.run(t))(loadCompromise(root));
const loadMs = ms(t0);
const rssAfterLoad = process.memoryUsage().rss / 1048576;

t0 = process.hrtime.bigint();
let result = run(text);
const firstMs = ms(t0);
const out = { tool, mode, chars: text.length, loadMs, firstMs, rssAfterLoadMB: rssAfterLoad };
if (mode === 'cold') {
  t0 = process.hrtime.bigint();
  result = run(text);
  out.secondMs = ms(t0);
}
out.maxRssMB = mb(process.resourceUsage().maxRSS);
out.kept = result ? 1 : 0; // keep the result alive until the peak is read
process.stdout.write(JSON.stringify(out) + '\n');
