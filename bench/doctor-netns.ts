// Bench body (inside a throwaway netns): workers open the connections, then doctor's snapshot and `ss` are timed on them.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { writeFileSync } from 'node:fs';
import { isolationProblem } from '../src/lab/sandbox/isolation.js';
import { inheritPackageDirectory } from '../src/lab/sandbox/namespace.js';
import { commandPath } from '../src/shared/system-command.js';
import { doctor } from '../src/doctor/doctor.js';
import { serveMetrics } from '../src/doctor/exporter/serve-metrics.js';
import { readTcpSockets } from '../src/doctor/proc-net-tcp.js';
import { socketOwners } from '../src/doctor/socket-owners.js';
import { loadavg } from 'node:os';

const connections = Number(process.argv[2] ?? 50000);
const rounds = Number(process.argv[3] ?? 3);
// The container's hard RLIMIT_NOFILE (20,000 here) cannot be raised in a user namespace: spread the fds over workers.
const PER_WORKER = 9000;
// This script changes sysctls: refuse unless bench/doctor.ts started it in a namespace of its own.
const problem = isolationProblem();
if (problem !== undefined) {
  process.stderr.write(`refusing to run outside a throwaway network namespace (${problem}): run bench/doctor.js instead\n`);
  process.exit(3);
}
execFileSync(commandPath('ip') ?? 'ip', ['link', 'set', 'lo', 'up']);
inheritPackageDirectory();
writeFileSync('/proc/sys/net/ipv4/ip_local_port_range', '1024 65000');
const workers: ChildProcess[] = [];
try {
  const started = performance.now();
  for (let i = 0, left = connections; left > 0; i += 1, left -= PER_WORKER) {
    const n = Math.min(PER_WORKER, left);
    workers.push(spawn(commandPath('setpriv') ?? 'setpriv', ['--pdeathsig', 'KILL', process.execPath, new URL('./doctor-worker.js', import.meta.url).pathname, String(20000 + i), String(n)], { stdio: ['pipe', 'pipe', 'inherit'] }));
  }
  await Promise.all(workers.map((w) => once(w.stdout as NodeJS.ReadableStream, 'data')));
  const setupMs = performance.now() - started;
  const time = (run: () => number): { ms: number; sockets: number } => {
    let best = { ms: Infinity, sockets: 0 };
    for (let r = 0; r < rounds; r += 1) {
      const t = performance.now();
      const sockets = run();
      const ms = performance.now() - t;
      if (ms < best.ms) best = { ms, sockets };
    }
    return best;
  };
  const ss = (args: string[]) => (): number => execFileSync(commandPath('ss') ?? 'ss', args, { maxBuffer: 1 << 30, encoding: 'utf8' }).split('\n').length - 2;
  let last = 0;
  const doc = { ms: Infinity, sockets: 0 };
  for (let r = 0; r < rounds; r += 1) {
    const t = performance.now();
    const result = await doctor({ intervalMs: 0 });
    doc.ms = Math.min(doc.ms, performance.now() - t);
    last = result.totals.sockets;
  }
  doc.sockets = last;
  // One Prometheus scrape as Prometheus makes it: GET /metrics over HTTP, each a fresh reading of /proc.
  const exporter = await serveMetrics({ port: 0 });
  const scrape = { ms: Infinity, sockets: 0 };
  for (let r = 0; r < rounds; r += 1) {
    const t = performance.now();
    const text = await (await fetch(`${exporter.url}/metrics`)).text();
    scrape.ms = Math.min(scrape.ms, performance.now() - t);
    scrape.sockets = [...text.matchAll(/^socklab_tcp_sockets\{state="[A-Z_0-9]+"\} (\d+)$/gm)].reduce((n, m) => n + Number(m[1]), 0);
  }
  await exporter.close();
  // Where the time goes: the /proc/net/tcp{,6} read+parse and the /proc/<pid>/fd scan, timed apart.
  const parts = { procNetTcpMs: time(() => readTcpSockets().length).ms, ownersMs: time(() => socketOwners().byInode.size).ms };
  const tan = time(ss(['-tan']));
  const tanp = time(ss(['-tanp']));
  console.log(JSON.stringify({ connections, workers: workers.length, setupMs, rounds, doctor: doc, scrape, parts, ssTan: tan, ssTanp: tanp, loadavg: loadavg()[0] }));
} finally {
  for (const w of workers) w.kill('SIGKILL');
}
process.exit(0);
