// Renders the end-of-run summary of `socklab proxy` from proxy snapshots (per proxy: connections, bytes, firings).
import type { ProxySnapshot } from '../snapshot.js';
import { terminalSafe } from '../../shared/terminal-safe.js';

/** The summary table printed on Ctrl-C. */
export function renderSummary(proxies: readonly ProxySnapshot[], seconds: number): string {
  const rows = proxies.map((p) => {
    const fired = Object.entries(p.fired).map(([t, n]) => `${terminalSafe(t)}: ${n}`).join(', ') || '-';
    return `  ${terminalSafe(p.name).padEnd(16)} ${String(p.connections.total).padStart(7)} ${String(p.bytes.upstream).padStart(12)} ${String(p.bytes.downstream).padStart(12)}  ${fired}`;
  });
  const head = `  ${'proxy'.padEnd(16)} ${'conns'.padStart(7)} ${'bytes up'.padStart(12)} ${'bytes down'.padStart(12)}  toxics fired`;
  return [`socklab proxy ran ${seconds.toFixed(1)} s`, head, ...(rows.length ? rows : ['  (no proxies)'])].join('\n') + '\n';
}
