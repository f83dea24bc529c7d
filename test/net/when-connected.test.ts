// whenConnected: at once for a connected socket, on 'connect' for a connecting one, a clear refusal for a closed one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import net from 'node:net';
import { whenConnected } from '../../src/net/when-connected.js';

test('waits for the connection, resolves at once after it, and leaves error handling to the application', async () => {
  const server = net.createServer((s) => s.on('error', () => undefined)).listen(0, '127.0.0.1');
  await once(server, 'listening');
  const client = net.connect((server.address() as net.AddressInfo).port, '127.0.0.1');
  assert.equal(client.pending, true);
  await whenConnected(client);
  assert.equal(client.pending, false);
  await whenConnected(client);
  assert.equal(client.listenerCount('error'), 0, 'no error listener added');
  client.destroy();
  await assert.rejects(whenConnected(client), { code: 'SOCKLAB_SYS_NO_SOCKET_FD' });
  server.close();
});
