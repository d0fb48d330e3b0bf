import { parseArgs } from './args';
import { annotateFiles } from './annotate-files';
import { annotateJsonl } from './annotate-jsonl';
import { Output } from './output';
import { Problems } from './report';
import { USAGE, VERSION } from './usage';

/** `news-lens`: annotates news articles and writes JSON. Exit 0 done, 1 some input failed, 2 bad usage. */
async function main(argv: string[]): Promise<number> {
  const command = parseArgs(argv);
  switch (command.kind) {
    case 'help':
      process.stdout.write(USAGE);
      return 0;
    case 'version':
      process.stdout.write(`news-lens ${VERSION}\n`);
      return 0;
    case 'usage-error':
      process.stderr.write(`news-lens: ${command.message}\n\n${USAGE}`);
      return 2;
    case 'annotate': {
      const out = new Output(process.stdout);
      const problems = new Problems(process.stderr);
      if (command.jsonl) await annotateJsonl(process.stdin, out, problems, command.pretty);
      else await annotateFiles(command.paths, out, problems, command.pretty);
      await out.flush();
      return problems.count > 0 ? 1 : 0;
    }
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`news-lens: internal error: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  },
);
