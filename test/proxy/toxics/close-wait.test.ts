// close_wait: EOF at the client while the upstream stays open; the client's write is answered by RST -> EPIPE.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { echoUpstream, payload, rig, sha256, waitFor } from '../../helpers/proxy-fixtures.js';
import { rawDial, rawReadAll } from '../../helpers/proxy-raw.js';
import { assertEveryReplyCorrect, redisRig } from '../../helpers/redis.js';

test('read() -> EOF (client in CLOSE_WAIT), upstream kept; write() ok, then RST: next write() -> EPIPE', async () => {
  const up = await echoUpstream();
  const r = await rig(up);
  try {
    const s = await rawDial(r.port);
    const data = payload(10_000);
    assert.ok(s.write(data).ok);
    let echoed = Buffer.alloc(0);
    while (echoed.length < data.length) {
      const rd = await s.readWait(2000);
      assert.ok(rd.ok && rd.value.length > 0);
      if (rd.ok) echoed = Buffer.concat([echoed, rd.value]);
    }
    assert.equal(sha256(echoed), sha256(data), 'traffic before the toxic is intact');
    await r.toxic({ type: 'close_wait', attributes: { delay: 0 } });
    const eof = await rawReadAll(s, 2000);
    assert.deepEqual([eof.data.length, eof.end], [0, 'EOF']);
    assert.equal(up.sockets.size, 1, 'the proxy keeps the upstream connection');
    const first = s.write('request after the server died');
    assert.ok(first.ok, 'the first write succeeds: the kernel accepts it, the peer answers RST');
    await new Promise((x) => setTimeout(x, 100));
    const second = s.write('again');
    assert.equal(second.ok ? 'ok' : second.code, 'EPIPE');
    await waitFor(() => up.sockets.size === 0, 2000, 'upstream closed after the RST');
    s.close();
  } finally {
    await r.done();
  }
});

test('ioredis through close_wait: the server seems gone (close), ioredis reconnects and works after removal', async () => {
  const rig = await redisRig();
  try {
    const c = rig.client();
    await c.ping();
    const ended = new Promise<void>((resolve) => c.once('close', () => resolve()));
    await rig.proxy.withToxic({ type: 'close_wait', attributes: { delay: 0 } }, async () => {
      await ended;
    });
    await assertEveryReplyCorrect(c);
  } finally {
    await rig.done();
  }
});
