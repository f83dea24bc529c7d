// The errno(1) view: one line per errno, name, number and message (`ECONNRESET 104 Connection reset by peer`).
import type { ErrnoListRow } from '../errno-list.js';

/** One line per row, the numbers aligned; `-` where the platform lacks the errno. */
export function renderErrnoLines(rows: readonly ErrnoListRow[]): string {
  const nameWidth = Math.max(0, ...rows.map((r) => r.name.length));
  const numberWidth = Math.max(0, ...rows.map((r) => String(r.number ?? '-').length));
  return rows.map((r) => `${r.name.padEnd(nameWidth)} ${String(r.number ?? '-').padStart(numberWidth)} ${r.message}\n`).join('');
}
