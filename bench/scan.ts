// Benchmark: socklab scan against `grep -c -E` over the same generated log, in the same run (see docs/scan.md).
// Usage: node dist/bench/scan.js [--size 1GB|200MB|...] [--keep]
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

function parseSize(text: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(GB|MB|KB|B)?$/i.exec(text);
  if (m === null) return 1e9;
  return Number(m[1]) * ({ GB: 1e9, MB: 1e6, KB: 1e3, B: 1 }[(m[2] ?? 'B').toUpperCase() as 'GB'] ?? 1);
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

function timed(command: string, args: readonly string[]): { seconds: number; stdout: string } {
  const start = process.hrtime.bigint();
  const run = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (run.status !== 0 && !(command === 'grep' && run.status === 1)) throw run.error ?? new Error(`${command} failed: ${run.stderr}`);
  return { seconds, stdout: run.stdout };
}

const args = process.argv.slice(2);
const size = parseSize(args[args.indexOf('--size') + 1] ?? '1GB');
const dir = mkdtempSync(join(tmpdir(), 'socklab-bench-'));
try {
  const file = join(dir, 'bench.log');
  const planted = await generate(file, args.includes('--size') ? size : 1e9);
  const mb = statSync(file).size / 1e6;
  const keywords = catalogRecognizer().keywords.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // Warm the page cache so that whichever tool runs first does not pay for the disk.
  spawnSync('cat', [file], { stdio: ['ignore', 'ignore', 'inherit'] });
  const grep = timed('grep', ['-c', '-i', '-E', keywords.join('|'), file]);
  const grepPlain = timed('grep', ['-c', '-E', 'ECONNRESET|ECONNREFUSED|Connection reset|Connection refused|forcibly closed|connection reset|EPIPE|ETIMEDOUT', file]);
  const scan = timed(process.execPath, [new URL('../src/cli/bin.js', import.meta.url).pathname, 'scan', '--json', file]);
  const result = JSON.parse(scan.stdout) as { totals: { matchedLines: number; lines: number } };
  const rate = (s: number): string => `${(mb / s).toFixed(0)} MB/s`;
  console.log(`file ${mb.toFixed(0)} MB, ${result.totals.lines} lines, ${planted} planted error lines`);
  console.log(`grep -c -i -E (catalog keywords, ${keywords.length}): ${grep.seconds.toFixed(2)} s  ${rate(grep.seconds)}  count ${grep.stdout.trim()}`);
  console.log(`grep -c -E (8 error words):            ${grepPlain.seconds.toFixed(2)} s  ${rate(grepPlain.seconds)}  count ${grepPlain.stdout.trim()}`);
  console.log(`socklab scan --json:                   ${scan.seconds.toFixed(2)} s  ${rate(scan.seconds)}  matched ${result.totals.matchedLines}`);
  console.log(`ratio scan/grep time: ${(scan.seconds / grep.seconds).toFixed(2)} (keywords), ${(scan.seconds / grepPlain.seconds).toFixed(2)} (8 words); below 1 means scan is faster`);
} finally {
  if (!args.includes('--keep')) rmSync(dir, { recursive: true, force: true });
}
