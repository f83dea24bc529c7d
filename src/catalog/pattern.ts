// The Pattern type: one log-line shape from one ecosystem and the socket error it means (shared by explain and scan).
import type { ErrnoName, Platform } from './types.js';

/** Every ecosystem with a pattern table in src/catalog/patterns/. */
export const ECOSYSTEMS = [
  'node', 'python', 'java', 'go', 'dotnet', 'rust', 'curl', 'nginx', 'haproxy', 'postgres', 'mysql', 'redis', 'libc',
] as const;
/** The ecosystem a pattern belongs to (also the file name of its table). */
export type Ecosystem = (typeof ECOSYSTEMS)[number];

/** Where in a connection's life the error struck. */
export type Phase = 'connect' | 'read' | 'write' | 'accept' | 'dns' | 'close' | 'unknown';

/**
 * Which errno a pattern means: a fixed name; `from-name` (the `name` group holds an errno name such as ECONNRESET);
 * `from-number` (the `number` group holds an errno number: WinSock numbers from 10000 up are read as windows, others
 * on the pattern's `platform`); `from-message` (the `message` group holds strerror text such as "Connection reset by
 * peer"); or null when the line names no errno (a clean close reported as an error, a program's own timer); the note
 * then says what happened. An unknown name or number drops the recognition; an unknown message keeps it with null.
 */
export type PatternErrno = ErrnoName | 'from-name' | 'from-number' | 'from-message' | null;

/** Where a pattern's phase comes from: fixed, or `from-call` (the `call` group holds a syscall or verb: `read`, `dial`, `connecting`). */
export type PatternPhase = Phase | 'from-call';

/**
 * One recognisable line shape. The regex may use these named groups: `peer` (host:port or host), or `host` and `port`
 * (joined into the peer); `number` (an errno number), `name` (an errno name), `message` (strerror text), `call` (a
 * syscall or operation name). Regexes must not nest quantifiers and must bound repeats (`{1,255}`), since scan runs
 * them on untrusted gigabytes.
 */
export interface Pattern {
  readonly ecosystem: Ecosystem;
  /** Stable id, `<ecosystem>.<slug>`; never reused for a different meaning. */
  readonly id: string;
  /** Lower-case literal substrings; a line is tried against `regex` only when it contains one of them (prefilter). */
  readonly keywords: readonly string[];
  readonly regex: RegExp;
  readonly errno: PatternErrno;
  readonly phase: PatternPhase;
  /** The platform the line comes from (its numbers and wording); linux, or explain's --platform, when absent. */
  readonly platform?: Platform;
  /** Run on the whole line to find the peer when `regex` has no peer group (e.g. nginx's `upstream: "http://..."`). */
  readonly peerRegex?: RegExp;
  /** One or two sentences: what the message means and what else it can mean. */
  readonly note: string;
  /** A fallback (bare strerror text, bare errno name): dropped when a specific pattern matched the same text. */
  readonly generic?: boolean;
}

/** One recognised socket error in a line of text: the JSON shape scan and explain --json report. */
export interface Recognition {
  readonly ecosystem: Ecosystem;
  readonly patternId: string;
  /** The text the pattern matched (at most 200 characters). */
  readonly matched: string;
  /** Character offset of the match in the line. */
  readonly offset: number;
  /** The errno it means, or null when the line reports no errno (see note). */
  readonly errno: ErrnoName | null;
  /** The platform whose numbering applies (the number's platform when the line holds one). */
  readonly platform: Platform;
  /** The errno number printed in the line, when there is one. */
  readonly number: number | null;
  readonly phase: Phase;
  /** The syscall or operation named in the line (`read`, `connect`, `recv`), when there is one. */
  readonly call: string | null;
  /** The remote end named in the line (host:port or host), when there is one. */
  readonly peer: string | null;
  readonly note: string;
}
