// refuse: new connections get ECONNREFUSED while it exists (or while the upstream is down); live ones continue.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createServer } from 'node:net';
import { createProxy } from '../../../src/index.js';
import { dial, echoUpstream, jsonRequest, payload, readAll, removeToxic, rig, sha256 } from '../../helpers/proxy-fixtures.js';
import { assertEveryReplyCorrect, redisRig } from '../../helpers/redis.js';

const listeners = (): number => process.getActiveResourcesInfo().filter((r) => r === 'TCPServerWrap').length;

test('always: new connects refused, a live connection keeps working, removal accepts again', async () => {
  const r = await rig(await echoUpstream());
  try {
    const live = await dial(r.port);
    assert.equal((await r.toxic({ type: 'refuse' })).status, 200);
    await assert.rejects(dial(r.port), { code: 'ECONNREFUSED' }, 'in force when the API answers');
    const data = payload(200_000);
    const reading = readAll(live);
    live.end(data);
    const out = await reading;
    assert.equal(sha256(out.data), sha256(data), 'live connection undisturbed');
    assert.equal(await removeToxic(r.server, 'refuse_downstream'), 204);
    const again = await dial(r.port);
    again.destroy();
  } finally {
    await r.done();
  }
});

test('upstream_down: refused only while the upstream does not answer', async () => {
  const up = await echoUpstream();
  const r = await rig(up);
  let revived: ReturnType<typeof createServer> | undefined;
  try {
    await r.toxic({ type: 'refuse', attributes: { upstream_down: 1, probe_interval: 50 } });
    await new Promise((x) => setTimeout(x, 150));
    (await dial(r.port)).destroy();
    await up.close();
    let refused = false;
    for (let i = 0; i < 100 && !refused; i++) {
      refused = await dial(r.port).then((s) => (s.destroy(), false), (e: NodeJS.ErrnoException) => e.code === 'ECONNREFUSED');
      if (!refused) await new Promise((x) => setTimeout(x, 20));
    }
    assert.ok(refused, 'refused while the upstream is down');
    revived = createServer((s) => {
      s.on('error', () => undefined);
      s.pipe(s);
    });
    await new Promise<void>((x) => revived!.listen(up.port, '127.0.0.1', () => x()));
    let ok = false;
    for (let i = 0; i < 100 && !ok; i++) {
      ok = await dial(r.port).then((s) => (s.destroy(), true), () => false);
      if (!ok) await new Promise((x) => setTimeout(x, 20));
    }
    assert.ok(ok, 'accepting again once the upstream is back');
  } finally {
    await r.done();
    if (revived) {
      await new Promise((x) => revived!.close(() => x(undefined)));
    }
  }
});

test('an update (even an empty one) keeps refusing; removal accepts again and the server lives on', async () => {
  const r = await rig(await echoUpstream());
  try {
    assert.equal((await r.toxic({ type: 'refuse' })).status, 200);
    const update = await fetch(`${r.server.url}/proxies/p/toxics/refuse_downstream`, jsonRequest('POST', {}));
    assert.equal(update.status, 200);
    await assert.rejects(dial(r.port), { code: 'ECONNREFUSED' }, 'still refusing after the update');
    assert.equal(await removeToxic(r.server, 'refuse_downstream'), 204);
    (await dial(r.port)).destroy();
    assert.equal((await fetch(`${r.server.url}/version`)).status, 200, 'the server did not exit');
  } finally {
    await r.done();
  }
});

test('add, remove, add without waiting in between (library): ends refusing, and clearing accepts again', async () => {
  const up = await echoUpstream();
  const proxy = await createProxy({ upstream: up.address });
  try {
    await Promise.all([
      proxy.addToxic({ type: 'refuse', name: 'a' }),
      proxy.removeToxic('a'),
      proxy.addToxic({ type: 'refuse', name: 'a' }),
      proxy.updateToxic('a', {}),
    ]);
    await assert.rejects(dial(proxy.port), { code: 'ECONNREFUSED' });
    await proxy.clearToxics();
    (await dial(proxy.port)).destroy();
  } finally {
    await proxy.close();
    await up.close();
  }
});

test('deleting a proxy with refuse active frees its port: nothing listens, the port can be reused', async () => {
  const r = await rig(await echoUpstream());
  try {
    await r.toxic({ type: 'refuse' });
    assert.equal((await fetch(`${r.server.url}/proxies/p`, { method: 'DELETE' })).status, 204);
    await assert.rejects(dial(r.port), { code: 'ECONNREFUSED' });
    await new Promise((x) => setTimeout(x, 50));
    await assert.rejects(dial(r.port), { code: 'ECONNREFUSED' }, 'no listener came back later');
    const again = await fetch(`${r.server.url}/proxies`, jsonRequest('POST', { name: 'q', listen: `127.0.0.1:${r.port}`, upstream: '127.0.0.1:1' }));
    assert.equal(again.status, 201);
  } finally {
    await r.done();
  }
});

test('close() with refuse active, or just cleared, leaves no listener behind', async () => {
  const up = await echoUpstream();
  await new Promise((x) => setTimeout(x, 50)); // handles closed by earlier tests finish closing
  const before = listeners();
  for (const clearFirst of [false, true]) {
    const proxy = await createProxy({ upstream: up.address });
    await proxy.addToxic({ type: 'refuse' });
    if (clearFirst) void proxy.clearToxics(); // not awaited: close() must still win
    await proxy.close();
    await assert.rejects(dial(proxy.port), { code: 'ECONNREFUSED' });
    await new Promise((x) => setTimeout(x, 50));
    await assert.rejects(dial(proxy.port), { code: 'ECONNREFUSED' });
    assert.ok(listeners() <= before, `clearFirst=${clearFirst}: no server handle left`);
  }
  await up.close();
});

test('ioredis with refuse: a new client gets ECONNREFUSED, a connected one keeps working; after removal both work', async () => {
  const rig = await redisRig();
  try {
    const live = rig.client();
    await live.ping();
    await rig.proxy.withToxic({ type: 'refuse' }, async () => {
      const fresh = rig.client({ retryStrategy: () => null });
      await assert.rejects(fresh.ping());
      assert.ok(fresh.errors.some((e) => e.code === 'ECONNREFUSED'), `errors: ${fresh.errors.map((e) => e.code).join(',')}`);
      await assertEveryReplyCorrect(live);
    });
    await assertEveryReplyCorrect(rig.client());
    await assertEveryReplyCorrect(live);
  } finally {
    await rig.done();
  }
});
