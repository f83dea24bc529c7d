// Prometheus text exposition of proxy snapshots (bytes move while connections are open, not only when they end).
import type { ProxySnapshot } from './snapshot.js';

const esc = (v: string): string => v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');

/** The /metrics body. */
export function renderMetrics(proxies: readonly ProxySnapshot[]): string {
  const lines: string[] = [];
  const family = (name: string, type: string, help: string, rows: [string, number][]): void => {
    lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`);
    for (const [labels, value] of rows) lines.push(`${name}{${labels}} ${value}`);
  };
  const p = (name: string): string => `proxy="${esc(name)}"`;
  family('socklab_proxy_connections_total', 'counter', 'Client connections accepted.', proxies.map((x) => [p(x.name), x.connections.total]));
  family('socklab_proxy_connections_active', 'gauge', 'Client connections open now.', proxies.map((x) => [p(x.name), x.connections.active]));
  family('socklab_proxy_bytes_total', 'counter', 'Bytes the receiving peer acknowledged (really got), by direction.', proxies.flatMap((x) => [
    [`${p(x.name)},direction="upstream"`, x.bytes.upstream] as [string, number],
    [`${p(x.name)},direction="downstream"`, x.bytes.downstream] as [string, number],
  ]));
  family('socklab_proxy_toxic_fired_total', 'counter', 'Times a toxic acted on a connection.', proxies.flatMap((x) =>
    Object.entries(x.fired).map(([t, n]) => [`${p(x.name)},toxic="${esc(t)}"`, n] as [string, number])));
  family('socklab_proxy_enabled', 'gauge', '1 if the proxy is enabled.', proxies.map((x) => [p(x.name), x.enabled ? 1 : 0]));
  family('socklab_proxy_listening', 'gauge', '1 if the proxy accepts connections now (0 while disabled or refusing).', proxies.map((x) => [p(x.name), x.listening ? 1 : 0]));
  return `${lines.join('\n')}\n`;
}
