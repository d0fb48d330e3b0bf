/** The command line, parsed. Pure: no I/O, so it can be tested directly. */
import type { AttributionScope } from '../core/types';

const SCOPES: readonly AttributionScope[] = ['speech', 'all'];

/** The most threads --jobs starts: far past any machine's cores, low enough that a typo cannot start thousands. */
export const MAX_JOBS = 256;

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
      /** Worker threads to annotate on (--jobs); 0: one per available core; 1 (the default): none, in process. */
      jobs: number;
      /** --no-corrections: the recognizer alone, `<file>.newslens.json` beside a file not applied (absent: applied). */
      noCorrections?: true;
      /** --corrections FILE (with --jsonl): JSON lines {"id", "version", "corrections"} to apply by id. */
      correctionsFile?: string;
    }
  | {
      /** `eval`: the recognizer against the user's corrections, for every article with corrections beside it. */
      kind: 'eval';
      paths: string[];
      /** --json: one JSON document instead of a table. */
      json: boolean;
      pretty: boolean;
      verbose: boolean;
      attributions: AttributionScope;
      jobs: number;
    }
  | {
      /** `sources`: who is quoted across the articles (src/core/sources), as a table, JSON or CSV. */
      kind: 'sources';
      paths: string[];
      jsonl: boolean;
      format: 'table' | 'json' | 'csv';
      pretty: boolean;
      verbose: boolean;
      attributions: AttributionScope;
      jobs: number;
      noCorrections?: true;
      correctionsFile?: string;
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
  let jobs = 1;
  let json = false;
  let csv = false;
  let noCorrections = false;
  let correctionsFile: string | undefined;
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
    if (arg === '--jobs' || arg.startsWith('--jobs=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      const n = value === 'auto' ? 0 : value !== undefined && /^[0-9]{1,4}$/.test(value) ? Number(value) : NaN;
      if (!(n <= MAX_JOBS)) {
        return {
          kind: 'usage-error',
          message: `--jobs takes a number of threads from 1 to ${MAX_JOBS}, or 0 or auto for one per core${value === undefined ? '' : `, not "${value}"`}`,
        };
      }
      jobs = n;
      continue;
    }
    if (arg === '--corrections' || arg.startsWith('--corrections=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (value === undefined || value === '') {
        return {
          kind: 'usage-error',
          message: '--corrections takes a FILE of JSON lines {"id", "version", "corrections"}',
        };
      }
      correctionsFile = value;
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
      case '--json':
        json = true;
        break;
      case '--csv':
        csv = true;
        break;
      case '--no-corrections':
        noCorrections = true;
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
  if (command === 'eval') {
    if (jsonl) return { kind: 'usage-error', message: 'eval reads files with corrections beside them, not --jsonl' };
    if (noCorrections || correctionsFile !== undefined) {
      return {
        kind: 'usage-error',
        message: 'eval compares with the corrections beside each file: no --no-corrections or --corrections',
      };
    }
    if (paths.length === 0) return { kind: 'usage-error', message: 'eval needs a FILE or DIR' };
    if (paths.includes('-')) return { kind: 'usage-error', message: 'eval reads files, not standard input' };
    return { kind: 'eval', paths, json, pretty, verbose, attributions, jobs };
  }
  if (csv && command !== 'sources') return { kind: 'usage-error', message: '--csv is for sources' };
  if (command === 'sources') {
    if (json && csv) return { kind: 'usage-error', message: 'sources writes --json or --csv, not both' };
    const input = inputProblem(jsonl, paths, correctionsFile, noCorrections);
    if (input) return input;
    return {
      kind: 'sources',
      paths,
      jsonl,
      format: json ? 'json' : csv ? 'csv' : 'table',
      pretty,
      verbose,
      attributions,
      jobs,
      ...(noCorrections ? { noCorrections: true as const } : {}),
      ...(correctionsFile !== undefined ? { correctionsFile } : {}),
    };
  }
  if (command !== 'annotate') return { kind: 'usage-error', message: `unknown command ${command}` };
  if (json) return { kind: 'usage-error', message: '--json is for eval and sources (annotate always writes JSON)' };
  const input = inputProblem(jsonl, paths, correctionsFile, noCorrections, 'annotate');
  if (input) return input;
  return {
    kind: 'annotate',
    paths,
    jsonl,
    pretty,
    verbose,
    attributions,
    jobs,
    ...(noCorrections ? { noCorrections: true as const } : {}),
    ...(correctionsFile !== undefined ? { correctionsFile } : {}),
  };
}

/** What is wrong with the input options of `annotate` or `sources` (files and directories, or --jsonl), or null. */
function inputProblem(
  jsonl: boolean,
  paths: string[],
  correctionsFile: string | undefined,
  noCorrections: boolean,
  command = 'sources',
): Command | null {
  if (correctionsFile !== undefined && !jsonl) {
    return {
      kind: 'usage-error',
      message:
        "--corrections FILE is for --jsonl input (a file's corrections are read from FILE.newslens.json beside it)",
    };
  }
  if (correctionsFile !== undefined && noCorrections)
    return { kind: 'usage-error', message: '--corrections and --no-corrections contradict each other' };
  if (jsonl && paths.length > 0)
    return { kind: 'usage-error', message: '--jsonl reads standard input: give no FILE or DIR with it' };
  if (!jsonl && paths.length === 0)
    return { kind: 'usage-error', message: `${command} needs a FILE or DIR, or --jsonl` };
  if (paths.includes('-')) return { kind: 'usage-error', message: 'to read standard input use --jsonl' };
  return null;
}
