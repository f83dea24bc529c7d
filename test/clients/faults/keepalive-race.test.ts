// keepalive-race: a pooled connection is closed as the next request arrives on it; a new connection is served.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { keepaliveRace } from '../../../src/clients/faults/keepalive-race.js';
import { probe } from '../../helpers/http-probe.js';

test('keepalive-race: the second request on a kept-alive socket gets "socket hang up", uncounted; a fresh socket is served', async () => {
  assert.equal(keepaliveRace.warmUp, true);
  const site = await keepaliveRace.open({ slowMs: 1000 });
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  try {
    assert.equal((await probe(`${site.origin}/warm`, { agent })).status, 200);
    await sleep(50);
    const raced = await probe(`${site.origin}/raced`, { agent });
    assert.deepEqual([raced.code, raced.message, raced.reusedSocket], ['ECONNRESET', 'socket hang up', true]);
    assert.equal(site.received('/raced'), 0);
    const fresh = await probe(`${site.origin}/fresh`);
    assert.equal(fresh.status, 200);
    assert.equal(site.received('/fresh'), 1);
  } finally {
    agent.destroy();
    await site.close();
  }
});
