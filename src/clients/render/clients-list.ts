// The `socklab clients --list` view: each client with what was found for it here, then each fault and how it is made.
import { wrap } from '../../shared/wrap-text.js';
import type { ClientInfo, FaultInfo } from '../clients-result.js';

/** What `socklab clients --list` shows (and prints with --json). */
export interface ClientsList {
  readonly clients: readonly ClientInfo[];
  readonly faults: readonly FaultInfo[];
}

/** Clients and faults as text, fitted to `width`. */
export function renderClientsList(list: ClientsList, width: number): string {
  const idWidth = Math.max(...list.clients.map((c) => c.id.length), ...list.faults.map((f) => f.id.length)) + 2;
  const entry = (id: string, text: string): string[] => wrap(text, width - idWidth).map((l, i) => `${(i === 0 ? id : '').padEnd(idWidth)}${l}`);
  const found = (c: ClientInfo): string => (c.status === 'ready'
    ? c.packages.map((p) => `${p.name} ${p.version ?? '?'}`).join(', ')
    : c.reason ?? c.status);
  return [
    'Clients (resolved from this directory):',
    ...list.clients.flatMap((c) => entry(c.id, `${c.title}: ${found(c)}`)),
    '',
    'Faults:',
    ...list.faults.flatMap((f) => entry(f.id, f.how)),
  ].join('\n') + '\n';
}
