// toxiproxy-node-client's TestHelper (fixed URL http://localhost:8474) against socklab; skipped if 8474 is taken.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createProxy, createToxic, removeAllProxies } from 'toxiproxy-node-client/dist/TestHelper.js';
import { startServer, type RunningServer } from '../../../src/proxy/server.js';

test('TestHelper.createProxy, createToxic, removeAllProxies', async (t) => {
  let server: RunningServer;
  try {
    server = await startServer({ host: '127.0.0.1', port: 8474, seed: 1 });
  } catch {
    t.skip('port 8474 is in use on this machine');
    return;
  }
  try {
    const { proxy } = await createProxy('helper');
    assert.match(proxy.listen, /^127\.0\.0\.1:\d+$/);
    const toxic = await createToxic(proxy, 'latency' as never, { latency: 10, jitter: 0 } as never);
    assert.equal(toxic.name, 'latency_downstream');
    await removeAllProxies();
    assert.deepEqual(server.proxies.all(), []);
  } finally {
    await server.close();
  }
});
