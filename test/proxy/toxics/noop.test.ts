// noop passes data unchanged both ways.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dial, echoUpstream, payload, readAll, rig, sha256 } from '../../helpers/proxy-fixtures.js';
import { assertEveryReplyCorrect, redisRig } from '../../helpers/redis.js';

test('noop on both streams leaves 1 MB intact', async () => {
  const r = await rig(await echoUpstream());
  try {
    assert.equal((await r.toxic({ type: 'noop', stream: 'upstream' })).status, 200);
    assert.equal((await r.toxic({ type: 'noop' })).status, 200);
    const data = payload(1 << 20);
    const s = await dial(r.port);
    const reading = readAll(s);
    s.end(data);
    const out = await reading;
    assert.equal(out.error, undefined);
    assert.equal(sha256(out.data), sha256(data));
  } finally {
    await r.done();
  }
});

test('ioredis through noop: every reply correct, no error', async () => {
  const rig = await redisRig();
  try {
    const c = rig.client();
    await rig.proxy.withToxic({ type: 'noop' }, () => assertEveryReplyCorrect(c, 100));
    await assertEveryReplyCorrect(c);
    assert.deepEqual(c.errors, []);
  } finally {
    await rig.done();
  }
});
