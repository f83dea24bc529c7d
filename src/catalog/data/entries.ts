// All catalog entries keyed by errno name, gathered from the family files. Stub: being filled in.
import type { ErrnoEntry, ErrnoName } from '../types.js';

/** The catalog: what socklab knows about each errno. */
export const ERRNO_ENTRIES: Partial<Record<ErrnoName, ErrnoEntry>> = {};
