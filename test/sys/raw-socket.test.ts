// Tests RawSocket against the real kernel over loopback: round trip, refused connect, RST, EPIPE.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RawSocket } from '../../src/sys/raw-socket.js';

function listener(family: 4 | 6 = 4): { server: RawSocket; port: number } {
  const server = RawSocket.tcp(family);
  assert.deepEqual(server.bind(family === 6 ? '::1' : '127.0.0.1', 0), { ok: true, value: undefined });
  assert.equal(server.listen(8).ok, true);
  const local = server.localAddress();
  assert.ok(local.ok);
  return { server, port: local.value.port };
}

async function acceptWait(server: RawSocket): Promise<RawSocket> {
  assert.equal(await server.readable(2000), true);
  const accepted = server.accept();
  assert.ok(accepted.ok, 'accept');
  return accepted.value;
}

async function pair(family: 4 | 6 = 4): Promise<{ server: RawSocket; client: RawSocket; peer: RawSocket }> {
  const { server, port } = listener(family);
  const client = RawSocket.tcp(family);
  const started = client.connect(family === 6 ? '::1' : '127.0.0.1', port);
  assert.ok(started.ok || started.code === 'EINPROGRESS', JSON.stringify(started));
  assert.deepEqual(await client.connected(2000), { ok: true, value: undefined });
  const peer = await acceptWait(server);
  return { server, client, peer };
}

test('accept answers EAGAIN when no connection is queued', () => {
  const { server } = listener();
  const r = server.accept();
  assert.equal(r.ok, false);
  assert.equal(r.ok ? '' : r.code, 'EAGAIN');
  server.close();
});

test('connect, accept, write, read round trip over IPv4 and IPv6', async () => {
  for (const family of [4, 6] as const) {
    const { server, client, peer } = await pair(family);
    assert.deepEqual(client.write('hello'), { ok: true, value: 5 });
    const got = await peer.readWait(2000);
    assert.ok(got.ok);
    assert.equal(got.value.toString(), 'hello');
    const peerAddr = peer.peerAddress();
    const clientAddr = client.localAddress();
    assert.ok(peerAddr.ok && clientAddr.ok);
    assert.equal(peerAddr.value.port, clientAddr.value.port);
    assert.equal(peerAddr.value.address, family === 6 ? '::1' : '127.0.0.1');
    const info = client.tcpInfo();
    assert.ok(info.ok);
    assert.equal(info.value.state, 'ESTABLISHED');
    for (const s of [client, peer, server]) assert.equal(s.close().ok, true);
  }
});

test('read gives EAGAIN with nothing pending and an empty buffer at EOF', async () => {
  const { server, client, peer } = await pair();
  const none = peer.read();
  assert.equal(none.ok ? 'ok' : none.code, 'EAGAIN');
  assert.equal(client.shutdown('write').ok, true);
  const eof = await peer.readWait(2000);
  assert.ok(eof.ok);
  assert.equal(eof.value.length, 0);
  for (const s of [client, peer, server]) s.close();
});

test('readWait returns the TIMEOUT marker when nothing arrives', async () => {
  const { server, client, peer } = await pair();
  const r = await peer.readWait(50);
  assert.equal(r.ok, false);
  assert.equal(r.ok ? '' : r.code, 'TIMEOUT');
  for (const s of [client, peer, server]) s.close();
});

test('non-blocking connect to a closed port ends in ECONNREFUSED', async () => {
  const { server, port } = listener();
  server.close();
  const client = RawSocket.tcp();
  client.connect('127.0.0.1', port);
  const r = await client.connected(2000);
  assert.equal(r.ok, false);
  assert.equal(r.ok ? '' : r.code, 'ECONNREFUSED');
  client.close();
});

test('closeWithReset makes the peer read fail with ECONNRESET, and a later write gives EPIPE', async () => {
  const { server, client, peer } = await pair();
  assert.equal(client.closeWithReset().ok, true);
  const r = await peer.readWait(2000);
  assert.equal(r.ok ? 'ok' : r.code, 'ECONNRESET');
  const w = peer.write('after reset');
  assert.equal(w.ok ? 'ok' : w.code, 'EPIPE');
  peer.close();
  server.close();
});

test('close is idempotent: the second close answers EBADF', () => {
  const s = RawSocket.tcp();
  assert.equal(s.close().ok, true);
  assert.equal(s.fd, -1);
  const again = s.close();
  assert.equal(again.ok ? 'ok' : again.code, 'EBADF');
});

test('bind rejects an address that does not parse with EINVAL', () => {
  const s = RawSocket.tcp();
  const r = s.bind('not-an-ip', 0);
  assert.equal(r.ok ? 'ok' : r.code, 'EINVAL');
  s.close();
});

test('waiting on a closed RawSocket answers at once: readable true, readWait EBADF', async () => {
  const s = RawSocket.tcp();
  s.close();
  const started = Date.now();
  assert.equal(await s.readable(1000), true);
  const r = await s.readWait(1000);
  assert.equal(r.ok ? 'ok' : r.code, 'EBADF');
  assert.ok(Date.now() - started < 500);
});

test('shutdown(write) sends FIN: the peer reads EOF and tcpInfo shows FIN_WAIT2 / CLOSE_WAIT', async () => {
  const { server, client, peer } = await pair();
  assert.equal(client.shutdown('write').ok, true);
  const eof = await peer.readWait(2000);
  assert.ok(eof.ok && eof.value.length === 0);
  const theirs = peer.tcpInfo();
  assert.ok(theirs.ok);
  assert.equal(theirs.value.state, 'CLOSE_WAIT');
  // The ACK of our FIN moves us from FIN_WAIT1 to FIN_WAIT2; give the kernel a moment to process it.
  let mine = client.tcpInfo();
  for (let i = 0; i < 100 && mine.ok && mine.value.state === 'FIN_WAIT1'; i += 1) {
    await new Promise((r) => setTimeout(r, 10));
    mine = client.tcpInfo();
  }
  assert.ok(mine.ok);
  assert.equal(mine.value.state, 'FIN_WAIT2');
  assert.deepEqual(peer.write('still open'), { ok: true, value: 10 });
  const got = await client.readWait(2000);
  assert.ok(got.ok);
  assert.equal(got.value.toString(), 'still open');
  for (const s of [client, peer, server]) s.close();
});

test('fromFd adopts a socket fd and keeps its family', async () => {
  const { server, client, peer } = await pair(6);
  const fd = peer.fd;
  const adopted = RawSocket.fromFd(peer.release());
  assert.equal(adopted.fd, fd);
  assert.equal(peer.fd, -1);
  assert.equal(adopted.family, 6);
  assert.deepEqual(client.write('x'), { ok: true, value: 1 });
  const got = await adopted.readWait(2000);
  assert.ok(got.ok && got.value.toString() === 'x');
  adopted.close();
  for (const s of [client, server]) s.close();
});
