// slow_close holds the FIN for delay ms after the data.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dial, payload, readAll, rig, sendingUpstream, sha256 } from '../../helpers/proxy-fixtures.js';
import { assertEveryReplyCorrect, redisRig } from '../../helpers/redis.js';

test('data arrives at once, the FIN 300 ms later', async () => {
  const data = payload(10_000);
  const r = await rig(await sendingUpstream(data));
  try {
    await r.toxic({ type: 'slow_close', attributes: { delay: 300 } });
    const s = await dial(r.port);
    let firstData = 0;
    const t0 = performance.now();
    s.once('data', () => (firstData = performance.now() - t0));
    const out = await readAll(s);
    assert.equal(sha256(out.data), sha256(data));
    assert.ok(out.ms - firstData >= 250, `data at ${firstData} ms, FIN at ${out.ms} ms`);
    s.destroy();
  } finally {
    await r.done();
  }
});

test('ioredis QUIT through slow_close 300 ms: OK at once, the close 300 ms later; a new client then works', async () => {
  const rig = await redisRig();
  try {
    const c = rig.client({ retryStrategy: () => null });
    await c.ping();
    await rig.proxy.withToxic({ type: 'slow_close', attributes: { delay: 300 } }, async () => {
      const closed = new Promise<number>((resolve) => c.once('end', () => resolve(performance.now())));
      const t = performance.now();
      assert.equal(await c.quit(), 'OK');
      assert.ok((await closed) - t >= 280, 'the FIN was held');
    });
    await assertEveryReplyCorrect(rig.client());
  } finally {
    await rig.done();
  }
});
