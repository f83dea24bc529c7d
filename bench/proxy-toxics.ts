// Toxic-change and slicer costs of the proxy, measured in one run.
// Usage: node dist/bench/proxy-toxics.js
import { connect, createServer, type Socket } from 'node:net';
import { startServer } from '../src/proxy/server.js';
import { benchOptions } from './bench-options.js';

benchOptions(`Usage: node dist/bench/proxy-toxics.js
Prints how removing every toxic (POST /reset) scales with toxics x idle connections, the cost of adding many toxics
to one proxy, and what slicer average_size 1 costs per 64 KiB beside the same transfer with no toxic, with the API's
answer time meanwhile (see docs/proxy.md).`, {});

const data = Buffer.alloc(64 * 1024, 7);
const upstream = createServer((s) => {
  s.on('error', () => undefined);
  s.on('data', () => s.write(data));
});
await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', r));
const upAddr = `127.0.0.1:${(upstream.address() as { port: number }).port}`;
const server = await startServer({ host: '127.0.0.1', port: 0, seed: 1 });
const dial = (port: number): Promise<Socket> => new Promise((resolve, reject) => {
  const s = connect(port, '127.0.0.1', () => resolve(s));
  s.once('error', reject);
});
const json = { 'Content-Type': 'application/json' };
let n = 0;

async function proxyWith(connections: number): Promise<{ name: string; port: number; clients: Socket[] }> {
  const name = `p${n++}`;
  const res = await fetch(`${server.url}/proxies`, { method: 'POST', headers: json, body: JSON.stringify({ name, listen: '127.0.0.1:0', upstream: upAddr }) });
  const port = Number(((await res.json()) as { listen: string }).listen.split(':').pop());
  const clients = await Promise.all(Array.from({ length: connections }, () => dial(port)));
  await new Promise((x) => setTimeout(x, 100));
  return { name, port, clients };
}

async function resetMs(toxics: number, connections: number): Promise<number> {
  const p = await proxyWith(connections);
  const proxy = server.proxies.get(p.name);
  for (let i = 0; i < toxics; i++) await proxy.toxics.add({ type: 'noop', name: `t${i}`, stream: i % 2 ? 'upstream' : 'downstream' });
  const t = performance.now();
  await fetch(`${server.url}/reset`, { method: 'POST' });
  const ms = performance.now() - t;
  p.clients.forEach((c) => c.destroy());
  return ms;
}

console.log('POST /reset (noop toxics x idle connections)      ms   us per toxic x connection');
for (const [t, c] of [[100, 200], [200, 200], [400, 200], [400, 50]] as const) {
  const ms = await resetMs(t, c);
  console.log(`  ${String(t).padStart(4)} x ${String(c).padEnd(4)}                               ${ms.toFixed(1).padStart(7)}   ${((ms * 1000) / (t * c)).toFixed(2)}`);
}

{
  const p = await proxyWith(200);
  const proxy = server.proxies.get(p.name);
  const rss = process.memoryUsage().rss;
  const t = performance.now();
  for (let i = 0; i < 892; i++) await proxy.toxics.add({ type: 'noop', name: `m${i}` });
  console.log(`add 892 toxics to one proxy with 200 connections: ${(performance.now() - t).toFixed(0)} ms, RSS +${((process.memoryUsage().rss - rss) / 1e6).toFixed(0)} MB`);
  await proxy.toxics.clear();
  p.clients.forEach((c) => c.destroy());
}

async function transfer(port: number, chunks: number): Promise<{ ms: number; cpuMs: number; apiMaxMs: number }> {
  const s = await dial(port);
  const cpu = process.cpuUsage();
  const t = performance.now();
  let apiMaxMs = 0;
  let done = false;
  const probe = (async () => {
    while (!done) {
      const a = performance.now();
      await (await fetch(`${server.url}/version`)).text();
      apiMaxMs = Math.max(apiMaxMs, performance.now() - a);
      await new Promise((x) => setTimeout(x, 10));
    }
  })();
  for (let i = 0; i < chunks; i++) {
    await new Promise<void>((resolve) => {
      let got = 0;
      const onData = (b: Buffer): void => {
        got += b.length;
        if (got >= data.length) {
          s.off('data', onData);
          resolve();
        }
      };
      s.on('data', onData);
      s.write('x');
    });
  }
  done = true;
  await probe;
  const used = process.cpuUsage(cpu);
  s.destroy();
  return { ms: performance.now() - t, cpuMs: (used.user + used.system) / 1000 / chunks, apiMaxMs };
}

const plain = await proxyWith(0);
const sliced = await proxyWith(0);
await server.proxies.get(sliced.name).toxics.add({ type: 'slicer', attributes: { average_size: 1 } });
const a = await transfer(plain.port, 8);
const b = await transfer(sliced.port, 8);
console.log('64 KiB replies                         no toxic   slicer average_size 1   ratio');
console.log(`  CPU per 64 KiB (ms, whole process)  ${a.cpuMs.toFixed(1).padStart(8)}   ${b.cpuMs.toFixed(1).padStart(21)}   ${(b.cpuMs / a.cpuMs).toFixed(0)}x`);
console.log(`  slowest GET /version meanwhile (ms) ${a.apiMaxMs.toFixed(1).padStart(8)}   ${b.apiMaxMs.toFixed(1).padStart(21)}`);
await server.close();
upstream.close();
