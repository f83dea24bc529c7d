// Runs server-reboot on the real kernel: state lost behind a DROP, then the client's data and SYN meet RST.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { callsOf, notesOf, runScenario } from '../../helpers/lab-run.js';

test('after a silent reboot the client write succeeds, the read fails with ECONNRESET, then EPIPE; a reconnect is refused', async () => {
  const run = await runScenario('server-reboot');
  assert.equal(run.verdict.status, 'agrees', JSON.stringify(run.events));
  assert.equal(notesOf(run, 'still believes the connection is ESTABLISHED').length, 1);
  assert.deepEqual(callsOf(run, 'client', 'write').map((c) => c.result), ['ok', 'EPIPE']);
  assert.deepEqual(callsOf(run, 'client', 'read').map((c) => c.result), ['ECONNRESET']);
  assert.deepEqual(callsOf(run, 'client', 'connect').map((c) => c.result), ['ok', 'ECONNREFUSED']);
});
