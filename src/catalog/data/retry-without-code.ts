// Whether to retry a failure that carries no catalog code (a library's timer, a peer's close), by kind and connection state.
import type { Kind, RetryAdvice } from '../types.js';

// Before the connection is made nothing can have reached the server, so a transient failure is safe to retry; after
// it, the request may have been processed. TLS, resource and resolution failures repeat until something is fixed.

/** The retry advice for a failure of each kind without a catalog code, while connecting and once connected. */
export const RETRY_WITHOUT_CODE = {
  errno: { connecting: 'safe', connected: 'idempotent-only' },
  'peer-closed': { connecting: 'safe', connected: 'idempotent-only' },
  timer: { connecting: 'safe', connected: 'idempotent-only' },
  resolution: { connecting: 'after-fix', connected: 'after-fix' },
  'resource-limit': { connecting: 'after-fix', connected: 'after-fix' },
  tls: { connecting: 'after-fix', connected: 'after-fix' },
} as const satisfies Record<Kind, Readonly<Record<'connecting' | 'connected', RetryAdvice>>>;
