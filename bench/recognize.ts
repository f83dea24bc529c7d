// Benchmark: what recognising one line costs, in µs of CPU per line, on bench/scan's log (the lines that hold a scan
// keyword; and every line that is not plain, whichever keywords there are) and on real lines (the real corpus, the
// fixture lines), with a digest of the answers so that a speed-up can be checked to change none (compare the digests
// before and after), and the time to build the recogniser.
// Usage: node dist/bench/recognize.js [--rounds <n>]
import { createHash } from 'node:crypto';
import { loadavg } from 'node:os';
import { createRecognizer } from '../src/catalog/recognize.js';
import { PATTERNS } from '../src/catalog/patterns/index.js';
import { catalogRecognizer } from '../src/scan/catalog-recognizer.js';
import { keywordMatcher } from '../test/helpers/keyword-matcher.js';
import { LINE_FIXTURES } from '../test/fixtures/explain/lines.js';
import { REAL_LINES } from '../test/fixtures/explain/real-lines.js';
import { integer } from '../src/cli/option-spec.js';
import { benchOptions } from './bench-options.js';
import { logBlocks } from './scan-log.js';
import { median } from './stats.js';

/** bench/scan's default file size: the line counts below are that file's. */
const SCAN_BENCH_BYTES = 256 * 2 ** 20;
/** Lines recognised per mix and round, at least (small mixes are repeated), so that a round lasts long enough to time. */
const LINES_PER_ROUND = 20_000;

const { rounds } = benchOptions(`Usage: node dist/bench/recognize.js [--rounds <n>]
Prints what recognising one line costs, in µs of CPU per line, on bench/scan's log and on real lines, with a digest
of the answers (compare digests before and after a speed-up), and the time to build the recogniser.`, {
  rounds: integer('rounds; each times every mix of lines once, in turn', { min: 1, max: 1000, default: 7 }),
});
const load = loadavg();

/** CPU time of this process, in µs. */
function cpu(): number {
  const { user, system } = process.cpuUsage();
  return user + system;
}

// The first build in a process is the one every scan, scan worker and explain pays (cold code); later ones are warm.
const start = cpu();
createRecognizer(PATTERNS);
const coldBuild = (cpu() - start) / 1000;
const warmBuilds = Array.from({ length: 5 }, () => {
  const t = cpu();
  createRecognizer(PATTERNS);
  return (cpu() - t) / 1000;
});

const recognizer = catalogRecognizer();
const matcher = keywordMatcher(recognizer.keywords);
// The four distinct blocks' lines that hold a keyword, and those that are not plain; the file repeats the blocks.
const candidates: string[] = [];
const notPlain: string[] = [];
const inFile = { candidates: 0, notPlain: 0 };
{
  const blocks = logBlocks().map((b) => {
    const buf = Buffer.from(b.text);
    const ends = matcher.lineMatches(buf, 0, buf.length);
    for (const end of ends) candidates.push(buf.toString('utf8', buf.lastIndexOf(0x0a, end) + 1, buf.indexOf(0x0a, end)));
    notPlain.push(...b.notPlain);
    return { bytes: b.text.length, candidates: ends.length, notPlain: b.notPlain.length };
  });
  for (let written = 0, k = 0; written < SCAN_BENCH_BYTES; k++) {
    const b = blocks[k % blocks.length]!;
    written += b.bytes;
    inFile.candidates += b.candidates;
    inFile.notPlain += b.notPlain;
  }
}

const mixes = {
  candidates: { label: `bench/scan's log: lines holding a keyword (${candidates.length})`, lines: candidates },
  notPlain: { label: `bench/scan's log: common-word and error lines (${notPlain.length})`, lines: notPlain },
  real: { label: `real corpus (real-lines.ts, ${REAL_LINES.length} lines)`, lines: REAL_LINES.map((l) => l.line) },
  fixtures: { label: `fixture lines (lines.ts, ${LINE_FIXTURES.length} lines)`, lines: LINE_FIXTURES.map((l) => l.line) },
};
type Mix = keyof typeof mixes;

/** µs of CPU per line over at least LINES_PER_ROUND lines of a mix. */
function timeMix(lines: readonly string[]): number {
  const passes = Math.ceil(LINES_PER_ROUND / lines.length);
  const t = cpu();
  for (let p = 0; p < passes; p++) for (const line of lines) recognizer.recognize(line);
  return (cpu() - t) / (passes * lines.length);
}

// Digests of every answer (what scan reports per line), and how many lines have one.
const answers = Object.fromEntries(Object.entries(mixes).map(([name, mix]) => {
  const hits = mix.lines.map((line) => recognizer.recognize(line));
  const digest = createHash('sha256').update(JSON.stringify(hits)).digest('hex').slice(0, 16);
  return [name, { digest, matched: hits.filter((h) => h.length > 0).length }];
})) as Record<Mix, { digest: string; matched: number }>;

const times = Object.fromEntries(Object.keys(mixes).map((k) => [k, [] as number[]])) as Record<Mix, number[]>;
// Mixes take turns within each round, so that load from other processes falls on all of them alike.
for (let r = 0; r < rounds; r++) for (const name of Object.keys(mixes) as Mix[]) times[name].push(timeMix(mixes[name].lines));

console.log(`${rounds} rounds; load average ${load.map((l) => l.toFixed(1)).join(' ')} at the start, ${loadavg().map((l) => l.toFixed(1)).join(' ')} at the end`);
console.log(`build the recogniser: ${coldBuild.toFixed(1)} ms of CPU first (cold, as every process pays), ${median(warmBuilds).toFixed(1)} ms warm (median)`);
console.log(`${''.padEnd(58)}  µs/line median  best    lines with a hit  answers digest`);
for (const name of Object.keys(mixes) as Mix[]) {
  const { label, lines } = mixes[name];
  console.log(`${label.padEnd(58)}  ${median(times[name]).toFixed(2).padStart(9)}  ${Math.min(...times[name]).toFixed(2).padStart(9)}  ` +
    `${String(answers[name].matched).padStart(6)}/${String(lines.length).padEnd(6)}  ${answers[name].digest}`);
}
for (const name of ['candidates', 'notPlain'] as const) {
  console.log(`bench/scan's 256 MiB file: ${inFile[name]} ${name === 'candidates' ? 'lines holding a keyword' : 'common-word and error lines'}, ` +
    `${((median(times[name]) * inFile[name]) / 1000).toFixed(0)} ms on one thread at the median`);
}
