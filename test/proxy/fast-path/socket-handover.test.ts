// Tests holdSocket/releaseSocket on real loopback sockets: while held, Node reads nothing (even on the ticks after a
// chunk, when a paused stream asks for more); released, every byte arrives once and in order.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createServer, type Socket } from 'node:net';
import { test } from 'node:test';
import { holdSocket, releaseSocket } from '../../../src/proxy/fast-path/socket-handover.js';
import { dial } from '../../helpers/proxy-fixtures.js';

test('a held socket is not read by Node, though its stream asks for more; released, the rest comes in order', async () => {
  const server = createServer();
  const accepted = new Promise<Socket>((resolve) => server.once('connection', resolve));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const client = await dial((server.address() as { port: number }).port);
  const s = await accepted;
  try {
    const got: string[] = [];
    s.on('data', (b: Buffer) => got.push(b.toString()));
    // Held inside the chunk's 'data' event: the stream has scheduled a read for the next tick.
    const held = new Promise<void>((resolve) => s.once('data', () => resolve(holdSocket(s))));
    client.write('a');
    await held;
    client.write('b');
    await new Promise((r) => setTimeout(r, 150));
    assert.equal(s.readableLength, 0, 'Node read nothing while the socket was held');
    assert.deepEqual(got, ['a']);
    client.end('c');
    releaseSocket(s);
    s.resume();
    await once(s, 'end');
    assert.equal(got.join(''), 'abc');
  } finally {
    client.destroy();
    s.destroy();
    server.close();
  }
});
