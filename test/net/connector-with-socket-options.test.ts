// connectorWithSocketOptions on undici's own connector: sockets of an Agent, used by request and fetch, get the options.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import http from 'node:http';
import type net from 'node:net';
import { Agent, buildConnector, fetch, request } from 'undici';
import { connectorWithSocketOptions } from '../../src/net/index.js';
import { getKeepAlive } from '../../src/sys/keep-alive.js';
import { getUserTimeout } from '../../src/sys/int-options.js';

test('every connection of an undici Agent, for request() and fetch(), carries keepalive and a user timeout', async () => {
  const server = http.createServer((_req, res) => res.end('ok')).listen(0, '127.0.0.1');
  await once(server, 'listening');
  const url = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}/`;
  const seen: net.Socket[] = [];
  const base = buildConnector({});
  // The test's own wrapper around undici's connector only records the sockets, to read the kernel's values.
  const recording: typeof base = (options, callback) => base(options, (...args) => {
    if (args[1] !== null) seen.push(args[1]);
    callback(...args);
  });
  const agent = new Agent({ connections: 2, connect: connectorWithSocketOptions(recording, { keepAlive: { idle: 900, interval: 2500, count: 2 }, userTimeout: 3000 }) });
  const answer = await request(url, { dispatcher: agent });
  assert.equal(await answer.body.text(), 'ok');
  assert.equal(await (await fetch(url, { dispatcher: agent })).text(), 'ok');
  assert.ok(seen.length >= 1);
  for (const socket of seen) {
    assert.deepEqual(getKeepAlive(socket), { enable: true, idleSeconds: 1, intervalSeconds: 3, count: 2 });
    assert.equal(getUserTimeout(socket), 3000);
  }
  await agent.close();
  server.close();
});

test('a connect failure passes through untouched, and bad options fail at set-up', async () => {
  const closed = http.createServer().listen(0, '127.0.0.1');
  await once(closed, 'listening');
  const { port } = closed.address() as net.AddressInfo;
  closed.close();
  await once(closed, 'close');
  const agent = new Agent({ connect: connectorWithSocketOptions(buildConnector({}), { userTimeout: 1000 }) });
  await assert.rejects(request(`http://127.0.0.1:${port}/`, { dispatcher: agent }), { code: 'ECONNREFUSED' });
  await agent.close();
  assert.throws(() => connectorWithSocketOptions(buildConnector({}), { keepAlive: { idle: 1000, count: 0 } }), { code: 'SOCKLAB_NET_BAD_OPTION' });
});
