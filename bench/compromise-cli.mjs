// compromise as a whole process, the counterpart of `news-lens annotate --jsonl`: reads {"id","text"}
// lines on stdin, writes one JSON line per input with its people, organizations, places and quotations
// (as strings: compromise gives no character offsets without extra work). node bench/compromise-cli.mjs ROOT
import path from 'node:path';
import readline from 'node:readline';
import { loadCompromise } from './loaders.mjs';

const compromise = loadCompromise(path.resolve(process.argv[2]));
const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of lines) {
  if (!line.trim()) continue;
  const { id, text } = JSON.parse(line);
  const [people, organizations, places, quotations] = compromise.run(text).out;
  if (!process.stdout.write(JSON.stringify({ id, people, organizations, places, quotations }) + '\n'))
    await new Promise((resolve) => process.stdout.once('drain', resolve));
}
