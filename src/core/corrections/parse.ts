/**
 * Reading a corrections file: JSON, checked against the published JSON Schema (schemas/corrections.schema.json)
 * by validators ajv compiled ahead of time (data/schema-validators.js, scripts/build-schema-validators.mjs), so
 * nothing is compiled when the first file is read. Every problem is named by where it is
 * (`corrections[2].quote.end: must be an integer`), so a hand-edited file can be fixed; a file of a newer
 * version is refused as such rather than misread.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import schema from '../../../schemas/corrections.schema.json';
import * as compiled from './data/schema-validators.js';
import { CORRECTIONS_VERSION, type CorrectionsFile } from './types';

/** The published JSON Schema of corrections files. */
export const CORRECTIONS_SCHEMA: Readonly<Record<string, unknown>> = schema;

/** The most problems listed for one file: past a few, the file is not a corrections file at all. */
const MAX_PROBLEMS = 20;

type Shape = 'speakerCorrection' | 'notAQuoteCorrection' | 'kindCorrection' | 'entityCorrection';

const validators: { file: ValidateFunction; shapes: Record<Shape, ValidateFunction> } = {
  file: compiled.file,
  shapes: {
    speakerCorrection: compiled.speakerCorrection,
    notAQuoteCorrection: compiled.notAQuoteCorrection,
    kindCorrection: compiled.kindCorrection,
    entityCorrection: compiled.entityCorrection,
  },
};

function getValidators(): typeof validators {
  return validators;
}

/**
 * Parses and checks a corrections file. `file` is null when it cannot be used at all (not JSON, not this
 * format, a newer version, any correction malformed), with the reasons in `problems`.
 */
export function parseCorrections(json: string): { file: CorrectionsFile | null; problems: string[] } {
  let value: unknown;
  try {
    value = JSON.parse(json.charCodeAt(0) === 0xfeff ? json.slice(1) : json);
  } catch (error) {
    return { file: null, problems: [`not JSON (${error instanceof Error ? error.message : String(error)})`] };
  }
  const problems = checkCorrections(value);
  return problems.length === 0 ? { file: value as CorrectionsFile, problems } : { file: null, problems };
}

/** The problems of a parsed value as a corrections file (none: it is one). */
export function checkCorrections(value: unknown): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return [`expected a JSON object {"version": ${CORRECTIONS_VERSION}, "corrections": [...]}`];
  }
  const version = (value as { version?: unknown }).version;
  if (typeof version === 'number' && version > CORRECTIONS_VERSION) {
    return [
      `version ${version} was written by a newer News Lens; this one reads version ${CORRECTIONS_VERSION} (update News Lens)`,
    ];
  }
  const { file, shapes } = getValidators();
  const problems: string[] = [];
  if (!file(value)) {
    const corrections = (value as { corrections?: unknown }).corrections;
    const bad = new Set<number>();
    for (const error of file.errors ?? []) {
      const m = /^\/corrections\/(\d+)(\/|$)/.exec(error.instancePath);
      if (m && Array.isArray(corrections)) bad.add(Number(m[1]));
      else if (error.keyword !== 'if') problems.push(describe(error, ''));
    }
    for (const i of [...bad].sort((a, b) => a - b)) {
      const where = `corrections[${i}]`;
      const item = (corrections as unknown[])[i];
      const shape = shapeOf(item);
      if (shape === null) {
        problems.push(
          item !== null && typeof item === 'object' && !Array.isArray(item)
            ? `${where}: not a correction: it needs "quote" (with "speaker", "notAQuote" or "kind") or "entity"`
            : `${where}: must be an object`,
        );
        continue;
      }
      const validate = shapes[shape];
      if (validate(item)) continue; // cannot happen: the file failed on this item
      for (const error of validate.errors ?? []) if (error.keyword !== 'if') problems.push(describe(error, where));
    }
  } else {
    problems.push(...checkSpans(value as CorrectionsFile));
  }
  const unique = [...new Set(problems)];
  return unique.length > MAX_PROBLEMS
    ? [...unique.slice(0, MAX_PROBLEMS), `and ${unique.length - MAX_PROBLEMS} more`]
    : unique;
}

/** Which kind of correction an item means to be, by its fields (for messages about that kind only). */
function shapeOf(item: unknown): Shape | null {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) return null;
  const has = (key: string) => Object.prototype.hasOwnProperty.call(item, key);
  if (has('entity')) return 'entityCorrection';
  if (has('notAQuote')) return 'notAQuoteCorrection';
  if (has('speaker') || has('unnamed') || has('confirmed')) return 'speakerCorrection';
  if (has('quote') || has('kind')) return 'kindCorrection';
  return null;
}

/** What the schema cannot say: a quote's end is not before its start, and its text is as long as its span. */
function checkSpans(file: CorrectionsFile): string[] {
  const problems: string[] = [];
  file.corrections.forEach((c, i) => {
    if (!('quote' in c)) return;
    const { start, end, text } = c.quote;
    if (end < start) problems.push(`corrections[${i}].quote: end ${end} is before start ${start}`);
    else if (end - start !== text.length) {
      problems.push(
        `corrections[${i}].quote: "text" is ${text.length} characters long but the span ${start}..${end} is ${end - start}`,
      );
    }
  });
  return problems;
}

/** One ajv error as a line a person can act on: `corrections[2].kind: must be one of "direct", ...`. */
function describe(error: ErrorObject, prefix: string): string {
  const relative = pathOf(error.instancePath);
  const path = prefix ? prefix + relative : relative.replace(/^\./, '');
  const at = path === '' ? '' : `${path}: `;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return `${at}"${String(params.missingProperty)}" is missing`;
    case 'additionalProperties':
      return `${at}unknown field "${String(params.additionalProperty)}"`;
    case 'enum':
      return `${at}must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'const':
      return `${at}must be ${JSON.stringify(params.allowedValue)}`;
    case 'type': {
      const types = String(params.type).split(',');
      return `${at}must be ${types.map((t) => (t === 'null' ? 'null' : `a${/^[aeiou]/.test(t) ? 'n' : ''} ${t}`)).join(' or ')}`;
    }
    case 'minLength':
      return `${at}must not be empty`;
    case 'minimum':
      return `${at}must be at least ${String(params.limit)}`;
    case 'minProperties':
      return `${at}says nothing about the entity: give "role", "gender", "type" or "sameAs"`;
    default:
      return `${at}${error.message ?? 'is not valid'}`;
  }
}

/** "/quote/end" as ".quote.end"; array indices as "[2]". */
function pathOf(instancePath: string): string {
  return instancePath
    .split('/')
    .slice(1)
    .map((part) => (/^\d+$/.test(part) ? `[${part}]` : `.${part.replace(/~1/g, '/').replace(/~0/g, '~')}`))
    .join('');
}
