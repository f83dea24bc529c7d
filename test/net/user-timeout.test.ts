// socklab/net setUserTimeout on real sockets: TCP_USER_TIMEOUT set once connected and read back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import net from 'node:net';
import { setUserTimeout, tcpInfo } from '../../src/net/index.js';
import { getUserTimeout } from '../../src/sys/int-options.js';

test('milliseconds in, the kernel\'s value out; 0 restores the default; bad values refused', async () => {
  const server = net.createServer((s) => s.on('error', () => undefined)).listen(0, '127.0.0.1');
  await once(server, 'listening');
  const client = net.connect((server.address() as net.AddressInfo).port, '127.0.0.1');
  assert.equal(await setUserTimeout(client, 1500), 1500, 'set while connecting');
  assert.equal(getUserTimeout(client), 1500);
  assert.equal(await setUserTimeout(client, 0), 0);
  for (const ms of [-1, 1.5, Number.POSITIVE_INFINITY, 2 ** 31]) {
    await assert.rejects(setUserTimeout(client, ms), { code: 'SOCKLAB_NET_BAD_OPTION', message: /^Invalid userTimeout / });
  }
  assert.equal(tcpInfo(client).state, 'ESTABLISHED');
  client.destroy();
  server.close();
});
