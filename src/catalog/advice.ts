// What the catalog advises for a code failing in a phase or call: the one rule explain, scan, doctor and classify share.
import { RETRY_WITHOUT_CODE } from './data/retry-without-code.js';
import { lookup } from './lookup.js';
import type { Phase, Recognition } from './pattern.js';
import { catalogCode, phaseOfCall } from './recognize.js';
import type { CallEffect, ErrnoEntry, RetryAdvice, SocketCall } from './types.js';

/** The calls whose catalog rows apply to a failure seen in each phase (a blocked read learns of an error from poll too). */
export const CALLS_OF_PHASE: Readonly<Record<Phase, readonly SocketCall[]>> = {
  connect: ['connect'],
  read: ['read', 'poll'],
  write: ['write'],
  accept: ['accept'],
  dns: ['getaddrinfo'],
  close: ['close', 'shutdown'],
  unknown: [],
};

/** Where a failure happened, as far as it is known: a phase (`read`), a call (`recv`, `connect`), both, or neither. */
export interface FailurePoint {
  readonly phase?: Phase | null;
  readonly call?: string | null;
}

/** What the catalog advises for one code failing at one point; nulls where the catalog is silent. */
export interface CatalogAdvice {
  /** The entry's one-sentence summary. */
  readonly summary: string | null;
  /** The catalog row the remedy and retry come from: the call matching the failure point, else the entry's first. */
  readonly call: SocketCall | null;
  readonly remedy: string | null;
  readonly retry: RetryAdvice | null;
}

const SILENT: CatalogAdvice = { summary: null, call: null, remedy: null, retry: null };

/** The calls a failure point stands for: the call it names, and the calls of its phase (else of that call's phase). */
function callsAt(point: FailurePoint): readonly string[] {
  const call = point.call?.toLowerCase() ?? null;
  const phase = point.phase !== undefined && point.phase !== null && point.phase !== 'unknown' ? point.phase : call === null ? 'unknown' : phaseOfCall(call);
  return call === null ? CALLS_OF_PHASE[phase] : [call, ...CALLS_OF_PHASE[phase]];
}

/** The rows of `entry` that apply to failures at `points`; every row when none applies (or nothing is known). */
export function callEffectsAt(entry: ErrnoEntry, points: readonly FailurePoint[]): readonly CallEffect[] {
  const wanted = new Set<string>(points.flatMap(callsAt));
  const matching = entry.calls.filter((c) => wanted.has(c.call));
  return matching.length > 0 ? matching : entry.calls;
}

/** The catalog's advice for `code` (an errno or resolver code) failing at `point`; all null for a code it lacks. */
export function catalogAdvice(code: string | null, point: FailurePoint = {}): CatalogAdvice {
  if (code === null) return SILENT;
  let entry: ErrnoEntry;
  try {
    entry = lookup(code, 'linux').entry;
  } catch {
    // Names the catalog does not (yet) describe still group and count; they just carry no advice.
    return SILENT;
  }
  const row = callEffectsAt(entry, [point])[0];
  return { summary: entry.summary, call: row?.call ?? null, remedy: row?.remedy ?? null, retry: row?.retry ?? null };
}

/**
 * The catalog's advice for one recognised error: its kernel errno's or resolver code's row for the phase and call
 * the line showed; for a failure without a catalog code (a library's timer, a peer's close), the retry rule of its
 * kind, before or after the connection was made.
 */
export function recognitionAdvice(r: Recognition): CatalogAdvice {
  const code = catalogCode(r);
  if (code !== null) return catalogAdvice(code, { phase: r.phase, call: r.call });
  if (r.kind === null) return SILENT;
  const connected = r.phase !== 'connect' && r.phase !== 'dns';
  return { ...SILENT, retry: RETRY_WITHOUT_CODE[r.kind][connected ? 'connected' : 'connecting'] };
}
