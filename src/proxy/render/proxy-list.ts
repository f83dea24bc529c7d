// Renders `socklab toxic list`: one row per proxy under a header (name, listen, upstream, enabled, toxics), fitted to
// the terminal's width by wrapping the toxics column under itself. Fields from the server are sanitized before they
// are measured, so the columns stay aligned.
import { terminalSafe } from '../../shared/terminal-safe.js';
import { padToWidth, textWidth, wrap } from '../../shared/wrap-text.js';
import type { ProxyJson } from '../proxy.js';

const HEADERS = ['NAME', 'LISTEN', 'UPSTREAM', 'ENABLED', 'TOXICS'] as const;

/** The proxies of GET /proxies as an aligned table sorted by name, at most `width` columns where names allow. */
export function renderProxyList(proxies: Readonly<Record<string, ProxyJson>>, width: number): string {
  const rows = Object.values(proxies)
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((p) => [terminalSafe(p.name), terminalSafe(p.listen), terminalSafe(p.upstream), p.enabled ? 'yes' : 'no', p.toxics.map((t) => terminalSafe(t.name)).join(', ') || '-']);
  if (rows.length === 0) return '(no proxies)\n';
  const widths = HEADERS.slice(0, 4).map((h, i) => Math.max(h.length, ...rows.map((r) => textWidth(r[i]!))));
  const indent = widths.reduce((sum, w) => sum + w + 2, 0);
  const room = Math.max(12, width - indent);
  const line = (cells: readonly string[]): string => {
    const [first = '', ...more] = wrap(cells[4]!, room, false);
    const head = cells.slice(0, 4).map((c, i) => padToWidth(c, widths[i]!)).join('  ');
    return [`${head}  ${first}`.trimEnd(), ...more.map((m) => `${' '.repeat(indent)}${m}`)].join('\n');
  };
  return `${[HEADERS, ...rows].map(line).join('\n')}\n`;
}
