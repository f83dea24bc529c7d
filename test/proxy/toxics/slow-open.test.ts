// slow_open: the first bytes of each connection wait until it is `delay` ms old; data intact.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dial, payload, readAll, rig, sendingUpstream, sha256 } from '../../helpers/proxy-fixtures.js';
import { assertEveryReplyCorrect, redisRig } from '../../helpers/redis.js';

test('delay 300: greeting arrives after about 300 ms, intact', async () => {
  const data = payload(5000);
  const r = await rig(await sendingUpstream(data));
  try {
    await r.toxic({ type: 'slow_open', attributes: { delay: 300 } });
    // The delay counts from the proxy's accept, which comes after t0: the first byte can never come sooner than 300 ms.
    const t0 = performance.now();
    const s = await dial(r.port);
    let first = 0;
    s.once('data', () => (first = performance.now() - t0));
    const out = await readAll(s);
    assert.equal(sha256(out.data), sha256(data));
    assert.ok(first >= 295 && first < 2000, `first byte at ${first} ms`);
    s.destroy();
  } finally {
    await r.done();
  }
});

test('ioredis through slow_open 300: a new client is ready about 300 ms after connecting; replies correct', async () => {
  const rig = await redisRig();
  try {
    await rig.proxy.withToxic({ type: 'slow_open', attributes: { delay: 300 } }, async () => {
      const t = performance.now();
      const c = rig.client();
      assert.equal(await c.ping(), 'PONG');
      assert.ok(performance.now() - t >= 280, `${performance.now() - t} ms`);
      await assertEveryReplyCorrect(c);
    });
  } finally {
    await rig.done();
  }
});
