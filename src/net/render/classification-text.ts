// classify's verdict in words, for the lab's timelines and the clients' --long view.
import type { Classification } from '../classify.js';

/** `peer-closed (node), phase read, retry idempotent-only`; `ECONNREFUSED (kernel), phase connect, retry safe`. */
export function classificationText(c: Classification): string {
  const who = c.origin === null ? '' : c.origin.source === 'kernel' ? ' (kernel)' : ` (${c.origin.by})`;
  return `${c.errno ?? c.kind ?? 'unrecognised'}${who}, phase ${c.phase}, retry ${c.retry}`;
}
