// latency delays each direction by latency +/- jitter ms and keeps the data intact; applies to live connections.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dial, echoUpstream, payload, readAll, removeToxic, rig, sha256 } from '../../helpers/proxy-fixtures.js';
import { assertEveryReplyCorrect, redisRig } from '../../helpers/redis.js';

test('latency 100 ms on both streams delays a round trip by >= 200 ms, data intact', async () => {
  const r = await rig(await echoUpstream());
  try {
    await r.toxic({ type: 'latency', stream: 'upstream', attributes: { latency: 100 } });
    await r.toxic({ type: 'latency', attributes: { latency: 100, jitter: 10 } });
    const data = payload(300_000);
    const s = await dial(r.port);
    const reading = readAll(s);
    s.end(data);
    const out = await reading;
    assert.equal(sha256(out.data), sha256(data));
    assert.ok(out.ms >= 180, `took ${out.ms} ms`);
    assert.ok(out.ms < 3000, `took ${out.ms} ms`);
  } finally {
    await r.done();
  }
});

test('latency added to a live connection delays its next round trip; removal releases it', async () => {
  const r = await rig(await echoUpstream());
  try {
    const s = await dial(r.port);
    const rt = (b: Buffer): Promise<number> => new Promise((resolve) => {
      const t = performance.now();
      s.once('data', () => resolve(performance.now() - t));
      s.write(b);
    });
    // No absolute bound on the round trip before: at load 16 one took over 100 ms. The delay shows as a lower bound.
    const before = await rt(Buffer.from('a'));
    await r.toxic({ type: 'latency', attributes: { latency: 150 } });
    const after = await rt(Buffer.from('b'));
    assert.ok(after >= 140 && after > before, `round trip ${before.toFixed(0)} ms before the toxic, ${after.toFixed(0)} ms after`);
    await r.toxic({ type: 'latency', name: 'long', attributes: { latency: 60_000 } });
    const pending = rt(Buffer.from('c'));
    await new Promise((x) => setTimeout(x, 50));
    assert.equal(await removeToxic(r.server, 'long'), 204);
    assert.ok((await pending) < 2000, 'removal releases held data at once');
    s.destroy();
  } finally {
    await r.done();
  }
});

test('ioredis through latency 200 ms: every reply is 200 ms late and correct; after removal fast again', async () => {
  const rig = await redisRig();
  try {
    const c = rig.client();
    await c.set('k', 'v');
    await rig.proxy.withToxic({ type: 'latency', attributes: { latency: 200 } }, async () => {
      const t = performance.now();
      assert.equal(await c.get('k'), 'v');
      assert.ok(performance.now() - t >= 190, `${performance.now() - t} ms`);
    });
    const t = performance.now();
    assert.equal(await c.get('k'), 'v');
    assert.ok(performance.now() - t < 150);
    await assertEveryReplyCorrect(c);
    assert.deepEqual(c.errors, []);
  } finally {
    await rig.done();
  }
});
