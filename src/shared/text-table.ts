// A plain-text table with wrapped cells, sized to fit a terminal width; colour is applied after layout.

/** One column: its header, and the widest it may grow before its cells wrap. */
export interface Column {
  readonly header: string;
  readonly max: number;
}

/** Wraps `text` to lines of at most `width` characters, breaking at spaces where it can. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(' ')) {
      let rest = word;
      while (rest.length > width) {
        if (line !== '') lines.push(line);
        lines.push(rest.slice(0, width));
        rest = rest.slice(width);
        line = '';
      }
      if (line === '') line = rest;
      else if (line.length + 1 + rest.length <= width) line += ` ${rest}`;
      else {
        lines.push(line);
        line = rest;
      }
    }
    lines.push(line);
  }
  return lines;
}

/** Renders rows under headers; `paint(row, column, text)` may colour a cell's lines after padding. */
export function renderTable(columns: readonly Column[], rows: readonly (readonly string[])[], paint?: (row: number, column: number, text: string) => string): string {
  const widths = columns.map((c, i) => Math.min(c.max, Math.max(c.header.length, ...rows.map((r) => Math.max(...(r[i] ?? '').split('\n').map((l) => l.length))))));
  const line = (cells: readonly string[][], row: number): string[] => {
    const height = Math.max(...cells.map((c) => c.length));
    return Array.from({ length: height }, (_, k) =>
      cells.map((c, i) => {
        const padded = (c[k] ?? '').padEnd(widths[i]!);
        return row >= 0 && paint !== undefined ? paint(row, i, padded) : padded;
      }).join('  ').trimEnd());
  };
  const header = line(columns.map((c) => [c.header]), -1);
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  const body = rows.flatMap((r, i) => [...line(r.map((cell, k) => wrap(cell, widths[k]!)), i), '']);
  return [...header, rule, ...body].join('\n');
}
