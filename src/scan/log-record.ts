// Tells where a log record (one event: a line plus its stack, cause or traceback lines) starts, from line heads.
import { parseTimestamp } from './timestamp.js';

/**
 * What a line is to the record structure: `headed` (starts with a timestamp), `frame` (an indented stack frame:
 * `at ...`, `... 12 more`, `--- End of ...`), `indented` (any other indented line), `closing` (a closing bracket at
 * the start, ending an inspected object), `chain` (Java's `Caused by:`/`Suppressed:`, Python's chained-exception sentences), `traceback` (Python's
 * `Traceback (most recent call last):`), `exception` (an exception header such as `java.net.ConnectException: ...` or
 * `TypeError: fetch failed`), `plain` (anything else) and `blank`.
 */
export type LineRole = 'headed' | 'frame' | 'indented' | 'closing' | 'chain' | 'traceback' | 'exception' | 'plain' | 'blank';

/** Characters of a line's head that decide its role. */
export const ROLE_HEAD = 160;
/** Characters of a line's head that mayContinueRecord looks at (a leading timestamp is at most 45). */
export const STAMPED_HEAD = 48;

// kubectl logs --timestamps and the CRI log format put a timestamp (and a stream tag) before every line of a record.
const LEADING_STAMP = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d{1,9})?(?:Z|[+-]\d{2}:?\d{2})? (?:(?:stdout|stderr) [FP] )?/;
const CHAIN = /^(?:Caused by:|Suppressed:|During handling of the above exception|The above exception was the direct cause)/;
const EXCEPTION = /^[A-Za-z_$][\w$]{0,80}(?:(?:\.|::)[A-Za-z_$][\w$]{0,80}){0,12}(?: \[[\w-]{1,40}\]| \(-?\d{1,6}\))?:(?:\s|$)/;
const FRAME = /^\s+(?:at\s|\.\.\.|---)/;
// A leading timestamp, then a space or a closing bracket: one test, with no match object made (mayContinueRecord runs
// on every candidate line, and exec then test cost some 0.35 µs a line).
const STAMP_THEN_INDENTED_OR_CLOSING = new RegExp(`${LEADING_STAMP.source}[\\s}\\])]`);

/** The role of a line from its first characters (ROLE_HEAD are enough). */
export function lineRole(head: string): LineRole {
  if (head.trim() === '') return 'blank';
  const stamp = LEADING_STAMP.exec(head);
  const content = stamp === null ? head : head.slice(stamp[0].length);
  if (/^\s/.test(content)) return FRAME.test(content) ? 'frame' : 'indented';
  if (/^[}\])]/.test(content)) return 'closing';
  if (stamp !== null || parseTimestamp(head.slice(0, 48)) !== null) return 'headed';
  if (CHAIN.test(content)) return 'chain';
  if (content.startsWith('Traceback (most recent call last)')) return 'traceback';
  return EXCEPTION.test(content) ? 'exception' : 'plain';
}

/**
 * False when a line surely starts its own record (its role continues none), decided from its first STAMPED_HEAD
 * characters in fewer steps than lineRole: a line starting with a digit is headed or plain unless a leading timestamp
 * is followed by a space or a closing bracket. True means: ask lineRole.
 */
export function mayContinueRecord(head: string): boolean {
  const first = head.charCodeAt(0);
  if (!(first >= 0x30 && first <= 0x39)) return true;
  return STAMP_THEN_INDENTED_OR_CLOSING.test(head);
}

/**
 * Whether a line of role `line` belongs to the record of the non-blank line before it (role `previous`). Indented
 * and closing lines and chain sentences always do; a Python traceback header does after a chain sentence or a headed line (the
 * message `logger.exception` printed); an exception header does after a headed line (the message it belongs to) or
 * after an indented line that is not a stack frame (Python's exception line ends its traceback); headed and plain
 * lines start a record.
 */
export function continuesRecord(line: LineRole, previous: LineRole): boolean {
  switch (line) {
    case 'frame':
    case 'indented':
    case 'closing':
    case 'chain':
      return true;
    case 'traceback':
      return previous === 'chain' || previous === 'headed';
    case 'exception':
      return previous === 'headed' || previous === 'indented';
    default:
      return false;
  }
}
