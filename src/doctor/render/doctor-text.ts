// Renders a DoctorResult as the text `socklab doctor` prints: states, processes, findings, counter changes, visibility.
import { paint, type Paint } from '../../shared/paint.js';
import { fitText } from '../../shared/wrap-text.js';
import type { DoctorResult, Finding } from '../doctor-result.js';
import { terminalSafe } from '../../shared/terminal-safe.js';

function finding(f: Finding, c: Paint): string[] {
  const lines = [`  ${c.yellow('!')} ${c.bold(f.kind)}: ${terminalSafe(f.summary)}`];
  for (const s of f.sockets) {
    const backlog = s.backlog === undefined ? '' : ` backlog ${s.backlog ?? '?'}`;
    const timer = s.timer === 'none' ? '' : ` timer ${s.timer} ${s.timerMs} ms`;
    lines.push(c.dim(`      ${s.local} -> ${s.remote} ${s.state} recvQ ${s.recvQueue} sendQ ${s.sendQueue}${backlog} retrans ${s.retransmits}${timer}${s.rtoMs === null ? '' : ` rto ${s.rtoMs} ms`}`));
  }
  if (f.count > f.sockets.length && f.kind !== 'accept-queue-full') lines.push(c.dim(`      ... ${f.count - f.sockets.length} more`));
  if (f.errno !== null) lines.push(`    -> ${c.cyan(f.errno.name)}${f.errno.summary === null ? '' : `: ${f.errno.summary}`} (${f.errno.see})`);
  return lines;
}

/** The text view of a doctor run; `color` turns ANSI colours on; `width`, when given, is the columns to fit. */
export function renderDoctorText(r: DoctorResult, color: boolean, width?: number): string {
  const c = paint(color);
  const out: string[] = [];
  const filters = Object.entries(r.filters).map(([k, v]) => `${k}=${String(v)}`).join(' ');
  // No-break spaces keep each number with its unit when a narrow terminal wraps this line (was `0.0` / `s,`).
  out.push(c.bold(`socklab doctor  ${r.takenAt}  counters over ${(r.intervalMs / 1000).toFixed(1)}\u00a0s, snapshot ${r.snapshotMs}\u00a0ms${filters === '' ? '' : `  [${filters}]`}`));
  const states = Object.entries(r.totals.byState).filter(([, n]) => n > 0).map(([s, n]) => `${s} ${n}`).join('  ');
  out.push(`Sockets: ${r.totals.sockets}${states === '' ? '' : `  (${states})`}`);
  if (r.processes.length > 0) {
    out.push('', c.bold('Processes'), `  ${'PID'.padEnd(8)}${'COMMAND'.padEnd(17)}${'SOCKETS'.padEnd(9)}STATES`);
    for (const p of r.processes.slice(0, 15)) {
      const byState = Object.entries(p.byState).map(([s, n]) => `${s} ${n}`).join(', ');
      out.push(`  ${String(p.pid).padEnd(8)}${terminalSafe(p.command).padEnd(17)}${String(p.total).padEnd(9)}${byState}`);
    }
    if (r.processes.length > 15) out.push(c.dim(`  ... ${r.processes.length - 15} more processes`));
  }
  out.push('', c.bold('Findings'));
  if (r.findings.length === 0) out.push(c.green('  none: no CLOSE_WAIT piles, orphans, unanswered SYNs, retransmissions or full accept queues'));
  for (const f of r.findings) out.push(...finding(f, c));
  const changed = r.counters.filter((k) => k.delta > 0);
  out.push('', c.bold(`Kernel counters (changes over ${(r.intervalMs / 1000).toFixed(1)} s)`));
  if (changed.length === 0) out.push(c.green('  no change in the watched counters'));
  for (const k of changed) {
    out.push(`  ${c.yellow(k.meaning ?? k.key)}`);
    if (k.errno !== null) out.push(`    -> ${c.cyan(k.errno.name)}${k.errno.summary === null ? '' : `: ${k.errno.summary}`} (${k.errno.see})`);
  }
  const v = r.visibility;
  out.push('', c.bold('Visibility'));
  out.push(`  ${v.root ? (v.unreadableProcesses === 0 ? 'root: every process is visible' : 'root in a user namespace: processes outside it are not visible') : 'not root: only your own processes are attributed'}; ${v.scannedProcesses} processes scanned, ${v.unreadableProcesses} unreadable; ${v.socketsWithoutOwner} sockets without visible owner, ${v.orphanSockets} without a file (orphans, TIME_WAIT, not yet accepted)`);
  for (const n of v.notes) out.push(c.dim(`  ${n}`));
  return `${width === undefined ? out.join('\n') : fitText(out.join('\n'), width)}\n`;
}
