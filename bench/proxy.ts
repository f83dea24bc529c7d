// Proxy bench: throughput (with the CPU time each process spends on it), added latency and idle-connection memory of
// direct loopback, socklab (splice fast path, JS path, JS path with a toxic), socat and, when given, the real
// Toxiproxy, measured side by side in one run.
// Usage: node dist/bench/proxy.js [--toxiproxy <path>] [--rounds <n>] [--mib <n>]
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Socket } from 'node:net';
import { cpus, loadavg, release } from 'node:os';
import { integer, text } from '../src/cli/option-spec.js';
import { benchOptions } from './bench-options.js';
import { dial, startContenders, stopContenders, upstreamPid, wait, type Contender } from './proxy-contenders.js';
import { median, percentile } from './stats.js';

const opts = benchOptions(`Usage: node dist/bench/proxy.js [--toxiproxy <path>] [--rounds <n>] [--mib <n>]
Measures throughput (with each process's CPU), added latency and idle-connection memory of direct loopback, socklab
(splice fast path, JS path, JS path with a toxic), socat and, when given, the real Toxiproxy, side by side in one run
(see docs/proxy.md).`, {
  toxiproxy: text('the real toxiproxy-server, to compare with (or set TOXIPROXY_SERVER)', { placeholder: '<path>' }),
  rounds: integer('alternating rounds; the median is shown', { min: 1, max: 100, default: 3 }),
  // The upstream reads a transfer's size as 32 bits.
  mib: integer('MiB per transfer', { min: 1, max: 4095, default: 512 }),
});
const toxiproxyBin = opts.toxiproxy ?? process.env.TOXIPROXY_SERVER;
const ROUNDS = opts.rounds;
/** 10,000 idle connections at 2 fds each, plus the proxy's own. */
const IDLE_FDS = 10_000 * 2 + 2_000;
const TOTAL = opts.mib * 1024 * 1024;

async function download(port: number, size: number): Promise<void> {
  const s = await dial(port);
  const head = Buffer.alloc(5);
  head.write('S');
  head.writeUInt32BE(size, 1);
  s.write(head);
  let got = 0;
  s.on('data', (b: Buffer) => (got += b.length));
  await new Promise((r) => s.once('end', r));
  s.destroy();
  if (got !== size) throw new Error(`short read ${got}/${size}`);
}

/** `pid` and its child processes (socat forks one per connection). */
function processTree(pid: number): number[] {
  let kids: number[] = [];
  try { kids = execFileSync('pgrep', ['-P', String(pid)]).toString().trim().split('\n').filter(Boolean).map(Number); } catch { /* none */ }
  return [pid, ...kids];
}

/** Sum of `read` over `pid`'s tree; a process that ends meanwhile counts 0. */
const overTree = (pid: number, read: (pid: number) => number): number => processTree(pid).reduce((sum, p) => {
  try { return sum + read(p); } catch { return sum; }
}, 0);

/** CPU seconds used by `pid`'s tree, with the children it has reaped (utime stime cutime cstime, in ticks). */
const cpuSeconds = (pid: number): number => overTree(pid, (p) => {
  const f = readFileSync(`/proc/${p}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return [11, 12, 13, 14].reduce((sum, i) => sum + Number(f[i]), 0) / 100;
});

const treeRssKb = (pid: number): number => overTree(pid, (p) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${p}/status`, 'utf8'))?.[1] ?? 0));

/** CPU seconds per GB (1e9 bytes) one transfer cost the client (this process), the upstream and the proxy. */
type CpuPerGb = [client: number, upstream: number, proxy: number];

