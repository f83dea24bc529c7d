// Which platform an errno number in a log line belongs to, and which catalog errno it is there.
import { KIND_OF_ERRNO } from './data/kinds.js';
import { lookupNumber } from './lookup.js';
import { PLATFORMS, type ErrnoName, type Platform } from './types.js';

// After the line's own platform, the BSD family: a number that is no socket errno on Linux but is one on macOS
// (54, 60, 61 in a MySQL line from a Mac) most likely came from a Mac.
const FALLBACK_ORDER: readonly Platform[] = ['macos', 'freebsd', 'openbsd', 'linux', ...PLATFORMS];

const cache = new Map<string, ErrnoName | null>();

/** The catalog errno with this number on `platform` (the primary name when two share it), or null. */
export function errnoOfNumber(number: number, platform: Platform): ErrnoName | null {
  const key = `${platform}:${number}`;
  let hit = cache.get(key);
  if (hit === undefined) {
    const found = lookupNumber(number, platform);
    hit = (found.find((f) => f.entry.aliasOf === undefined) ?? found[0])?.entry.name ?? null;
    cache.set(key, hit);
  }
  return hit;
}

/** What the line says about a number's platform. */
export interface NumberContext {
  /** The platform the user said, or linux. */
  readonly base: Platform;
  /** The platform the pattern's wording belongs to, when it names one. */
  readonly fixed?: Platform | undefined;
  /** The errno the line's own words name (its strerror text), when they name one. */
  readonly expect?: ErrnoName | null | undefined;
  /** The line certainly reports a failed socket call (`Can't connect to MySQL server ... (61)`), not any errno. */
  readonly socketCall?: boolean;
}

const isSocketErrno = (name: ErrnoName | null): boolean => name !== null && KIND_OF_ERRNO[name] !== 'resolution';

/**
 * The platform of an errno number printed in a line: WinSock numbers (10000 and up) are windows; else the platform
 * on which the number means what the line's words say (`[Errno 61] Connection refused` is macOS); else the pattern's
 * platform; else the base. A line that certainly reports a socket call, with a number that is no socket errno on the
 * base, goes to the first BSD-family platform where it is one (MySQL's `(61)` from a Mac).
 */
export function platformOfNumber(number: number, context: NumberContext): Platform {
  if (number >= 10_000) return 'windows';
  const { fixed, base, expect } = context;
  // The pattern's platform, the base, then the fallbacks: the first where the number is the errno the words name
  // (written out rather than as an array and find(), as this runs for every number in every error line).
  if (expect !== undefined && expect !== null) {
    if (fixed !== undefined && errnoOfNumber(number, fixed) === expect) return fixed;
    if (errnoOfNumber(number, base) === expect) return base;
    for (const platform of FALLBACK_ORDER) if (errnoOfNumber(number, platform) === expect) return platform;
  }
  if (fixed !== undefined) return fixed;
  if (context.socketCall !== true || isSocketErrno(errnoOfNumber(number, base))) return base;
  return FALLBACK_ORDER.find((p) => isSocketErrno(errnoOfNumber(number, p))) ?? base;
}

/** The platforms on which `number` is each catalog errno, in PLATFORMS order: `54` is ECONNRESET on alpha, sparc and the BSDs. */
export function platformsOfNumber(number: number): ReadonlyMap<ErrnoName, readonly Platform[]> {
  const found = new Map<ErrnoName, Platform[]>();
  for (const platform of PLATFORMS) {
    for (const hit of lookupNumber(number, platform)) found.set(hit.entry.name, [...(found.get(hit.entry.name) ?? []), platform]);
  }
  return found;
}
