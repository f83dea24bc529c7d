// Proxy bench: throughput, added latency and idle-connection memory of direct loopback, socklab (splice fast path,
// JS path, JS path with a toxic), socat and, when given, the real Toxiproxy, measured side by side in one run.
// `node dist/bench/proxy.js [--toxiproxy /path/to/toxiproxy-server] [--rounds 3] [--mib 512]` (or TOXIPROXY_SERVER).
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { cpus, loadavg, release, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { median, percentile } from './stats.js';

// The upstream runs in its own process: 'S'+u32 size -> sends size bytes then FIN; 'E' -> echo; 'I' -> idle.
const UPSTREAM = `
import { createServer } from 'node:net';
const block = Buffer.alloc(1 << 20, 7);
const srv = createServer({ allowHalfOpen: true }, (s) => {
  s.on('error', () => {});
  s.once('readable', function first() {
    const head = s.read(1);
    if (head === null) return s.once('readable', first);
    const mode = String.fromCharCode(head[0]);
    if (mode === 'E') { s.pipe(s); return; }
    if (mode === 'I') { s.resume(); s.once('end', () => s.end()); return; }
    const sz = s.read(4);
    let left = sz.readUInt32BE(0);
    const pump = () => { while (left > 0) { const n = Math.min(left, block.length); left -= n; if (!s.write(n === block.length ? block : block.subarray(0, n))) return s.once('drain', pump); } s.end(); };
    pump();
  });
});
srv.listen({ port: 0, host: '127.0.0.1', backlog: 4096 }, () => process.stdout.write(String(srv.address().port) + '\\n'));
`;

const ROOT = new URL('../../', import.meta.url).pathname;
const children: ChildProcess[] = [];
const { values: opts } = parseArgs({
  options: { toxiproxy: { type: 'string' }, rounds: { type: 'string', default: '3' }, mib: { type: 'string', default: '512' } },
});
const toxiproxyBin = opts.toxiproxy ?? process.env.TOXIPROXY_SERVER;
const ROUNDS = Number(opts.rounds);
/** 10,000 idle connections at 2 fds each, plus the proxy's own. */
const IDLE_FDS = 10_000 * 2 + 2_000;
const TOTAL = Number(opts.mib) * 1024 * 1024;

/** One thing to measure: where it listens, which process holds its connections, how many fds a connection costs. */
interface Contender {
  readonly name: string;
  readonly port: number;
  readonly pid: number | undefined;
  readonly fdsPerConn: number;
}

function spawnLine(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<{ child: ChildProcess; line: string }> {
  const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'], env });
  children.push(child);
  return new Promise((resolve, reject) => {
    let buf = '';
    child.stdout!.on('data', (d: Buffer) => {
      buf += d.toString();
      const i = buf.indexOf('\n');
      if (i >= 0) resolve({ child, line: buf.slice(0, i) });
    });
    child.once('exit', (c) => reject(new Error(`${cmd} exited ${c}`)));
  });
}

const wait = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const dial = (port: number): Promise<Socket> => new Promise((resolve, reject) => {
  const s = connect({ host: '127.0.0.1', port, noDelay: true });
  s.once('connect', () => resolve(s));
  s.once('error', reject);
});
/** Resolves once something accepts on `port` (5 s at most). */
async function listening(port: number): Promise<void> {
  for (let i = 0; ; i++) {
    try {
      (await dial(port)).destroy();
      return;
    } catch (error) {
      if (i > 100) throw error;
      await wait(50);
    }
  }
}
const json = { 'Content-Type': 'application/json' };
const post = async (url: string, body: unknown): Promise<unknown> => {
  const res = await fetch(url, { method: 'POST', headers: json, body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`POST ${url}: ${res.status} ${await res.text()}`);
  return res.json();
};
const portOf = (listen: string): number => Number(listen.split(':').pop());

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

async function throughput(port: number, conns: number): Promise<number> {
  const t0 = performance.now();
  await Promise.all(Array.from({ length: conns }, () => download(port, Math.floor(TOTAL / conns))));
  return TOTAL / 1e6 / ((performance.now() - t0) / 1000);
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

const rssKb = (pid: number): number => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
const treeRssKb = (pid: number): number => {
  let kids: number[] = [];
  try { kids = execFileSync('pgrep', ['-P', String(pid)]).toString().trim().split('\n').filter(Boolean).map(Number); } catch { /* none */ }
  return rssKb(pid) + kids.reduce((a, k) => a + (() => { try { return rssKb(k); } catch { return 0; } })(), 0);
};

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

async function socklab(upstream: string, env: NodeJS.ProcessEnv, withToxic: boolean): Promise<{ port: number; pid: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'socklab-bench-proxy-'));
  const cfg = join(dir, 'proxies.json');
  writeFileSync(cfg, JSON.stringify([{ name: 'bench', listen: '127.0.0.1:0', upstream }]));
  const apiPort = 20000 + ((process.pid + children.length * 7) % 20000);
  const { child } = await spawnLine(process.execPath, [join(ROOT, 'dist/src/cli/bin.js'), 'proxy', '--quiet', '--port', String(apiPort), '--config', cfg], env);
  rmSync(dir, { recursive: true, force: true }); // read once at start
  const api = `http://127.0.0.1:${apiPort}`;
  if (withToxic) await post(`${api}/proxies/bench/toxics`, { type: 'noop', name: 'noop' });
  const info = (await (await fetch(`${api}/proxies/bench`)).json()) as { listen: string };
  return { port: portOf(info.listen), pid: child.pid! };
}

async function toxiproxy(bin: string, upstream: string): Promise<{ port: number; pid: number }> {
  const apiPort = 20000 + ((process.pid + 4099) % 20000);
  const child = spawn(bin, ['-host', '127.0.0.1', '-port', String(apiPort)], { stdio: 'ignore', env: { ...process.env, LOG_LEVEL: 'error' } });
  children.push(child);
  const api = `http://127.0.0.1:${apiPort}`;
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${api}/version`)).ok) break;
    } catch (error) {
      if (i > 100) throw error;
      await wait(50);
    }
  }
  const created = (await post(`${api}/proxies`, { name: 'bench', listen: '127.0.0.1:0', upstream })) as { listen: string };
  return { port: portOf(created.listen), pid: child.pid! };
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
  const { line: upLine } = await spawnLine(process.execPath, ['--input-type=module', '-e', UPSTREAM]);
  const upstream = `127.0.0.1:${Number(upLine)}`;
  const fast = await socklab(upstream, process.env, false);
  const js = await socklab(upstream, { ...process.env, SOCKLAB_FAST_PATH: 'off' }, false);
  const toxic = await socklab(upstream, process.env, true);
  const socatPort = 20000 + ((process.pid + 8191) % 20000);
  const socat = spawn('socat', [`TCP-LISTEN:${socatPort},bind=127.0.0.1,fork,reuseaddr,backlog=4096`, `TCP:${upstream}`], { stdio: 'ignore' });
  children.push(socat);
  const contenders: Contender[] = [
    { name: 'direct', port: Number(upLine), pid: undefined, fdsPerConn: 1 },
    { name: 'socklab (splice)', port: fast.port, pid: fast.pid, fdsPerConn: 2 },
    { name: 'socklab (JS path)', port: js.port, pid: js.pid, fdsPerConn: 2 },
    { name: 'socklab, noop toxic', port: toxic.port, pid: toxic.pid, fdsPerConn: 2 },
    { name: 'socat', port: socatPort, pid: socat.pid, fdsPerConn: 2 },
  ];
  if (toxiproxyBin !== undefined) {
    const t = await toxiproxy(toxiproxyBin, upstream);
    contenders.push({ name: 'toxiproxy', port: t.port, pid: t.pid, fdsPerConn: 2 });
  }
  await listening(socatPort); // socat forks and binds in its own time on a loaded machine

  const streams = [1, 10, 100];
  const mbps = contenders.map(() => streams.map((): number[] => []));
  const rtts = contenders.map((): number[] => []);
  for (let round = 0; round < ROUNDS; round++) {
    process.stderr.write(`round ${round + 1}/${ROUNDS}\n`);
    for (const [si, conns] of streams.entries()) {
      for (const [ci, c] of contenders.entries()) {
        if (round === 0) await throughput(c.port, conns); // warm-up
        mbps[ci]![si]!.push(await throughput(c.port, conns));
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
  for (const c of children) c.kill('SIGINT');
});
