/** The command line, parsed. Pure: no I/O, so it can be tested directly. */
import type { AttributionScope } from '../core/types';

const SCOPES: readonly AttributionScope[] = ['speech', 'all'];

export type Command =
  | { kind: 'help' }
  | { kind: 'version' }
  | {
      kind: 'annotate';
      paths: string[];
      jsonl: boolean;
      pretty: boolean;
      verbose: boolean;
      attributions: AttributionScope;
    }
  | { kind: 'usage-error'; message: string };

/** Parses `argv` (without node and the script). Options may come before or after the command. */
export function parseArgs(argv: string[]): Command {
  let help = false;
  let version = false;
  let jsonl = false;
  let pretty = false;
  let verbose = false;
  let attributions: AttributionScope = 'speech';
  let onlyPaths = false;
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyPaths || arg === '-' || !arg.startsWith('-')) {
      words.push(arg);
      continue;
    }
    if (arg === '--attributions' || arg.startsWith('--attributions=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (!SCOPES.includes(value as AttributionScope)) {
        return {
          kind: 'usage-error',
          message: `--attributions takes speech or all${value === undefined ? '' : `, not ${value}`}`,
        };
      }
      attributions = value as AttributionScope;
      continue;
    }
    switch (arg) {
      case '--':
        onlyPaths = true;
        break;
      case '-h':
      case '--help':
        help = true;
        break;
      case '-V':
      case '--version':
        version = true;
        break;
      case '--jsonl':
        jsonl = true;
        break;
      case '--pretty':
        pretty = true;
        break;
      case '-v':
      case '--verbose':
        verbose = true;
        break;
      default:
        return { kind: 'usage-error', message: `unknown option ${arg}` };
    }
  }
  if (help) return { kind: 'help' };
  if (version) return { kind: 'version' };
  const [command, ...paths] = words;
  if (command === undefined) return { kind: 'usage-error', message: 'no command given' };
  if (command !== 'annotate') return { kind: 'usage-error', message: `unknown command ${command}` };
  if (jsonl && paths.length > 0)
    return { kind: 'usage-error', message: '--jsonl reads standard input: give no FILE or DIR with it' };
  if (!jsonl && paths.length === 0) return { kind: 'usage-error', message: 'annotate needs a FILE or DIR, or --jsonl' };
  if (paths.includes('-')) return { kind: 'usage-error', message: 'to read standard input use --jsonl' };
  return { kind: 'annotate', paths, jsonl, pretty, verbose, attributions };
}
