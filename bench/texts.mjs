// Texts for the benchmark, read at run time: PolNeAR train articles from ../shared (never copied into the
// repository), else the repository's samples/*.txt, else the mission's seed article, repeated.
import fs from 'node:fs';
import path from 'node:path';

export function textSources(root) {
  const shared = process.env.NEWS_LENS_SHARED || path.join(root, '..', 'shared');
  const polnear = path.join(shared, 'data', 'polnear', 'train.jsonl');
  const seed = path.join(shared, 'seeds', 'sochi-syria.txt');
  const samplesDir = path.join(root, 'samples');
  const samples = fs.existsSync(samplesDir)
    ? fs
        .readdirSync(samplesDir)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => path.join(samplesDir, f))
    : [];
  return { polnear: fs.existsSync(polnear) ? polnear : null, seed: fs.existsSync(seed) ? seed : null, samples };
}

/** Articles as a list of texts, and where they came from. */
export function articles(root) {
  const src = textSources(root);
  if (src.polnear) {
    const texts = fs
      .readFileSync(src.polnear, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l).text);
    return {
      from: 'PolNeAR train (../shared/data/polnear/train.jsonl)',
      texts,
      seed: src.seed ? fs.readFileSync(src.seed, 'utf8') : null,
    };
  }
  const files = src.samples.length ? src.samples : src.seed ? [src.seed] : [];
  if (!files.length)
    throw new Error(
      'no text to benchmark: neither ../shared/data/polnear nor samples/*.txt nor the seed article exist',
    );
  const texts = files.map((f) => fs.readFileSync(f, 'utf8'));
  return {
    from: src.samples.length ? 'samples/*.txt (repeated)' : 'seed article (repeated)',
    texts,
    seed: src.seed ? fs.readFileSync(src.seed, 'utf8') : null,
  };
}

/** Articles totalling `chars` UTF-16 code units (the last one cut short; repeated if need be). */
export function newsDocs(texts, chars) {
  const docs = [];
  let length = 0;
  for (let i = 0; length < chars; i = (i + 1) % texts.length) {
    const t = texts[i].slice(0, chars - length);
    docs.push(t);
    length += t.length;
  }
  return docs;
}

/** News text of exactly `chars` UTF-16 code units (articles joined by blank lines, repeated if need be). */
export function newsText(texts, chars) {
  const parts = [];
  let length = 0;
  for (let i = 0; length < chars; i = (i + 1) % texts.length) {
    parts.push(texts[i]);
    length += texts[i].length + 2;
  }
  let text = parts.join('\n\n').slice(0, chars);
  const last = text.charCodeAt(text.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) text = text.slice(0, -1) + ' ';
  return text;
}

/** Typical articles of 3-10 KB: the seed article and the first `n` of the others in that range. */
export function typicalArticles({ texts, seed }, n = 4) {
  const picked = texts.filter((t) => t.length >= 3000 && t.length <= 10000).slice(0, n);
  const out = seed ? [seed, ...picked] : picked;
  return out.length ? out : texts.slice(0, n);
}
