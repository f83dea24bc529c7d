// Runs ephemeral-port-exhaustion: two ephemeral ports, then EADDRNOTAVAIL without a packet, EADDRINUSE when bound first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { callsOf, packetsOf, runScenario } from '../../helpers/lab-run.js';

test('connect #3 fails with EADDRNOTAVAIL before any SYN; a bound connect fails with EADDRINUSE', async () => {
  const run = await runScenario('ephemeral-port-exhaustion');
  assert.equal(run.verdict.status, 'agrees', JSON.stringify(run.events));
  assert.deepEqual(['connect #1', 'connect #2'].map((c) => /local port (\d+)$/.exec(callsOf(run, 'client', c)[0]?.detail ?? '')?.[1]), ['61000', '61001']);
  assert.match(callsOf(run, 'client', 'connect #3 (both ports in use)')[0]?.detail ?? '', /connect EADDRNOTAVAIL 127\.0\.0\.2:\d+ - Local \(0\.0\.0\.0:0\)/);
  assert.equal(callsOf(run, 'client', 'connect #4 from 127.0.0.1 (bound first)')[0]?.result, 'EADDRINUSE');
  const syns = packetsOf(run, 'SYN').filter((p) => !p.label.includes('ACK'));
  assert.equal(syns.length, 2, 'only the two connections that got a port sent a SYN');
});
