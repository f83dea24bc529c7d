// slow_close: holds the FIN for `delay` ms after the sender closed its side.
import { defineToxic } from '../toxic.js';

/** Delay the close of one direction. */
export const slowClose = defineToxic({
  type: 'slow_close',
  summary: 'Delay the FIN by delay ms after the sender closes.',
  attributes: [{ name: 'delay', unit: 'ms', default: 0, min: 0, integer: true, negativeAsZero: true, summary: 'time the FIN is held' }],
  stage: (ctx) => ({
    async end() {
      await ctx.sleep(ctx.attributes.delay ?? 0);
    },
  }),
});
