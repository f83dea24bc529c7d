// A plain-text table with wrapped cells, laid out to fit a terminal width; colour is applied after layout.
import { padToWidth, textWidth, wrap } from './wrap-text.js';

/** One column: its header, the widest it may grow, and whether its cells may wrap inside words. */
export interface Column {
  readonly header: string;
  readonly max: number;
  /** Never narrower than its widest cell (ids that must not be split); the other columns give way. */
  readonly keep?: boolean;
}

const GAP = 2;
/** A column narrower than this wraps its text inside words rather than shrink further. */
const MIN_COLUMN = 6;

/** Column widths: each as wide as its content (up to max), then the widest shrunk until the row fits `width`. */
function layout(columns: readonly Column[], rows: readonly (readonly string[])[], width: number): number[] {
  const lineWidths = (text: string): number[] => text.split('\n').map(textWidth);
  const natural = columns.map((c, i) => Math.min(c.max, Math.max(textWidth(c.header), ...rows.flatMap((r) => lineWidths(r[i] ?? '')))));
  const floor = columns.map((c, i) => (c.keep === true ? natural[i]! : Math.min(natural[i]!, MIN_COLUMN)));
  const widths = [...natural];
  let excess = widths.reduce((a, b) => a + b, 0) + GAP * (columns.length - 1) - width;
  while (excess > 0) {
    // Take one column from the column with the most room above its floor.
    let widest = -1;
    widths.forEach((w, i) => { if (w > floor[i]! && (widest < 0 || w - floor[i]! > widths[widest]! - floor[widest]!)) widest = i; });
    if (widest < 0) break;
    widths[widest]! -= 1;
    excess -= 1;
  }
  return widths;
}

/**
 * Renders rows under headers in at most `width` columns (as far as headers and kept columns allow);
 * `paint(row, column, text)` may colour a cell's lines after padding.
 */
export function renderTable(columns: readonly Column[], rows: readonly (readonly string[])[], width: number, paint?: (row: number, column: number, text: string) => string): string {
  const widths = layout(columns, rows, width);
  const line = (cells: readonly string[][], row: number): string[] => {
    const height = Math.max(...cells.map((c) => c.length));
    return Array.from({ length: height }, (_, k) =>
      cells.map((c, i) => {
        const padded = padToWidth(c[k] ?? '', widths[i]!);
        return row >= 0 && paint !== undefined ? paint(row, i, padded) : padded;
      }).join(' '.repeat(GAP)).trimEnd());
  };
  const header = line(columns.map((c, i) => wrap(c.header, widths[i]!)), -1);
  const rule = widths.map((w) => '─'.repeat(w)).join(' '.repeat(GAP));
  const body = rows.flatMap((r, i) => [...line(r.map((cell, k) => wrap(cell, widths[k]!)), i), '']);
  return [...header, rule, ...body].join('\n');
}
