// Draws a row of counts as a sparkline of block characters, summing neighbours when there are more counts than columns.

const BLOCKS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'] as const;

/** Merges counts into at most `width` columns by summing runs of neighbours. */
export function fold(counts: readonly number[], width: number): number[] {
  if (counts.length <= width) return [...counts];
  const per = Math.ceil(counts.length / width);
  const out: number[] = [];
  for (let i = 0; i < counts.length; i += per) out.push(counts.slice(i, i + per).reduce((a, b) => a + b, 0));
  return out;
}

/** One block character per column, scaled to the largest column; empty columns are spaces. */
export function sparkline(counts: readonly number[], width = 60): string {
  const columns = fold(counts, width);
  const max = Math.max(0, ...columns);
  if (max === 0) return '';
  return columns.map((n) => (n === 0 ? ' ' : BLOCKS[Math.max(0, Math.ceil((n / max) * 8) - 1)])).join('');
}
