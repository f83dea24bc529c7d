// A small hand-made ClientsResult with every kind of outcome, for the renderer tests.
import type { ChainedError, ClientCase, ClientsResult } from '../../src/index.js';

/** One error of a chain: the fields given, null for the rest, at depth 0 unless told. */
export function chained(name: string, message: string, fields: Partial<ChainedError> = {}): ChainedError {
  return { name, message, code: null, errno: null, syscall: null, address: null, port: null, hostname: null, depth: 0, attempt: null, ...fields };
}

const refused = chained('Error', 'connect ECONNREFUSED 127.0.0.1:4000', { code: 'ECONNREFUSED', errno: -111, syscall: 'connect', address: '127.0.0.1', port: 4000, depth: 1 });
const reset = chained('Error', 'read ECONNRESET', { code: 'ECONNRESET', errno: -104, syscall: 'read' });

function make(client: string, fault: string, method: 'GET' | 'POST', rest: Partial<ClientCase>): ClientCase {
  return { client, fault, method, outcome: { kind: 'response', status: 200, bytes: 2 }, ms: 3, attempts: 1, attemptsAtMs: [0], received: 1, notes: {}, ...rest };
}

/** got, fetch (and ky, not installed) on refused, reset and silent. */
export function clientsFixture(): ClientsResult {
  return {
    node: 'v20.20.2', cwd: '/srv/app', maxWaitMs: 20_000, slowMs: 12_000, methods: ['GET', 'POST'], durationMs: 21_400,
    clients: [
      { id: 'got', title: 'got', status: 'ready', packages: [{ name: 'got', version: '14.6.5' }] },
      { id: 'fetch', title: 'fetch (Node)', status: 'ready', packages: [{ name: 'node', version: 'v20.20.2' }, { name: 'undici (bundled)', version: '6.24.1' }] },
      { id: 'ky', title: 'ky', status: 'not-installed', packages: [{ name: 'ky', version: null }], reason: 'ky is not installed in /srv/app (npm install --save-dev ky to measure it)' },
    ],
    faults: [
      { id: 'refused', title: 'refused', how: 'Nothing listens.' },
      { id: 'reset-before-response', title: 'reset', how: 'RST after the request.' },
      { id: 'silent-peer', title: 'silent', how: 'Nothing comes back.' },
    ],
    cases: [
      make('got', 'refused', 'GET', { outcome: { kind: 'error', chain: [{ ...refused, name: 'RequestError', depth: 0 }, refused], code: 'ECONNREFUSED', codeDepth: 0 }, ms: 3120, attempts: 3, attemptsAtMs: [0, 1040, 3110], received: 0 }),
      make('got', 'refused', 'POST', {
        outcome: { kind: 'error', chain: [{ ...refused, name: 'RequestError', depth: 0 }, refused], code: 'ECONNREFUSED', codeDepth: 0 }, received: 0,
        classification: {
          errno: 'ECONNREFUSED', kind: 'errno', origin: { source: 'kernel' }, phase: 'connect', reusedSocket: null, retry: 'safe', code: 'ECONNREFUSED',
          cause: { depth: 1, text: 'Error: connect ECONNREFUSED 127.0.0.1:4000', patternId: 'node.syscall-errno' }, remedy: null,
        },
      }),
      make('got', 'reset-before-response', 'GET', { outcome: { kind: 'response', status: 200, bytes: 2 }, attempts: 2, attemptsAtMs: [0, 1030], ms: 1040 }),
      make('got', 'reset-before-response', 'POST', { outcome: { kind: 'error', chain: [reset], code: 'ECONNRESET', codeDepth: 0 }, attempts: 4, attemptsAtMs: [0, 2, 4, 6], received: 4 }),
      make('got', 'silent-peer', 'GET', { outcome: { kind: 'waiting' }, ms: 20_000 }),
      make('got', 'silent-peer', 'POST', { outcome: { kind: 'setup-failed', reason: 'the warm-up request failed' }, ms: 0, attempts: 0, attemptsAtMs: [], received: 0 }),
      make('fetch', 'refused', 'GET', { outcome: { kind: 'error', chain: [chained('TypeError', 'fetch failed'), refused], code: 'ECONNREFUSED', codeDepth: 1 }, received: 0 }),
      make('fetch', 'refused', 'POST', { outcome: { kind: 'error', chain: [chained('TypeError', 'fetch failed'), refused], code: 'ECONNREFUSED', codeDepth: 1 }, received: 0 }),
      make('fetch', 'reset-before-response', 'GET', { outcome: { kind: 'error', chain: [chained('SocketError', 'other side closed', { code: 'UND_ERR_REQ_RETRY_VERY_LONG_CODE' })], code: 'UND_ERR_REQ_RETRY_VERY_LONG_CODE', codeDepth: 0 }, attempts: 2, attemptsAtMs: [0, 500] }),
      make('fetch', 'reset-before-response', 'POST', { outcome: { kind: 'error', chain: [chained('TimeoutError', 'Request timed out')] } }),
      make('fetch', 'silent-peer', 'GET', { outcome: { kind: 'waiting' }, ms: 20_000 }),
      make('fetch', 'silent-peer', 'POST', { outcome: { kind: 'waiting' }, ms: 20_000, notes: { reusedSocket: true } }),
    ],
  };
}
