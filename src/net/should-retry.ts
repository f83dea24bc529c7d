// Whether to send a failed request again: classify's verdict applied to the request's method.
import { classify, type ClassifyContext, type RetryVerdict } from './classify.js';

/** The request that failed. */
export interface RetryContext extends ClassifyContext {
  /** Its HTTP method (any case). */
  readonly method: string;
  /** Overrides the method's idempotency: true for a POST with an idempotency key, false for a GET with side effects. */
  readonly idempotent?: boolean;
}

/** The idempotent methods of RFC 9110 section 9.2.2. */
export const IDEMPOTENT_METHODS: ReadonlySet<string> = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE', 'PUT', 'DELETE']);

/**
 * True when `error` is worth one more try of this request: classify says `safe`, or `idempotent-only` and the
 * request is idempotent. Backoff and the number of tries stay the caller's.
 */
export function shouldRetry(error: unknown, context: RetryContext): boolean {
  const { retry } = classify(error, context.reusedSocket === undefined ? {} : { reusedSocket: context.reusedSocket });
  return retryAllowed(retry, context);
}

/** Whether a verdict allows one more try of a request with this method (and idempotency override). */
export function retryAllowed(retry: RetryVerdict, request: Pick<RetryContext, 'method' | 'idempotent'>): boolean {
  if (retry === 'safe') return true;
  return retry === 'idempotent-only' && (request.idempotent ?? IDEMPOTENT_METHODS.has(request.method.toUpperCase()));
}
