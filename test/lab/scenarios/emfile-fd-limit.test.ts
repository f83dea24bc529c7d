// Runs emfile-fd-limit: at the descriptor limit accept() and socket() fail with EMFILE; the queued connection survives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { callsOf, runScenario } from '../../helpers/lab-run.js';

test('accept and socket give EMFILE at the limit, and the connection is accepted once the limit is back', async () => {
  const run = await runScenario('emfile-fd-limit');
  assert.equal(run.verdict.status, 'agrees', JSON.stringify(run.events));
  assert.match(callsOf(run, 'server', 'accept')[0]?.detail ?? '', /RLIMIT_NOFILE soft limit \d+ \(was \d+\)/);
  assert.equal(callsOf(run, 'client', 'socket')[0]?.result, 'EMFILE');
  assert.equal(callsOf(run, 'server', 'accept (limit restored)')[0]?.result, 'ok');
});
