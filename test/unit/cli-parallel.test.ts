// Scaling out with GNU parallel (README "Beyond one machine"): `news-lens annotate --jsonl` is a filter, so
// `parallel --pipepart` can cut a JSON-lines corpus into blocks at line ends and run one filter per block,
// here on this machine over 2 jobs. The output, kept in order, must be byte for byte a single run's.
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { CliHarness, lines } from './cli-harness';

const hasParallel = spawnSync('parallel', ['--version'], { encoding: 'utf8' }).stdout?.startsWith('GNU parallel');

describe('news-lens annotate --jsonl under GNU parallel', function () {
  this.timeout(120000);
  const harness = new CliHarness('news-lens-cli-parallel-', 'test');
  const people = ['Maria Lopez', 'Tom Baker', 'Anna Schmidt', 'Kofi Mensah', 'Li Wei', 'Sara Nilsson'];
  // Our own articles, each naming its own person, so a record paired with the wrong input shows.
  const article = (i: number): string => {
    const who = people[i % people.length];
    const last = who.split(' ')[1];
    return (
      `${who}, the head of school board ${i}, said on Tuesday that ${i + 3} schools would close early.\n\n` +
      `"Parents were told on Friday," ${last} said. "Buses will run at noon."\n`
    );
  };

  before(function () {
    if (!hasParallel) {
      // GNU parallel is a system package (Debian: parallel); .ci/run installs it.
      console.log('    skipped: GNU parallel is not installed (Debian: apt-get install parallel)');
      this.skip();
    }
    harness.setUp();
    const corpus = Array.from({ length: 40 }, (_, i) => JSON.stringify({ id: `doc-${i}`, text: article(i) }));
    harness.write('corpus.jsonl', corpus.join('\n') + '\n');
  });

  after(() => harness.tearDown());

  it('parallel --pipepart over 2 jobs, in several blocks, writes byte for byte what one run writes', () => {
    const single = harness.run(
      ['annotate', '--jsonl'],
      fs.readFileSync(path.join(harness.tmp, 'corpus.jsonl'), 'utf8'),
    );
    assert.strictEqual(single.status, 0, single.stderr);
    assert.strictEqual(lines(single.stdout).length, 40);

    // The README's command, with a small block so that 40 short articles make several jobs.
    const joblog = path.join(harness.tmp, 'jobs.log');
    const r = spawnSync(
      'parallel',
      [
        '--pipepart',
        '-a',
        'corpus.jsonl',
        '--block',
        '4k',
        '--keep-order',
        '-j',
        '2',
        '--joblog',
        joblog,
        process.execPath,
        harness.cli,
        'annotate',
        '--jsonl',
      ],
      { cwd: harness.tmp, encoding: 'utf8', maxBuffer: 1 << 26 },
    );
    assert.strictEqual(r.status, 0, r.stderr);
    const jobs = lines(fs.readFileSync(joblog, 'utf8')).length - 1; // the first line is the header
    assert.ok(jobs >= 2, `parallel ran ${jobs} job(s); the test needs several`);
    assert.strictEqual(r.stdout, single.stdout);
    assert.deepStrictEqual(
      lines(r.stdout).map((l) => JSON.parse(l).id),
      Array.from({ length: 40 }, (_, i) => `doc-${i}`),
    );
  });
});
