// latency: delays every chunk by `latency` ms plus or minus `jitter` ms, pipelined (chunks keep their spacing).
import { defineToxic } from '../toxic.js';

/** Add a delay to all data in one direction. */
export const latency = defineToxic({
  type: 'latency',
  summary: 'Delay all data by latency ms, plus or minus a random jitter ms; pipelined, so chunks keep their spacing.',
  attributes: [
    { name: 'latency', unit: 'ms', default: 0, min: 0, integer: true, negativeAsZero: true, summary: 'delay added to each chunk' },
    { name: 'jitter', unit: 'ms', default: 0, min: 0, integer: true, negativeAsZero: true, summary: 'random variation, uniform in [-jitter, +jitter)' },
  ],
  stage: (ctx) => ({
    async chunk(data, push, receivedAt) {
      const { latency: base = 0, jitter = 0 } = ctx.attributes;
      const delay = Math.max(0, base + (jitter > 0 ? (ctx.random() * 2 - 1) * jitter : 0));
      await ctx.sleep(delay - (performance.now() - receivedAt));
      await push(data);
    },
  }),
});
