// hang_after: traffic flows for T ms, then nothing (no data, no FIN, no RST); removal releases the held bytes.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dial, echoUpstream, payload, readAll, removeToxic, rig, sha256 } from '../../helpers/proxy-fixtures.js';
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

