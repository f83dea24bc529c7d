// Output cut short never shows a stack trace: every command, spawned with its reader gone, ends quietly (141); one
// whose output cannot be written (a full disk) says so in one line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { closeSync, openSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { COMMANDS } from '../../src/cli/commands/index.js';
import { EXIT_BROKEN_PIPE } from '../../src/cli/guard-process.js';

const BIN = fileURLToPath(new URL('../../src/cli/bin.cjs', import.meta.url));
const CORPUS = fileURLToPath(new URL('../../../test/fixtures/scan/corpus.log', import.meta.url));
const TRACE = /^\s+at |node:internal|Error: write EPIPE/m;

/** A run of each command that prints something; the test covers every command in the table. */
const RUNS: Readonly<Record<string, readonly string[]>> = {
  explain: ['explain', 'ECONNRESET'],
  lab: ['lab', 'econnrefused'],
  repro: ['repro', 'econnrefused'],
  doctor: ['doctor', '--interval', '0'],
  probe: ['probe', '127.0.0.1:1', '--timeout', '2s'],
  scan: ['scan', CORPUS],
  proxy: ['proxy', '--port', '0'],
  toxic: ['toxic', 'list', '--server', 'http://127.0.0.1:1'],
  clients: ['clients', '--clients', 'node-http', '--faults', 'refused'],
};

test('every command has a run here', () => {
  assert.deepEqual(Object.keys(RUNS).sort(), COMMANDS.map((c) => c.name).sort());
});

for (const [name, argv] of Object.entries(RUNS)) {
  for (const json of [false, true]) {
    test(`${name}${json ? ' --json' : ''}: stdout and stderr closed before it writes: quiet exit ${EXIT_BROKEN_PIPE}`, { timeout: 60_000 }, async () => {
      const child = spawn(process.execPath, [BIN, ...argv, ...(json ? ['--json'] : [])], { stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout.destroy();
      child.stderr.destroy();
      const killer = setTimeout(() => child.kill('SIGKILL'), 50_000);
      const [code] = (await once(child, 'exit')) as [number | null];
      clearTimeout(killer);
      assert.equal(code, EXIT_BROKEN_PIPE);
    });
  }
}

/** Runs a shell pipeline; returns the exit status of its first command and what it wrote on stderr. */
function pipeline(script: string, input?: string): { status: number; stderr: string } {
  const run = spawnSync('bash', ['-c', `${script}; exit "\${PIPESTATUS[0]}"`], { encoding: 'utf8', input, env: { ...process.env, BIN }, timeout: 60_000 });
  return { status: run.status ?? -1, stderr: run.stderr };
}

test('the pipelines from the issue end without a trace', () => {
  const big = 'Error: read ECONNRESET\nwrite EPIPE\n'.repeat(50_000);
  for (const [script, input] of [
    ['node "$BIN" lab --json econnrefused | head -c 100 >/dev/null', undefined],
    ['node "$BIN" help explain | head -3 >/dev/null', undefined],
    ['node "$BIN" explain - | head -2 >/dev/null', big],
    ['node "$BIN" scan --json --max-errors 1000000 - | head -c 10 >/dev/null', big], // scan exits 1 on finding errors
  ] as const) {
    const run = pipeline(script, input);
    // 141 when the write met the closed pipe; else the command's own status (scan exits 1 when it found errors).
    assert.ok([0, 1, EXIT_BROKEN_PIPE].includes(run.status), `${script}: exit ${run.status}`);
    assert.doesNotMatch(run.stderr, TRACE, script);
    assert.ok(run.stderr.split('\n').filter(Boolean).length <= 1, `${script}: ${run.stderr}`);
  }
});

test('every command whose standard output is a full disk (/dev/full) says so in one line and exits 2', { timeout: 120_000 }, async () => {
  const full = openSync('/dev/full', 'w');
  try {
    // toxic's run fails before it writes (no server on port 1): its help is what it writes to stdout then.
    await Promise.all(Object.entries({ ...RUNS, toxic: ['toxic', '--help'] }).map(async ([name, argv]) => {
      const child = spawn(process.execPath, [BIN, ...argv], { stdio: ['ignore', full, 'pipe'] });
      let stderr = '';
      child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
      const killer = setTimeout(() => child.kill('SIGKILL'), 100_000);
      const [code] = (await once(child, 'exit')) as [number | null];
      clearTimeout(killer);
      assert.equal(code, 2, `${name}: ${stderr}`);
      assert.match(stderr, /^socklab: Cannot write standard output: ENOSPC: no space left on device.*the disk is full/m, name);
      assert.doesNotMatch(stderr, TRACE, name);
    }));
  } finally {
    closeSync(full);
  }
});
