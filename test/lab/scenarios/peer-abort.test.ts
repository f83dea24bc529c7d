// Runs peer-abort on the real kernel: close with unread data and close with SO_LINGER 0 both reset the client.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { callsOf, notesOf, packetsOf, runScenario } from '../../helpers/lab-run.js';

test('unread data and SO_LINGER 0: both send RST and the client read fails with ECONNRESET', async () => {
  const run = await runScenario('peer-abort');
  assert.equal(run.verdict.status, 'agrees', JSON.stringify(run.events));
  const reads = callsOf(run, 'client', 'read');
  assert.deepEqual(reads.map((c) => c.result), ['ECONNRESET', 'EOF', 'ECONNRESET']);
  assert.match(reads[0]?.detail ?? '', /unread data/);
  assert.match(reads[2]?.detail ?? '', /SO_LINGER 0/);
  if (run.isolated) {
    assert.equal(notesOf(run, 'TCPAbortOnClose +1').length, 1);
    assert.equal(notesOf(run, 'TCPAbortOnData +1').length, 1);
  }
  if (run.captured) assert.equal(packetsOf(run, 'RST').filter((p) => p.from === 'server').length, 2);
});
