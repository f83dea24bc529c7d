// Links: a hanging upstream dial times out without blocking other clients; toxics churn under traffic never hangs.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { apiProxy, blackHole, dial, echoUpstream, payload, readAll, rig, sha256, testServer } from '../helpers/proxy-fixtures.js';

test('a dial that hangs (full accept queue) times out; another proxy serves meanwhile', async () => {
  const black = await blackHole();
  const port = black.port;
  const up = await echoUpstream();
  const server = await testServer(); // dial timeout 2000 ms
  try {
    const blackPort = await apiProxy(server, 'black', `127.0.0.1:${port}`);
    const goodPort = await apiProxy(server, 'good', up.address);
    // Three clients of the same proxy dial at once: their dials run in parallel, none waits for another's.
    const stuckAll = await Promise.all([dial(blackPort), dial(blackPort), dial(blackPort)]);
    const stuckReads = stuckAll.map((c) => readAll(c, 8000));
    const stuckRead = stuckReads[0]!;
    const t0 = performance.now();
    const data = payload(100_000);
    const s = await dial(goodPort);
    const reading = readAll(s);
    s.end(data);
    const out = await reading;
    assert.equal(sha256(out.data), sha256(data));
    assert.ok(performance.now() - t0 < 1500, 'the other proxy was not blocked');
    const res = await stuckRead;
    assert.notEqual(res.error?.code, 'TEST_DEADLINE', 'the hanging dial gave up');
    assert.ok(res.ms >= 1500 && res.ms < 5000, `closed after ${res.ms} ms`);
    const all = await Promise.all(stuckReads);
    const last = Math.max(...all.map((x) => x.ms));
    assert.ok(all.every((x) => x.error?.code !== 'TEST_DEADLINE') && last < 4500, `all three closed by ${last} ms (serial dials would take >= 6000)`);
  } finally {
    await server.close();
    await up.close();
    black.close();
  }
});

test('adding and removing toxics under traffic: every API call answers fast, data intact', async () => {
  const r = await rig(await echoUpstream());
  try {
    const data = payload(2 * 1024 * 1024);
    const clients = await Promise.all([0, 1, 2, 3].map(() => dial(r.port)));
    const readings = clients.map((c) => readAll(c, 20_000));
    clients.forEach((c) => c.end(data));
    let slowest = 0;
    for (let i = 0; i < 40; i++) {
      const t = performance.now();
      const type = ['latency', 'slicer', 'noop', 'bandwidth'][i % 4]!;
      const attrs = { latency: { latency: 5 }, slicer: { average_size: 512, delay: 10 }, noop: {}, bandwidth: { rate: 10_000 } }[type as 'noop'];
      assert.equal((await r.toxic({ type, name: `t${i}`, stream: i % 2 ? 'upstream' : 'downstream', attributes: attrs })).status, 200);
      await new Promise((x) => setTimeout(x, 5));
      assert.equal((await fetch(`${r.server.url}/proxies/p/toxics/t${i}`, { method: 'DELETE' })).status, 204);
      slowest = Math.max(slowest, performance.now() - t);
    }
    // A stalled API (the data path hogging the event loop) took seconds; 3 s still catches that on a machine at load 25.
    assert.ok(slowest < 3000, `slowest add+remove ${slowest} ms`);
    for (const reading of readings) {
      const out = await reading;
      assert.equal(out.error, undefined);
      assert.equal(sha256(out.data), sha256(data));
    }
  } finally {
    await r.done();
  }
});
