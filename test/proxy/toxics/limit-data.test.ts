// limit_data passes exactly `bytes` bytes and then closes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dial, payload, readAll, rig, sendingUpstream, sha256 } from '../../helpers/proxy-fixtures.js';
import { assertEveryReplyCorrect, redisRig } from '../../helpers/redis.js';

test('limit_data 1000 of 100 KB: the first 1000 bytes, then EOF', async () => {
  const data = payload(100_000);
  const r = await rig(await sendingUpstream(data, false));
  try {
    await r.toxic({ type: 'limit_data', attributes: { bytes: 1000 } });
    const s = await dial(r.port);
    const out = await readAll(s);
    assert.equal(out.error, undefined);
    assert.equal(out.data.length, 1000);
    assert.equal(sha256(out.data), sha256(data.subarray(0, 1000)));
    s.destroy();
  } finally {
    await r.done();
  }
});

test('ioredis through limit_data 100: a large reply is cut and the command fails; after removal all is well', async () => {
  const rig = await redisRig();
  try {
    const c = rig.client();
    await c.set('big', 'x'.repeat(5000));
    await rig.proxy.withToxic({ type: 'limit_data', attributes: { bytes: 100 } }, async () => {
      await assert.rejects(c.get('big'));
    });
    await assertEveryReplyCorrect(c);
    assert.equal(await c.get('big'), 'x'.repeat(5000));
  } finally {
    await rig.done();
  }
});
