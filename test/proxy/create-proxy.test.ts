// The in-process API: createProxy listens at once, toxics by method, errors as SocklabError, clean close.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createProxy, isSocklabError } from '../../src/index.js';
import { dial, echoUpstream, payload, readAll, sha256 } from '../helpers/proxy-fixtures.js';

test('createProxy: pass-through, add/update/remove toxics, connections, disable/enable, close', async () => {
  const up = await echoUpstream();
  const proxy = await createProxy({ upstream: up.address, seed: 3 });
  try {
    assert.match(proxy.listen, /^127\.0\.0\.1:\d+$/);
    const data = payload(500_000);
    let s = await dial(proxy.port);
    let reading = readAll(s);
    s.end(data);
    assert.equal(sha256((await reading).data), sha256(data));

    const t = proxy.addToxic({ type: 'latency', attributes: { latency: 100 } });
    assert.equal(t.name, 'latency_downstream');
    assert.deepEqual(proxy.updateToxic(t.name, { attributes: { jitter: 5 } }).attributes, { latency: 100, jitter: 5 });
    s = await dial(proxy.port);
    reading = readAll(s);
    s.end('ping');
    const out = await reading;
    assert.equal(out.data.toString(), 'ping');
    assert.ok(out.ms >= 90);
    assert.throws(() => proxy.addToxic({ type: 'slicer', attributes: { average_size: 0 } }), (e: unknown) => isSocklabError(e) && e.code === 'SOCKLAB_PROXY_INVALID_ATTRIBUTE');
    proxy.removeToxic(t.name);
    assert.deepEqual(proxy.toxics(), []);

    const live = await dial(proxy.port);
    live.write('x');
    await new Promise((x) => setTimeout(x, 50));
    const conns = proxy.connections();
    assert.equal(conns.length, 1);
    assert.equal(conns[0]!.bytes_upstream, 1);
    live.destroy();

    await proxy.disable();
    await assert.rejects(dial(proxy.port), { code: 'ECONNREFUSED' });
    await proxy.enable();
    s = await dial(proxy.port);
    reading = readAll(s);
    s.end(data);
    assert.equal(sha256((await reading).data), sha256(data));
  } finally {
    await proxy.close();
    await up.close();
  }
  await assert.rejects(dial(proxy.port), { code: 'ECONNREFUSED' });
});
