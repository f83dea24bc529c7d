// An error an application caught, on a timeline: its code, the chain behind it, and what socklab/net's classify says.
import { classify, type Classification, type ClassifyContext } from '../../net/classify.js';
import { errorChain } from '../../net/error-chain.js';
import { causesText } from '../../net/render/chain-text.js';
import { classificationText } from '../../net/render/classification-text.js';
import type { Endpoint, Timeline } from '../timeline.js';

/** The lab's word for the error: `err.code` when the error has one, else what classify finds behind it (EOF for a peer's close). */
export function appErrorResult(error: unknown, c: Classification): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string') return code;
  if (c.errno !== null) return c.errno;
  if (c.kind === 'peer-closed') return 'EOF';
  return c.origin !== null && c.origin.source !== 'kernel' && c.origin.code !== null ? c.origin.code : 'error';
}

/** Records `call` failing with `error` as the application sees it, with its chain and classification; returns the latter. */
export function recordAppError(timeline: Timeline, endpoint: Endpoint, call: string, error: unknown, context: ClassifyContext = {}, detail = ''): Classification {
  const c = classify(error, context);
  timeline.call(endpoint, call, appErrorResult(error, c), `${detail}${detail === '' ? '' : '; '}${causesText(errorChain(error))}; classify: ${classificationText(c)}`);
  return c;
}
