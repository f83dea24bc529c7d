// bandwidth caps throughput at rate KB/s; the data arrives intact.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dial, payload, readAll, rig, sendingUpstream, sha256 } from '../../helpers/proxy-fixtures.js';
import { assertEveryReplyCorrect, redisRig } from '../../helpers/redis.js';

test('100 KB at 200 KB/s takes about 500 ms and arrives intact', async () => {
  const data = payload(100_000);
  const r = await rig(await sendingUpstream(data));
  try {
    await r.toxic({ type: 'bandwidth', attributes: { rate: 200 } });
    const s = await dial(r.port);
    const out = await readAll(s);
    assert.equal(sha256(out.data), sha256(data));
    assert.ok(out.ms >= 400 && out.ms < 2500, `took ${out.ms} ms`);
    s.destroy();
  } finally {
    await r.done();
  }
});

test('ioredis through bandwidth 20 KB/s: a 10 KB value takes about half a second, intact; after removal fast', async () => {
  const rig = await redisRig();
  try {
    const c = rig.client();
    const value = 'x'.repeat(10_000);
    await c.set('big', value);
    await rig.proxy.withToxic({ type: 'bandwidth', attributes: { rate: 20 } }, async () => {
      const t = performance.now();
      assert.equal(await c.get('big'), value);
      assert.ok(performance.now() - t >= 400, `${performance.now() - t} ms`);
    });
    await assertEveryReplyCorrect(c);
    assert.deepEqual(c.errors, []);
  } finally {
    await rig.done();
  }
});
