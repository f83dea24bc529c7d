// Sums the groups per errno (or resolver code; per kind for failures without one): the per-errno summary.
import type { GroupAccumulator } from './group-table.js';
import type { ScanPhase } from './recognizer.js';
import type { ScanErrnoSummary } from './scan-result.js';
import { compareText } from '../shared/compare-text.js';

/** Named peers listed per row, most frequent first. */
const TOP_PEERS = 3;

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

/** One row per errno or resolver code, then one per kind reported without one; most events first. */
export function summarizeByErrno(groups: readonly GroupAccumulator[]): ScanErrnoSummary[] {
  const rows = new Map<string, GroupAccumulator[]>();
  for (const g of groups) {
    const key = g.errno ?? `kind:${g.kind ?? ''}`;
    rows.set(key, [...(rows.get(key) ?? []), g]);
  }
  return [...rows.values()].map((members): ScanErrnoSummary => {
    const peers = new Map<string, number>();
    const phases: Partial<Record<ScanPhase, number>> = {};
    let first: number | null = null;
    let last: number | null = null;
    for (const g of members) {
      if (g.peer !== null) peers.set(g.peer, (peers.get(g.peer) ?? 0) + g.count);
      if (g.phase !== null) phases[g.phase] = (phases[g.phase] ?? 0) + g.count;
      if (g.minutes.first !== null && (first === null || g.minutes.first < first)) first = g.minutes.first;
      if (g.minutes.last !== null && (last === null || g.minutes.last > last)) last = g.minutes.last;
    }
    return {
      errno: members[0]!.errno,
      kind: members[0]!.kind,
      count: members.reduce((n, g) => n + g.count, 0),
      groups: members.length,
      ecosystems: [...new Set(members.map((g) => g.ecosystem))].sort(),
      phases,
      peers: peers.size,
      topPeers: [...peers].sort((a, b) => b[1] - a[1] || compareText(a[0], b[0])).slice(0, TOP_PEERS).map(([peer, count]) => ({ peer, count })),
      firstSeen: iso(first),
      lastSeen: iso(last),
    };
  }).sort((a, b) => b.count - a.count || compareText(a.errno ?? a.kind ?? '', b.errno ?? b.kind ?? ''));
}
