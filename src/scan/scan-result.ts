// The result of a scan: plain data, and exactly what `socklab scan --json` prints.
import type { Origin } from '../catalog/pattern.js';
import type { Kind } from '../catalog/types.js';
import type { ScanPhase } from './recognizer.js';

/** Counts per time bucket, from `start` on; buckets are one minute unless the span needs wider ones. */
export interface ScanHistogram {
  /** ISO time of the first bucket, null when no hit carried a timestamp. */
  readonly start: string | null;
  readonly bucketSeconds: number;
  readonly counts: readonly number[];
}

/** One log line kept as an example. */
export interface ScanSample {
  readonly source: string;
  /** 1-based line number in the (decompressed) source. */
  readonly line: number;
  /** The line, control characters replaced, at most 400 characters. */
  readonly text: string;
}

/** All error events sharing errno, kind, origin, ecosystem, phase and peer. */
export interface ScanGroup {
  /** Kernel errno (ECONNRESET) or resolver code (ENOTFOUND); null when the kernel reported none (see kind and origin). */
  readonly errno: string | null;
  /** What sort of failure: errno, peer-closed, timer, resolution, resource-limit, tls (docs/explain.md); null for a wrapper naming no cause. */
  readonly kind: Kind | null;
  /** Who produced it: the kernel, or a library, proxy or resolver with its own code (nginx's 110, Node's ECONNRESET for socket hang up). */
  readonly origin: Origin;
  readonly ecosystem: string;
  readonly phase: ScanPhase | null;
  readonly peer: string | null;
  /** Error events: a log record (a line and its stack, cause or traceback lines) counts once. */
  readonly count: number;
  /** ISO times of the first and last timestamped hit. */
  readonly firstSeen: string | null;
  readonly lastSeen: string | null;
  /** Hits whose line had no timestamp scan understands. */
  readonly undated: number;
  readonly histogram: ScanHistogram;
  /** Up to two example lines: the first and the last seen. */
  readonly samples: readonly ScanSample[];
  /** The catalog pattern ids that matched. */
  readonly patternIds: readonly string[];
  /** The catalog's one-sentence summary of the errno, when the catalog has it. */
  readonly explanation: string | null;
  /** The catalog's remedy for this errno in this phase, when the catalog has it. */
  readonly remedy: string | null;
}

/** All events of one errno or resolver code, or of one kind reported without one (errno null). */
export interface ScanErrnoSummary {
  readonly errno: string | null;
  readonly kind: Kind | null;
  readonly count: number;
  /** How many groups (ecosystem, phase, peer, ...) the events fall into. */
  readonly groups: number;
  readonly ecosystems: readonly string[];
  /** Events per phase, for the events whose phase is known. */
  readonly phases: Readonly<Partial<Record<ScanPhase, number>>>;
  /** Distinct named peers, and the (at most 3) with most events. */
  readonly peers: number;
  readonly topPeers: readonly { readonly peer: string; readonly count: number }[];
  readonly firstSeen: string | null;
  readonly lastSeen: string | null;
}

/** The rules findings come from (documented in docs/scan.md). */
export type FindingRule = 'peer-share' | 'burst' | 'phase' | 'top-errno' | 'shared-peer';

/** A conclusion in plain words; `score` orders findings (higher matters more). */
export interface ScanFinding {
  readonly rule: FindingRule;
  readonly score: number;
  readonly text: string;
}

/** What was read from one source. */
export interface ScanSourceSummary {
  /** The path, or `-` for stdin. */
  readonly name: string;
  readonly gzip: boolean;
  /** Bytes of (decompressed) text read. */
  readonly bytes: number;
  readonly lines: number;
  /** Lines longer than the per-line cap (examined only partly). */
  readonly longLines: number;
  /** Lines with at least one recognised socket error. */
  readonly matchedLines: number;
}

/** The whole scan: the `--json` schema. */
export interface ScanResult {
  readonly sources: readonly ScanSourceSummary[];
  readonly totals: {
    readonly bytes: number;
    readonly lines: number;
    readonly longLines: number;
    readonly matchedLines: number;
    /** Error events counted: a log record (a line and its stack, cause or traceback lines) counts once. */
    readonly hits: number;
    /** Events left out by `since`/`until`: outside the window, or without a timestamp. */
    readonly outsideWindow: number;
  };
  /** The time window asked for (ISO times; null for an open end), or null when none was. */
  readonly window: { readonly since: string | null; readonly until: string | null } | null;
  /** Per errno or resolver code (per kind for failures without one), most events first. */
  readonly byErrno: readonly ScanErrnoSummary[];
  /** All hits over time. */
  readonly timeline: ScanHistogram;
  /** Groups, most frequent first. */
  readonly groups: readonly ScanGroup[];
  /** At most three, most important first. */
  readonly findings: readonly ScanFinding[];
}
