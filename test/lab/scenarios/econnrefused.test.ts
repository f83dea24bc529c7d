// econnrefused on the real kernel: the SYN meets RST, connect() fails with ECONNREFUSED.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { callsOf, packetsOf, runScenario } from '../../helpers/lab-run.js';

test('connect to a closed port: RST answers the SYN, ECONNREFUSED', async () => {
  const run = await runScenario('econnrefused');
  assert.equal(run.verdict.status, 'agrees', JSON.stringify(run.events));
  assert.deepEqual(callsOf(run, 'client', 'connect').map((c) => c.result), ['ECONNREFUSED']);
  assert.equal(run.captured, true, 'packets are captured in-process, for any user');
  assert.ok(packetsOf(run, 'SYN').some((p) => p.from === 'client' && p.label === 'SYN'), 'SYN captured');
  assert.ok(packetsOf(run, 'RST').some((p) => p.from === 'server'), 'RST captured');
});
