// Runs etimedout-host-crash on the real kernel: backoff retransmissions, then the client's read fails with ETIMEDOUT.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { callsOf, notesOf, packetsOf, runScenario } from '../../helpers/lab-run.js';

test('a silent peer host makes the client read fail with ETIMEDOUT after retransmissions with backoff', async () => {
  const run = await runScenario('etimedout-host-crash');
  assert.equal(run.verdict.status, 'agrees');
  const read = callsOf(run, 'client', 'read').find((c) => c.result === 'ETIMEDOUT');
  assert.ok(read !== undefined);
  // The 1.4 s budget (tcp_retries2=2) is checked at timer expiries: the error lands past it, normally near 3.3 s.
  assert.ok(read.t > 1400 && read.t < 25_000, `ETIMEDOUT at ${read.t} ms`);
  assert.ok(notesOf(run, 'backoff 2').length > 0, 'TCP_INFO showed the RTO backing off');
  assert.equal(callsOf(run, 'client', 'write').at(-1)?.result, 'EPIPE');
  if (run.captured) assert.ok(packetsOf(run, 'PSH').filter((p) => p.from === 'client').length >= 4);
});
