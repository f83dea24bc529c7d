// scanLogs: streams log sources through the catalog's recogniser and returns grouped counts, histograms and findings.
import { statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { catalogAdvice } from '../catalog/advice.js';
import { catalogRecognizer } from './catalog-recognizer.js';
import { deriveFindings } from './findings.js';
import { followFile } from './follow-file.js';
import { summarizeByErrno } from './errno-summary.js';
import { EventAssembler } from './event-assembler.js';
import { GroupTable, sampleOf, samplesOf, type GroupAccumulator } from './group-table.js';
import { DEFAULT_LINE_CAP, LineScanner } from './line-scanner.js';
import { openInput } from './open-input.js';
import { keywordTable } from './prebuilt-keyword-table.js';
import { scanInParallel, startsWithGzipMagic, threadsFor } from './parallel-scan.js';
import type { LineHit, Recognizer } from './recognizer.js';
import type { RecordStart } from './record-start.js';
import type { ScanGroup, ScanResult, ScanSample, ScanSourceSummary } from './scan-result.js';

/** How far a scan has got in one source. */
export interface ScanProgress {
  readonly source: string;
  readonly bytes: number;
  /** The file's size on disk (compressed size for gzip), null for stdin. */
  readonly totalBytes: number | null;
}

/** Options of scanLogs; all optional. */
export interface ScanOptions {
  /** The recogniser; defaults to the catalog's pattern tables. */
  readonly recognizer?: Recognizer;
  /** Year given to syslog timestamps, which carry none (default: the current year). */
  readonly year?: number;
  /** Count only events at or after this time (epoch ms); events without a timestamp are then left out. */
  readonly since?: number;
  /** Count only events before this time (epoch ms); events without a timestamp are then left out. */
  readonly until?: number;
  /** Bytes examined per line at most (default 64 KiB). */
  readonly lineCap?: number;
  /** Keep reading files as they grow until `signal` aborts. */
  readonly follow?: boolean;
  readonly pollMs?: number;
  /** Stops the scan (and ends --follow); the result covers what was read. */
  readonly signal?: AbortSignal;
  /** What `-` reads (default process.stdin). */
  readonly stdin?: Readable;
  /** Called about every 64 MiB read. */
  readonly onProgress?: (progress: ScanProgress) => void;
  /** Split large plain files across worker threads (default true). */
  readonly parallel?: boolean;
  /** Called for every hit as it is found (live output for --follow). */
  readonly onHit?: (hit: LineHit, sample: ScanSample) => void;
}

const PROGRESS_EVERY = 64 * 1024 * 1024;

/** The size of a regular file; null for stdin, pipes and devices (streamed), and for what openInput will report. */
function regularFileSize(name: string): number | null {
  if (name === '-') return null;
  try {
    const info = statSync(name);
    return info.isFile() ? info.size : null;
  } catch {
    return null;
  }
}

/** Whether an event at `at` counts under the since/until window of `options`. */
function inWindow(at: number | null, options: ScanOptions): boolean {
  if (options.since === undefined && options.until === undefined) return true;
  return at !== null && (options.since === undefined || at >= options.since) && (options.until === undefined || at < options.until);
}

function toGroup(g: GroupAccumulator): ScanGroup {
  const advice = catalogAdvice(g.errno, { phase: g.phase });
  return {
    errno: g.errno, kind: g.kind, origin: g.origin, ecosystem: g.ecosystem, phase: g.phase, peer: g.peer, count: g.count,
    firstSeen: g.minutes.first === null ? null : new Date(g.minutes.first).toISOString(),
    lastSeen: g.minutes.last === null ? null : new Date(g.minutes.last).toISOString(),
    undated: g.undated, histogram: g.minutes.histogram(), samples: samplesOf(g), patternIds: [...g.patternIds].sort(),
    explanation: advice.summary, remedy: advice.remedy,
  };
}

/** The compiled keyword table (null: every line is a candidate); compiled on first call, once per scan. */
type MatcherTable = () => Int32Array | null;

async function scanSource(name: string, table: GroupTable, recognizer: Recognizer, matcher: MatcherTable, options: ScanOptions): Promise<ScanSourceSummary> {
  let matchedLines = 0;
  const events = new EventAssembler(name, (event) => {
    if (!inWindow(event.at, options)) {
      table.outsideWindow++;
      return;
    }
    table.add(event);
    options.onHit?.(event.hit, sampleOf(event));
  }, options.year === undefined ? {} : { year: options.year });
  // `known`: the hits a range scan already found in the line. `start` is asked for only when the line has hits: most
  // candidate lines are no error, and finding a record's start reads the line's head and maybe the lines before it.
  const record = (text: string, line: number, start: () => RecordStart, known?: readonly LineHit[]): void => {
    const hits = known ?? recognizer.recognize(text);
    if (hits.length === 0) return;
    matchedLines++;
    const { linesBack, head } = start();
    events.add(line, text, hits, line - linesBack, head);
  };
  const lineCap = options.lineCap ?? DEFAULT_LINE_CAP;
  const totalBytes = regularFileSize(name);
  const follow = options.follow === true && name !== '-' && options.signal !== undefined;
  if (!follow && totalBytes !== null && !startsWithGzipMagic(name)) {
    if (totalBytes === 0) return { name, gzip: false, bytes: 0, lines: 0, longLines: 0, matchedLines: 0 };
    // A plain file is read in parts, side by side; line numbers of a part are shifted by the lines of those before.
    let offset = 0;
    let longLines = 0;
    let bytes = 0;
    const onBytes = (bytes: number): void => options.onProgress?.({ source: name, bytes, totalBytes });
    const threads = options.parallel === false ? 1 : threadsFor(totalBytes);
    // After an abort the parts end with the first one not read to its end: those after it would follow a gap.
    await scanInParallel(name, totalBytes, threads, { lineCap, table: matcher, recognize: (text) => recognizer.recognize(text) }, (part) => {
      for (const c of part.candidates) record(c.text, offset + c.line, () => c.record, c.hits);
      offset += part.lines;
      longLines += part.longLines;
      bytes += part.bytes;
    }, onBytes, options.signal);
    events.flush();
    return { name, gzip: false, bytes, lines: offset, longLines, matchedLines };
  }
  const compiled = matcher();
  const scanner = new LineScanner(compiled, (bytes, start, end, line, recordStart) => record(bytes.toString('utf8', start, end), line, recordStart), lineCap);
  const raw = follow ? followFile(name, { signal: options.signal!, ...(options.pollMs === undefined ? {} : { pollMs: options.pollMs }) }) : undefined;
  const input = openInput(name, options.stdin ?? process.stdin, raw);
  let nextProgress = PROGRESS_EVERY;
  for await (const chunk of input.chunks) {
    scanner.push(chunk);
    // A followed file is reported as it grows: what has been read ends an event (a record split across writes counts twice).
    if (follow) events.flush();
    if (options.onProgress !== undefined && scanner.bytes >= nextProgress) {
      nextProgress += PROGRESS_EVERY;
      options.onProgress({ source: name, bytes: scanner.bytes, totalBytes });
    }
    if (options.signal?.aborted === true && !follow) break;
  }
  scanner.end();
  events.flush();
  return { name, gzip: input.gzip(), bytes: scanner.bytes, lines: scanner.lines, longLines: scanner.longLines, matchedLines };
}

const isoOrNull = (ms: number | undefined): string | null => (ms === undefined ? null : new Date(ms).toISOString());

/** Scans `sources` (paths, `-` for stdin; none means stdin) and returns the grouped socket errors and findings. */
export async function scanLogs(sources: readonly string[], options: ScanOptions = {}): Promise<ScanResult> {
  const recognizer = options.recognizer ?? catalogRecognizer();
  // Compiled once for every source and worker, when the first source with bytes needs it; no keywords means every
  // line is a candidate.
  let compiled: { readonly table: Int32Array | null } | undefined;
  const matcher: MatcherTable = () => (compiled ??= { table: recognizer.keywords.length === 0 ? null : keywordTable(recognizer.keywords) }).table;
  const table = new GroupTable();
  const names = sources.length === 0 ? ['-'] : sources;
  const summaries: ScanSourceSummary[] = [];
  if (options.follow === true) {
    // Followed files grow together, so they are read side by side rather than one after another.
    summaries.push(...(await Promise.all(names.map((name) => scanSource(name, table, recognizer, matcher, options)))));
  } else {
    for (const name of names) {
      if (options.signal?.aborted === true) break;
      summaries.push(await scanSource(name, table, recognizer, matcher, options));
    }
  }
  const groups = table.sorted();
  const sum = (pick: (s: ScanSourceSummary) => number): number => summaries.reduce((n, s) => n + pick(s), 0);
  return {
    sources: summaries,
    totals: {
      bytes: sum((s) => s.bytes), lines: sum((s) => s.lines), longLines: sum((s) => s.longLines), matchedLines: sum((s) => s.matchedLines),
      hits: table.hits, outsideWindow: table.outsideWindow,
    },
    window: options.since === undefined && options.until === undefined ? null : { since: isoOrNull(options.since), until: isoOrNull(options.until) },
    byErrno: summarizeByErrno(groups),
    timeline: table.timeline.histogram(),
    groups: groups.map(toGroup),
    findings: deriveFindings(groups, table.timeline, table.hits),
  };
}
