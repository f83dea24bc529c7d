// Tests the /proc/net/tcp{,6} reader and the owner map on real loopback sockets of this process.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
import { once } from 'node:events';
import { readTcpSockets } from '../../src/doctor/proc-net-tcp.js';
import { socketOwners } from '../../src/doctor/socket-owners.js';

test('decodes IPv4 and IPv6 endpoints and states, and maps inodes to this pid', async () => {
  const v4 = net.createServer().listen(0, '127.0.0.1');
  const v6 = net.createServer().listen(0, '::1');
  await Promise.all([once(v4, 'listening'), once(v6, 'listening')]);
  const p4 = (v4.address() as net.AddressInfo).port;
  const p6 = (v6.address() as net.AddressInfo).port;
  const accepted = once(v6, 'connection');
  const client = net.connect(p6, '::1');
  await once(client, 'connect');
  const [peer] = (await accepted) as [net.Socket];
  try {
    const rows = readTcpSockets();
    const l4 = rows.find((r) => r.localPort === p4 && r.state === 'LISTEN');
    assert.deepEqual([l4?.family, l4?.localAddress, l4?.remoteAddress], [4, '127.0.0.1', '0.0.0.0']);
    const server6 = rows.find((r) => r.localPort === p6 && r.state === 'ESTABLISHED');
    assert.equal(server6?.localAddress, '::1');
    assert.equal(server6?.remotePort, client.localPort);
    const owners = socketOwners();
    for (const r of [l4, server6]) assert.equal(owners.byInode.get(r?.inode ?? -1)?.pid, process.pid);
    assert.equal(owners.byInode.get(l4?.inode ?? -1)?.command, 'node');
  } finally {
    client.destroy(); peer.destroy(); v4.close(); v6.close();
  }
});

test('shows IPv4-mapped IPv6 addresses as ::ffff:a.b.c.d', async () => {
  const server = net.createServer().listen(0, '::ffff:127.0.0.1');
  await once(server, 'listening');
  try {
    const port = (server.address() as net.AddressInfo).port;
    const row = readTcpSockets().find((r) => r.localPort === port);
    assert.deepEqual([row?.family, row?.localAddress, row?.remoteAddress, row?.state], [6, '::ffff:127.0.0.1', '::', 'LISTEN']);
  } finally {
    server.close();
  }
});
