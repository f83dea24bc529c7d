// Pulls the explanation and remedy for a group's errno and phase out of the errno catalog.
import { lookup } from '../catalog/lookup.js';
import type { SocketCall } from '../catalog/types.js';
import type { ScanPhase } from './recognizer.js';

/** What the catalog says about an errno seen in a phase; nulls where the catalog is silent. */
export interface CatalogAdvice {
  readonly explanation: string | null;
  readonly remedy: string | null;
}

const CALL_OF_PHASE: Readonly<Record<ScanPhase, SocketCall>> = {
  connect: 'connect', read: 'read', write: 'write', accept: 'accept', dns: 'getaddrinfo', close: 'close',
};

/** The catalog summary of `errno` and the remedy for the call matching `phase` (else the first call listed). */
export function catalogAdvice(errno: string | null, phase: ScanPhase | null): CatalogAdvice {
  if (errno === null) return { explanation: null, remedy: null };
  try {
    const { entry } = lookup(errno, 'linux');
    const call = phase === null ? undefined : entry.calls.find((c) => c.call === CALL_OF_PHASE[phase]);
    return { explanation: entry.summary, remedy: (call ?? entry.calls[0])?.remedy ?? null };
  } catch {
    // Names the catalog does not (yet) describe still group and count; they just carry no advice.
    return { explanation: null, remedy: null };
  }
}
