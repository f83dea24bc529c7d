// Runs peer-closed-then-write on the real kernel: CLOSE_WAIT, a write that draws RST, then EOF and EPIPE.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { callsOf, packetsOf, runScenario } from '../../helpers/lab-run.js';

test('after the FIN: write ok, the RST in CLOSE_WAIT makes read EOF and later writes EPIPE', async () => {
  const run = await runScenario('peer-closed-then-write');
  assert.equal(run.verdict.status, 'agrees', JSON.stringify(run.events));
  const states = run.events.filter((e) => e.kind === 'state' && e.endpoint === 'client').map((e) => (e.kind === 'state' ? e.state : ''));
  assert.deepEqual(states, ['ESTABLISHED', 'CLOSE_WAIT', 'CLOSE']);
  assert.deepEqual(callsOf(run, 'client', 'write').map((c) => c.result), ['ok', 'EPIPE', 'EPIPE']);
  assert.deepEqual(callsOf(run, 'client', 'read').map((c) => c.result), ['EOF']);
  if (run.captured) assert.ok(packetsOf(run, 'RST').some((p) => p.from === 'server'), 'server RST captured');
});
