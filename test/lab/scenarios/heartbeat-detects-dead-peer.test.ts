// Runs heartbeat-detects-dead-peer on the real kernel: the app's own timeout fires while the kernel still retransmits.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { callsOf, notesOf, runScenario } from '../../helpers/lab-run.js';

test('an application heartbeat declares the silent peer dead in about a second', async () => {
  const run = await runScenario('heartbeat-detects-dead-peer');
  assert.equal(run.verdict.status, 'agrees');
  const beat = callsOf(run, 'client', 'heartbeat')[0];
  assert.equal(beat?.result, 'ETIMEDOUT');
  assert.match(beat.detail ?? '', /after [1-9]\d* pongs/);
  assert.equal(notesOf(run, 'the kernel still says ESTABLISHED').length, 1);
  assert.equal(callsOf(run, 'client', 'socket error').length, 0, 'the kernel reported nothing');
});
