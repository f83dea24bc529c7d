// Benchmark: socklab scan against `grep -c -i -E` over the same generated log, in the same run (see docs/scan.md).
// Usage: node dist/bench/scan.js [--size <size>] [--rounds <n>] [--keep]
// Each round also runs bench/scan-prefilter.ts: scan's byte path alone (read, filter, count), on one thread, so each
// part's cost shows.
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { koffi } from '../src/sys/libc.js';
import { catalogRecognizer } from '../src/scan/catalog-recognizer.js';
import { flag, integer, type OptionSpec } from '../src/cli/option-spec.js';
import { keywordMatcher } from '../test/helpers/keyword-matcher.js';
import { benchOptions } from './bench-options.js';
import { logBlocks } from './scan-log.js';
import { median } from './stats.js';

// The usual suspects a person would grep for: 14 alternatives, ignoring case (the baseline).
const USUAL_SUSPECTS = 'ECONN|EPIPE|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|EAI_AGAIN|ENOTFOUND|reset by peer|broken pipe|refused|timed out|hang up|unreachable|forcibly closed';

/** Bytes from a size such as 256MiB, 1.5GB or 4096 (bytes), or undefined when `text` is not one or is 0. */
function parseSize(text: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)\s*(GiB|MiB|KiB|GB|MB|KB|B)?$/i.exec(text.trim());
  const units: Readonly<Record<string, number>> = { GIB: 2 ** 30, MIB: 2 ** 20, KIB: 2 ** 10, GB: 1e9, MB: 1e6, KB: 1e3, B: 1 };
  const bytes = m === null ? 0 : Number(m[1]) * (units[(m[2] ?? 'B').toUpperCase()] ?? 1);
  return bytes > 0 ? bytes : undefined;
}

// A size is a decimal with a unit; option-spec.ts has no constructor for it, as only this bench takes one.
const SIZE: OptionSpec<number> = {
  kind: 'decimal', description: 'how much log to generate', placeholder: '<size>', defaultText: '256MiB', initial: 256 * 2 ** 20,
  accepts: 'a size above 0 in B, KB, MB, GB, KiB, MiB or GiB (256MiB, 1.5GB)',
  read: (raw) => {
    const bytes = parseSize(raw);
    return bytes === undefined ? { ok: false } : { ok: true, value: bytes };
  },
};
const options = benchOptions(`Usage: node dist/bench/scan.js [--size <size>] [--rounds <n>] [--keep]
Writes a synthetic log to a temp dir, then in each round times grep -c -i -E (the usual suspects, then every scan
keyword), socklab scan --json, scan of an empty file, node -e 0 and scan's byte path alone, and prints medians and the
ratio scan/grep (see docs/scan.md). When NODE_EXTRA_CA_CERTS is set, scan and node -e 0 also run without it (node
parses that file at every start), and both ratios are printed. Takes minutes at the default size.`, {
  size: SIZE,
  rounds: integer('rounds; each runs every tool once, in turn', { min: 1, max: 1000, default: 5 }),
  keep: flag('keep the generated log (its directory is printed at the end)'),
});

