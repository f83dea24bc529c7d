// refuse: new connections get ECONNREFUSED while it exists (or while the upstream is down); live ones continue.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createServer } from 'node:net';
import { dial, echoUpstream, payload, readAll, removeToxic, rig, sha256, waitFor } from '../../helpers/proxy-fixtures.js';

test('always: new connects refused, a live connection keeps working, removal accepts again', async () => {
  const r = await rig(await echoUpstream());
  try {
    const live = await dial(r.port);
    assert.equal((await r.toxic({ type: 'refuse' })).status, 200);
    await waitFor(() => true);
    await assert.rejects(dial(r.port), { code: 'ECONNREFUSED' });
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
