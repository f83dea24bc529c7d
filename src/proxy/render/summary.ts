// Renders the end-of-run summary of `socklab proxy` (per proxy: connections, bytes, toxic firings).
import type { ProxyCollection } from '../proxy-collection.js';

/** The summary table printed on Ctrl-C. */
export function renderSummary(proxies: ProxyCollection, seconds: number): string {
  const rows = proxies.all().map((p) => {
    const fired = [...p.stats.fired].map(([t, n]) => `${t}x${n}`).join(' ') || '-';
    return `  ${p.name.padEnd(16)} ${String(p.stats.connections).padStart(7)} ${String(p.stats.bytesUpstream).padStart(12)} ${String(p.stats.bytesDownstream).padStart(12)}  ${fired}`;
  });
  const head = `  ${'proxy'.padEnd(16)} ${'conns'.padStart(7)} ${'bytes up'.padStart(12)} ${'bytes down'.padStart(12)}  toxics fired`;
  return [`socklab proxy ran ${seconds.toFixed(1)} s`, head, ...(rows.length ? rows : ['  (no proxies)'])].join('\n') + '\n';
}
