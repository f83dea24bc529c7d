// Runs ehostunreach-connect on the real kernel: the router's ICMP host-unreachable (and admin-prohibited) fails connect() with EHOSTUNREACH.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { callsOf, packetsOf, runScenario } from '../../helpers/lab-run.js';

test('ICMP host-unreachable or admin-prohibited from the router fails connect at once with EHOSTUNREACH', async () => {
  const run = await runScenario('ehostunreach-connect');
  assert.equal(run.verdict.status, 'agrees');
  for (const call of ['connect', 'connect (admin prohibited)']) {
    const failed = callsOf(run, 'client', call).find((c) => c.result === 'EHOSTUNREACH');
    assert.ok(failed !== undefined, call);
    const sent = callsOf(run, 'client', call)[0]!;
    // No SYN retransmission happens: the first ICMP aborts the connect (the first retransmission would be at 1 s).
    assert.ok(failed.t - sent.t < 900, `${call}: EHOSTUNREACH after ${failed.t - sent.t} ms`);
  }
  if (run.captured) {
    assert.equal(packetsOf(run, 'SYN').length, 2, 'one SYN per connect');
    assert.ok(packetsOf(run, 'ICMP').every((p) => p.from === 'router' && p.to === 'client'), 'the ICMP comes from the router');
    assert.ok(packetsOf(run, 'host unreachable').length >= 1);
    assert.ok(packetsOf(run, 'prohibited').length >= 1);
  }
});
