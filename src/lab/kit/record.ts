// Records RawSocket results on a timeline in the lab's vocabulary: ok, EOF, an errno name, or no-error (timed out).
import type { SysResult } from '../../sys/sys-result.js';
import type { WaitTimeout } from '../../sys/raw-socket.js';
import type { Endpoint, Timeline } from '../timeline.js';

/** The lab's word for a call's outcome. */
export function outcome(result: SysResult<unknown> | WaitTimeout): string {
  if (result.ok) return Buffer.isBuffer(result.value) && result.value.length === 0 ? 'EOF' : 'ok';
  return 'timedOut' in result ? 'no-error' : result.code;
}

/** Records `result` of `call` on the timeline and returns it unchanged, so calls read `record(tl, 'client', 'read', s.read())`. */
export function record<R extends SysResult<unknown> | WaitTimeout>(timeline: Timeline, endpoint: Endpoint, call: string, result: R, detail?: string): R {
  const text = detail ?? (result.ok && Buffer.isBuffer(result.value) && result.value.length > 0 ? `${result.value.length} bytes` : undefined);
  timeline.call(endpoint, call, outcome(result), text);
  return result;
}
