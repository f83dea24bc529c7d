// Builds the StepError of a failed step from a Node or socklab error, with the catalog's explanation.
import type { StepError } from '../probe-result.js';
import { errnoLink } from '../errno-link.js';

/** The StepError for `error` thrown by `call`; codes come from Node's system errors (`ECONNREFUSED`). */
export function stepError(error: unknown, call: string, source: StepError['source'] = 'kernel'): StepError {
  const e = error as { code?: unknown; message?: unknown };
  const code = typeof e.code === 'string' ? e.code : 'EIO';
  const message = typeof e.message === 'string' ? e.message : String(error);
  return { code, message, source, errno: errnoLink(code, call) };
}

/** The StepError when probe's own --timeout ran out before the kernel answered. */
export function timeoutError(call: string, ms: number, what: string): StepError {
  return { code: 'ETIMEDOUT', message: `no ${what} within ${ms} ms (probe --timeout)`, source: 'probe-timeout', errno: errnoLink('ETIMEDOUT', call) };
}
