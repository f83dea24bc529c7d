// Runs econnaborted-accept on the real kernel: accept() returns the reset connection; its first read reports the RST.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { callsOf, packetsOf, runScenario } from '../../helpers/lab-run.js';

test('an RST before accept(): accept succeeds, getpeername ENOTCONN, read ECONNRESET then EOF', async () => {
  const run = await runScenario('econnaborted-accept');
  assert.equal(run.verdict.status, 'agrees', JSON.stringify(run.events));
  assert.deepEqual(callsOf(run, 'server', 'accept').map((c) => c.result), ['ok', 'EAGAIN']);
  assert.deepEqual(callsOf(run, 'server', 'getpeername').map((c) => c.result), ['ENOTCONN']);
  assert.deepEqual(callsOf(run, 'server', 'read').map((c) => c.result), ['ECONNRESET', 'EOF']);
  if (run.captured) assert.ok(packetsOf(run, 'RST').some((p) => p.from === 'client'), 'client RST captured');
});
