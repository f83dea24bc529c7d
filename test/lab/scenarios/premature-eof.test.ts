// Runs premature-eof on the real kernel: the server's FIN ends a blocked read with EOF, for raw and Node clients.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { callsOf, packetsOf, runScenario } from '../../helpers/lab-run.js';

test('the server exits: the blocked read returns EOF, and a Node client gets end without error', async () => {
  const run = await runScenario('premature-eof');
  assert.equal(run.verdict.status, 'agrees', JSON.stringify(run.events));
  const reads = callsOf(run, 'client', 'read');
  assert.deepEqual(reads.map((c) => c.result), ['EOF', 'EOF']);
  assert.match(reads[1]?.detail ?? '', /'end' event/);
  if (run.captured) assert.deepEqual(packetsOf(run, 'RST'), [], `no RST in a premature EOF; the timeline: ${JSON.stringify(run.events)}`);
});
