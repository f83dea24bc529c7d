// On 80 and 120 columns, and piped, no line of lab, repro, explain, scan, doctor or probe is wider than the width,
// except a single token that cannot be broken (a URL, a path).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';
import { textWidth } from '../../src/shared/wrap-text.js';
import { memoryIo } from '../helpers/memory-io.js';

const BIN = fileURLToPath(new URL('../../src/cli/bin.cjs', import.meta.url));
const CORPUS = fileURLToPath(new URL('../../../test/fixtures/scan/corpus.log', import.meta.url));
const LOG = "2026-11-24 14:00:01 ERROR [pool-3] java.net.SocketException: Connection reset\nError: connect ECONNREFUSED 127.0.0.1:5432\ncurl: (7) Failed to connect to db.internal port 5432 after 3 ms: Couldn't connect to server";

/** Runs that print text; each is checked at every width. */
const RUNS: readonly (readonly string[])[] = [
  ['lab', 'econnrefused', 'econnaborted-accept', 'sockopt-errors', 'ehostunreach-connect'],
  ['lab', '--list'],
  ['repro', 'econnaborted-accept'],
  ['explain', 'ECONNRESET'],
  ['explain', LOG],
  ['scan', '--year', '2026', CORPUS],
  ['doctor', '--interval', '0'],
  ['probe', '127.0.0.1:1', '--timeout', '1s'],
];

/** The lines wider than `width` that are not one unbreakable token. */
function tooWide(text: string, width: number): string[] {
  return text.split('\n').filter((line) => textWidth(line) > width && /\s/.test(line.trim()));
}

for (const width of [80, 120]) {
  for (const argv of RUNS) {
    test(`${argv.slice(0, 2).join(' ')} fits ${width} columns`, { timeout: 120_000 }, async () => {
      const io = memoryIo('', { width });
      await main(argv, io);
      assert.notEqual(io.out(), '');
      assert.deepEqual(tooWide(io.out(), width), []);
    });
  }
}

test('piped, the real binary lays out for 80 columns', { timeout: 120_000 }, () => {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.COLUMNS;
  for (const argv of [RUNS[0]!, RUNS[2]!, RUNS[3]!, RUNS[5]!]) {
    const run = spawnSync(process.execPath, [BIN, ...argv], { encoding: 'utf8', env, timeout: 100_000 });
    assert.notEqual(run.stdout, '', argv.join(' '));
    assert.deepEqual(tooWide(run.stdout, 80), [], argv.join(' '));
  }
  const wide = spawnSync(process.execPath, [BIN, 'explain', 'ECONNRESET'], { encoding: 'utf8', env: { ...env, COLUMNS: '120' } });
  assert.ok(wide.stdout.split('\n').some((line) => line.length > 80), 'COLUMNS=120 gives lines wider than 80');
  assert.deepEqual(tooWide(wide.stdout, 120), []);
});

test('--help of socklab and of every command fits a 60-column terminal (example command lines aside)', () => {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', COLUMNS: '60' };
  for (const command of ['', 'explain', 'lab', 'repro', 'doctor', 'probe', 'scan', 'proxy', 'toxic', 'clients']) {
    const run = spawnSync(process.execPath, [BIN, ...(command === '' ? [] : [command]), '--help'], { encoding: 'utf8', env });
    assert.equal(run.status, 0, run.stderr);
    const help = run.stdout.split('\nExamples:\n')[0]!;
    assert.match(help, /^Usage: socklab/);
    assert.deepEqual(tooWide(help, 60), [], `socklab ${command} --help`);
  }
});

test('explain --list and --short fit a narrow terminal: a long message continues under where the messages start', async () => {
  for (const [argv, width] of [[['explain', '--list', '--platform', 'linux'], 60], [['explain', '--short', 'ESHUTDOWN'], 40]] as const) {
    const io = memoryIo('', { width });
    await main(argv, io);
    assert.deepEqual(tooWide(io.out(), width), [], argv.join(' '));
    assert.match(io.out(), /^ESHUTDOWN +108 Cannot send after\b.*\n {10,}\S/m, argv.join(' '));
  }
});
