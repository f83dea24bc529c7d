// Tests setKeepAlive/getKeepAlive round trips on a connected net.Socket.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
import { once } from 'node:events';
import { getKeepAlive, setKeepAlive } from '../../src/sys/keep-alive.js';

test('keepalive settings round-trip; omitted values are kept', async () => {
  const server = net.createServer((s) => s.destroy()).listen(0, '127.0.0.1');
  await once(server, 'listening');
  const client = net.connect((server.address() as net.AddressInfo).port, '127.0.0.1');
  await once(client, 'connect');
  setKeepAlive(client, { enable: true, idleSeconds: 7, intervalSeconds: 3, count: 4 });
  assert.deepEqual(getKeepAlive(client), { enable: true, idleSeconds: 7, intervalSeconds: 3, count: 4 });
  setKeepAlive(client, { enable: false });
  assert.deepEqual(getKeepAlive(client), { enable: false, idleSeconds: 7, intervalSeconds: 3, count: 4 });
  assert.throws(() => setKeepAlive(client, { enable: true, idleSeconds: 0 }), { code: 'EINVAL', syscall: 'setsockopt' });
  client.destroy();
  server.close();
});
