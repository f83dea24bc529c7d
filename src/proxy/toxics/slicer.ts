// slicer: cuts each chunk into pieces of about `average_size` bytes, `delay` microseconds apart.
import { defineToxic } from '../toxic.js';

function cuts(start: number, end: number, avg: number, variation: number, random: () => number): number[] {
  if (end - start - avg <= variation) return [start, end];
  let mid = start + Math.floor((end - start) / 2);
  if (variation > 0) mid += Math.floor(random() * variation * 2) - variation;
  mid = Math.min(end - 1, Math.max(start + 1, mid));
  return [...cuts(start, mid, avg, variation, random), ...cuts(mid, end, avg, variation, random)];
}

/** Slice data into small pieces with delays between them. */
export const slicer = defineToxic({
  type: 'slicer',
  summary: 'Slice data into pieces of average_size +/- size_variation bytes, delay us apart.',
  attributes: [
    { name: 'average_size', unit: 'bytes', default: 0, min: 1, integer: true, summary: 'mean piece size; at least 1' },
    { name: 'size_variation', unit: 'bytes', default: 0, min: 0, integer: true, summary: 'must be below average_size' },
    { name: 'delay', unit: 'us', default: 0, min: 0, integer: true, negativeAsZero: true, summary: 'pause between pieces' },
  ],
  check: (a) => ((a.size_variation ?? 0) >= (a.average_size ?? 1) ? ['size_variation', 'must be less than average_size'] : undefined),
  stage: (ctx) => ({
    async chunk(data, push) {
      const { average_size: avg = 1, size_variation: variation = 0, delay = 0 } = ctx.attributes;
      const points = cuts(0, data.length, avg, variation, ctx.random);
      for (let i = 1; i < points.length; i += 2) {
        if (ctx.signal.aborted) return push(data.subarray(points[i - 1]));
        await push(data.subarray(points[i - 1], points[i]));
        if (i + 1 < points.length) await ctx.sleep(delay / 1000);
      }
    },
  }),
});
