// Runs accept-queue-overflow on the real kernel: silent drop with abort_on_overflow 0, RST with 1, counted per namespace.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { callsOf, notesOf, runScenario } from '../../helpers/lab-run.js';

test('a full accept queue drops the final ACK (0) or resets the client (1), and ListenOverflows counts it', async () => {
  const run = await runScenario('accept-queue-overflow');
  assert.equal(run.verdict.status, 'agrees');
  assert.ok(callsOf(run, 'client', 'connect').every((c) => c.result === 'ok'), 'every client whose SYN found room believed it was connected');
  assert.equal(callsOf(run, 'client', 'connect (SYN to a full queue)')[0]?.result, 'no-error', 'a SYN to a full queue is dropped');
  assert.equal(callsOf(run, 'client', 'read (overflowed, abort_on_overflow=0)')[0]?.result, 'no-error');
  assert.equal(callsOf(run, 'client', 'read (overflowed, abort_on_overflow=1)')[0]?.result, 'ECONNRESET');
  // Round 0 ends with the server making room: client 3's retransmitted data is finally read.
  assert.equal(callsOf(run, 'server', 'read')[0]?.result, 'ok');
  const counts = notesOf(run, 'ListenOverflows').map((n) => /(\d+) -> (\d+)/.exec(n.text)!.slice(1).map(Number));
  assert.equal(counts.length, 2);
  for (const [before, after] of counts) assert.ok(after! > before!, `ListenOverflows ${before} -> ${after}`);
});
