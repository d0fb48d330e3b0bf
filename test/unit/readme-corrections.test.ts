// The corrections file shown in the README is one News Lens accepts: a reader who copies it gets no errors.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseCorrections } from '../../src/core/corrections';

describe('README: the corrections example', () => {
  it('parses and passes the schema', () => {
    const readme = fs.readFileSync(path.join(process.cwd(), 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('### Corrections'));
    const block = /```json\n([\s\S]*?)```/.exec(section);
    assert.ok(block, 'no JSON block under "### Corrections" in README.md');
    const { file, problems } = parseCorrections(block[1]);
    assert.deepStrictEqual(problems, []);
    assert.strictEqual(file?.corrections.length, 6);
  });
});
