// Runs etimedout-host-crash on the real kernel: backoff retransmissions, then the client's read fails with ETIMEDOUT.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { callsOf, notesOf, packetsOf, runScenario } from '../../helpers/lab-run.js';

test('a silent peer host makes the client read fail with ETIMEDOUT after retransmissions with backoff', async () => {
  const run = await runScenario('etimedout-host-crash');
  assert.equal(run.verdict.status, 'agrees');
  const read = callsOf(run, 'client', 'read').find((c) => c.result === 'ETIMEDOUT');
  assert.ok(read !== undefined);
  // The 3 s budget is checked at timer expiries, so the error lands between 3 s and the next doubled RTO (~7 s).
  assert.ok(read.t > 2500 && read.t < 25_000, `ETIMEDOUT at ${read.t} ms`);
  assert.ok(notesOf(run, 'backoff 2').length > 0, 'TCP_INFO showed the RTO backing off');
  assert.equal(callsOf(run, 'client', 'write').at(-1)?.result, 'EPIPE');
  if (run.captured) assert.ok(packetsOf(run, 'PSH').filter((p) => p.from === 'client').length >= 4);
});
