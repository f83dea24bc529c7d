// timeout drops data and closes after `timeout` ms of silence (every byte restarts it); removing it after it
// dropped data closes the connection, so no later reply is taken for an earlier request (Toxiproxy's behaviour).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dial, echoUpstream, payload, readAll, removeToxic, rig, sha256, waitFor } from '../../helpers/proxy-fixtures.js';
import { assertEveryReplyCorrect, redisRig } from '../../helpers/redis.js';

test('timeout 200: no data, then the connection closes', async () => {
  const r = await rig(await echoUpstream());
  try {
    await r.toxic({ type: 'timeout', attributes: { timeout: 200 } });
    const s = await dial(r.port);
    const reading = readAll(s);
    s.write('hello');
    const out = await reading;
    assert.equal(out.data.length, 0);
    assert.ok(out.ms >= 180 && out.ms < 2000, `closed after ${out.ms} ms`);
    s.destroy();
  } finally {
    await r.done();
  }
});

test('the timer restarts on every byte in its stream: pings every 100 ms keep a 300 ms timeout open', async () => {
  const r = await rig(await echoUpstream());
  try {
    await r.toxic({ type: 'timeout', stream: 'upstream', attributes: { timeout: 300 } });
    const s = await dial(r.port);
    const reading = readAll(s, 5000);
    const t0 = performance.now();
    let lastPing = 0;
    for (let i = 0; i < 8; i++) {
      lastPing = performance.now() - t0;
      s.write('ping');
      await new Promise((x) => setTimeout(x, 100));
    }
    const out = await reading;
    assert.equal(out.error, undefined);
    assert.ok(lastPing > 600 && out.ms >= lastPing + 250, `closed at ${Math.round(out.ms)} ms, last ping at ${Math.round(lastPing)} ms`);
  } finally {
    await r.done();
  }
});

test('timeout 0 that dropped a request: removal closes the connection (never a later reply for it)', async () => {
  const r = await rig(await echoUpstream());
  try {
    await r.toxic({ type: 'timeout', attributes: { timeout: 0 } });
    const s = await dial(r.port);
    const reading = readAll(s);
    s.write('dropped');
    await new Promise((x) => setTimeout(x, 200));
    assert.equal(await removeToxic(r.server, 'timeout_downstream'), 204);
    s.write('next');
    const out = await reading;
    assert.equal(out.error, undefined, 'a clean close (EOF)');
    assert.equal(out.data.length, 0, 'no byte after the loss');
    // Gone from /connections too, while the client still holds its end (a pg pool client once stayed listed for good).
    await waitFor(() => r.server.proxies.get('p').connections().length === 0, 3000, '/connections to be empty');
    s.destroy();
  } finally {
    await r.done();
  }
});

test('timeout 0 that dropped nothing: removal leaves the connection working', async () => {
  const r = await rig(await echoUpstream());
  try {
    await r.toxic({ type: 'timeout', attributes: { timeout: 0 } });
    const s = await dial(r.port);
    const reading = readAll(s);
    await new Promise((x) => setTimeout(x, 100));
    assert.equal(await removeToxic(r.server, 'timeout_downstream'), 204);
    const data = payload(50_000);
    s.end(data);
    const out = await reading;
    assert.equal(out.error, undefined);
    assert.equal(sha256(out.data), sha256(data));
  } finally {
    await r.done();
  }
});

test('ioredis: SET a, SET b; timeout 0; GET a; remove; GET b: each GET gets its own value (no GET a -> value-of-b)', async () => {
  const rig = await redisRig();
  try {
    const c = rig.client({ maxRetriesPerRequest: 5 });
    await c.set('a', 'value-of-a');
    await c.set('b', 'value-of-b');
    await rig.proxy.addToxic({ type: 'timeout', attributes: { timeout: 0 } });
    const getA = c.get('a');
    await new Promise((x) => setTimeout(x, 200));
    await rig.proxy.removeToxic('timeout_downstream');
    const getB = c.get('b');
    assert.deepEqual(await Promise.all([getA, getB]), ['value-of-a', 'value-of-b']);
    await assertEveryReplyCorrect(c);
  } finally {
    await rig.done();
  }
});

test('ioredis with timeout 300: the command fails when the proxy closes the silent connection; after removal all is well', async () => {
  const rig = await redisRig();
  try {
    const c = rig.client();
    await c.ping();
    await rig.proxy.withToxic({ type: 'timeout', attributes: { timeout: 300 } }, async () => {
      const t = performance.now();
      await assert.rejects(c.get('k'));
      assert.ok(performance.now() - t >= 250, `failed after ${performance.now() - t} ms`);
    });
    await assertEveryReplyCorrect(c);
  } finally {
    await rig.done();
  }
});

test('ioredis PING every 100 ms keeps a 300 ms upstream timeout open; once the pings stop it closes about 300 ms later', async () => {
  const rig = await redisRig();
  try {
    const c = rig.client();
    await c.ping();
    await rig.proxy.addToxic({ type: 'timeout', stream: 'upstream', attributes: { timeout: 300 } });
    let closedAt = 0;
    c.once('close', () => (closedAt = performance.now()));
    let lastPing = 0;
    for (let i = 0; i < 10; i++) {
      lastPing = performance.now();
      c.ping().catch(() => undefined); // dropped by the toxic: no reply, but every byte restarts its timer
      await new Promise((x) => setTimeout(x, 100));
    }
    assert.equal(closedAt, 0, 'open while the pings keep coming');
    await waitFor(() => closedAt > 0, 3000, 'the close');
    assert.ok(closedAt - lastPing >= 250, `closed ${Math.round(closedAt - lastPing)} ms after the last ping`);
    await rig.proxy.removeToxic('timeout_upstream');
    await assertEveryReplyCorrect(c);
  } finally {
    await rig.done();
  }
});
