// The Brill lexicon that ships with `natural` (natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json;
// it comes from pos-js/jspos, LGPLv3, a port of Mark Watson's FastTag with Eric Brill's English lexicon), as the
// word-list generators read it (build-pos-lexicon.mjs, build-clause-verbs.mjs), and their `--out DIR` argument.
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
export const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
export const LEXICON_PATH = 'natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json';
export const NATURAL_VERSION = require('natural/package.json').version;

/** The lexicon's lower-case words (letters, then letters, apostrophes or hyphens), each with its tags. */
export function lowerCaseEntries() {
  return Object.entries(require(LEXICON_PATH)).filter(
    ([word, tags]) => word === word.toLowerCase() && /^[a-z][a-z'-]*$/.test(word) && Array.isArray(tags),
  );
}

/** The folder to write to: `--out DIR` on the command line, else `defaultDir` (relative to the repository). */
export function outDirArg(defaultDir) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--out');
  return at >= 0 ? path.resolve(args[at + 1]) : path.join(ROOT, defaultDir);
}
