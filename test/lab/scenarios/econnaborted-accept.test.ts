// Runs econnaborted-accept on the real kernel: accept() returns the reset connection; its first read reports the RST.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { callsOf, notesOf, packetsOf, runScenario } from '../../helpers/lab-run.js';

test('an RST before accept(): accept succeeds, getpeername ENOTCONN, read ECONNRESET then EOF; a half-open request vanishes', async () => {
  const run = await runScenario('econnaborted-accept');
  assert.equal(run.verdict.status, 'agrees', JSON.stringify(run.events));
  const accepts = callsOf(run, 'server', 'accept').map((c) => c.result);
  assert.deepEqual(accepts.slice(0, 2), ['ok', 'EAGAIN']);
  if (run.isolated) {
    // Variant 2: the RST reaches a SYN_RECV request (final ACK dropped): it disappears, accept() has nothing.
    assert.equal(accepts[2], 'EAGAIN');
    assert.equal(notesOf(run, 'SYN-RECV requests on').map((n) => n.text.slice(-1)).join(','), '1,0');
  }
  assert.deepEqual(callsOf(run, 'server', 'getpeername').map((c) => c.result), ['ENOTCONN']);
  assert.deepEqual(callsOf(run, 'server', 'read').map((c) => c.result), ['ECONNRESET', 'EOF']);
  if (run.captured) assert.ok(packetsOf(run, 'RST').some((p) => p.from === 'client'), 'client RST captured');
});
