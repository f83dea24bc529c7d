// limit_data passes exactly `bytes` bytes and then closes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dial, echoUpstream, jsonRequest, payload, readAll, rig, sendingUpstream, sha256, waitFor } from '../../helpers/proxy-fixtures.js';
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

test('an update does not restart the count (Toxiproxy keeps it per connection): the limit holds across updates', async () => {
  const r = await rig(await echoUpstream());
  try {
    await r.toxic({ type: 'limit_data', attributes: { bytes: 1000 } });
    const update = async (body: unknown): Promise<void> => {
      assert.equal((await fetch(`${r.server.url}/proxies/p/toxics/limit_data_downstream`, jsonRequest('POST', body))).status, 200);
    };
    // [update sent after 600 bytes passed, bytes the client gets in all]
    for (const [body, total] of [[{ attributes: { bytes: 1000 } }, 1000], [{ toxicity: 1 }, 1000], [{ attributes: { bytes: 300 } }, 600]] as const) {
      const s = await dial(r.port);
      const got: Buffer[] = [];
      s.on('data', (b: Buffer) => got.push(b));
      const ended = new Promise<void>((resolve) => s.once('end', resolve));
      const data = payload(3000);
      s.write(data.subarray(0, 600));
      await waitFor(() => Buffer.concat(got).length === 600, 3000, 'the first 600 bytes');
      await update(body);
      s.write(data.subarray(600));
      await ended;
      assert.equal(sha256(Buffer.concat(got)), sha256(data.subarray(0, total)), `${JSON.stringify(body)}: ${Buffer.concat(got).length} bytes`);
      s.destroy();
      await update({ attributes: { bytes: 1000 } });
    }
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
