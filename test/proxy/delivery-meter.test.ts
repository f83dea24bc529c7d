// DeliveryMeter counts what the peer really got (bytes its TCP acknowledged), not what was handed to the socket.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { connect, type Socket } from 'node:net';
import { test } from 'node:test';
import { setRecvBufferSize } from '../../src/index.js';
import { DeliveryMeter } from '../../src/proxy/delivery-meter.js';
import { upstream, waitFor } from '../helpers/proxy-fixtures.js';

interface Pair {
  readonly ours: Socket;
  readonly meter: DeliveryMeter;
  done(): Promise<void>;
}

/** A connected pair on loopback: `ours` (the side measured, half-open as the proxy's) and the server's socket for it. */
async function pair(onPeer: (peer: Socket) => void, peerReceiveBuffer?: number): Promise<Pair> {
  const server = await upstream(onPeer);
  if (peerReceiveBuffer !== undefined) setRecvBufferSize(server.server, peerReceiveBuffer); // accepted sockets inherit it
  const ours = connect({ host: '127.0.0.1', port: server.port, allowHalfOpen: true });
  await once(ours, 'connect');
  ours.on('error', () => undefined);
  return { ours, meter: new DeliveryMeter(ours).start(), done: () => server.close().finally(() => ours.destroy()) };
}

/** Write through the meter as a pump does: count, then hand to the socket; resolves once the kernel took it all. */
function send(p: Pair, data: Buffer): Promise<void> {
  p.meter.handed(data.length);
  return new Promise((resolve) => p.ours.write(data, () => resolve()));
}

test('a peer that reads: every byte counts, and the count is final after the close', async () => {
  const p = await pair((peer) => peer.resume());
  try {
    await send(p, Buffer.alloc(10_000, 1));
    await waitFor(() => p.meter.delivered() === 10_000, 3000, 'all acknowledged');
    p.ours.end();
    await once(p.ours, 'finish');
    p.ours.destroy();
    assert.equal(p.meter.delivered(), 10_000, 'the ACK of our FIN is not a byte');
  } finally {
    await p.done();
  }
});

test('a peer that is gone: bytes written after it closed count 0 (its kernel answers with a RST)', async () => {
  let peerSocket: Socket | undefined;
  const p = await pair((peer) => (peerSocket = peer));
  try {
    await waitFor(() => peerSocket !== undefined, 3000, 'the accept');
    peerSocket!.destroy();
    await once(p.ours, 'end');
    await send(p, Buffer.alloc(171, 1)); // the write succeeds: the kernel takes the bytes
    await new Promise((x) => setTimeout(x, 100));
    assert.equal(p.meter.delivered(), 0, 'while open');
    p.ours.end(); // the next call fails (the RST is in), and the socket closes
    await once(p.ours, 'close');
    assert.equal(p.meter.delivered(), 0, 'after the close');
  } finally {
    await p.done();
  }
});

test('a RST of ours while the peer does not read: what our kernel still held is lost, only the acknowledged counts', async () => {
  const p = await pair((peer) => peer.pause(), 4096);
  try {
    const total = 200_000;
    await send(p, Buffer.alloc(total, 1)); // all in our kernel now, most of it unacknowledged behind a closed window
    let before = -1;
    while (before !== p.meter.delivered()) { // until the peer's window is shut: nothing more is acknowledged
      before = p.meter.delivered();
      await new Promise((x) => setTimeout(x, 100));
    }
    assert.ok(before > 0 && before < total, `${before} of ${total} acknowledged while the peer does not read`);
    p.ours.resetAndDestroy(); // SO_LINGER 0: the kernel drops what it held
    await once(p.ours, 'close');
    assert.equal(p.meter.delivered(), before);
  } finally {
    await p.done();
  }
});
