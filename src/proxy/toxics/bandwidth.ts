// bandwidth: limits one direction to `rate` KB/s (1 KB = 1000 bytes), releasing data in 100 ms slices.
import { defineToxic } from '../toxic.js';

/** Cap the throughput of one direction. */
export const bandwidth = defineToxic({
  type: 'bandwidth',
  summary: 'Limit throughput to rate KB/s.',
  attributes: [{ name: 'rate', unit: 'KB/s', default: 0, min: 0, exclusive: true, integer: true, summary: 'bytes per millisecond; must be > 0' }],
  stage: (ctx) => {
    let debt = 0; // ms of sending we still owe, carried across chunks like Toxiproxy
    return {
      async chunk(data, push) {
        const rate = ctx.attributes.rate ?? 1;
        const slice = Math.max(1, Math.floor(rate * 100));
        let rest = data;
        while (rest.length > slice && !ctx.signal.aborted) {
          await ctx.sleep(100);
          await push(rest.subarray(0, slice));
          rest = rest.subarray(slice);
        }
        debt += rest.length / rate;
        const started = performance.now();
        await ctx.sleep(debt);
        debt = Math.max(0, debt - (performance.now() - started));
        await push(rest);
      },
    };
  },
});
