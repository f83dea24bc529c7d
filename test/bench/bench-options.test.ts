// The bench scripts' command line: --help and a mistake end the real process at once (exit 0 and 2), before the bench runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
// The child scripts the benches start, with positional arguments: no --help.
const CHILDREN = new Set(['scan-prefilter', 'doctor-netns', 'doctor-worker']);
// Every bench a developer runs by hand: the files in bench/ that export nothing (the others are modules), less the
// children. A new bench is checked here without a line added.
const BENCHES = readdirSync(join(root, 'bench')).filter((f) => f.endsWith('.ts')).map((f) => f.slice(0, -3))
  .filter((name) => !CHILDREN.has(name) && !/^export /m.test(readFileSync(join(root, 'bench', `${name}.ts`), 'utf8'))).sort();

test('the bench scripts are found, and the children are not among them', () => {
  for (const name of ['scan', 'proxy', 'lab', 'doctor']) assert.ok(BENCHES.includes(name), `${name} not in ${BENCHES.join(', ')}`);
  assert.deepEqual(BENCHES.filter((name) => CHILDREN.has(name) || name === 'stats'), []);
});

/** Runs a compiled bench with `args` in a temp dir of its own; what it printed, its exit code and what it left there. */
function runBench(name: string, args: readonly string[]): { status: number | null; stdout: string; stderr: string; created: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'bench-options-'));
  try {
    // A bench that did start is stopped here, and fails the test by its missing exit code.
    const run = spawnSync(process.execPath, [join(root, 'dist/bench', `${name}.js`), ...args],
      { encoding: 'utf8', timeout: 20_000, env: { ...process.env, TMPDIR: dir } });
    return { status: run.status, stdout: run.stdout, stderr: run.stderr, created: readdirSync(dir) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The synopsis in a bench's header comment: its `// Usage:` line. */
function headerUsage(name: string): string {
  const line = readFileSync(join(root, 'bench', `${name}.ts`), 'utf8').split('\n').find((l) => l.startsWith('// Usage: '));
  assert.ok(line !== undefined, `bench/${name}.ts has no // Usage: line in its header`);
  return line.slice(3);
}

for (const name of BENCHES) {
  test(`bench/${name} --help prints its usage, the header's synopsis first, and runs nothing`, () => {
    const run = runBench(name, ['--help']);
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stderr, '');
    assert.deepEqual(run.created, []);
    const [synopsis, ...rest] = run.stdout.split('\n');
    assert.equal(synopsis, headerUsage(name));
    assert.match(rest.join('\n'), /\nOptions:\n[\s\S]*-h, --help/);
    // Every option the help lists is in the synopsis.
    for (const [, flag] of rest.join('\n').matchAll(/^ {2}(--[a-z-]+)/gm)) assert.ok(synopsis!.includes(`[${flag!}`), `${flag!} is not in: ${synopsis!}`);
    assert.equal(runBench(name, ['-h']).stdout, run.stdout);
  });

  test(`bench/${name} refuses an unknown option: one line naming it, the usage, exit 2, nothing run`, () => {
    const run = runBench(name, ['--no-such-option', '3']);
    assert.equal(run.status, 2, run.stderr);
    assert.equal(run.stdout, '');
    assert.deepEqual(run.created, []);
    const [problem, blank, synopsis] = run.stderr.split('\n');
    assert.equal(problem, `bench/${name}: unknown option '--no-such-option'`);
    assert.equal(blank, '');
    assert.equal(synopsis, headerUsage(name));
    assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
  });
}

test('a bad or missing value names the option, the value and what it takes, and a near miss gets a did-you-mean', () => {
  const cases: [string, string[], string][] = [
    ['scan', ['--rounds', 'abc'], "bench/scan: invalid --rounds 'abc': expected an integer from 1 to 1000"],
    ['scan', ['--size', '12XB'], "bench/scan: invalid --size '12XB': expected a size above 0 in B, KB, MB, GB, KiB, MiB or GiB (256MiB, 1.5GB)"],
    ['scan', ['--round', '3'], "bench/scan: unknown option '--round': did you mean --rounds?"],
    ['scan', ['--keep=yes'], 'bench/scan: --keep takes no value'],
    ['proxy', ['--mib', '4096'], "bench/proxy: invalid --mib '4096': expected an integer from 1 to 4095"],
    ['proxy', ['--toxiproxy', '--rounds', '3'], 'bench/proxy: --toxiproxy needs a value: --toxiproxy <path>'],
    ['lab', ['--runs'], 'bench/lab: --runs needs a value: --runs <n>, an integer from 1 to 100'],
    ['explain-corpus', ['misses'], "bench/explain-corpus: unexpected argument 'misses': this bench takes options only"],
  ];
  for (const [name, args, line] of cases) {
    const run = runBench(name, args);
    assert.equal(run.status, 2, `${name} ${args.join(' ')}: ${run.stderr}`);
    assert.equal(run.stderr.split('\n')[0], line);
    assert.equal(run.stdout, '');
    assert.deepEqual(run.created, []);
  }
});
