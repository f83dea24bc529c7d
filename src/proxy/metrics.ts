// Prometheus text exposition of live proxy counters (bytes are counted as they pass, not when a connection ends).
import type { ProxyCollection } from './proxy-collection.js';

const esc = (v: string): string => v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');

/** The /metrics body. */
export function renderMetrics(proxies: ProxyCollection): string {
  const lines: string[] = [];
  const family = (name: string, type: string, help: string, rows: [string, number][]): void => {
    lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`);
    for (const [labels, value] of rows) lines.push(`${name}{${labels}} ${value}`);
  };
  const all = proxies.all();
  const p = (name: string): string => `proxy="${esc(name)}"`;
  family('socklab_proxy_connections_total', 'counter', 'Client connections accepted.', all.map((x) => [p(x.name), x.stats.connections]));
  family('socklab_proxy_connections_active', 'gauge', 'Client connections open now.', all.map((x) => [p(x.name), x.active]));
  family('socklab_proxy_bytes_total', 'counter', 'Bytes forwarded, by direction.', all.flatMap((x) => [
    [`${p(x.name)},direction="upstream"`, x.stats.bytesUpstream] as [string, number],
    [`${p(x.name)},direction="downstream"`, x.stats.bytesDownstream] as [string, number],
  ]));
  family('socklab_proxy_toxic_fired_total', 'counter', 'Times a toxic acted on a connection.', all.flatMap((x) =>
    [...x.stats.fired].map(([t, n]) => [`${p(x.name)},toxic="${esc(t)}"`, n] as [string, number])));
  family('socklab_proxy_enabled', 'gauge', '1 if the proxy is listening.', all.map((x) => [p(x.name), x.enabled ? 1 : 0]));
  return `${lines.join('\n')}\n`;
}
