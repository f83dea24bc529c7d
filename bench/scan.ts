// Benchmark: socklab scan against `grep -c -i -E` over the same generated log, in the same run (see docs/scan.md).
// Usage: node dist/bench/scan.js [--size 256MiB|1GB|200MB|...] [--rounds 3] [--keep]
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { catalogRecognizer } from '../src/scan/catalog-recognizer.js';

const NOISE = [
  (t: string, i: number) => `${t} INFO  http GET /api/orders/${i} 200 ${i % 90}ms ua="Mozilla/5.0 (X11; Linux x86_64)" trace=${(i * 2654435761 >>> 0).toString(16)}`,
  (t: string, i: number) => `${t} DEBUG cache hit key=user:${i} ttl=300 bytes=${i % 4096}`,
  (t: string, i: number) => `${t} INFO  worker job ${i} finished in ${i % 1000}ms, queue depth ${i % 17}`,
  (t: string, i: number) => `10.0.${i % 255}.${i % 200} - - [24/Nov/2026:14:02:03 +0000] "GET /static/app.${i % 50}.js HTTP/1.1" 200 ${i % 99999} "-" "curl/8.5.0"`,
  (t: string, i: number) => `${t} WARN  slow request /api/search?q=item${i} took ${1000 + (i % 3000)}ms (threshold 1000ms)`,
];
const ERRORS = [
  (t: string) => `${t} ERROR pg pool: Error: read ECONNRESET`,
  (t: string) => `${t} ERROR Error: connect ECONNREFUSED 10.0.0.5:5432`,
  (t: string) => `${t} ERROR worker: ConnectionResetError: [Errno 104] Connection reset by peer`,
  (t: string) => `${t} ERROR [main] java.net.ConnectException: Connection refused`,
  (t: string) => `${t} level=error err="read tcp 10.0.0.7:41234->10.0.0.5:5432: read: connection reset by peer"`,
  (t: string) => `${t} fail: System.Net.Sockets.SocketException (10054): An existing connection was forcibly closed by the remote host.`,
  (t: string) => `${t} cron: curl: (7) Failed to connect to 10.0.0.8 port 8080 after 0 ms: Connection refused`,
  (t: string) => `2026/11/24 14:02:03 [error] 31#31: *1 recv() failed (104: Connection reset by peer) while reading response header from upstream, upstream: "http://10.0.0.8:3000/api"`,
];

// The usual suspects a person would grep for: 14 alternatives, ignoring case (the baseline).
const USUAL_SUSPECTS = 'ECONN|EPIPE|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|EAI_AGAIN|ENOTFOUND|reset by peer|broken pipe|refused|timed out|hang up|unreachable|forcibly closed';

function parseSize(text: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(GiB|MiB|KiB|GB|MB|KB|B)?$/i.exec(text);
  if (m === null) return 256 * 2 ** 20;
  const units: Readonly<Record<string, number>> = { GIB: 2 ** 30, MIB: 2 ** 20, KIB: 2 ** 10, GB: 1e9, MB: 1e6, KB: 1e3, B: 1 };
  return Number(m[1]) * (units[(m[2] ?? 'B').toUpperCase()] ?? 1);
}

function block(seed: number, bytes: number): { text: string; errors: number } {
  const lines: string[] = [];
  let size = 0;
  let errors = 0;
  for (let i = seed; size < bytes; i++) {
    const t = new Date(Date.UTC(2026, 10, 24, 14, 0, 0) + i * 7).toISOString();
    const line = i % 1000 === 0 ? ERRORS[(i / 1000) % ERRORS.length]!(t) : NOISE[i % NOISE.length]!(t, i);
    if (i % 1000 === 0) errors++;
    lines.push(line);
    size += line.length + 1;
  }
  return { text: `${lines.join('\n')}\n`, errors };
}

