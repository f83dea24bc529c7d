// The lab runs without root, packets included: as `nobody` when the tests run as root, as the current user otherwise.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import type { LabResult } from '../../src/lab/runner.js';
import { SCENARIOS } from '../../src/lab/scenarios/index.js';
import { AS_NOBODY, runtimeForNobody } from '../helpers/nobody-runtime.js';

const run = promisify(execFile);
const BIN = fileURLToPath(new URL('../../src/cli/bin.js', import.meta.url));

test('every scenario runs and agrees with the catalog without root', { timeout: 60_000 }, async () => {
  const asRoot = process.getuid?.() === 0;
  // setpriv drops to nobody for this one command.
  const runtime = asRoot ? runtimeForNobody() : undefined;
  const bin = runtime === undefined ? BIN : join(runtime.root, 'dist/src/cli/bin.js');
  const cleanup = runtime?.cleanup ?? ((): void => undefined);
  const argv = asRoot ? [...AS_NOBODY, process.execPath, bin, 'lab', '--json'] : [process.execPath, bin, 'lab', '--json'];
  const { stdout } = await run(argv[0]!, argv.slice(1), { maxBuffer: 64 * 1024 * 1024, cwd: '/' }).catch((error: { stdout?: string; stderr?: string }) => {
    if (error.stdout?.startsWith('{') === true) return { stdout: error.stdout };
    throw new assert.AssertionError({ message: `lab as nobody failed: ${error.stderr ?? String(error)}` });
  }).finally(cleanup);
  const result = JSON.parse(stdout) as LabResult;
  assert.equal(result.namespaces.available, true, 'user namespaces work unprivileged here');
  assert.equal(result.runs.length, SCENARIOS.length);
  for (const scenario of result.runs) {
    assert.equal(scenario.status, 'ran', `${scenario.id}: ${scenario.reason ?? ''}`);
    assert.equal(scenario.isolated, true, `${scenario.id} ran in its own namespace`);
    assert.equal(scenario.captured, true, `${scenario.id}: packets captured without root`);
    assert.ok(scenario.events.some((e) => e.kind === 'packet'), `${scenario.id} shows packets`);
    assert.equal(scenario.verdict.status, 'agrees', `${scenario.id}: ${JSON.stringify(scenario.verdict.checks)}`);
  }
});
