// All catalog entries keyed by errno name, gathered from the family files (entries-*.ts).
import type { ErrnoEntry, ErrnoName } from '../types.js';
import { CONNECTION_ENTRIES } from './entries-connection.js';
import { RESET_ENTRIES } from './entries-reset.js';
import { RESOLVER_ENTRIES } from './entries-resolver.js';
import { RESOURCE_ENTRIES } from './entries-resources.js';
import { ROUTING_ENTRIES } from './entries-routing.js';
import { SUPPORT_ENTRIES } from './entries-support.js';
import { USAGE_ENTRIES } from './entries-usage.js';

/** The catalog: what socklab knows about each errno; a name missing from every family is a type error. */
export const ERRNO_ENTRIES: Readonly<Record<ErrnoName, ErrnoEntry>> = {
  ...RESET_ENTRIES,
  ...CONNECTION_ENTRIES,
  ...ROUTING_ENTRIES,
  ...RESOURCE_ENTRIES,
  ...USAGE_ENTRIES,
  ...SUPPORT_ENTRIES,
  ...RESOLVER_ENTRIES,
};
