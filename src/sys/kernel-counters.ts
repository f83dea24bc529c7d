// Reads the TCP counters of this network namespace from /proc/net/snmp (Tcp:) and /proc/net/netstat (TcpExt:).
import { readFileSync } from 'node:fs';

/** Counter values keyed `Group:Name`, e.g. `TcpExt:ListenOverflows`, `Tcp:RetransSegs`. */
export type KernelCounters = Readonly<Record<string, number>>;

const GROUPS = new Set(['Tcp', 'TcpExt']);

/** Parses the header-line/value-line pairs of /proc/net/snmp or /proc/net/netstat (net/ipv4/proc.c prints both). */
export function parseCounterFile(text: string): Record<string, number> {
  const out: Record<string, number> = {};
  const lines = text.split('\n');
  for (let i = 0; i + 1 < lines.length; i += 1) {
    const names = (lines[i] as string).split(' ');
    const values = (lines[i + 1] as string).split(' ');
    const group = (names[0] ?? '').replace(/:$/, '');
    if (!GROUPS.has(group) || values[0] !== names[0]) continue;
    for (let k = 1; k < names.length; k += 1) out[`${group}:${names[k] as string}`] = Number(values[k]);
    i += 1;
  }
  return out;
}

/** The current Tcp and TcpExt counters; a missing file contributes nothing. */
export function readKernelCounters(procRoot = '/proc'): KernelCounters {
  const read = (name: string): string => {
    try {
      return readFileSync(`${procRoot}/net/${name}`, 'utf8');
    } catch {
      return '';
    }
  };
  return { ...parseCounterFile(read('snmp')), ...parseCounterFile(read('netstat')) };
}
