// reset_after: exactly N bytes arrive, then the first call sees ECONNRESET (read) and a later write EPIPE.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dial, echoUpstream, jsonRequest, payload, readAll, rig, sendingUpstream, sha256, waitFor } from '../../helpers/proxy-fixtures.js';
import { rawDial, rawReadAll } from '../../helpers/proxy-raw.js';
import { assertEveryReplyCorrect, redisRig } from '../../helpers/redis.js';

test('bytes 1000: 1000 intact bytes, read() -> ECONNRESET, then write() -> EPIPE', async () => {
  const data = payload(100_000);
  const r = await rig(await sendingUpstream(data, false));
  try {
    await r.toxic({ type: 'reset_after', attributes: { bytes: 1000 } });
    const s = await rawDial(r.port);
    await new Promise((x) => setTimeout(x, 200)); // let the RST arrive
    const out = await rawReadAll(s);
    assert.equal(out.data.length, 1000);
    assert.equal(sha256(out.data), sha256(data.subarray(0, 1000)));
    assert.equal(out.end, 'ECONNRESET');
    const w = s.write('late');
    assert.equal(w.ok ? 'ok' : w.code, 'EPIPE');
    s.close();
  } finally {
    await r.done();
  }
});

test('an update does not restart the byte count: 600 bytes, update, then 400 more and the RST', async () => {
  const r = await rig(await echoUpstream());
  try {
    await r.toxic({ type: 'reset_after', attributes: { bytes: 1000 } });
    const s = await dial(r.port);
    let got = 0;
    s.on('data', (b: Buffer) => (got += b.length));
    const reading = readAll(s); // ends with ECONNRESET, or EOF when libuv reads the last data and the RST together
    const data = payload(3000);
    s.write(data.subarray(0, 600));
    await waitFor(() => got === 600, 3000, 'the first 600 bytes');
    const res = await fetch(`${r.server.url}/proxies/p/toxics/reset_after_downstream`, jsonRequest('POST', { attributes: { bytes: 1000 } }));
    assert.equal(res.status, 200);
    s.write(data.subarray(600));
    const out = await reading;
    assert.equal(sha256(out.data), sha256(data.subarray(0, 1000)), `${out.data.length} bytes`);
    s.destroy();
  } finally {
    await r.done();
  }
});

test('timeout 200: an idle connection is reset after about 200 ms', async () => {
  const r = await rig(await echoUpstream());
  try {
    await r.toxic({ type: 'reset_after', attributes: { timeout: 200 } });
    const s = await rawDial(r.port);
    const t0 = performance.now();
    const out = await rawReadAll(s);
    assert.equal(out.end, 'ECONNRESET');
    assert.ok(performance.now() - t0 >= 150);
    s.close();
  } finally {
    await r.done();
  }
});

test('bytes 0 and timeout 0 is a 400 naming the attribute', async () => {
  const r = await rig(await echoUpstream());
  try {
    const res = await r.toxic({ type: 'reset_after', attributes: {} });
    assert.equal(res.status, 400);
    assert.match((res.body as { error: string }).error, /bytes/);
  } finally {
    await r.done();
  }
});

test('ioredis through reset_after timeout 200: the idle connection is reset (ECONNRESET), ioredis reconnects after removal', async () => {
  const rig = await redisRig();
  try {
    const c = rig.client();
    await c.ping();
    await rig.proxy.withToxic({ type: 'reset_after', attributes: { timeout: 200 } }, async () => {
      await new Promise((x) => setTimeout(x, 400));
      assert.ok(c.errors.some((e) => e.code === 'ECONNRESET'), `errors: ${c.errors.map((e) => e.code).join(',')}`);
    });
    await assertEveryReplyCorrect(c);
  } finally {
    await rig.done();
  }
});
