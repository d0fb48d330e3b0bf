declare const __NEWS_LENS_VERSION__: string;

/** The package version, inlined from package.json at build time (esbuild `define`). */
export const VERSION: string = typeof __NEWS_LENS_VERSION__ === 'string' ? __NEWS_LENS_VERSION__ : 'unknown';

export const USAGE = `Usage:
  news-lens annotate [--pretty] [-v] [--jobs N] FILE|DIR ... annotate files; a DIR: its .txt files, recursively
  news-lens annotate --jsonl [--corrections FILE] [--pretty] [--jobs N]
                                              annotate JSON lines {"id","text"} read from standard input
  news-lens eval [--json] [--jobs N] FILE|DIR ...  how right the recognizer is, judged by your corrections
  news-lens sources [--json|--csv] [--jobs N] FILE|DIR ...   who is quoted across the articles, by gender
  news-lens sources --jsonl [--json|--csv] [--corrections FILE]   the same from JSON lines on standard input
  news-lens --help | --version

Writes one JSON annotation per file or input line to standard output: {"id", "entities", "quotes"},
offsets in UTF-16 code units, end exclusive (see the News Lens README for the format).

Sources: one row per person or organization quoted (one person across articles is one source; names spelled
much alike are listed as "similar", not merged), and the group of unnamed sources; the summary counts sources
and quotes of women, men and people of unknown gender (gender from the text: a title, pronouns, a given name).

Corrections: a file's corrections are kept beside it in FILE.newslens.json (schemas/corrections.schema.json)
and applied by annotate; one that cannot be placed any more (its quote's text or its name is no longer in
the article) is said on stderr and listed in the output as "unplacedCorrections"; a corrections file that
cannot be used is an error, and the file is annotated without it.

Options:
  --jsonl     read {"id": string, "text": string} lines on stdin, write one annotation line per input line
              (an integer id is accepted in plain digits up to 2^53-1, and echoed as written)
  --pretty    indent the JSON
  --no-corrections  the recognizer alone: do not apply FILE.newslens.json
  --corrections FILE  with --jsonl: apply the corrections in FILE, JSON lines
              {"id", "version": 1, "corrections": [...]}, each to the input line of that id
  --json      eval: write {"articles", "total"} as JSON instead of a table; sources: {"sources", "summary"}
  --csv       sources: one CSV row per source (name, type, unnamed, roles, gender, gender_evidence,
              articles, quotes, aliases, similar)
  --attributions speech|all
              which attributions are quotes: speech (default: what someone said or wrote) or all (also
              beliefs, findings, wishes and plans: "believes", "shows", "wants", as PolNeAR annotates them)
  --jobs N    annotate on N worker threads (default 1: none); 0 or auto: one per core. The output is the
              same, in the same order, whatever N
  -v, --verbose  also show, one line each, what the recognizer recovered from in an input (a bug to report)
  -h, --help  show this help
  -V, --version  show the version

Reads regular files only, at most 64 MiB per file or input line.
Exit status: 0 all done, 1 some file or input line could not be annotated or its corrections could not be
used (reasons on stderr; eval: also when no file has corrections), 2 bad usage.
`;
