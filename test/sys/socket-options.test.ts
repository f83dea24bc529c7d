// Tests the typed option helpers: each value set is read back from the kernel.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
import { once } from 'node:events';
import { getKeepAlive, setKeepAlive } from '../../src/sys/keep-alive.js';
import { getLinger, setLinger } from '../../src/sys/linger.js';
import { getRecvTimeout, getSendTimeout, setRecvTimeout, setSendTimeout } from '../../src/sys/socket-timeouts.js';
import {
  getNoDelay, getRecvBufferSize, getRecvErr, getSendBufferSize, getUserTimeout,
  setNoDelay, setRecvBufferSize, setRecvErr, setSendBufferSize, setUserTimeout,
} from '../../src/sys/int-options.js';
import { socketError } from '../../src/sys/socket-error.js';
import { RawSocket } from '../../src/sys/raw-socket.js';

test('keepalive round-trips on a connected net.Socket', async () => {
  const server = net.createServer((s) => s.destroy()).listen(0, '127.0.0.1');
  await once(server, 'listening');
  const client = net.connect((server.address() as net.AddressInfo).port, '127.0.0.1');
  await once(client, 'connect');
  setKeepAlive(client, { enable: true, idleSeconds: 7, intervalSeconds: 3, count: 4 });
  assert.deepEqual(getKeepAlive(client), { enable: true, idleSeconds: 7, intervalSeconds: 3, count: 4 });
  setKeepAlive(client, { enable: false });
  assert.deepEqual(getKeepAlive(client), { enable: false, idleSeconds: 7, intervalSeconds: 3, count: 4 });
  client.destroy();
  server.close();
});

test('user timeout, linger, timeouts, nodelay and buffers round-trip', () => {
  const s = RawSocket.tcp();
  setUserTimeout(s.fd, 1500);
  assert.equal(getUserTimeout(s.fd), 1500);
  setLinger(s.fd, { onoff: true, seconds: 0 });
  assert.deepEqual(getLinger(s.fd), { onoff: true, seconds: 0 });
  setLinger(s.fd, { onoff: true, seconds: 5 });
  assert.deepEqual(getLinger(s.fd), { onoff: true, seconds: 5 });
  setRecvTimeout(s.fd, 2500);
  assert.equal(getRecvTimeout(s.fd), 2500);
  setSendTimeout(s.fd, 1000);
  assert.equal(getSendTimeout(s.fd), 1000);
  setNoDelay(s.fd, true);
  assert.equal(getNoDelay(s.fd), true);
  setRecvBufferSize(s.fd, 8192);
  assert.equal(getRecvBufferSize(s.fd), 16384);
  setSendBufferSize(s.fd, 8192);
  assert.equal(getSendBufferSize(s.fd), 16384);
  setRecvErr(s.fd, true);
  assert.equal(getRecvErr(s.fd), true);
  s.close();
});

test('IPV6_RECVERR is used on an IPv6 socket', () => {
  const s = RawSocket.tcp(6);
  assert.equal(getRecvErr(s.fd), false);
  setRecvErr(s.fd, true);
  assert.equal(getRecvErr(s.fd), true);
  s.close();
});

test('socketError reports ECONNREFUSED after a non-blocking connect to a closed port, then clears', async () => {
  const probe = RawSocket.tcp();
  probe.bind('127.0.0.1', 0);
  const local = probe.localAddress();
  assert.ok(local.ok);
  probe.close();
  const s = RawSocket.tcp();
  s.connect('127.0.0.1', local.value.port);
  assert.equal(await s.writable(2000), true);
  assert.deepEqual(socketError(s.fd), { errno: 111, code: 'ECONNREFUSED' });
  assert.deepEqual(socketError(s.fd), { errno: 0, code: null });
  s.close();
});
