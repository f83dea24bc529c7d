// Tests tcpInfo and tcpBytesAcked on real loopback connections and decodeTcpInfo on short buffers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
import { once } from 'node:events';
import { decodeTcpInfo, tcpBytesAcked, tcpInfo } from '../../src/sys/tcp-info.js';

test('ESTABLISHED while connected, CLOSE_WAIT after the peer closes, LISTEN on the server', async () => {
  const server = net.createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  assert.equal(tcpInfo(server).state, 'LISTEN');
  const accepted = once(server, 'connection');
  const client = net.connect({ port: (server.address() as net.AddressInfo).port, host: '127.0.0.1', allowHalfOpen: true });
  await once(client, 'connect');
  const [peer] = (await accepted) as [net.Socket];
  const info = tcpInfo(client);
  assert.equal(info.state, 'ESTABLISHED');
  assert.equal(info.caState, 'Open');
  assert.ok((info.rtoUs ?? 0) >= 200_000, `rto ${info.rtoUs}`);
  assert.ok((info.sndMss ?? 0) > 0);
  assert.ok(info.length >= 104);
  peer.end();
  await once(client, 'end');
  assert.equal(tcpInfo(client).state, 'CLOSE_WAIT');
  client.destroy();
  server.close();
});

test('decodeTcpInfo keeps only the fields inside a short buffer', () => {
  const buf = Buffer.alloc(16);
  buf[0] = 8;
  buf[6] = 0x97; // snd_wscale 7 (low nibble), rcv_wscale 9
  buf.writeUInt32LE(204000, 8);
  const info = decodeTcpInfo(buf);
  assert.equal(info.state, 'CLOSE_WAIT');
  assert.equal(info.sndWscale, 7);
  assert.equal(info.rcvWscale, 9);
  assert.equal(info.rtoUs, 204000);
  assert.equal(info.atoUs, 0);
  assert.equal(info.sndMss, undefined);
  assert.equal(info.bytesAcked, undefined);
});

test('tcpBytesAcked: the state and the bytes acknowledged agree with the full tcpInfo', async () => {
  const server = net.createServer((s) => s.resume()).listen(0, '127.0.0.1');
  await once(server, 'listening');
  const client = net.connect({ port: (server.address() as net.AddressInfo).port, host: '127.0.0.1' });
  await once(client, 'connect');
  const before = tcpBytesAcked(client)!;
  assert.equal(before.state, 'ESTABLISHED');
  await new Promise<void>((resolve) => client.write(Buffer.alloc(5000), () => resolve()));
  let after = tcpBytesAcked(client)!;
  for (let i = 0; i < 100 && after.bytesAcked < before.bytesAcked + 5000; i++) {
    await new Promise((x) => setTimeout(x, 10));
    after = tcpBytesAcked(client)!;
  }
  assert.equal(after.bytesAcked - before.bytesAcked, 5000);
  assert.equal(after.bytesAcked, tcpInfo(client).bytesAcked);
  client.destroy();
  server.close();
});
