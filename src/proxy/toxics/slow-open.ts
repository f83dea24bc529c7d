// slow_open: holds the first bytes of a connection until it is `delay` ms old (a slow accept or TLS handshake).
import { defineToxic } from '../toxic.js';

/** Delay the first bytes of each connection. */
export const slowOpen = defineToxic({
  type: 'slow_open',
  summary: 'Hold the first bytes of each connection until it is delay ms old.',
  attributes: [{ name: 'delay', unit: 'ms', default: 0, min: 0, summary: 'age the connection must reach before data flows' }],
  stage: (ctx) => {
    let opened = false;
    return {
      async chunk(data, push) {
        if (!opened) {
          const wait = (ctx.attributes.delay ?? 0) - ctx.link.age();
          if (wait > 0) ctx.fired(`first bytes held ${Math.round(wait)} ms`);
          await ctx.sleep(wait);
          opened = true;
        }
        await push(data);
      },
    };
  },
});
