// The errno(1) view: one line per errno, name, number and message (`ECONNRESET 104 Connection reset by peer`).
import { wrapHanging } from '../../shared/wrap-text.js';
import type { ErrnoListRow } from '../errno-list.js';

/**
 * One line per row, the numbers aligned; `-` where the platform lacks the errno. A message too long for `width`
 * columns continues under where the messages start.
 */
export function renderErrnoLines(rows: readonly ErrnoListRow[], width = Infinity): string {
  const nameWidth = Math.max(0, ...rows.map((r) => r.name.length));
  const numberWidth = Math.max(0, ...rows.map((r) => String(r.number ?? '-').length));
  const hang = ' '.repeat(nameWidth + numberWidth + 2);
  return rows.map((r) => `${wrapHanging(r.message, width, `${r.name.padEnd(nameWidth)} ${String(r.number ?? '-').padStart(numberWidth)} `, hang)}\n`).join('');
}
