// reset_peer: Toxiproxy's timing (timer from the first data, which is dropped), socklab's reset_idle mode, toxicity.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dial, echoUpstream, payload, readAll, removeToxic, rig, sendingUpstream, sha256, waitFor } from '../../helpers/proxy-fixtures.js';
import { assertEveryReplyCorrect, redisRig } from '../../helpers/redis.js';

test('echo with timeout 500: the reply never arrives, the RST comes about 500 ms after the request', async () => {
  const r = await rig(await echoUpstream());
  try {
    await r.toxic({ type: 'reset_peer', attributes: { timeout: 500 } });
    const s = await dial(r.port);
    const reading = readAll(s);
    s.write('ping');
    const out = await reading;
    assert.equal(out.error?.code, 'ECONNRESET');
    assert.equal(out.data.length, 0, 'the data that started the timer is dropped');
    assert.ok(out.ms >= 450 && out.ms < 3000, `RST after ${out.ms} ms`);
  } finally {
    await r.done();
  }
});

test('an idle client is never reset (timeout 0); after removal it talks normally', async () => {
  const r = await rig(await echoUpstream());
  try {
    await r.toxic({ type: 'reset_peer', attributes: { timeout: 0 } });
    const s = await dial(r.port);
    const idle = await readAll(s, 300);
    assert.equal(idle.error?.code, 'TEST_DEADLINE', 'no RST without data');
    assert.equal(await removeToxic(r.server, 'reset_peer_downstream'), 204);
    const reading = readAll(s);
    s.end('hello');
    const out = await reading;
    assert.equal(out.error, undefined);
    assert.equal(out.data.toString(), 'hello');
  } finally {
    await r.done();
  }
});

test('removed after dropping data but before its RST: the connection closes instead of carrying on', async () => {
  const r = await rig(await echoUpstream());
  try {
    await r.toxic({ type: 'reset_peer', attributes: { timeout: 60_000 } });
    const s = await dial(r.port);
    const reading = readAll(s);
    s.write('lost');
    // On a loaded machine 100 ms from the write were not always enough for the echo to reach the toxic.
    await waitFor(() => r.server.proxies.get('p').connections()[0]?.bytes_upstream === 4, 3000, 'the request at the server');
    await new Promise((x) => setTimeout(x, 100));
    assert.equal(await removeToxic(r.server, 'reset_peer_downstream'), 204);
    s.write('later');
    const out = await reading;
    assert.notEqual(out.error?.code, 'TEST_DEADLINE', 'closed');
    assert.equal(out.data.length, 0, 'the later request is not answered as if nothing was lost');
  } finally {
    await r.done();
  }
});

test('reset_idle 1: live and idle connections are reset timeout ms after the toxic arrives; data flows until then', async () => {
  const r = await rig(await echoUpstream());
  try {
    const live = await dial(r.port);
    const data = payload(50_000);
    const parts: Buffer[] = [];
    live.on('data', (b: Buffer) => parts.push(b));
    live.write(data);
    while (Buffer.concat(parts).length < data.length) await new Promise((x) => setTimeout(x, 10));
    assert.equal(sha256(Buffer.concat(parts)), sha256(data));
    const failed = new Promise<NodeJS.ErrnoException>((resolve) => live.once('error', resolve));
    assert.equal((await r.toxic({ type: 'reset_peer', attributes: { timeout: 200, reset_idle: 1 } })).status, 200);
    const idle = await dial(r.port);
    const out = await readAll(idle);
    assert.equal(out.error?.code, 'ECONNRESET');
    assert.ok(out.ms >= 150 && out.ms < 2000, `${out.ms} ms`);
    assert.equal((await failed).code, 'ECONNRESET');
  } finally {
    await r.done();
  }
});

test('toxicity 0: the connection closes with a normal FIN, never RST (Toxiproxy resets it anyway)', async () => {
  const data = payload(100_000);
  const r = await rig(await sendingUpstream(data));
  try {
    await r.toxic({ type: 'reset_peer', toxicity: 0, attributes: { timeout: 0 } });
    for (let i = 0; i < 5; i++) {
      const s = await dial(r.port);
      const out = await readAll(s);
      assert.equal(out.error, undefined, 'EOF, not ECONNRESET');
      assert.equal(sha256(out.data), sha256(data));
      s.destroy();
    }
  } finally {
    await r.done();
  }
});

test('ioredis through reset_peer 200: the command fails with ECONNRESET about 200 ms later; after removal all is well', async () => {
  const rig = await redisRig();
  try {
    const c = rig.client();
    await c.ping();
    await rig.proxy.withToxic({ type: 'reset_peer', attributes: { timeout: 200 } }, async () => {
      const t = performance.now();
      await assert.rejects(c.get('k'));
      assert.ok(performance.now() - t >= 180, `failed after ${performance.now() - t} ms`);
      assert.ok(c.errors.some((e) => e.code === 'ECONNRESET'), `errors: ${c.errors.map((e) => e.code).join(',')}`);
    });
    await assertEveryReplyCorrect(c);
  } finally {
    await rig.done();
  }
});

test('ioredis idle through reset_peer 0 (as an idle pool waits): no error, no reconnect, as with Toxiproxy; reset_idle 1 resets it', async () => {
  const rig = await redisRig();
  try {
    const c = rig.client();
    await c.ping();
    let reconnects = 0;
    c.on('reconnecting', () => reconnects++);
    await rig.proxy.withToxic({ type: 'reset_peer', attributes: { timeout: 0 } }, () => new Promise((x) => setTimeout(x, 300)));
    assert.deepEqual([c.errors.map((e) => e.code), reconnects, c.status], [[], 0, 'ready']);
    await assertEveryReplyCorrect(c);
    await rig.proxy.withToxic({ type: 'reset_peer', attributes: { timeout: 0, reset_idle: 1 } }, () => waitFor(() => c.errors.length > 0, 3000, 'the reset'));
    assert.equal(c.errors[0]?.code, 'ECONNRESET');
    await assertEveryReplyCorrect(c);
  } finally {
    await rig.done();
  }
});
