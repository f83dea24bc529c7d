// Tests fdOf on Node sockets and servers, and its refusals.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
import tls from 'node:tls';
import { once } from 'node:events';
import { fdOf } from '../../src/sys/fd-of.js';
import { socketFamily } from '../../src/sys/sockaddr.js';

test('finds the fd of a listening server, a client and an accepted socket', async () => {
  const server = net.createServer().listen(0, '::1');
  await once(server, 'listening');
  const accepted = once(server, 'connection');
  const client = net.connect((server.address() as net.AddressInfo).port, '::1');
  await once(client, 'connect');
  const [peer] = (await accepted) as [net.Socket];
  const fds = [fdOf(server), fdOf(client), fdOf(peer)];
  assert.equal(new Set(fds).size, 3);
  for (const fd of fds) assert.equal(socketFamily(fd), 6); // each fd really is an IPv6 socket
  assert.equal(fdOf(7), 7);
  client.destroy(); peer.destroy(); server.close();
});

test('refuses a destroyed socket, an unconnected socket and a negative number', async () => {
  const server = net.createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const client = net.connect((server.address() as net.AddressInfo).port, '127.0.0.1');
  await once(client, 'connect');
  client.destroy();
  await once(client, 'close');
  assert.throws(() => fdOf(client), { code: 'SOCKLAB_SYS_NO_SOCKET_FD', name: 'SocklabError' });
  assert.throws(() => fdOf(new net.Socket()), /handle is gone/);
  assert.throws(() => fdOf(-1), { code: 'SOCKLAB_SYS_NO_SOCKET_FD' });
  server.close();
});

test('refuses a Unix-domain (Pipe) handle', async () => {
  const path = `\0socklab-fd-of-${process.pid}`;
  const server = net.createServer().listen(path);
  await once(server, 'listening');
  assert.throws(() => fdOf(server), /Pipe, not a TCP handle/);
  server.close();
});

test('finds the TCP fd under a TLS socket', async () => {
  const server = net.createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const accepted = once(server, 'connection');
  // The TCP connection is enough: the handshake never completes, and the fd is there from 'connect' on.
  const client = tls.connect({ host: '127.0.0.1', port: (server.address() as net.AddressInfo).port });
  client.on('error', () => undefined);
  await once(client, 'connect');
  const [peer] = (await accepted) as [net.Socket];
  assert.equal(socketFamily(fdOf(client)), 4);
  assert.notEqual(fdOf(client), fdOf(peer));
  client.destroy(); peer.destroy(); server.close();
});
