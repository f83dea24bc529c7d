// Renders `socklab toxic list`: one row per proxy under a header (name, listen, upstream, enabled, toxics).
import type { ProxyJson } from '../proxy.js';

const HEADERS = ['NAME', 'LISTEN', 'UPSTREAM', 'ENABLED', 'TOXICS'] as const;

/** The proxies of GET /proxies as an aligned table, sorted by name; a line saying so when there are none. */
export function renderProxyList(proxies: Readonly<Record<string, ProxyJson>>): string {
  const rows = Object.values(proxies)
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((p) => [p.name, p.listen, p.upstream, p.enabled ? 'yes' : 'no', p.toxics.map((t) => t.name).join(', ') || '-']);
  if (rows.length === 0) return '(no proxies)\n';
  const widths = HEADERS.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]): string => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  return `${[HEADERS, ...rows].map(line).join('\n')}\n`;
}