async function throughput(c: Contender, conns: number): Promise<{ mbps: number; cpu: CpuPerGb }> {
  const up = upstreamPid()!;
  const [self, up0, proxy0] = [process.cpuUsage(), cpuSeconds(up), c.pid === undefined ? 0 : cpuSeconds(c.pid)];
  const t0 = performance.now();
  await Promise.all(Array.from({ length: conns }, () => download(c.port, Math.floor(TOTAL / conns))));
  const seconds = (performance.now() - t0) / 1000;
  const used = process.cpuUsage(self);
  const perGb = (cpu: number): number => cpu / (TOTAL / 1e9);
  const proxy = c.pid === undefined ? 0 : cpuSeconds(c.pid) - proxy0;
  return { mbps: TOTAL / 1e6 / seconds, cpu: [perGb((used.user + used.system) / 1e6), perGb(cpuSeconds(up) - up0), perGb(proxy)] };
}

/** A 64-byte echo over `s`; resolves with the round trip in microseconds. */
function roundTrip(s: Socket, msg: Buffer): Promise<number> {
  return new Promise((resolve) => {
    const t = process.hrtime.bigint();
    let got = 0;
    const on = (b: Buffer): void => {
      got += b.length;
      if (got < msg.length) return;
      s.off('data', on);
      resolve(Number(process.hrtime.bigint() - t) / 1000);
    };
    s.on('data', on);
    s.write(msg);
  });
}

/**
 * `count` 64-byte round trips per contender on one echo connection each, interleaved (one round trip each in turn,
 * the order rotating), so that other work on a shared machine falls on every contender alike; a tenth more first,
 * unrecorded, to warm up.
 */
async function roundTrips(ports: number[], count: number): Promise<number[][]> {
  const socks = await Promise.all(ports.map(dial));
  for (const s of socks) s.write('E');
  const msg = Buffer.alloc(64, 1);
  const times = ports.map((): number[] => []);
  const warmUp = Math.ceil(count / 10);
  for (let i = 0; i < warmUp + count; i++) {
    for (let k = 0; k < socks.length; k++) {
      const j = (i + k) % socks.length;
      const us = await roundTrip(socks[j]!, msg);
      if (i >= warmUp) times[j]!.push(us);
    }
  }
  for (const s of socks) s.destroy();
  return times;
}

async function idle(port: number, pid: number, n: number): Promise<{ held: number; kbPerConn: number }> {
  const before = treeRssKb(pid);
  const socks: Socket[] = [];
  try {
    for (let i = 0; i < n; i += 200) {
      const batch = await Promise.all(Array.from({ length: Math.min(200, n - i) }, () => dial(port).then((s) => (s.write('I'), s), () => null)));
      for (const s of batch) if (s) socks.push(s.on('error', () => undefined));
    }
    await wait(1500);
    const alive = socks.filter((s) => !s.destroyed).length;
    return { held: alive, kbPerConn: (treeRssKb(pid) - before) / Math.max(1, alive) };
  } finally {
    for (const s of socks) s.destroy();
    await wait(1000);
  }
}

const column = (cells: string[], widths: number[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[0]!) : c.padStart(widths[i]!))).join('');

/** The fd limit this bench and its children get: raised so 10,000 connections at 2 fds each fit (root only). */
function fdLimit(): number {
  const current = (): number => Number(/Max open files\s+(\d+)/.exec(readFileSync('/proc/self/limits', 'utf8'))?.[1] ?? 1024);
  if (current() < IDLE_FDS) {
    try {
      execFileSync('prlimit', ['--pid', String(process.pid), `--nofile=${IDLE_FDS}:${IDLE_FDS}`], { stdio: 'ignore' });
    } catch { /* not root, or no prlimit: the idle rows say what the limit allowed */ }
  }
  return current();
}

