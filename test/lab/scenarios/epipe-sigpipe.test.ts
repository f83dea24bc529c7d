// Runs epipe-sigpipe on the real kernel: ECONNRESET then EPIPE with MSG_NOSIGNAL, SIGPIPE without, EPIPE in Node.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { callsOf, runScenario } from '../../helpers/lab-run.js';

test('writes after RST: ECONNRESET, EPIPE, a SIG_DFL child killed by SIGPIPE, Node write EPIPE', async () => {
  const run = await runScenario('epipe-sigpipe');
  assert.equal(run.verdict.status, 'agrees', JSON.stringify(run.events));
  assert.deepEqual(callsOf(run, 'client', 'write').map((c) => c.result), ['ECONNRESET', 'EPIPE']);
  assert.deepEqual(callsOf(run, 'client', 'write (child, SIG_DFL)').map((c) => c.result), ['SIGPIPE']);
  const node = callsOf(run, 'client', 'socket.write (Node)');
  assert.deepEqual(node.map((c) => c.result), ['EPIPE']);
  assert.match(node[0]?.detail ?? '', /Error: write EPIPE/);
});
