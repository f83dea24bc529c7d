// Benchmark: socklab scan against `grep -c -i -E` over the same generated log, in the same run (see docs/scan.md).
// Usage: node dist/bench/scan.js [--size 256MiB|1GB|200MB|...] [--rounds 5] [--keep]
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { koffi } from '../src/sys/libc.js';
import { catalogRecognizer } from '../src/scan/catalog-recognizer.js';
import { keywordMatcher } from '../src/scan/keyword-matcher.js';
import { median } from './stats.js';

type Line = (t: string, i: number) => string;
const hex = (i: number, k: number): string => ((i * k) >>> 0).toString(16);

// Ordinary lines of a web service: access lines, app INFO/DEBUG, a slow-request WARN. None holds a scan keyword.
const PLAIN: readonly Line[] = [
  (t, i) => `${t} INFO  http GET /api/orders/${i} 200 ${i % 90}ms ua="Mozilla/5.0 (X11; Linux x86_64)" trace=${hex(i, 2654435761)}`,
  (t, i) => `${t} DEBUG cache hit key=user:${i} ttl=300 bytes=${i % 4096}`,
  (t, i) => `${t} INFO  worker job ${i} finished in ${i % 1000}ms, queue depth ${i % 17}`,
  (_t, i) => `10.0.${i % 255}.${i % 200} - - [24/Nov/2026:14:02:03 +0000] "GET /static/app.${i % 50}.js HTTP/1.1" 200 ${i % 99999} "-" "curl/8.5.0"`,
  (t, i) => `${t} WARN  slow request /api/search?q=item${i} took ${1000 + (i % 3000)}ms (threshold 1000ms)`,
  (t, i) => `${t} INFO  kafka consumer orders-${i % 8}: fetched ${i % 500} records, lag ${i % 3}`,
  (t, i) => `${t} INFO  metrics flushed: ${i % 300} series in ${i % 40}ms`,
  (t, i) => `${t} INFO  user ${i} signed in via oauth, session ${hex(i, 40503)}`,
  (t, i) => `${t} DEBUG sql: SELECT id, total FROM orders WHERE id = $1 [${i}] (${i % 9}ms)`,
  (t, i) => `${t} INFO  payment ${i} authorised, amount ${i % 900}.${i % 100} EUR`,
  (t, i) => `${t} DEBUG feature flag new-checkout=${i % 2 === 0} for tenant ${i % 40}`,
  (t, i) => `${t} INFO  email queued for delivery, message-id <${hex(i, 2246822519)}@mail.internal>`,
  (t) => `${t} INFO  GET /healthz 200 0ms`,
];
// Lines that are not errors but hold words scan's prefilter looks for (pool, closed, tls, timeout, connecting to,
// a space before "sc"/"sh"/"cr" as in HAProxy's termination states): one line in 14, which is about the median share
// of such lines in 16 real system and application logs (LogHub's 2k samples: 0-42%, median about 6%; docs/scan.md).
const COMMON_WORDS: readonly Line[] = [
  (t, i) => `${t} INFO  db pool: acquired connection in ${i % 5}ms (active ${i % 10}, idle ${i % 4})`,
  (t, i) => `${t} INFO  websocket ${i} closed by client (code 1000, normal closure)`,
  (t) => `${t} INFO  scheduler: renewed tls certificate for api.internal, valid until 2027-02-01`,
  (t) => `${t} DEBUG redis: connecting to cache.internal:6379 (db 0)`,
  (t, i) => `${t} INFO  user ${i} signed in (session timeout 30m)`,
  (t, i) => `${t} INFO  shutting down worker ${i % 16} after ${i % 1000} jobs`,
];
const ERRORS: readonly ((t: string) => string)[] = [
  (t) => `${t} ERROR pg pool: Error: read ECONNRESET`,
  (t) => `${t} ERROR Error: connect ECONNREFUSED 10.0.0.5:5432`,
  (t) => `${t} ERROR worker: ConnectionResetError: [Errno 104] Connection reset by peer`,
  (t) => `${t} ERROR [main] java.net.ConnectException: Connection refused`,
  (t) => `${t} level=error err="read tcp 10.0.0.7:41234->10.0.0.5:5432: read: connection reset by peer"`,
  (t) => `${t} fail: System.Net.Sockets.SocketException (10054): An existing connection was forcibly closed by the remote host.`,
  (t) => `${t} cron: curl: (7) Failed to connect to 10.0.0.8 port 8080 after 0 ms: Connection refused`,
  (t) => `2026/11/24 14:02:03 [error] 31#31: *1 recv() failed (104: Connection reset by peer) while reading response header from upstream, upstream: "http://10.0.0.8:3000/api"`,
];

