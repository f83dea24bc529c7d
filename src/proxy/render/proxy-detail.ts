// Renders one proxy for `socklab toxic inspect` (its toxics with their attributes), and one toxic for add/update.
// Every field comes from a server, any Toxiproxy-compatible one: each goes through the sanitizer, whoever prints it.
import { terminalSafe } from '../../shared/terminal-safe.js';
import type { ProxyJson } from '../proxy.js';
import type { ToxicJson } from '../toxic-collection.js';

/** One toxic on one line: name, type, stream, toxicity and every attribute as key=value. */
export function renderToxicLine(t: ToxicJson): string {
  const attributes = Object.entries(t.attributes).map(([k, v]) => `${terminalSafe(k)}=${terminalSafe(v)}`).join(' ');
  return `${terminalSafe(t.name)}  ${terminalSafe(t.type)} ${terminalSafe(t.stream)} toxicity=${terminalSafe(t.toxicity)}${attributes === '' ? '' : `  ${attributes}`}`;
}

/** A proxy: name, addresses and state, then its toxics, one per line. */
export function renderProxyDetail(p: ProxyJson): string {
  const toxics = p.toxics.length === 0 ? ['  (no toxics)'] : p.toxics.map((t) => `  ${renderToxicLine(t)}`);
  return `${terminalSafe(p.name)}  ${terminalSafe(p.listen)} -> ${terminalSafe(p.upstream)}  ${p.enabled ? 'enabled' : 'disabled'}\n${toxics.join('\n')}\n`;
}
