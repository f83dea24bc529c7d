// Bench: doctor's socket snapshot and a --serve scrape of 100,000 loopback sockets (in a throwaway netns) against `ss -tan` and `ss -tanp`.
// Usage: node dist/bench/doctor.js [--count <n>] [--rounds <n>]
import { fileURLToPath } from 'node:url';
import { namespaceSupport, spawnInNamespaces } from '../src/lab/sandbox/namespace.js';
import { availableParallelism } from 'node:os';
import { integer } from '../src/cli/option-spec.js';
import { benchOptions } from './bench-options.js';

const { count: connections, rounds } = benchOptions(`Usage: node dist/bench/doctor.js [--count <n>] [--rounds <n>]
Opens --count loopback connections in a throwaway user+network namespace, then times doctor's snapshot and a
--serve scrape against ss -tan and ss -tanp on the same sockets, best of --rounds (see docs/doctor.md).`, {
  count: integer('loopback connections to open (two sockets each)', { min: 1, max: 200_000, default: 50_000 }),
  rounds: integer('rounds; the best time of each tool is shown', { min: 1, max: 100, default: 3 }),
});

interface Timed { readonly ms: number; readonly sockets: number }
interface Report {
  connections: number; workers: number; setupMs: number; rounds: number; doctor: Timed; scrape: Timed; ssTan: Timed; ssTanp: Timed;
  parts: { procNetTcpMs: number; ownersMs: number }; loadavg: number;
}

const support = namespaceSupport();
if (!support.available) {
  console.error(`bench/doctor needs a throwaway network namespace: ${support.reason ?? ''}`);
  process.exit(1);
}
// The namespace script changes sysctls: it proves for itself that it runs in fresh namespaces before it does.
const child = spawnInNamespaces(fileURLToPath(new URL('./doctor-netns.js', import.meta.url)), [String(connections), String(rounds)], { stdio: ['ignore', 'pipe', 'inherit'] });
let out = '';
child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
const timer = setTimeout(() => child.kill('SIGKILL'), 300_000);
const code: number = await new Promise((r) => child.on('close', (c) => r(c ?? 1)));
clearTimeout(timer);
if (code !== 0) {
  console.error(`bench/doctor: the namespace run failed (exit ${code})`);
  process.exit(1);
}
const r = JSON.parse(out.trim().split('\n').pop() ?? '{}') as Report;
const row = (name: string, t: Timed, base: Timed): string =>
  `${name.padEnd(34)}${t.ms.toFixed(1).padStart(10)} ms${String(t.sockets).padStart(10)}${(t.ms / base.ms).toFixed(2).padStart(10)}x`;
console.log(`bench/doctor: ${r.connections} loopback connections (${r.connections * 2} sockets) in ${r.workers} processes, set up in ${(r.setupMs / 1000).toFixed(1)} s; best of ${r.rounds}`);
console.log(`${'tool'.padEnd(34)}${'time'.padStart(13)}${'sockets'.padStart(10)}${'vs ss -tan'.padStart(11)}`);
console.log(row('doctor snapshot (owners, findings)', r.doctor, r.ssTan));
console.log(row('doctor --serve scrape (GET /metrics)', r.scrape, r.ssTan));
console.log(row('ss -tan', r.ssTan, r.ssTan));
console.log(row('ss -tanp (with owners)', r.ssTanp, r.ssTan));
console.log(`  of which /proc/net/tcp{,6} read+parse ${r.parts.procNetTcpMs.toFixed(1)} ms, /proc/<pid>/fd owner scan ${r.parts.ownersMs.toFixed(1)} ms`);
console.log(`doctor vs ss -tanp: ${(r.doctor.ms / r.ssTanp.ms).toFixed(2)}x; 1-minute load average during the run ${r.loadavg.toFixed(1)} on ${availableParallelism()} cores`);
console.log(`doctor under one second: ${r.doctor.ms < 1000 ? 'yes' : 'NO'}; a scrape under one second: ${r.scrape.ms < 1000 ? 'yes' : 'NO'}`);