// The usual suspects a person would grep for: 14 alternatives, ignoring case (the baseline).
const USUAL_SUSPECTS = 'ECONN|EPIPE|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|EAI_AGAIN|ENOTFOUND|reset by peer|broken pipe|refused|timed out|hang up|unreachable|forcibly closed';

function parseSize(text: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(GiB|MiB|KiB|GB|MB|KB|B)?$/i.exec(text);
  if (m === null) return 256 * 2 ** 20;
  const units: Readonly<Record<string, number>> = { GIB: 2 ** 30, MIB: 2 ** 20, KIB: 2 ** 10, GB: 1e9, MB: 1e6, KB: 1e3, B: 1 };
  return Number(m[1]) * (units[(m[2] ?? 'B').toUpperCase()] ?? 1);
}

/** One line in 1000 is an error, one in 14 of the rest holds common words; the others are plain. */
function line(t: string, i: number): { text: string; error: boolean } {
  if (i % 1000 === 0) return { text: ERRORS[(i / 1000) % ERRORS.length]!(t), error: true };
  const k = i % (PLAIN.length + 1);
  return { text: k === PLAIN.length ? COMMON_WORDS[Math.floor(i / 14) % COMMON_WORDS.length]!(t, i) : PLAIN[k]!(t, i), error: false };
}

function block(seed: number, bytes: number): { text: string; errors: number; lines: number } {
  const lines: string[] = [];
  let size = 0;
  let errors = 0;
  for (let i = seed; size < bytes; i++) {
    const { text, error } = line(new Date(Date.UTC(2026, 10, 24, 14, 0, 0) + i * 7).toISOString(), i);
    if (error) errors++;
    lines.push(text);
    size += text.length + 1;
  }
  return { text: `${lines.join('\n')}\n`, errors, lines: lines.length };
}

/** Writes about `bytes` of log to `path`; the planted errors and the lines holding a scan keyword. */
async function generate(path: string, bytes: number): Promise<{ errors: number; candidates: number }> {
  const out = createWriteStream(path);
  const matcher = keywordMatcher(catalogRecognizer().keywords);
  const blocks = [0, 1, 2, 3].map((k) => {
    const b = block(k * 100_000, 4e6);
    const buf = Buffer.from(b.text);
    return { ...b, candidates: matcher.lineMatches(buf, 0, buf.length).length };
  });
  let written = 0;
  let errors = 0;
  let candidates = 0;
  for (let k = 0; written < bytes; k++) {
    const b = blocks[k % blocks.length]!;
    if (!out.write(b.text)) await once(out, 'drain');
    written += b.text.length;
    errors += b.errors;
    candidates += b.candidates;
  }
  out.end();
  await once(out, 'finish');
  return { errors, candidates };
}

const rusage = koffi().load('libc.so.6').func('int getrusage(int, void *)') as (who: number, usage: Buffer) => number;
const RUSAGE_CHILDREN = -1;

/** CPU seconds (user + system) of every child waited for so far, from getrusage(RUSAGE_CHILDREN). */
function childrenCpu(): number {
  const usage = Buffer.alloc(144);
  rusage(RUSAGE_CHILDREN, usage);
  const at = (offset: number): number => Number(usage.readBigInt64LE(offset));
  return at(0) + at(8) / 1e6 + at(16) + at(24) / 1e6;
}

/** Runs a command to its end; `ok` lists the exit codes that are not failures (grep exits 1 when nothing matched). */
function timed(command: string, args: readonly string[], ok: readonly number[] = [0, 1]): { wall: number; cpu: number; stdout: string } {
  const cpuBefore = childrenCpu();
  const start = process.hrtime.bigint();
  // stdout is a pipe, never /dev/null: GNU grep stops at the first match when its output goes nowhere.
  const run = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 30 });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  if (run.status === null || !ok.includes(run.status)) throw run.error ?? new Error(`${command} failed: ${run.stderr}`);
  return { wall, cpu: childrenCpu() - cpuBefore, stdout: run.stdout };
}