async function main(): Promise<void> {
  const limit = fdLimit(); // before any child starts: they inherit it
  const contenders = await startContenders(toxiproxyBin);

  const streams = [1, 10, 100];
  const mbps = contenders.map(() => streams.map((): number[] => []));
  const cpu = contenders.map((): CpuPerGb[] => []); // single stream
  const rtts = contenders.map((): number[] => []);
  for (let round = 0; round < ROUNDS; round++) {
    process.stderr.write(`round ${round + 1}/${ROUNDS}\n`);
    for (const [si, conns] of streams.entries()) {
      for (const [ci, c] of contenders.entries()) {
        if (round === 0) await throughput(c, conns); // warm-up
        const r = await throughput(c, conns);
        mbps[ci]![si]!.push(r.mbps);
        if (conns === 1) cpu[ci]!.push(r.cpu);
      }
    }
    (await roundTrips(contenders.map((c) => c.port), 1000)).forEach((times, ci) => rtts[ci]!.push(...times));
  }

  const out: string[] = [];
  out.push(`proxy bench: ${TOTAL >> 20} MiB per transfer, median of ${ROUNDS} alternating rounds; ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), Linux ${release()}, Node ${process.version}, load ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  const w1 = [22, 16, 16, 16];
  out.push('', column(['throughput MB/s', ...streams.map((s) => `${s} stream${s > 1 ? 's' : ''}`)], w1));
  const direct = mbps[0]!.map(median);
  contenders.forEach((c, ci) => {
    out.push(column([c.name, ...mbps[ci]!.map((xs, si) => `${median(xs).toFixed(0)}${ci === 0 ? '' : ` ${(median(xs) / direct[si]!).toFixed(2)}x`}`)], w1));
  });
  // What the CPU alone allows: the busiest process, or all of them sharing the cores (other work on the machine aside).
  const w3 = [22, 10, 10, 10, 10, 18];
  out.push('', column(['1 stream, CPU s/GB', 'client', 'upstream', 'proxy', 'total', 'CPU-bound MB/s'], w3));
  const bound = (c: number[]): number => 1000 / Math.max(...c, c.reduce((a, b) => a + b, 0) / cpus().length);
  const directBound = bound([0, 1, 2].map((i) => median(cpu[0]!.map((x) => x[i]!))));
  contenders.forEach((c, ci) => {
    const m = [0, 1, 2].map((i) => median(cpu[ci]!.map((x) => x[i]!)));
    const b = bound(m);
    const cells = [...m, m[0]! + m[1]! + m[2]!].map((v, i) => (ci === 0 && i === 2 ? '-' : v.toFixed(2)));
    out.push(column([c.name, ...cells, `${b.toFixed(0)}${ci === 0 ? '' : ` ${(b / directBound).toFixed(2)}x`}`], w3));
  });
  const w2 = [22, 14, 14, 14, 14];
  out.push('', column(['64 B ping-pong (us)', 'p50', 'added p50', 'p99', 'added p99'], w2));
  contenders.forEach((c, ci) => {
    const [p50, p99] = [percentile(rtts[ci]!, 50), percentile(rtts[ci]!, 99)];
    const added = (v: number, p: number): string => (ci === 0 ? '-' : (v - percentile(rtts[0]!, p)).toFixed(0));
    out.push(column([c.name, p50.toFixed(0), added(p50, 50), p99.toFixed(0), added(p99, 99)], w2));
  });
  out.push('', column(['idle connections', 'held', 'KB RSS/conn'], [22, 16, 14]));
  const notes: string[] = [];
  for (const c of contenders.slice(1)) {
    const target = c.name === 'socat' ? 500 : Math.min(10_000, Math.floor((limit - 200) / c.fdsPerConn));
    if (c.name !== 'socat' && target < 10_000) notes.push(`${c.name}: the fd limit (${limit}, not raisable here) allows ${target} connections at ${c.fdsPerConn} fds each`);
    const r = await idle(c.port, c.pid!, target);
    out.push(column([c.name, `${r.held}/${target}`, r.kbPerConn.toFixed(1)], [22, 16, 14]));
  }
  notes.push('socat forks a process per connection: its idle row holds 500, and its memory is the sum over its processes');
  if (toxiproxyBin === undefined) notes.push('Toxiproxy was not given (TOXIPROXY_SERVER=/path/to/toxiproxy-server or --toxiproxy): no toxiproxy row');
  out.push(...notes.map((n) => `note: ${n}`));
  process.stdout.write(`${out.join('\n')}\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${String(e)}\n`);
  process.exitCode = 1;
}).finally(() => {
  stopContenders();
});
