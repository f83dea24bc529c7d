// Runs etimedout-connect on the real kernel: SYN retransmissions, then connect() fails with ETIMEDOUT.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { callsOf, packetsOf, runScenario } from '../../helpers/lab-run.js';

test('connect() to a silent host fails with ETIMEDOUT after the SYN retransmissions', async () => {
  const run = await runScenario('etimedout-connect');
  assert.equal(run.verdict.status, 'agrees');
  const failed = callsOf(run, 'client', 'connect').find((c) => c.result === 'ETIMEDOUT');
  assert.ok(failed !== undefined);
  // tcp_syn_retries=1 bounds connect() at (2^2 - 1) x 1 s = 3 s; noisy machine, so a wide window.
  assert.ok(failed.t > 2500 && failed.t < 12_000, `ETIMEDOUT at ${failed.t} ms`);
  if (run.captured) assert.ok(packetsOf(run, 'SYN').filter((p) => p.from === 'client').length >= 2);
});
