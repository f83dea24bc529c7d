// Turns two counter readings into the changes that matter, each said the way applications experience it.
import { COUNTER_MEANINGS } from './counter-meanings.js';
import { errnoLink, type ErrnoLink } from './errno-link.js';
import type { KernelCounters } from '../sys/kernel-counters.js';

/** One watched counter: its change over the interval, its total, and what the change means. */
export interface CounterDelta {
  readonly key: string;
  readonly delta: number;
  readonly total: number;
  /** `TCPAbortOnTimeout +3: three local connections just failed with ETIMEDOUT...`; null when the delta is 0. */
  readonly meaning: string | null;
  readonly errno: ErrnoLink | null;
  /** Where the kernel increments it. */
  readonly source: string;
}

const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** The meaning sentence for a delta of `n` of the counter with these texts. */
export function describeDelta(name: string, n: number, one: string, many: string): string {
  const text = n === 1 ? one : many.replace('{n}', WORDS[n] ?? String(n));
  return `${name} +${n}: ${text}`;
}

/** Every watched counter that exists on this kernel, with its delta from `before` to `after`. */
export function counterDeltas(before: KernelCounters, after: KernelCounters): CounterDelta[] {
  const out: CounterDelta[] = [];
  for (const m of COUNTER_MEANINGS) {
    const total = after[m.key];
    if (total === undefined) continue; // older kernel without this counter
    const delta = total - (before[m.key] ?? total);
    const name = m.key.slice(m.key.indexOf(':') + 1);
    out.push({
      key: m.key,
      delta,
      total,
      meaning: delta > 0 ? describeDelta(name, delta, m.one, m.many) : null,
      errno: delta > 0 && m.errno !== null ? errnoLink(m.errno) : null,
      source: `${m.mib} (include/uapi/linux/snmp.h), named in net/ipv4/proc.c, incremented in ${m.incrementedIn}`,
    });
  }
  return out;
}
