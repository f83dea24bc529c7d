// The columns of the repro diagram, sized to the terminal: time, the client's side, the wire, then the server's side.

/** Widths of the diagram's columns; the server's side takes what is left of `width`. */
export interface DiagramColumns {
  readonly width: number;
  readonly side: number;
  readonly wire: number;
}

/** The time column: 9 characters and 2 spaces. */
export const TIME_COLUMN = 11;

/** Columns for a terminal `width` wide: at 120 a 34-wide side and a 28-wide wire, narrower below. */
export function diagramColumns(width = 120): DiagramColumns {
  const wire = Math.min(28, Math.max(16, width - TIME_COLUMN - 30));
  const side = Math.min(34, Math.max(12, Math.floor((width - TIME_COLUMN - wire - 2) / 2)));
  return { width, side, wire };
}
