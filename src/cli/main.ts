import { annotate } from '../core';

// Placeholder until the CLI issue lands: annotate files named on the command line.
import { readFileSync } from 'fs';
for (const file of process.argv.slice(2)) {
  process.stdout.write(JSON.stringify(annotate(readFileSync(file, 'utf8'), { id: file })) + '\n');
}