async function generate(path: string, bytes: number): Promise<number> {
  const out = createWriteStream(path);
  const blocks = [0, 1, 2, 3].map((k) => block(k * 100_000, 4e6));
  let written = 0;
  let errors = 0;
  for (let k = 0; written < bytes; k++) {
    const b = blocks[k % blocks.length]!;
    if (!out.write(b.text)) await once(out, 'drain');
    written += b.text.length;
    errors += b.errors;
  }
  out.end();
  await once(out, 'finish');
  return errors;
}

/** Runs a command to its end; `ok` lists the exit codes that are not failures (grep exits 1 when nothing matched). */
function timed(command: string, args: readonly string[], ok: readonly number[] = [0, 1]): { seconds: number; stdout: string } {
  const start = process.hrtime.bigint();
  // stdout is a pipe, never /dev/null: GNU grep stops at the first match when its output goes nowhere.
  const run = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (run.status === null || !ok.includes(run.status)) throw run.error ?? new Error(`${command} failed: ${run.stderr}`);
  return { seconds, stdout: run.stdout };
}

const args = process.argv.slice(2);
const option = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const size = parseSize(option('--size') ?? '256MiB');
const rounds = Math.max(1, Number(option('--rounds') ?? 3));
const dir = mkdtempSync(join(tmpdir(), 'socklab-bench-'));
try {
  const file = join(dir, 'bench.log');
  const planted = await generate(file, size);
  const mb = statSync(file).size / 1e6;
  const keywords = catalogRecognizer().keywords.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // Warm the page cache so that whichever tool runs first does not pay for the disk.
  spawnSync('cat', [file], { stdio: ['ignore', 'ignore', 'inherit'] });
  const bin = new URL('../src/cli/bin.js', import.meta.url).pathname;
  // Rounds alternate the tools so that load from other processes falls on all of them; the best round of each counts.
  const best = { grep: Infinity, grepKeywords: Infinity, scan: Infinity };
  const ratios: number[] = [];
  let grepCount = '';
  let scanned = { matchedLines: 0, lines: 0, hits: 0 };
  for (let r = 0; r < rounds; r++) {
    const grep = timed('grep', ['-c', '-i', '-E', USUAL_SUSPECTS, file]);
    const grepKeywords = timed('grep', ['-c', '-i', '-E', keywords.join('|'), file]);
    // scan exits 1 when it finds errors (it should here); node start-up is part of the time.
    const scan = timed(process.execPath, [bin, 'scan', '--json', file], [0, 1]);
    best.grep = Math.min(best.grep, grep.seconds);
    best.grepKeywords = Math.min(best.grepKeywords, grepKeywords.seconds);
    best.scan = Math.min(best.scan, scan.seconds);
    ratios.push(scan.seconds / grep.seconds);
    grepCount = grep.stdout.trim();
    scanned = (JSON.parse(scan.stdout) as { totals: typeof scanned }).totals;
  }
  const rate = (s: number): string => `${(mb / s).toFixed(0).padStart(5)} MB/s`;
  console.log(`file ${mb.toFixed(0)} MB, ${scanned.lines} lines, ${planted} planted error lines; best of ${rounds} rounds`);
  console.log(`grep -c -i -E (14 usual suspects):          ${best.grep.toFixed(2)} s ${rate(best.grep)}  count ${grepCount}`);
  console.log(`grep -c -i -E (every catalog keyword, ${keywords.length}): ${best.grepKeywords.toFixed(2)} s ${rate(best.grepKeywords)}`);
  console.log(`socklab scan --json (with node start-up):   ${best.scan.toFixed(2)} s ${rate(best.scan)}  ${scanned.matchedLines} lines, ${scanned.hits} errors`);
  console.log(`ratio scan/grep time (14 usual suspects): best ${(best.scan / best.grep).toFixed(2)}, per round ${ratios.map((x) => x.toFixed(2)).join(' ')}; below 1 means scan is faster`);
} finally {
  if (!args.includes('--keep')) rmSync(dir, { recursive: true, force: true });
}
