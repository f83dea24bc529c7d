// Runs ehostunreach-connect on the real kernel: ICMP host-unreachable answers the SYN and connect() fails with EHOSTUNREACH.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { callsOf, packetsOf, runScenario } from '../../helpers/lab-run.js';

test('ICMP host-unreachable during connect fails it at once with EHOSTUNREACH', async () => {
  const run = await runScenario('ehostunreach-connect');
  assert.equal(run.verdict.status, 'agrees');
  const failed = callsOf(run, 'client', 'connect').find((c) => c.result === 'EHOSTUNREACH');
  assert.ok(failed !== undefined);
  // No SYN retransmission happens: the first ICMP aborts the connect (the first retransmission would be at 1 s).
  assert.ok(failed.t < 900, `EHOSTUNREACH at ${failed.t} ms`);
  if (run.captured) {
    assert.equal(packetsOf(run, 'SYN').length, 1);
    assert.ok(packetsOf(run, 'ICMP host unreachable').length >= 1);
  }
});
