// Probe step 1: resolve the host to every address, timing getaddrinfo().
import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import type { ResolveStep } from '../probe-result.js';
import { stepError } from './step-error.js';

/** Every address of `host` (no lookup for an IP literal), in resolver order. */
export async function resolveStep(host: string): Promise<ResolveStep> {
  const literal = isIP(host);
  if (literal !== 0) return { ms: 0, lookedUp: false, addresses: [{ address: host, family: literal === 6 ? 6 : 4 }], error: null };
  const started = performance.now();
  try {
    const found = await lookup(host, { all: true, verbatim: true });
    const ms = Math.round(performance.now() - started);
    return { ms, lookedUp: true, addresses: found.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 })), error: null };
  } catch (error) {
    return { ms: Math.round(performance.now() - started), lookedUp: true, addresses: [], error: stepError(error, 'getaddrinfo', 'resolver') };
  }
}
