// Runs fetch-failed-cause: two failures with one message; the causes carry ECONNREFUSED and ECONNRESET.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { callsOf, runScenario } from '../../helpers/lab-run.js';

test('both fetches say "fetch failed" without a code; classify finds the kernel errno in the cause', async () => {
  const run = await runScenario('fetch-failed-cause');
  assert.equal(run.verdict.status, 'agrees', JSON.stringify(run.events));
  const refused = callsOf(run, 'client', 'fetch #1 (nothing listens)')[0];
  const reset = callsOf(run, 'client', 'fetch #2 (the server resets)')[0];
  assert.equal(refused?.result, 'ECONNREFUSED');
  assert.equal(reset?.result, 'ECONNRESET');
  for (const call of [refused, reset]) assert.match(call.detail ?? '', /^String\(err\) is "TypeError: fetch failed"; TypeError: fetch failed ← Error \[ECONN(REFUSED|RESET)\]: /);
  assert.match(refused.detail ?? '', /classify: ECONNREFUSED \(kernel\), phase connect, retry safe/);
  assert.match(reset.detail ?? '', /classify: ECONNRESET \(kernel\), phase read, retry idempotent-only/);
});
