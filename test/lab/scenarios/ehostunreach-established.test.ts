// Runs ehostunreach-established on the real kernel: the IP_RECVERR client learns first, the plain one when TCP gives up.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { callsOf, packetsOf, runScenario } from '../../helpers/lab-run.js';

test('ICMP host-unreachable: IP_RECVERR reports it at once, the plain socket only when retransmissions give up', async () => {
  const run = await runScenario('ehostunreach-established');
  assert.equal(run.verdict.status, 'agrees');
  const plain = callsOf(run, 'client', 'read').find((c) => c.result === 'EHOSTUNREACH');
  const recverr = callsOf(run, 'client', 'read (IP_RECVERR)').find((c) => c.result === 'EHOSTUNREACH');
  assert.ok(plain !== undefined && recverr !== undefined);
  assert.ok(recverr.t < plain.t, `IP_RECVERR at ${recverr.t} ms, plain at ${plain.t} ms`);
  // The plain socket waits for the tcp_retries2=2 budget (1.4 s); the error it then reports is the ICMP's, not ETIMEDOUT.
  assert.ok(plain.t > 1400, `plain read failed at ${plain.t} ms`);
  assert.match(recverr.detail ?? '', /socket now ESTABLISHED/);
  if (run.captured) assert.ok(packetsOf(run, 'ICMP host unreachable').length >= 2);
});
