// The catalog as a list, as errno(1) shows it: each errno's name, its number on a platform and its message.
import { ERRNO_ENTRIES } from './data/entries.js';
import { ERRNO_NUMBERS } from './data/numbers.js';
import { ERRNO_NAMES, type ErrnoName, type Platform } from './types.js';

/** One catalog errno in a list: `ECONNRESET 104 Connection reset by peer`. */
export interface ErrnoListRow {
  readonly name: ErrnoName;
  /** Its number on the platform listed, null where that platform lacks it. */
  readonly number: number | null;
  readonly message: string;
}

/** The row of one errno on `platform`. */
export function errnoListRow(name: ErrnoName, platform: Platform): ErrnoListRow {
  return { name, number: ERRNO_NUMBERS[name][platform], message: ERRNO_ENTRIES[name].message };
}

/** Every catalog errno on `platform`, in catalog order; with `search`, only those whose name or message contains it (any case). */
export function listErrnos(platform: Platform, search?: string): ErrnoListRow[] {
  const wanted = search?.toLowerCase();
  return ERRNO_NAMES.map((name) => errnoListRow(name, platform))
    .filter((row) => wanted === undefined || row.name.toLowerCase().includes(wanted) || row.message.toLowerCase().includes(wanted));
}
