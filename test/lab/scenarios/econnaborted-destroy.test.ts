// Runs econnaborted-destroy on the real kernel: ss -K aborts the client's socket with ECONNABORTED.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { callsOf, packetsOf, runScenario } from '../../helpers/lab-run.js';

test('ss -K: the blocked read fails with ECONNABORTED, later calls EOF/EPIPE, the peer reads ECONNRESET', async () => {
  const run = await runScenario('econnaborted-destroy');
  assert.equal(run.verdict.status, 'agrees', JSON.stringify(run.events));
  assert.deepEqual(callsOf(run, 'client', 'read').map((c) => c.result), ['ECONNABORTED', 'EOF']);
  assert.deepEqual(callsOf(run, 'client', 'write').map((c) => c.result), ['EPIPE']);
  assert.deepEqual(callsOf(run, 'server', 'read').map((c) => c.result), ['ECONNRESET']);
  assert.ok(run.events.some((e) => e.kind === 'state' && e.endpoint === 'client' && e.state === 'CLOSE'));
  if (run.captured) assert.ok(packetsOf(run, 'RST').some((p) => p.from === 'client'), 'tcp_abort RST captured');
});
