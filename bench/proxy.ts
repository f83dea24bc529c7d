// Proxy bench: throughput, added latency and idle-connection memory, direct vs socklab proxy vs socat, in one run.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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
    if (mode === 'I') { s.resume(); return; }
    const sz = s.read(4);
    let left = sz.readUInt32BE(0);
    const pump = () => { while (left > 0) { const n = Math.min(left, block.length); left -= n; if (!s.write(n === block.length ? block : block.subarray(0, n))) return s.once('drain', pump); } s.end(); };
    pump();
  });
});
srv.listen(0, '127.0.0.1', () => process.stdout.write(String(srv.address().port) + '\\n'));
`;

const ROOT = new URL('../../', import.meta.url).pathname;
const children: ChildProcess[] = [];

function spawnLine(cmd: string, args: string[]): Promise<{ child: ChildProcess; line: string }> {
  const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'] });
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

async function throughput(port: number, conns: number, total: number): Promise<number> {
  const t0 = performance.now();
  await Promise.all(Array.from({ length: conns }, () => download(port, Math.floor(total / conns))));
  return total / 1e6 / ((performance.now() - t0) / 1000);
}

async function roundTrips(port: number, count: number): Promise<number[]> {
  const s = await dial(port);
  s.write('E');
  const msg = Buffer.alloc(64, 1);
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const t = process.hrtime.bigint();
    await new Promise<void>((resolve) => {
      let got = 0;
      const on = (b: Buffer): void => {
        got += b.length;
        if (got >= 64) { s.off('data', on); resolve(); }
      };
      s.on('data', on);
      s.write(msg);
    });
    times.push(Number(process.hrtime.bigint() - t) / 1000);
  }
  s.destroy();
  return times.sort((a, b) => a - b);
}

const pct = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!;
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
      for (const s of batch) if (s) socks.push(s);
    }
    await wait(1500);
    const alive = socks.filter((s) => !s.destroyed).length;
    const after = treeRssKb(pid);
    return { held: alive, kbPerConn: (after - before) / Math.max(1, alive) };
  } finally {
    for (const s of socks) s.destroy();
    await wait(500);
  }
}

async function main(): Promise<void> {
  const limit = Number(/Max open files\s+(\d+)/.exec(readFileSync('/proc/self/limits', 'utf8'))?.[1] ?? 1024);
  const idleTarget = 10_000;
  const idleN = Math.min(idleTarget, Math.floor((limit - 200) / 2)); // the proxy holds 2 fds per connection
  const { line: upLine } = await spawnLine(process.execPath, ['--input-type=module', '-e', UPSTREAM]);
  const upPort = Number(upLine);
  const cfgDir = mkdtempSync(join(tmpdir(), 'socklab-bench-proxy-'));
  const cfg = join(cfgDir, 'proxies.json');
  writeFileSync(cfg, JSON.stringify([{ name: 'bench', listen: '127.0.0.1:0', upstream: `127.0.0.1:${upPort}` }]));
  const apiPort = 20000 + (process.pid % 20000);
  const sock = await spawnLine(process.execPath, [join(ROOT, 'dist/src/cli/bin.js'), 'proxy', '--quiet', '--port', String(apiPort), '--config', cfg]);
  rmSync(cfgDir, { recursive: true, force: true }); // read once at start
  const info = (await (await fetch(`http://127.0.0.1:${apiPort}/proxies/bench`)).json()) as { listen: string };
  const sockPort = Number(info.listen.split(':').pop());
  const socatPort = apiPort + 1;
  const socat = spawn('socat', [`TCP-LISTEN:${socatPort},bind=127.0.0.1,fork,reuseaddr,backlog=4096`, `TCP:127.0.0.1:${upPort}`], { stdio: 'ignore' });
  children.push(socat);
  await wait(300);

  const targets = [['direct', upPort], ['socklab', sockPort], ['socat', socatPort]] as const;
  const total = 128 * 1024 * 1024;
  const rows: string[] = [];
  const line = (label: string, cells: string[]): void => void rows.push(`${label.padEnd(34)}${cells.map((c) => c.padStart(18)).join('')}`);
  line('', targets.map(([n]) => n));
  for (const conns of [1, 10, 100]) {
    const mbps: number[] = [];
    for (const [, port] of targets) { await throughput(port, conns, total / 8); mbps.push(await throughput(port, conns, total)); }
    line(`throughput, ${conns} conn (MB/s)`, mbps.map((v, i) => `${v.toFixed(0)}${i ? ` (${(v / mbps[0]!).toFixed(2)}x)` : ''}`));
  }
  const rt = [] as number[][];
  for (const [, port] of targets) { await roundTrips(port, 200); rt.push(await roundTrips(port, 3000)); }
  for (const p of [50, 99]) {
    line(`round trip p${p} (us)`, rt.map((t) => pct(t, p).toFixed(0)));
    line(`added per round trip p${p} (us)`, rt.map((t, i) => (i === 0 ? '-' : (pct(t, p) - pct(rt[0]!, p)).toFixed(0))));
  }
  const idleSock = await idle(sockPort, sock.child.pid!, idleN);
  const socatN = 500; // socat forks one process per connection: 10,000 would be 10,000 processes
  const idleSocat = await idle(socatPort, socat.pid!, socatN);
  line('idle conns held', ['-', `${idleSock.held}/${idleN}`, `${idleSocat.held}/${socatN}`]);
  line('memory per idle conn (KB RSS)', ['-', idleSock.kbPerConn.toFixed(1), idleSocat.kbPerConn.toFixed(1)]);
  process.stdout.write(`${rows.join('\n')}\n`);
  if (idleN < idleTarget) process.stdout.write(`note: fd limit ${limit} (hard, not raisable here) caps the socklab idle test at ${idleN}: the proxy needs 2 fds per connection.\n`);
  process.stdout.write(`note: socat idle test uses ${socatN} connections (one forked process each); its memory is the sum over its processes.\n`);
}

main().catch((e: unknown) => {
  process.stderr.write(`bench failed: ${String(e)}\n`);
  process.exitCode = 1;
}).finally(() => {
  for (const c of children) c.kill('SIGINT');
});
