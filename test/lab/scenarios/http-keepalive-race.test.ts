// Runs http-keepalive-race on the real kernel: a reused socket the server just closed fails with "socket hang up".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { callsOf, runScenario } from '../../helpers/lab-run.js';

test('keep-alive reuse after the server close: ECONNRESET socket hang up; a later request reconnects', async () => {
  const run = await runScenario('http-keepalive-race');
  assert.equal(run.verdict.status, 'agrees', JSON.stringify(run.events));
  assert.deepEqual(callsOf(run, 'client', 'http.get #1').map((c) => c.result), ['ok']);
  const race = callsOf(run, 'client', 'http.get #2 (race)');
  assert.deepEqual(race.map((c) => c.result), ['ECONNRESET']);
  assert.match(race[0]?.detail ?? '', /socket hang up \(reusedSocket true\)/);
  const after = callsOf(run, 'client', 'http.get #3 (after the FIN)');
  assert.match(after[0]?.detail ?? '', /HTTP 200, reusedSocket false/);
});
