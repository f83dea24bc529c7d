// The terminal view of `socklab clients`: one row per client and method, one column per fault, in blocks that fit.
import pc from 'picocolors';
import { wrap } from '../../shared/wrap-text.js';
import type { ClientCase, ClientsResult } from '../clients-result.js';
import { cellText, cellTone, type CellTone } from './case-cell.js';

/** How the matrix is drawn. */
export interface MatrixView {
  readonly color: boolean;
  /** Columns the output must fit. */
  readonly width: number;
}

const GAP = 2;
const MAX_CELL = 18;

const seconds = (ms: number): string => `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;

/** The faults split into blocks of columns that fit `width` beside the row labels. */
function blocks(widths: readonly number[], room: number): number[][] {
  const out: number[][] = [[]];
  let used = 0;
  widths.forEach((w, i) => {
    if (out.at(-1)!.length > 0 && used + GAP + w > room) {
      out.push([]);
      used = 0;
    }
    out.at(-1)!.push(i);
    used += GAP + w;
  });
  return out;
}

function header(result: ClientsResult, width: number): string[] {
  const ready = result.clients.filter((c) => c.status === 'ready');
  const versions = ready.map((c) => `${c.id} ${c.packages.map((p) => p.version ?? '?').join('/')}`).join(', ');
  return [
    ...wrap(`${ready.length} client${ready.length === 1 ? '' : 's'} x ${result.faults.length} fault${result.faults.length === 1 ? '' : 's'} x ${result.methods.join('/')}, each client with its defaults, in ${seconds(result.durationMs)}.`, width),
    ...wrap(`Versions from ${result.cwd}: ${versions}.`, width),
  ];
}

/** Legend entries packed into lines of `width`, three spaces apart. */
function legend(result: ClientsResult, width: number): string[] {
  const entries = [
    'ok = the whole response arrived', 'CODE = err.code of the error', 'CODE* = only a cause has a code', 'Name = an error without a code',
    '+N = the client retried N times', '! = the server got the POST more than once', `waiting = no outcome after ${seconds(result.maxWaitMs)}`,
    `slow faults take ${seconds(result.slowMs)}`, 'details: --long',
  ];
  const lines = [''];
  for (const entry of entries) {
    const last = lines.at(-1)!;
    if (entry.length > width) lines.push(...wrap(entry, width), ''); // too long to share a line: it gets its own
    else if (last === '') lines[lines.length - 1] = entry;
    else if (last.length + 3 + entry.length <= width) lines[lines.length - 1] = `${last}   ${entry}`;
    else lines.push(entry);
  }
  return lines.filter((l) => l !== '');
}

function missing(result: ClientsResult, width: number): string[] {
  return result.clients.filter((c) => c.status !== 'ready').flatMap((c) => wrap(`${c.id}: ${c.status === 'not-installed' ? 'not installed' : 'not measured'}: ${c.reason ?? ''}`, width));
}

/** The matrix, legend and notes, fitted to `view.width`. */
export function renderClientsMatrix(result: ClientsResult, view: MatrixView): string {
  const p = pc.createColors(view.color);
  const tone: Record<CellTone, (s: string) => string> = { ok: p.green, error: p.red, waiting: p.yellow, failed: p.dim };
  const byKey = new Map(result.cases.map((c) => [`${c.client} ${c.fault} ${c.method}`, c]));
  const rows = result.clients.filter((c) => c.status === 'ready').flatMap((c) => result.methods.map((m, i) => ({ label: i === 0 ? c.id : '', method: m, client: c.id })));
  const labelWidth = Math.max(...rows.map((r) => r.label.length), 6) + 1 + Math.max(...result.methods.map((m) => m.length));
  const cell = (client: string, fault: string, method: string): ClientCase | undefined => byKey.get(`${client} ${fault} ${method}`);
  const widths = result.faults.map((f) => Math.max(f.title.length, ...rows.map((r) => cellText(cell(r.client, f.id, r.method)!, MAX_CELL).length)));
  const lines = [...header(result, view.width), ''];
  for (const block of blocks(widths, view.width - labelWidth)) {
    lines.push(`${' '.repeat(labelWidth)}${block.map((i) => `${' '.repeat(GAP)}${result.faults[i]!.title.padEnd(widths[i]!)}`).join('')}`.trimEnd());
    for (const r of rows) {
      const cells = block.map((i, k) => {
        const c = cell(r.client, result.faults[i]!.id, r.method)!;
        const text = cellText(c, widths[i]!);
        // No padding after the last cell, so that a coloured line ends where the plain one does.
        return `${' '.repeat(GAP)}${tone[cellTone(c)](k === block.length - 1 ? text : text.padEnd(widths[i]!))}`;
      });
      lines.push(`${r.label.padEnd(labelWidth - r.method.length)}${r.method}${cells.join('')}`.trimEnd());
    }
    lines.push('');
  }
  return [...lines, ...legend(result, view.width), ...missing(result, view.width)].join('\n') + '\n';
}
