// Runs fetch-keepalive-race: global fetch reuses the connection the server just closed and fails with other side closed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { callsOf, runScenario } from '../../helpers/lab-run.js';

test('fetch #2 fails with fetch failed / other side closed, classified peer-closed; fetch #3 reconnects', async () => {
  const run = await runScenario('fetch-keepalive-race');
  assert.equal(run.verdict.status, 'agrees', JSON.stringify(run.events));
  assert.equal(callsOf(run, 'client', 'fetch #1')[0]?.result, 'ok');
  const race = callsOf(run, 'client', 'fetch #2 (race)')[0];
  assert.equal(race?.result, 'EOF');
  assert.match(race.detail ?? '', /TypeError: fetch failed ← SocketError \[UND_ERR_SOCKET\]: other side closed/);
  assert.match(race.detail ?? '', /classify: peer-closed \(node\), phase read, retry idempotent-only/);
  assert.match(race.detail ?? '', /shouldRetry: GET true, POST false/);
  assert.equal(callsOf(run, 'server', 'accept').length, 2, 'request #2 never reached a server application');
  assert.equal(callsOf(run, 'client', 'fetch #3 (after the FIN)')[0]?.result, 'ok');
});
