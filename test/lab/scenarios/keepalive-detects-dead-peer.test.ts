// Runs keepalive-detects-dead-peer on the real kernel: probes, ETIMEDOUT for the keepalive client, silence for the other.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { callsOf, runScenario } from '../../helpers/lab-run.js';

test('keepalive turns a dead peer into ETIMEDOUT; without keepalive the idle read never learns', async () => {
  const run = await runScenario('keepalive-detects-dead-peer');
  assert.equal(run.verdict.status, 'agrees');
  const read = callsOf(run, 'client', 'read')[0];
  assert.equal(read?.result, 'ETIMEDOUT');
  // idle 1 s + 2 probes x 1 s = 3 s; loaded machines add delay.
  assert.ok(read.t > 2500 && read.t < 15_000, `ETIMEDOUT at ${read.t} ms`);
  assert.equal(callsOf(run, 'client', 'read (no keepalive)')[0]?.result, 'no-error');
});
