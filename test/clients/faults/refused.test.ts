// refused: ECONNREFUSED at once, nothing received, and the port cannot be taken by another server during the case.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import net from 'node:net';
import { refused } from '../../../src/clients/faults/refused.js';
import { probe } from '../../helpers/http-probe.js';

test('refused: connect ECONNREFUSED, the port stays taken, and close frees it', async () => {
  const site = await refused.open({ slowMs: 1000 });
  const port = Number(new URL(site.origin).port);
  try {
    const seen = await probe(`${site.origin}/x`);
    assert.equal(seen.code, 'ECONNREFUSED');
    assert.equal(site.received('/x'), 0);
    const squatter = net.createServer().listen(port, '127.0.0.1');
    const [error] = (await once(squatter, 'error')) as [NodeJS.ErrnoException];
    assert.equal(error.code, 'EADDRINUSE');
  } finally {
    await site.close();
  }
  const server = net.createServer().listen(port, '127.0.0.1');
  await once(server, 'listening');
  server.close();
});
