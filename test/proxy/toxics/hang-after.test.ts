// hang_after: traffic flows for T ms, then nothing (no data, no FIN, no RST); removal releases the held bytes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createProxy, type ProxyEvent } from '../../../src/index.js';
import { renderEventLine } from '../../../src/proxy/render/event-line.js';
import { dial, echoUpstream, payload, readAll, removeToxic, rig, sha256, upstream, waitFor } from '../../helpers/proxy-fixtures.js';
import { assertEveryReplyCorrect, redisRig } from '../../helpers/redis.js';

test('after 300 ms the connection goes silent without closing; removing the toxic delivers the held data', async () => {
  const r = await rig(await echoUpstream());
  try {
    await r.toxic({ type: 'hang_after', attributes: { timeout: 300 } });
    const s = await dial(r.port);
    const got: Buffer[] = [];
    s.on('data', (b: Buffer) => got.push(b));
    s.write('early');
    await new Promise((x) => setTimeout(x, 150));
    assert.equal(Buffer.concat(got).toString(), 'early');
    await new Promise((x) => setTimeout(x, 250));
    const data = payload(30_000);
    s.write(data);
    const silent = await readAll(s, 500);
    assert.equal(silent.error?.code, 'TEST_DEADLINE', 'no FIN, no RST: the read just waits');
    assert.equal(Buffer.concat(got).length, 5, 'nothing after the hang');
    assert.equal(await removeToxic(r.server, 'hang_after_downstream'), 204);
    const deadline = Date.now() + 3000;
    while (Buffer.concat(got).length < 5 + data.length && Date.now() < deadline) await new Promise((x) => setTimeout(x, 10));
    assert.equal(sha256(Buffer.concat(got).subarray(5)), sha256(data));
    s.destroy();
  } finally {
    await r.done();
  }
});

test('ioredis through hang_after 0: the command times out; after removal every later reply is still its own', async () => {
  const rig = await redisRig();
  try {
    const c = rig.client({ commandTimeout: 300 });
    await c.set('k', 'v');
    await rig.proxy.withToxic({ type: 'hang_after', attributes: { timeout: 0 } }, async () => {
      await assert.rejects(c.get('k'), /timed out/);
    });
    await assertEveryReplyCorrect(c);
  } finally {
    await rig.done();
  }
});


test('bytes are what the peer got: a reply held until the client gave up and released after counts 0, in the log and the snapshot', async () => {
  const reply = `HTTP/1.1 200 OK\r\nContent-Length: 80\r\nConnection: close\r\n\r\n${'x'.repeat(80)}`;
  const up = await upstream((s) => s.once('data', () => s.end(reply)));
  const events: ProxyEvent[] = [];
  const proxy = await createProxy({ upstream: up.address, onEvent: (e) => events.push(e) });
  try {
    await proxy.addToxic({ type: 'hang_after', attributes: { timeout: 0 } });
    const s = await dial(proxy.port);
    let got = 0;
    s.on('data', (b: Buffer) => (got += b.length));
    const request = 'GET / HTTP/1.1\r\nHost: x\r\n\r\n';
    s.write(request);
    await waitFor(() => proxy.connections()[0]?.bytes_upstream === request.length, 3000, 'the request at the server');
    s.destroy(); // the client gives up while the proxy holds the reply
    await new Promise((x) => setTimeout(x, 100));
    await proxy.removeToxic('hang_after_downstream'); // the held reply goes to a socket whose peer is gone
    await waitFor(() => events.some((e) => e.kind === 'closed'), 3000, 'the close');
    const closed = events.find((e) => e.kind === 'closed')!;
    assert.equal(got, 0);
    assert.match(renderEventLine(closed), new RegExp(`\\(up ${request.length} B, down 0 B, `));
    assert.deepEqual(proxy.snapshot().bytes, { upstream: request.length, downstream: 0 });
  } finally {
    await proxy.close();
    await up.close();
  }
});
