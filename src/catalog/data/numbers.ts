// Errno numbers per platform, read from real headers (sources in docs/catalog-sources.md). Stub: being filled in.
import type { ErrnoName, PlatformNumbers } from '../types.js';

/** Every catalog errno's number on each platform; null where the platform lacks it. */
export const ERRNO_NUMBERS: Partial<Record<ErrnoName, PlatformNumbers>> = {};
