// Soak, bounded to about a minute (SOCKLAB_SOAK_MS shortens it, never above 60 s): hundreds of connections while
// toxics are added and removed continuously; ends with no live links, no leaked sockets or timers, flat heap, and every non-destroyed transfer intact.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { dial, echoUpstream, payload, readAll, rig, sha256, waitFor } from '../helpers/proxy-fixtures.js';

const DURATION_MS = Math.min(60_000, Number(process.env.SOCKLAB_SOAK_MS ?? 60_000));
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heapMb = (): number => {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1e6;
};
const resources = (): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const r of process.getActiveResourcesInfo()) out[r] = (out[r] ?? 0) + 1;
  return out;
};

test(`soak: ${DURATION_MS} ms of churn`, { timeout: DURATION_MS + 30_000 }, async () => {
  const up = await echoUpstream();
  const r = await rig(up, 11);
  const baseline = resources();
  const data = payload(64 * 1024);
  const sum = sha256(data);
  const stop = Date.now() + DURATION_MS;
  let transfers = 0;
  let intact = 0;
  let broken = 0;
  let toxicOps = 0;
  let heapWarm = 0;
  const worker = async (): Promise<void> => {
    while (Date.now() < stop) {
      const s = await dial(r.port).catch(() => null);
      if (s === null) continue;
      const reading = readAll(s, 10_000);
      s.end(data);
      const out = await reading;
      s.destroy();
      transfers++;
      if (out.error === undefined && out.data.length === data.length) {
        assert.equal(sha256(out.data), sum, 'a transfer that completes is intact');
        intact++;
      } else broken++; // reset_peer / limit_data / timeout cut it: allowed, but never corrupted
    }
  };
  const churn = async (): Promise<void> => {
    const kinds: [string, Record<string, number>, number][] = [
      ['latency', { latency: 5, jitter: 5 }, 1], ['slicer', { average_size: 2048, size_variation: 1000, delay: 50 }, 1],
      ['bandwidth', { rate: 50_000 }, 1], ['noop', {}, 1], ['reset_peer', { timeout: 20 }, 0.05],
      ['limit_data', { bytes: 10_000 }, 0.05], ['slow_open', { delay: 10 }, 1], ['hang_after', { timeout: 5 }, 1],
    ];
    let i = 0;
    while (Date.now() < stop) {
      const [type, attributes, toxicity] = kinds[i % kinds.length]!;
      const name = `soak${i++}`;
      const res = await r.toxic({ type, name, toxicity, stream: i % 2 ? 'upstream' : 'downstream', attributes });
      assert.equal(res.status, 200);
      await new Promise((x) => setTimeout(x, type === 'hang_after' ? 20 : 60));
      assert.equal((await fetch(`${r.server.url}/proxies/p/toxics/${name}`, { method: 'DELETE' })).status, 204);
      toxicOps++;
    }
  };
  const sampler = setTimeout(() => (heapWarm = heapMb()), Math.min(5000, DURATION_MS / 3));
  await Promise.all([...Array.from({ length: 200 }, worker), churn()]);
  clearTimeout(sampler);
  await waitFor(() => r.server.proxies.get('p').active === 0, 5000, 'all links closed');
  await waitFor(() => up.sockets.size === 0, 5000, 'all upstream sockets closed');
  const heapEnd = heapMb();
  await r.done();
  await new Promise((x) => setTimeout(x, 200));
  const after = resources();
  process.stdout.write(`# soak: ${transfers} transfers (${intact} intact, ${broken} cut by toxics), ${toxicOps} toxic add+remove, heap ${heapWarm.toFixed(1)} -> ${heapEnd.toFixed(1)} MB, resources ${JSON.stringify(after)}\n`);
  assert.ok(transfers >= 200 && intact > transfers / 2, `${transfers} transfers, ${intact} intact`);
  assert.ok(toxicOps >= 20);
  assert.ok((after.Timeout ?? 0) <= (baseline.Timeout ?? 0), `timers: ${JSON.stringify(baseline)} -> ${JSON.stringify(after)}`);
  assert.ok((after.TCPSocketWrap ?? 0) <= (baseline.TCPSocketWrap ?? 0), `sockets: ${JSON.stringify(baseline)} -> ${JSON.stringify(after)}`);
  assert.ok(heapWarm === 0 || heapEnd < heapWarm * 1.5 + 5, `heap ${heapWarm} -> ${heapEnd} MB`);
});
