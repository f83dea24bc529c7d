// silent-peer: the server receives the request and answers, but nothing reaches the client: no data, no FIN, no RST.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { silentPeer } from '../../../src/clients/faults/silent-peer.js';
import { probe } from '../../helpers/http-probe.js';

test('silent-peer: received, then silence until the client gives up (no FIN even with Connection: close)', async () => {
  assert.equal(silentPeer.slow, true);
  const site = await silentPeer.open({ slowMs: 1000 });
  try {
    // agent: false sends Connection: close, so the server closes at once after answering: that FIN is held too.
    const seen = await probe(`${site.origin}/s`, { limitMs: 800 });
    assert.deepEqual([seen.timedOut, seen.status, seen.bytes, seen.code], [true, undefined, 0, undefined]);
    assert.equal(site.received('/s'), 1);
  } finally {
    await site.close();
  }
});
