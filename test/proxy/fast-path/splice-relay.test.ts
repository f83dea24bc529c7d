// Tests the splice relay on real loopback sockets: bytes intact both ways, half-close, RST, handbacks and counters.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { connect, createServer, type Socket } from 'node:net';
import { after, before, test } from 'node:test';
import type { RelayHandback, RelayLease } from '../../../src/proxy/fast-path/relay-lease.js';
import { releaseSocket } from '../../../src/proxy/fast-path/socket-handover.js';
import { SpliceRelay } from '../../../src/proxy/fast-path/splice-relay.js';
import { setRecvBufferSize, setSendBufferSize } from '../../../src/sys/int-options.js';
import { dial, payload, readAll, sha256, upstream, type Upstream } from '../../helpers/proxy-fixtures.js';

const relay = new SpliceRelay();
before(async () => {
  relay.prepare();
  await new Promise<void>((resolve) => relay.whenReady(resolve));
  assert.equal(relay.unavailable, undefined);
});
after(() => relay.close());

/** A one-connection proxy whose connection goes to the relay: the test's client, the upstream's socket, the lease. */
interface Relayed {
  readonly client: Socket;
  readonly peer: Socket;
  readonly inbound: Socket;
  readonly outbound: Socket;
  readonly lease: RelayLease;
  readonly handback: Promise<RelayHandback>;
  close(): Promise<void>;
}

async function relayed(up: Upstream): Promise<Relayed> {
  let settle: (h: RelayHandback) => void = () => undefined;
  const handback = new Promise<RelayHandback>((r) => (settle = r));
  const ready = new Promise<{ inbound: Socket; outbound: Socket; lease: RelayLease }>((resolve, reject) => {
    const front = createServer({ pauseOnConnect: true, allowHalfOpen: true }, (inbound) => {
      front.close();
      const outbound = connect({ host: '127.0.0.1', port: up.port, allowHalfOpen: true }).pause();
      outbound.once('connect', () => {
        const lease = relay.lease(inbound, outbound, settle);
        if (lease === undefined) reject(new Error(`no fast path here: ${relay.unavailable}`));
        else resolve({ inbound, outbound, lease });
      });
    });
    front.listen(0, '127.0.0.1', () => void dial((front.address() as { port: number }).port).then((c) => (client = c), reject));
  });
  let client: Socket | undefined;
  const { inbound, outbound, lease } = await ready;
  const peerArrived = up.sockets.size > 0 ? Promise.resolve() : once(up.server, 'connection');
  await peerArrived;
  const peer = [...up.sockets][0]!;
  for (const s of [inbound, outbound]) s.on('error', () => undefined);
  return {
    client: client!, peer, inbound, outbound, lease, handback,
    close: async () => {
      lease.drop();
      await handback; // the relay splices on these descriptors until then
      for (const s of [client!, inbound, outbound]) s.destroy();
      await up.close();
    },
  };
}

test('8 MiB each way at once arrive intact, the FINs pass both ways, and the counters say so', async () => {
  const toServer = payload(8 << 20);
  const toClient = payload(8 << 20);
  let received: Promise<Buffer> = Promise.resolve(Buffer.alloc(0));
  const up = await upstream((s) => {
    received = readAll(s, 30_000).then((r) => r.data);
    s.end(toClient);
  });
  const r = await relayed(up);
  try {
    const reading = readAll(r.client, 30_000);
    r.client.end(toServer);
    const got = await reading;
    assert.equal(got.error, undefined);
    assert.equal(sha256(got.data), sha256(toClient));
    assert.equal(sha256(await received), sha256(toServer));
    const back = await r.handback;
    assert.equal(back.reason, 'finished');
    assert.deepEqual([back.toUpstream, back.toClient], [null, null]);
    assert.deepEqual(r.lease.moved(), { upstream: toServer.length, downstream: toClient.length });
  } finally {
    await r.close();
  }
});

test('half-close: the client ends, the server still answers 1 MiB after reading the end', async () => {
  const answer = payload(1 << 20);
  const up = await upstream((s) => {
    s.resume();
    s.once('end', () => s.end(answer));
  });
  const r = await relayed(up);
  try {
    const reading = readAll(r.client, 20_000);
    r.client.end('question');
    const got = await reading;
    assert.equal(sha256(got.data), sha256(answer));
    assert.equal((await r.handback).reason, 'finished');
  } finally {
    await r.close();
  }
});

for (const who of ['upstream', 'client'] as const) {
  test(`a RST from the ${who} comes back as a failed handback naming that socket and ECONNRESET`, async () => {
    const up = await upstream(() => undefined);
    const r = await relayed(up);
    try {
      r.client.on('error', () => undefined);
      r.client.write('hello');
      await new Promise((x) => setTimeout(x, 50));
      (who === 'upstream' ? r.peer : r.client).resetAndDestroy();
      const back = await r.handback;
      assert.equal(back.reason, 'failed');
      assert.equal(back.side, who);
      assert.equal(back.error?.code, 'ECONNRESET');
    } finally {
      await r.close();
    }
  });
}

test('a release while the client stalls hands back the bytes in the pipe; the JS path finishes the stream intact', async () => {
  const data = payload(8 << 20);
  const up = await upstream((s) => s.end(data));
  const r = await relayed(up);
  try {
    // Small fixed buffers towards the client: once it stops reading, the relay's pipe stays full.
    setSendBufferSize(r.inbound, 32 * 1024);
    setRecvBufferSize(r.client, 32 * 1024);
    const parts: Buffer[] = [];
    let got = 0;
    r.client.on('data', (b: Buffer) => {
      parts.push(b);
      got += b.length;
      if (got > 1 << 20 && got - b.length <= 1 << 20) {
        r.client.pause();
        setTimeout(() => r.lease.release(), 200);
      }
    });
    const ended = once(r.client, 'end');
    const back = await r.handback;
    assert.equal(back.reason, 'released');
    assert.ok(back.toClient !== null && back.toClient.length > 0, 'bytes were still in the pipe');
    assert.equal(back.toUpstream, null);
    // Carry on in Node: the bytes in flight first, then whatever the kernel still holds.
    r.inbound.write(back.toClient);
    r.client.resume();
    r.outbound.pipe(r.inbound);
    r.inbound.pipe(r.outbound);
    releaseSocket(r.outbound);
    releaseSocket(r.inbound);
    await ended;
    assert.equal(sha256(Buffer.concat(parts)), sha256(data));
    assert.ok(r.lease.moved().downstream > 1 << 20);
  } finally {
    await r.close();
  }
});

test('drop: the relay lets go of its descriptors, so destroying the sockets closes the connection', async () => {
  const up = await upstream(() => undefined);
  const r = await relayed(up);
  try {
    const reading = readAll(r.client, 5000);
    r.lease.drop();
    assert.equal((await r.handback).reason, 'dropped');
    r.inbound.destroy();
    r.outbound.destroy();
    const got = await reading;
    assert.equal(got.error, undefined, 'the client sees a FIN');
  } finally {
    await r.close();
  }
});

test('a relay that is off leases nothing and says why once', () => {
  const off = new SpliceRelay('turned off for this test');
  assert.equal(off.lease(connect({ port: 1 }).on('error', () => undefined), connect({ port: 1 }).on('error', () => undefined), () => undefined), undefined);
  assert.equal(off.takeNotice(), 'turned off for this test');
  assert.equal(off.takeNotice(), undefined);
});
