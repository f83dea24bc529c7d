// Tests probe() on an open loopback port, a closed one, and a silent one (DROP rule in a throwaway namespace).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
import { once } from 'node:events';
import { probe } from '../../src/doctor/probe.js';
import type { ProbeResult } from '../../src/doctor/probe-result.js';
import { runInNetns } from '../helpers/netns.js';

test('an open port: connects, exchanges, reads TCP_INFO, verdict ok', async () => {
  const server = net.createServer((c) => c.once('data', (d) => c.end(`echo:${d.toString()}`))).listen(0, '127.0.0.1');
  await once(server, 'listening');
  try {
    const port = (server.address() as net.AddressInfo).port;
    const r = await probe('127.0.0.1', port, { send: 'ping', expect: 'echo:ping', timeoutMs: 2000 });
    assert.equal(r.resolve.lookedUp, false);
    assert.equal(r.connects.length, 1);
    assert.equal(r.connects[0]?.connected, true);
    assert.equal(r.exchange?.matched, true);
    assert.equal(r.exchange?.sentBytes, 4);
    assert.ok(r.tcpInfo !== null && (r.tcpInfo.rttUs ?? 0) > 0 && r.tcpInfo.totalRetrans === 0);
    assert.deepEqual([r.verdict.ok, r.verdict.code], [true, 'ok']);
    const first = await probe('127.0.0.1', port, { send: 'hi', timeoutMs: 5000 });
    assert.equal(first.exchange?.received, 'echo:hi');
    assert.ok((first.exchange?.ms ?? 5000) < 1000, 'without --expect the first reply ends the read');
    const wrong = await probe('127.0.0.1', port, { send: 'x', expect: 'nope', timeoutMs: 1000 });
    assert.equal(wrong.verdict.code, 'unexpected-reply');
  } finally {
    server.close();
  }
});

test('a closed port: ECONNREFUSED with the catalog link', async () => {
  const server = net.createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const port = (server.address() as net.AddressInfo).port;
  server.close(); // now nothing listens there
  await once(server, 'close');
  const r = await probe('localhost', port, { timeoutMs: 2000 });
  assert.equal(r.resolve.lookedUp, true);
  assert.ok(r.resolve.addresses.length >= 1);
  assert.ok(r.connects.every((c) => !c.connected && c.error?.code === 'ECONNREFUSED' && c.error.source === 'kernel'));
  assert.equal(r.verdict.code, 'refused');
  assert.equal(r.verdict.errno?.name, 'ECONNREFUSED');
  assert.equal(r.verdict.errno?.see, 'socklab explain ECONNREFUSED');
});

test('a silent port: the kernel ETIMEDOUT and the probe deadline', async () => {
  const { kernel, deadline } = await runInNetns<{ kernel: ProbeResult; deadline: ProbeResult }>(
    new URL('../helpers/probe-netns-silent.js', import.meta.url).pathname, [], 20000);
  const k = kernel.connects[0];
  assert.equal(k?.error?.code, 'ETIMEDOUT');
  assert.equal(k?.error?.source, 'kernel');
  assert.ok((k?.ms ?? 0) >= 2500, `gave up after ${k?.ms} ms: 1 s + 2 s of SYN retries`);
  assert.equal(kernel.verdict.code, 'timeout');
  const d = deadline.connects[0];
  assert.equal(d?.error?.source, 'probe-timeout');
  assert.ok((d?.ms ?? 0) >= 400 && (d?.ms ?? 0) < 2000);
  assert.equal(deadline.verdict.code, 'timeout');
  assert.equal(deadline.verdict.errno?.name, 'ETIMEDOUT');
});

test('a server that accepts and closes at once (FIN) is not OK: CLOSE_WAIT in TCP_INFO, verdict peer-closed', async () => {
  const server = net.createServer((c) => c.end()).listen(0, '127.0.0.1');
  await once(server, 'listening');
  try {
    const port = (server.address() as net.AddressInfo).port;
    const r = await probe('127.0.0.1', port, { timeoutMs: 2000 });
    assert.equal(r.connects[0]?.connected, true);
    assert.equal(r.exchange, null);
    assert.equal(r.afterConnect?.peerClosed, true);
    assert.equal(r.afterConnect?.receivedBytes, 0);
    assert.equal(r.tcpInfo?.state, 'CLOSE_WAIT');
    assert.deepEqual([r.verdict.ok, r.verdict.code], [false, 'peer-closed']);
    assert.match(r.verdict.summary, /accepted the connection, then closed it within [\d.]+ ms \(FIN\)/);
  } finally {
    server.close();
  }
});

test('a server that accepts and resets at once (RST) is not OK: verdict reset with ECONNRESET', async () => {
  const server = net.createServer((c) => c.resetAndDestroy()).listen(0, '127.0.0.1');
  await once(server, 'listening');
  try {
    const port = (server.address() as net.AddressInfo).port;
    const r = await probe('127.0.0.1', port, { timeoutMs: 2000 });
    // On loopback the RST can beat Node's connect callback (connect ECONNRESET) or follow it (read ECONNRESET).
    assert.equal((r.connects[0]?.error ?? r.afterConnect?.error)?.code, 'ECONNRESET');
    assert.deepEqual([r.verdict.ok, r.verdict.code, r.verdict.errno?.name], [false, 'reset', 'ECONNRESET']);
    assert.match(r.verdict.summary, /reset the connection .*\(RST\)/);
    // Reset 30 ms after accept: connect() has surely returned, so only the settle read can catch it.
    const late = net.createServer((c) => setTimeout(() => c.resetAndDestroy(), 30)).listen(0, '127.0.0.1');
    await once(late, 'listening');
    const l = await probe('127.0.0.1', (late.address() as net.AddressInfo).port, { timeoutMs: 2000 });
    late.close();
    assert.equal(l.connects[0]?.connected, true);
    assert.equal(l.afterConnect?.error?.code, 'ECONNRESET');
    assert.deepEqual([l.verdict.ok, l.verdict.code], [false, 'reset']);
    // A server that sends a banner, or stays quiet, is fine: only a close within the settle time counts.
    const quiet = net.createServer(() => undefined).listen(0, '127.0.0.1');
    await once(quiet, 'listening');
    const ok = await probe('127.0.0.1', (quiet.address() as net.AddressInfo).port, { timeoutMs: 2000, settleMs: 100 });
    quiet.close();
    assert.deepEqual([ok.verdict.ok, ok.afterConnect?.peerClosed, ok.tcpInfo?.state], [true, false, 'ESTABLISHED']);
  } finally {
    server.close();
  }
});
