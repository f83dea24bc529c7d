// withSocketOptions on node:http and https agents: every pooled socket gets keepalive and a user timeout, kept on reuse.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withSocketOptions } from '../../src/net/index.js';
import { getKeepAlive } from '../../src/sys/keep-alive.js';
import { getUserTimeout } from '../../src/sys/int-options.js';

const OPTIONS = { keepAlive: { idle: 1500, interval: 400, count: 3 }, userTimeout: 4000 };
const EXPECTED = { keepAlive: { enable: true, idleSeconds: 2, intervalSeconds: 1, count: 3 }, userTimeout: 4000 };

function kernelView(socket: net.Socket): typeof EXPECTED {
  return { keepAlive: getKeepAlive(socket), userTimeout: getUserTimeout(socket) };
}

function get(agent: http.Agent, port: number): Promise<{ socket: net.Socket; reused: boolean }> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port, agent }, (res) => {
      res.resume();
      res.on('end', () => resolve({ socket: req.socket!, reused: req.reusedSocket }));
    });
    req.on('error', reject);
  });
}

test('a keep-alive http.Agent: set on connect, still set when the socket is pooled and reused', async () => {
  const server = http.createServer((_req, res) => res.end('ok')).listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as net.AddressInfo;
  const agent = withSocketOptions(new http.Agent({ keepAlive: true, maxSockets: 1 }), OPTIONS);
  const first = await get(agent, port);
  assert.deepEqual(kernelView(first.socket), EXPECTED);
  // Back in the pool, Node's keepSocketAlive has run setKeepAlive(true, keepAliveMsecs): the values must survive it.
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(Object.values(agent.freeSockets).flat().length, 1);
  assert.deepEqual(kernelView(first.socket), EXPECTED);
  const second = await get(agent, port);
  assert.equal(second.reused, true);
  assert.equal(second.socket, first.socket);
  assert.deepEqual(kernelView(second.socket), EXPECTED);
  agent.destroy();
  server.close();
});

test("an https.Agent: the TLS socket's TCP connection gets them before the handshake", async () => {
  // A plain TCP server: the handshake fails, but the options are on the socket from its 'connect' on.
  const server = net.createServer((s) => s.on('error', () => undefined)).listen(0, '127.0.0.1');
  await once(server, 'listening');
  const agent = withSocketOptions(new https.Agent({ keepAlive: true }), OPTIONS);
  const req = https.get({ host: '127.0.0.1', port: (server.address() as net.AddressInfo).port, agent });
  req.on('error', () => undefined);
  const [socket] = (await once(req, 'socket')) as [net.Socket];
  await once(socket, 'connect');
  assert.deepEqual(kernelView(socket), EXPECTED);
  req.destroy();
  agent.destroy();
  server.close();
});

test('a Unix-socket agent: reported to onError, the request still works', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'net-agent-'));
  const path = join(dir, 'http.sock');
  const server = http.createServer((_req, res) => res.end('ok')).listen(path);
  await once(server, 'listening');
  const errors: unknown[] = [];
  const agent = withSocketOptions(new http.Agent(), { ...OPTIONS, onError: (error) => errors.push(error) });
  const status = await new Promise<number | undefined>((resolve, reject) => {
    http.get({ socketPath: path, agent }, (res) => { res.resume(); res.on('end', () => resolve(res.statusCode)); }).on('error', reject);
  });
  assert.equal(status, 200);
  assert.equal(errors.length, 1);
  assert.match(String((errors[0] as Error).message), /Pipe, not a TCP handle/);
  agent.destroy();
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

test('bad options fail where the agent is set up', () => {
  assert.throws(() => withSocketOptions(new http.Agent(), { keepAlive: { idle: 0 } }), { code: 'SOCKLAB_NET_BAD_OPTION' });
  assert.throws(() => withSocketOptions(new http.Agent(), { userTimeout: -1 }), { code: 'SOCKLAB_NET_BAD_OPTION' });
});
