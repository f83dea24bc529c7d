// Benchmark helper, run by bench/scan.ts in a fresh process: the keyword prefilter alone over a file, on one thread.
// Prints JSON: CPU times from a cold start of loading the catalog's prebuilt table (what scan does) and of compiling
// it (what a custom recogniser's keywords cost), and of lineMatches over 1 MiB chunks.
import { readFileSync } from 'node:fs';
import { catalogRecognizer } from '../src/scan/catalog-recognizer.js';
import { matcherOfTable } from '../src/scan/keyword-matcher.js';
import { compileKeywordTable } from '../src/scan/keyword-table.js';
import { keywordTable } from '../src/scan/prebuilt-keyword-table.js';

const file = process.argv[2]!;
const bytes = readFileSync(file);
const keywords = catalogRecognizer().keywords;
const cpuMs = (since: NodeJS.CpuUsage): number => (process.cpuUsage(since).user + process.cpuUsage(since).system) / 1000;
const loadStart = process.cpuUsage();
const matcher = matcherOfTable(keywordTable(keywords));
const loadMs = cpuMs(loadStart);
const compileStart = process.cpuUsage();
compileKeywordTable(keywords);
const compileMs = cpuMs(compileStart);
let lines = 0;
const scanStart = process.cpuUsage();
// Chunks end at a newline, as LineScanner hands them on.
for (let at = 0; at < bytes.length;) {
  let stop = Math.min(bytes.length, at + 1024 * 1024);
  if (stop < bytes.length) stop = bytes.lastIndexOf(0x0a, stop - 1) + 1;
  lines += matcher.lineMatches(bytes, at, stop).length;
  at = stop;
}
console.log(JSON.stringify({ loadMs, compileMs, scanMs: cpuMs(scanStart), bytes: bytes.length, lines }));
