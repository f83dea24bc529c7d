// /metrics (Prometheus text) counts bytes live, during a connection; /connections lists live links and toxics.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dial, echoUpstream, rig, waitFor } from '../helpers/proxy-fixtures.js';

test('counters move while a connection is still open; /connections shows bytes and toxics', async () => {
  const r = await rig(await echoUpstream());
  try {
    await r.toxic({ type: 'noop', name: 'marker' });
    const s = await dial(r.port);
    let echoed = 0;
    s.on('data', (b: Buffer) => (echoed += b.length));
    s.write(Buffer.alloc(12345, 1));
    await waitFor(() => echoed === 12345);
    const text = await (await fetch(`${r.server.url}/metrics`)).text();
    assert.match(text, /# TYPE socklab_proxy_bytes_total counter/);
    assert.match(text, /socklab_proxy_bytes_total\{proxy="p",direction="upstream"\} 12345/);
    assert.match(text, /socklab_proxy_bytes_total\{proxy="p",direction="downstream"\} 12345/);
    assert.match(text, /socklab_proxy_connections_active\{proxy="p"\} 1/);
    assert.match(text, /socklab_proxy_listening\{proxy="p"\} 1/);
    const conns = (await (await fetch(`${r.server.url}/proxies/p/connections`)).json()) as { bytes_upstream: number; bytes_downstream: number; toxics: string[] }[];
    assert.equal(conns.length, 1);
    assert.deepEqual([conns[0]!.bytes_upstream, conns[0]!.bytes_downstream, conns[0]!.toxics], [12345, 12345, ['marker']]);
    s.destroy();
    await waitFor(() => true);
  } finally {
    await r.done();
  }
});
