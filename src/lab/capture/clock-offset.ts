// The offset from CLOCK_REALTIME (the kernel's packet timestamps) to Timeline's clock (performance.timeOrigin + now()).
import { realtimeMs } from '../../sys/realtime-clock.js';
import { preciseNow } from '../timeline.js';

const REFRESH_AFTER_MS = 10_000;
let cached: { offset: number; at: number } | undefined;

/**
 * Add it to a kernel timestamp to place it on the timeline. Measured between two reads of the timeline clock, keeping
 * the tightest of a few tries (about a microsecond), and shared by every capture of the process so that frames from
 * different namespaces order correctly; measured again after 10 s in case the wall clock was stepped.
 */
export function realtimeToTimeline(): number {
  const now = preciseNow();
  if (cached !== undefined && now - cached.at < REFRESH_AFTER_MS) return cached.offset;
  let best = { offset: 0, spread: Infinity };
  for (let i = 0; i < 5; i += 1) {
    const before = preciseNow();
    const wall = realtimeMs();
    const after = preciseNow();
    if (after - before < best.spread) best = { offset: (before + after) / 2 - wall, spread: after - before };
  }
  cached = { offset: best.offset, at: now };
  return best.offset;
}
