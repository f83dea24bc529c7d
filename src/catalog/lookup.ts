// Finds catalog entries by errno name or by number on a platform.
import { SocklabError } from '../errors/socklab-error.js';
import { currentPlatform } from './current-platform.js';
import { ERRNO_ENTRIES } from './data/entries.js';
import { ERRNO_NUMBERS } from './data/numbers.js';
import { ERRNO_NAMES, PLATFORMS, type ErrnoEntry, type ErrnoName, type Platform, type PlatformNumbers } from './types.js';

/** One errno found in the catalog, with its number on the platform asked about. */
export interface ErrnoLookup {
  readonly entry: ErrnoEntry;
  readonly numbers: PlatformNumbers;
  readonly platform: Platform;
  /** The number on `platform`, null where that platform lacks the errno. */
  readonly number: number | null;
}

/** Checks a user-supplied platform name. */
export function parsePlatform(name: string): Platform {
  const found = PLATFORMS.find((p) => p === name.toLowerCase());
  if (found === undefined) throw new SocklabError('SOCKLAB_PLATFORM_UNKNOWN', { platform: name, known: PLATFORMS.join(', ') });
  return found;
}

/** True when `name` is an errno name the catalog knows. */
export function isErrnoName(name: string): name is ErrnoName {
  return (ERRNO_NAMES as readonly string[]).includes(name);
}

function found(name: ErrnoName, platform: Platform): ErrnoLookup | undefined {
  const entry = ERRNO_ENTRIES[name];
  const numbers = ERRNO_NUMBERS[name];
  if (entry === undefined || numbers === undefined) return undefined;
  return { entry, numbers, platform, number: numbers[platform] };
}

/** Every catalog errno with this number on `platform` (EAGAIN and EWOULDBLOCK share one, for instance). */
export function lookupNumber(number: number, platform: Platform = currentPlatform()): ErrnoLookup[] {
  return ERRNO_NAMES.filter((name) => ERRNO_NUMBERS[name]?.[platform] === number)
    .map((name) => found(name, platform))
    .filter((hit): hit is ErrnoLookup => hit !== undefined);
}

/** The catalog entry for an errno name (`ECONNRESET`) or number (`104`) on `platform`; throws when unknown. */
export function lookup(query: string | number, platform: Platform = currentPlatform()): ErrnoLookup {
  const text = String(query).trim();
  if (/^-?\d+$/.test(text)) {
    const hits = lookupNumber(Number(text), platform);
    if (hits[0] !== undefined) return hits[0];
  } else {
    const name = text.toUpperCase().replace(/^UV_/, '');
    if (isErrnoName(name)) {
      const hit = found(name, platform);
      if (hit !== undefined) return hit;
    }
  }
  throw new SocklabError('SOCKLAB_LOOKUP_UNKNOWN_ERRNO', { query: text, platform });
}
