// --seed: the same seed gives the same toxicity rolls per connection; another seed gives another pattern.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dial, echoUpstream, rig, waitFor } from '../helpers/proxy-fixtures.js';

async function pattern(seed: number): Promise<string> {
  const r = await rig(await echoUpstream(), seed);
  try {
    await r.toxic({ type: 'latency', toxicity: 0.5, attributes: { latency: 1, jitter: 1 } });
    const sockets = [];
    for (let i = 0; i < 24; i++) sockets.push(await dial(r.port));
    let conns: { id: number; toxics: string[] }[] = [];
    await waitFor(() => conns.length === 24 || (void fetch(`${r.server.url}/proxies/p/connections`).then((x) => x.json()).then((j) => (conns = j as typeof conns), () => undefined), false), 3000);
    sockets.forEach((s) => s.destroy());
    return conns.sort((a, b) => a.id - b.id).map((c) => (c.toxics.length ? '1' : '0')).join('');
  } finally {
    await r.done();
  }
}

test('toxicity rolls are reproducible with a seed', async () => {
  const a = await pattern(42);
  const b = await pattern(42);
  const c = await pattern(7);
  assert.equal(a, b);
  assert.match(a, /0/);
  assert.match(a, /1/);
  assert.notEqual(a, c);
});
