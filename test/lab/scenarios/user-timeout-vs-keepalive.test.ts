// Runs user-timeout-vs-keepalive: keepalive waits while data is in flight; TCP_USER_TIMEOUT ends it, and caps idle probing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { callsOf, packetsOf, runScenario } from '../../helpers/lab-run.js';

test('TCP_USER_TIMEOUT ends both connections near 1.5-2 s; keepalive alone is still retransmitting', async () => {
  const run = await runScenario('user-timeout-vs-keepalive');
  assert.equal(run.verdict.status, 'agrees', JSON.stringify(run.verdict));
  const bounded = callsOf(run, 'client', 'read (keepalive + TCP_USER_TIMEOUT 1500 ms, data in flight)')[0];
  const capped = callsOf(run, 'client', 'read (keepalive 9 probes + TCP_USER_TIMEOUT 1500 ms, idle)')[0];
  assert.equal(bounded?.result, 'ETIMEDOUT');
  assert.equal(capped?.result, 'ETIMEDOUT');
  // Both well before the 10 s that 9 keepalive probes would take.
  for (const call of [bounded, capped]) assert.ok(call.t > 1400 && call.t < 9000, `${call.call} at ${call.t} ms`);
  const plain = callsOf(run, 'client', 'read (keepalive, data in flight)')[0];
  assert.equal(plain?.result, 'no-error');
  assert.match(plain.detail ?? '', /probes 0/);
  assert.ok(packetsOf(run, 'PSH').length >= 4, 'the data was retransmitted');
});
