// scanLogs: streams log sources through the catalog's recogniser and returns grouped counts, histograms and findings.
import { stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { catalogAdvice } from './catalog-advice.js';
import { catalogRecognizer } from './catalog-recognizer.js';
import { deriveFindings } from './findings.js';
import { followFile } from './follow-file.js';
import { GroupTable, groupKey, type GroupAccumulator } from './group-table.js';
import { keywordMatcher, matcherOfTable } from './keyword-matcher.js';
import { DEFAULT_LINE_CAP, LineScanner } from './line-scanner.js';
import { openInput } from './open-input.js';
import { partsFor, scanInParallel, startsWithGzipMagic } from './parallel-scan.js';
import type { LineHit, Recognizer } from './recognizer.js';
import type { ScanGroup, ScanResult, ScanSample, ScanSourceSummary } from './scan-result.js';
import { parseTimestamp } from './timestamp.js';

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
async function regularFileSize(name: string): Promise<number | null> {
  if (name === '-') return null;
  try {
    const info = await stat(name);
    return info.isFile() ? info.size : null;
  } catch {
    return null;
  }
}

function toGroup(g: GroupAccumulator): ScanGroup {
  const samples = [g.first, g.last].filter((s): s is ScanSample => s !== null);
  const advice = catalogAdvice(g.errno, g.phase);
  return {
    errno: g.errno, ecosystem: g.ecosystem, phase: g.phase, peer: g.peer, count: g.count,
    firstSeen: g.minutes.first === null ? null : new Date(g.minutes.first).toISOString(),
    lastSeen: g.minutes.last === null ? null : new Date(g.minutes.last).toISOString(),
    undated: g.undated, histogram: g.minutes.histogram(), samples, patternIds: [...g.patternIds].sort(),
    explanation: advice.explanation, remedy: advice.remedy,
  };
}

async function scanSource(name: string, table: GroupTable, recognizer: Recognizer, matcher: Int32Array | null, options: ScanOptions): Promise<ScanSourceSummary> {
  let matchedLines = 0;
  const record = (hits: readonly LineHit[], text: string, line: number): void => {
    if (hits.length === 0) return;
    matchedLines++;
    const at = parseTimestamp(text, options.year === undefined ? {} : { year: options.year });
    const keys = new Set<string>();
    for (const hit of hits) {
      // A line counts once per group even when two patterns of one ecosystem name the same errno in it.
      const key = groupKey(hit);
      if (keys.has(key)) continue;
      keys.add(key);
      table.add(hit, at, name, line, text);
      options.onHit?.(hit, { source: name, line, text });
    }
  };
  const lineCap = options.lineCap ?? DEFAULT_LINE_CAP;
  const totalBytes = await regularFileSize(name);
  const follow = options.follow === true && name !== '-' && options.signal !== undefined;
  if (!follow && totalBytes !== null && !(await startsWithGzipMagic(name))) {
    // A plain file is read in parts, side by side; line numbers of a part are shifted by the lines of those before.
    let offset = 0;
    let longLines = 0;
    let bytes = 0;
    const onBytes = (bytes: number): void => options.onProgress?.({ source: name, bytes, totalBytes });
    const parts = options.parallel === false ? 1 : partsFor(totalBytes);
    for (const part of await scanInParallel(name, totalBytes, parts, lineCap, matcher, onBytes, options.signal)) {
      for (const c of part.candidates) record(recognizer.recognize(c.text), c.text, offset + c.line);
      offset += part.lines;
      longLines += part.longLines;
      bytes += part.bytes;
    }
    return { name, gzip: false, bytes, lines: offset, longLines, matchedLines };
  }
  const scanner = new LineScanner(matcher === null ? null : matcherOfTable(matcher), (text, line) => record(recognizer.recognize(text), text, line), lineCap);
  const raw = follow ? followFile(name, { signal: options.signal!, ...(options.pollMs === undefined ? {} : { pollMs: options.pollMs }) }) : undefined;
  const input = openInput(name, options.stdin ?? process.stdin, raw);
  let nextProgress = PROGRESS_EVERY;
  for await (const chunk of input.chunks) {
    scanner.push(chunk);
    if (options.onProgress !== undefined && scanner.bytes >= nextProgress) {
      nextProgress += PROGRESS_EVERY;
      options.onProgress({ source: name, bytes: scanner.bytes, totalBytes });
    }
    if (options.signal?.aborted === true && !follow) break;
  }
  scanner.end();
  return { name, gzip: input.gzip(), bytes: scanner.bytes, lines: scanner.lines, longLines: scanner.longLines, matchedLines };
}

/** Scans `sources` (paths, `-` for stdin; none means stdin) and returns the grouped socket errors and findings. */
export async function scanLogs(sources: readonly string[], options: ScanOptions = {}): Promise<ScanResult> {
  const recognizer = options.recognizer ?? catalogRecognizer();
  // Compiled once for every source and worker; no keywords means every line is a candidate.
  const matcher = recognizer.keywords.length === 0 ? null : keywordMatcher(recognizer.keywords).table;
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
    totals: { bytes: sum((s) => s.bytes), lines: sum((s) => s.lines), longLines: sum((s) => s.longLines), matchedLines: sum((s) => s.matchedLines), hits: table.hits },
    timeline: table.timeline.histogram(),
    groups: groups.map(toGroup),
    findings: deriveFindings(groups, table.timeline, table.hits),
  };
}
