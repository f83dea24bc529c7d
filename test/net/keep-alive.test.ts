// socklab/net setKeepAlive on real sockets: sub-second times rounded up to whole seconds, read back from the kernel.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import { keepAliveSeconds, setKeepAlive } from '../../src/net/index.js';
import { getKeepAlive } from '../../src/sys/keep-alive.js';

async function pair(): Promise<{ client: net.Socket; close: () => void }> {
  const server = net.createServer((s) => s.on('error', () => undefined)).listen(0, '127.0.0.1');
  await once(server, 'listening');
  const client = net.connect((server.address() as net.AddressInfo).port, '127.0.0.1');
  return { client, close: () => { client.destroy(); server.close(); } };
}

test('whole seconds from milliseconds: rounded up, never 0', () => {
  assert.deepEqual([1, 200, 999, 1000, 1001, 1500, 60_000].map(keepAliveSeconds), [1, 1, 1, 1, 2, 2, 60]);
});

test('sub-second times become 1 s, set before connect is done, and the result is what getsockopt reads', async () => {
  const { client, close } = await pair();
  // Called while connecting: the settings wait for the connection.
  const settings = await setKeepAlive(client, { idle: 200, interval: 1500, count: 3 });
  assert.deepEqual(settings, { enabled: true, idleMs: 1000, intervalMs: 2000, count: 3, deadAfterMs: 7000 });
  assert.deepEqual(getKeepAlive(client), { enable: true, idleSeconds: 1, intervalSeconds: 2, count: 3 });
  close();
});

test("Node's own setKeepAlive(true, 500) leaves the sysctl's idle time; socklab/net's sets 1 s", async () => {
  const { client, close } = await pair();
  await once(client, 'connect');
  client.setKeepAlive(true, 500);
  const sysctl = Number(readFileSync('/proc/sys/net/ipv4/tcp_keepalive_time', 'utf8'));
  assert.deepEqual({ ...getKeepAlive(client), intervalSeconds: 0, count: 0 }, { enable: true, idleSeconds: sysctl, intervalSeconds: 0, count: 0 });
  assert.equal((await setKeepAlive(client, { idle: 500 })).idleMs, 1000);
  close();
});

test('omitted interval and count keep the socket\'s; false turns keepalive off', async () => {
  const { client, close } = await pair();
  await once(client, 'connect');
  const before = getKeepAlive(client);
  const on = await setKeepAlive(client, { idle: 4000 });
  assert.deepEqual([on.intervalMs, on.count], [before.intervalSeconds * 1000, before.count]);
  const off = await setKeepAlive(client, false);
  assert.equal(off.enabled, false);
  assert.equal(getKeepAlive(client).enable, false);
  close();
});

test('values the kernel would refuse are refused first, naming the option and the range', async () => {
  const { client, close } = await pair();
  for (const options of [{ idle: 0 }, { idle: -5 }, { idle: Number.NaN }, { idle: 32_767_001 }, { idle: 1000, interval: 0 }, { idle: 1000, count: 0 }, { idle: 1000, count: 128 }, { idle: 1000, count: 2.5 }]) {
    await assert.rejects(setKeepAlive(client, options), { code: 'SOCKLAB_NET_BAD_OPTION', message: /^Invalid keepAlive (idle|interval|count) /u }, JSON.stringify(options));
  }
  close();
});

test('a socket that closes before it connects rejects with SOCKLAB_SYS_NO_SOCKET_FD', async () => {
  const server = net.createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const port = (server.address() as net.AddressInfo).port;
  server.close();
  await once(server, 'close');
  const client = net.connect(port, '127.0.0.1');
  client.on('error', () => undefined);
  await assert.rejects(setKeepAlive(client, { idle: 1000 }), { code: 'SOCKLAB_SYS_NO_SOCKET_FD', message: /closed before it was connected/ });
  await assert.rejects(setKeepAlive(client, { idle: 1000 }), { code: 'SOCKLAB_SYS_NO_SOCKET_FD' }, 'and later, once destroyed');
});