/** Writes about `bytes` of log to `path`; the planted errors and the lines holding a scan keyword. */
async function generate(path: string, bytes: number): Promise<{ errors: number; candidates: number }> {
  const out = createWriteStream(path);
  const matcher = keywordMatcher(catalogRecognizer().keywords);
  const blocks = logBlocks().map((b) => {
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

/**
 * Runs a command to its end, in `env` (this process's by default); `ok` lists the exit codes that are not failures
 * (grep exits 1 when nothing matched).
 */
function timed(command: string, args: readonly string[], ok: readonly number[] = [0, 1], env = process.env): { wall: number; cpu: number; stdout: string } {
  const cpuBefore = childrenCpu();
  const start = process.hrtime.bigint();
  // stdout is a pipe, never /dev/null: GNU grep stops at the first match when its output goes nowhere.
  const run = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 1 << 30, env });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  if (run.status === null || !ok.includes(run.status)) throw run.error ?? new Error(`${command} failed: ${run.stderr}`);
  return { wall, cpu: childrenCpu() - cpuBefore, stdout: run.stdout };
}

const { size, rounds } = options;
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
  const bin = new URL('../src/cli/bin.cjs', import.meta.url).pathname;
  const load = loadavg();
  // NODE_EXTRA_CA_CERTS makes node parse that file before it runs any JavaScript, at every start: some 35 ms for a
  // system's whole CA bundle, which some sandboxes and corporate machines set and a fresh machine does not. When it is
  // set, scan and node also run without it, so that both figures show (docs/scan.md).
  const extraCaCerts = process.env.NODE_EXTRA_CA_CERTS ?? '';
  const fresh = extraCaCerts === '' ? undefined : Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_EXTRA_CA_CERTS'));
  // scan exits 1 when it finds errors (it should here); node start-up is part of its time.
  const scanning = (input: string, env = process.env) => () => timed(process.execPath, [bin, 'scan', '--json', input], [0, 1], env);
  const nodeStart = (env = process.env) => () => timed(process.execPath, ['-e', '0'], [0, 1], env);
  const tools = {
    grep: { label: 'grep -c -i -E (14 usual suspects)', run: () => timed('grep', ['-c', '-i', '-E', USUAL_SUSPECTS, file]) },
    grepKeywords: { label: `grep -c -i -E (${keywords.length} scan keywords)`, run: () => timed('grep', ['-c', '-i', '-E', keywords.join('|'), file]) },
    scan: { label: 'socklab scan --json (with start-up)', run: scanning(file) },
    ...(fresh && { scanFresh: { label: 'the same, NODE_EXTRA_CA_CERTS unset', run: scanning(file, fresh) } }),
    scanEmpty: { label: 'socklab scan --json, empty file', run: scanning(empty) },
    node: { label: 'node -e 0', run: nodeStart() },
    ...(fresh && { nodeFresh: { label: 'node -e 0, NODE_EXTRA_CA_CERTS unset', run: nodeStart(fresh) } }),
  };
  type Tool = keyof typeof tools;
  const times = Object.fromEntries(Object.keys(tools).map((k) => [k, { wall: [] as number[], cpu: [] as number[] }])) as Record<Tool, { wall: number[]; cpu: number[] }>;
  const prefilter = { load: [] as number[], compile: [] as number[], scan: [] as number[], lines: 0 };
  const prefilterAlone = new URL('./scan-prefilter.js', import.meta.url).pathname;
  let grepCount = '';
  let scanned = { matchedLines: 0, lines: 0, hits: 0 };
  // Rounds run the tools one after the other, so that load from other processes falls on all of them alike.
  for (let r = 0; r < rounds; r++) {
    for (const [name, tool] of Object.entries(tools) as [Tool, (typeof tools)['grep']][]) {
      const run = tool.run();
      times[name].wall.push(run.wall);
      times[name].cpu.push(run.cpu);
      if (name === 'grep') grepCount = run.stdout.trim();
      if (name === 'scan') scanned = (JSON.parse(run.stdout) as { totals: typeof scanned }).totals;
    }
    const alone = JSON.parse(timed(process.execPath, [prefilterAlone, file]).stdout) as { loadMs: number; compileMs: number; scanMs: number; lines: number };
    prefilter.load.push(alone.loadMs);
    prefilter.compile.push(alone.compileMs);
    prefilter.scan.push(alone.scanMs);
    prefilter.lines = alone.lines;
  }
  const share = (n: number): string => `${((100 * n) / scanned.lines).toFixed(1)}%`;
  console.log(`file ${mb.toFixed(0)} MB, ${scanned.lines} lines: ${planted.errors} planted error lines, ${planted.candidates} (${share(planted.candidates)}) hold a scan keyword`);
  console.log(`${rounds} rounds; load average ${load.map((l) => l.toFixed(1)).join(' ')} at the start, ${loadavg().map((l) => l.toFixed(1)).join(' ')} at the end`);
  console.log(`${''.padEnd(40)}  wall median  wall best   CPU median   MB/s (median wall)`);
  for (const [name, tool] of Object.entries(tools) as [Tool, (typeof tools)['grep']][]) {
    const { wall, cpu } = times[name];
    const rate = name === 'scanEmpty' || name === 'node' || name === 'nodeFresh' ? '' : `${(mb / median(wall)).toFixed(0).padStart(6)}`;
    console.log(`${tool.label.padEnd(40)}  ${median(wall).toFixed(2).padStart(9)} s ${Math.min(...wall).toFixed(2).padStart(7)} s ${median(cpu).toFixed(2).padStart(9)} s   ${rate}`);
  }
  const prefilterRate = (mb * 1000) / median(prefilter.scan);
  console.log(
    `byte path alone (read, filter, count, decode; one thread, CPU, cold): table loaded ${median(prefilter.load).toFixed(0)} ms (compiled ${median(prefilter.compile).toFixed(0)} ms); ` +
      `lines ${median(prefilter.scan).toFixed(0)} ms, ` +
      `${prefilterRate.toFixed(0)} MB/s (${prefilter.lines} lines; rounds ${prefilter.scan.map((ms) => ms.toFixed(0)).join(' ')} ms)`,
  );
  console.log(`grep counted ${grepCount} lines; scan found ${scanned.hits} errors in ${scanned.matchedLines} lines`);
  const ratios = (scan: 'scan' | 'scanFresh', pick: 'wall' | 'cpu'): number[] => times[scan][pick].map((s, r) => s / times.grep[pick][r]!);
  for (const scan of fresh === undefined ? (['scan'] as const) : (['scan', 'scanFresh'] as const)) {
    const which = scan === 'scanFresh' ? ', NODE_EXTRA_CA_CERTS unset' : fresh === undefined ? '' : `, NODE_EXTRA_CA_CERTS=${extraCaCerts}`;
    for (const pick of ['wall', 'cpu'] as const) {
      const r = ratios(scan, pick);
      console.log(`ratio scan/grep ${pick.padEnd(4)} (14 usual suspects${which}): median ${median(r).toFixed(2)}, per round ${r.map((x) => x.toFixed(2)).join(' ')}; below 1 means scan is faster`);
    }
  }
} finally {
  if (options.keep) console.log(`kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
