// Tests getSockOpt/setSockOpt on real sockets: errors keep the kernel's names, Node sockets and servers work.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
import { once } from 'node:events';
import { getSockOpt, setSockOpt } from '../../src/sys/sock-opt.js';
import { fdOf } from '../../src/sys/fd-of.js';
import { libc } from '../../src/sys/libc.js';
import { IPPROTO_TCP, SOL_SOCKET, SO, TCP } from '../../src/sys/linux-constants.js';
import { RawSocket } from '../../src/sys/raw-socket.js';

async function nodePair(): Promise<{ server: net.Server; client: net.Socket; peer: net.Socket }> {
  const server = net.createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const port = (server.address() as net.AddressInfo).port;
  const accepted = once(server, 'connection');
  const client = net.connect(port, '127.0.0.1');
  await once(client, 'connect');
  const [peer] = (await accepted) as [net.Socket];
  return { server, client, peer };
}

test('set then get SO_RCVBUF on a net.Socket and TCP_NODELAY on its peer', async () => {
  const { server, client, peer } = await nodePair();
  setSockOpt(client, SOL_SOCKET, SO.RCVBUF, 32768);
  assert.equal(getSockOpt(client, SOL_SOCKET, SO.RCVBUF).readInt32LE(0), 65536); // the kernel doubles it
  setSockOpt(peer, IPPROTO_TCP, TCP.NODELAY, Buffer.from([1, 0, 0, 0]));
  assert.equal(getSockOpt(peer, IPPROTO_TCP, TCP.NODELAY).readInt32LE(0), 1);
  client.destroy(); peer.destroy(); server.close();
});

test('works on a listening net.Server', async () => {
  const server = net.createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  assert.ok(fdOf(server) > 2);
  setSockOpt(server, SOL_SOCKET, SO.KEEPALIVE, 1);
  assert.equal(getSockOpt(server, SOL_SOCKET, SO.KEEPALIVE).readInt32LE(0), 1);
  server.close();
});

test('an unknown option fails with ENOPROTOOPT and Node-shaped message', () => {
  const s = RawSocket.tcp();
  assert.throws(() => setSockOpt(s.fd, IPPROTO_TCP, 9999, 1), (e: unknown) => {
    const err = e as { code: string; errno: number; syscall: string; message: string };
    assert.equal(err.code, 'ENOPROTOOPT');
    assert.equal(err.errno, 92);
    assert.equal(err.syscall, 'setsockopt');
    assert.equal(err.message, 'setsockopt ENOPROTOOPT');
    return true;
  });
  s.close();
});

test('getsockopt on a pipe fd gives ENOTSOCK, on a closed fd EBADF', () => {
  const fds = new Int32Array(2);
  assert.equal(libc().pipe(fds), 0);
  const [readEnd = -1, writeEnd = -1] = fds;
  assert.throws(() => getSockOpt(readEnd, SOL_SOCKET, SO.ERROR), { code: 'ENOTSOCK', syscall: 'getsockopt', message: 'getsockopt ENOTSOCK' });
  libc().close(readEnd);
  libc().close(writeEnd);
  assert.throws(() => getSockOpt(readEnd, SOL_SOCKET, SO.ERROR), { code: 'EBADF', message: 'getsockopt EBADF' });
});