const args = process.argv.slice(2);
const option = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const size = parseSize(option('--size') ?? '256MiB');
const rounds = Math.max(1, Number(option('--rounds') ?? 5));
const dir = mkdtempSync(join(tmpdir(), 'socklab-bench-'));
try {
  const file = join(dir, 'bench.log');
  const empty = join(dir, 'empty.log');
  writeFileSync(empty, '');
  const planted = await generate(file, size);
  const mb = statSync(file).size / 1e6;
  const keywords = catalogRecognizer().keywords.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // Warm the page cache so that whichever tool runs first does not pay for the disk.
  spawnSync('cat', [file], { stdio: ['ignore', 'ignore', 'inherit'] });
  const bin = new URL('../src/cli/bin.js', import.meta.url).pathname;
  const load = loadavg();
  // scan exits 1 when it finds errors (it should here); node start-up is part of its time.
  const tools = {
    grep: { label: 'grep -c -i -E (14 usual suspects)', run: () => timed('grep', ['-c', '-i', '-E', USUAL_SUSPECTS, file]) },
    grepKeywords: { label: `grep -c -i -E (${keywords.length} scan keywords)`, run: () => timed('grep', ['-c', '-i', '-E', keywords.join('|'), file]) },
    scan: { label: 'socklab scan --json (with start-up)', run: () => timed(process.execPath, [bin, 'scan', '--json', file], [0, 1]) },
    scanEmpty: { label: 'socklab scan --json, empty file', run: () => timed(process.execPath, [bin, 'scan', '--json', empty], [0, 1]) },
    node: { label: 'node -e 0', run: () => timed(process.execPath, ['-e', '0']) },
  };
  type Tool = keyof typeof tools;
  const times = Object.fromEntries(Object.keys(tools).map((k) => [k, { wall: [] as number[], cpu: [] as number[] }])) as Record<Tool, { wall: number[]; cpu: number[] }>;
  let grepCount = '';
  let scanned = { matchedLines: 0, lines: 0, hits: 0 };
  // Rounds run the tools one after the other, so that load from other processes falls on all of them alike.
  for (let r = 0; r < rounds; r++) {
    for (const [name, tool] of Object.entries(tools) as [Tool, (typeof tools)[Tool]][]) {
      const run = tool.run();
      times[name].wall.push(run.wall);
      times[name].cpu.push(run.cpu);
      if (name === 'grep') grepCount = run.stdout.trim();
      if (name === 'scan') scanned = (JSON.parse(run.stdout) as { totals: typeof scanned }).totals;
    }
  }
  const share = (n: number): string => `${((100 * n) / scanned.lines).toFixed(1)}%`;
  console.log(`file ${mb.toFixed(0)} MB, ${scanned.lines} lines: ${planted.errors} planted error lines, ${planted.candidates} (${share(planted.candidates)}) hold a scan keyword`);
  console.log(`${rounds} rounds; load average ${load.map((l) => l.toFixed(1)).join(' ')} at the start, ${loadavg().map((l) => l.toFixed(1)).join(' ')} at the end`);
  console.log(`${''.padEnd(40)}  wall median  wall best   CPU median   MB/s (median wall)`);
  for (const [name, tool] of Object.entries(tools) as [Tool, (typeof tools)[Tool]][]) {
    const { wall, cpu } = times[name];
    const rate = name === 'scanEmpty' || name === 'node' ? '' : `${(mb / median(wall)).toFixed(0).padStart(6)}`;
    console.log(`${tool.label.padEnd(40)}  ${median(wall).toFixed(2).padStart(9)} s ${Math.min(...wall).toFixed(2).padStart(7)} s ${median(cpu).toFixed(2).padStart(9)} s   ${rate}`);
  }
  console.log(`grep counted ${grepCount} lines; scan found ${scanned.hits} errors in ${scanned.matchedLines} lines`);
  const ratios = (pick: 'wall' | 'cpu'): number[] => times.scan[pick].map((s, r) => s / times.grep[pick][r]!);
  for (const pick of ['wall', 'cpu'] as const) {
    console.log(`ratio scan/grep ${pick.padEnd(4)} (14 usual suspects): median ${median(ratios(pick)).toFixed(2)}, per round ${ratios(pick).map((x) => x.toFixed(2)).join(' ')}; below 1 means scan is faster`);
  }
} finally {
  if (!args.includes('--keep')) rmSync(dir, { recursive: true, force: true });
}
