// One plain-data view of a proxy (counters, toxics, firings): /metrics, the Ctrl-C summary and --json render it.
import type { Proxy } from './proxy.js';
import { toxicJson, type ToxicJson } from './toxic-collection.js';

/** A proxy's state and counters at one moment. */
export interface ProxySnapshot {
  readonly name: string;
  readonly listen: string;
  readonly upstream: string;
  readonly enabled: boolean;
  /** False while disabled or while a refuse toxic holds the listener closed. */
  readonly listening: boolean;
  readonly connections: { readonly total: number; readonly active: number };
  /** Bytes each way that the receiving peer acknowledged, i.e. really got (upstream = client to server). */
  readonly bytes: { readonly upstream: number; readonly downstream: number };
  readonly toxics: readonly ToxicJson[];
  /** Times each toxic acted, by toxic name (removed toxics included). */
  readonly fired: Readonly<Record<string, number>>;
}

/** The snapshot of one proxy. */
export function proxySnapshot(p: Proxy): ProxySnapshot {
  const stats = p.stats; // one look at the kernel's counts of every live connection
  return {
    name: p.name,
    listen: p.listen,
    upstream: p.upstream,
    enabled: p.enabled,
    listening: p.listening,
    connections: { total: stats.connections, active: p.active },
    bytes: { upstream: stats.bytesUpstream, downstream: stats.bytesDownstream },
    toxics: p.toxics.all().map(toxicJson),
    fired: Object.fromEntries(stats.fired),
  };
}
