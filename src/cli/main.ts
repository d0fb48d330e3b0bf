import { parseArgs } from './args';
import { annotateFiles } from './annotate-files';
import { annotateJsonl } from './annotate-jsonl';
import { Output } from './output';
import { printable, Problems } from './report';
import { USAGE, VERSION } from './usage';

/** `news-lens`: annotates news articles and writes JSON. Exit 0 done, 1 some input failed or output could not be written, 2 bad usage. */
async function main(argv: string[]): Promise<number> {
  const command = parseArgs(argv);
  // Every write to stdout goes through `out`, so a full disk or a closed pipe never escapes as a stack trace.
  const out = new Output(process.stdout);
  switch (command.kind) {
    case 'help':
      await out.write(USAGE);
      await out.flush();
      return out.failed ? 1 : 0;
    case 'version':
      await out.write(`news-lens ${VERSION}\n`);
      await out.flush();
      return out.failed ? 1 : 0;
    case 'usage-error':
      process.stderr.write(`news-lens: ${printable(command.message)}\n\n${USAGE}`); // the message quotes an argument
      return 2;
    case 'annotate': {
      const problems = new Problems(process.stderr, undefined, command.verbose);
      const base = { attributions: command.attributions };
      if (command.jsonl) await annotateJsonl(process.stdin, out, problems, command.pretty, undefined, base);
      else await annotateFiles(command.paths, out, problems, command.pretty, base);
      await out.flush();
      return problems.count > 0 || out.failed ? 1 : 0;
    }
  }
}

// Nowhere left to report a failure to write an error message (stderr on a full disk): do not crash on it.
process.stderr.on('error', () => undefined);

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`news-lens: internal error: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  },
);
