// slicer: cuts each chunk into pieces of about `average_size` bytes, `delay` microseconds apart.
import { defineToxic } from '../toxic.js';

/**
 * Piece boundaries of [0, length), in order: halve ranges (mid moved by up to +/- variation) until a range is within
 * variation of avg, as Toxiproxy does. An explicit stack keeps it O(pieces) with no intermediate arrays.
 */
function* pieces(length: number, avg: number, variation: number, random: () => number): Generator<[number, number]> {
  const stack: number[] = [0, length];
  while (stack.length > 0) {
    const end = stack.pop()!;
    const start = stack.pop()!;
    if (end - start - avg <= variation) {
      yield [start, end];
      continue;
    }
    let mid = start + Math.floor((end - start) / 2);
    if (variation > 0) mid += Math.floor(random() * variation * 2) - variation;
    mid = Math.min(end - 1, Math.max(start + 1, mid));
    stack.push(mid, end, start, mid); // left half on top: pieces come out in order
  }
}

/** Slice data into small pieces with delays between them. */
export const slicer = defineToxic({
  type: 'slicer',
  summary: 'Slice data into pieces of average_size +/- size_variation bytes, delay us apart: each piece is its own write while the receiver keeps up; pieces waiting behind a full socket buffer are merged, as the kernel would.',
  attributes: [
    { name: 'average_size', unit: 'bytes', default: 0, min: 1, integer: true, summary: 'mean piece size; at least 1' },
    { name: 'size_variation', unit: 'bytes', default: 0, min: 0, integer: true, summary: 'must be below average_size' },
    { name: 'delay', unit: 'us', default: 0, min: 0, integer: true, negativeAsZero: true, summary: 'pause between pieces' },
  ],
  check: (a) => ((a.size_variation ?? 0) >= (a.average_size ?? 1) ? ['size_variation', 'must be less than average_size'] : undefined),
  stage: (ctx) => {
    let owed = 0; // ms of delay not slept yet: timers tick in whole ms, so sub-ms pauses add up and are slept together
    return {
      async chunk(data, push) {
        const { average_size: avg = 1, size_variation: variation = 0, delay = 0 } = ctx.attributes;
        const signal = ctx.signal;
        let first = true;
        for (const [start, end] of pieces(data.length, avg, variation, ctx.random)) {
          if (signal.aborted) return push(data.subarray(start));
          if (!first) owed += delay / 1000;
          first = false;
          if (owed >= 1) {
            const began = performance.now();
            await ctx.sleep(owed);
            owed = Math.max(0, owed - (performance.now() - began));
          }
          await push(data.subarray(start, end));
        }
      },
    };
  },
});
