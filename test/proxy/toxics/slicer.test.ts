// slicer cuts data into small pieces with delays; the bytes arrive intact and in order.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dial, payload, readAll, rig, sendingUpstream, sha256 } from '../../helpers/proxy-fixtures.js';
import { assertEveryReplyCorrect, redisRig } from '../../helpers/redis.js';

test('slicer 100 +/- 50 bytes, 1 ms apart: many reads, data intact', async () => {
  const data = payload(20_000);
  const r = await rig(await sendingUpstream(data));
  try {
    await r.toxic({ type: 'slicer', attributes: { average_size: 100, size_variation: 50, delay: 1000 } });
    const s = await dial(r.port);
    let reads = 0;
    s.on('data', () => reads++);
    const out = await readAll(s);
    assert.equal(sha256(out.data), sha256(data));
    assert.ok(reads >= 50, `${reads} reads`);
    s.destroy();
  } finally {
    await r.done();
  }
});

test('average_size 1, 64 KiB to each of 4 clients: intact, no garbage pile-up, the API keeps answering', { timeout: 60_000 }, async () => {
  const data = payload(64 * 1024);
  const r = await rig(await sendingUpstream(data));
  try {
    await r.toxic({ type: 'slicer', attributes: { average_size: 1 } });
    const heapBefore = process.memoryUsage().heapUsed;
    let heapPeak = heapBefore;
    const sampler = setInterval(() => (heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed)), 5);
    const clients = await Promise.all(Array.from({ length: 4 }, () => dial(r.port)));
    const readings = clients.map((c) => readAll(c, 50_000));
    let slowest = 0;
    let settled = false;
    void Promise.all(readings).then(() => (settled = true));
    while (!settled) {
      const t = performance.now();
      assert.equal((await fetch(`${r.server.url}/version`)).status, 200);
      slowest = Math.max(slowest, performance.now() - t);
      await new Promise((x) => setTimeout(x, 20));
    }
    clearInterval(sampler);
    for (const out of await Promise.all(readings)) assert.equal(sha256(out.data), sha256(data));
    const grownMb = (heapPeak - heapBefore) / 1e6;
    process.stdout.write(`# slicing 4 x 64 KiB: heap +${grownMb.toFixed(1)} MB at peak, slowest GET /version ${slowest.toFixed(0)} ms\n`);
    // Before the fix each 64 KiB chunk left about 14 MB of queued one-byte writes behind.
    assert.ok(grownMb < 20, `heap grew ${grownMb.toFixed(1)} MB`);
    assert.ok(slowest < 1000, `slowest GET /version ${slowest.toFixed(0)} ms`);
  } finally {
    await r.done();
  }
});

test('ioredis through slicer average_size 1: replies arrive a byte at a time and parse correctly', async () => {
  const rig = await redisRig();
  try {
    const c = rig.client();
    await c.set('k', 'v'.repeat(2000));
    await rig.proxy.withToxic({ type: 'slicer', attributes: { average_size: 1, delay: 10 } }, async () => {
      assert.equal(await c.get('k'), 'v'.repeat(2000));
      await assertEveryReplyCorrect(c, 5);
    });
    await assertEveryReplyCorrect(c);
    assert.deepEqual(c.errors, []);
  } finally {
    await rig.done();
  }
});
