// Benchmark helper, run by bench/scan.ts in a fresh process: scan's byte path alone over a file, on one thread.
// Prints JSON: CPU times from a cold start of loading the catalog's prebuilt table (what scan does) and of compiling
// it (what a custom recogniser's keywords cost), and of scanning the file as a worker does (reading it into the filter's
// memory, counting lines, finding and decoding the candidate lines, without recognising them).
import { openSync, statSync } from 'node:fs';
import { catalogRecognizer } from '../src/scan/catalog-recognizer.js';
import { compileKeywordTable } from '../src/scan/keyword-table.js';
import { DEFAULT_LINE_CAP } from '../src/scan/line-scanner.js';
import { keywordTable } from '../src/scan/prebuilt-keyword-table.js';
import { piecePacker } from '../src/scan/packed-piece.js';
import { scanRange } from '../src/scan/scan-range.js';

const file = process.argv[2]!;
const keywords = catalogRecognizer().keywords;
const cpuMs = (since: NodeJS.CpuUsage): number => (process.cpuUsage(since).user + process.cpuUsage(since).system) / 1000;
const loadStart = process.cpuUsage();
const table = keywordTable(keywords);
const loadMs = cpuMs(loadStart);
const compileStart = process.cpuUsage();
compileKeywordTable(keywords);
const compileMs = cpuMs(compileStart);
const bytes = statSync(file).size;
const fd = openSync(file, 'r');
const scanStart = process.cpuUsage();
const result = await scanRange({ fd, start: 0, end: bytes, lineCap: DEFAULT_LINE_CAP, table }, piecePacker());
console.log(JSON.stringify({ loadMs, compileMs, scanMs: cpuMs(scanStart), bytes, lines: result.numbers.length / 3 }));
