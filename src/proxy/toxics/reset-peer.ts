// reset_peer: at the first data in its stream, drops it and sends a real RST to the client `timeout` ms later.
import { defineToxic } from '../toxic.js';

/** Reset the connection (ECONNRESET at the client). */
export const resetPeer = defineToxic({
  type: 'reset_peer',
  summary: 'At the first data in this direction, drop it and send a TCP RST to the client timeout ms later (reset_idle 1: count from connect, data flows, idle connections reset too).',
  attributes: [
    { name: 'timeout', unit: 'ms', default: 0, min: 0, integer: true, negativeAsZero: true, summary: 'time from the first data (or from connect with reset_idle) to the RST' },
    { name: 'reset_idle', unit: '', default: 0, min: 0, integer: true, summary: '1 = socklab\'s mode: timer from connect or toxic add, data passes, idle connections reset too' },
  ],
  check: (a) => ((a.reset_idle ?? 0) > 1 ? ['reset_idle', 'must be 0 or 1'] : undefined),
  stage: (ctx) => {
    let armed = false;
    const arm = (): void => {
      if (armed) return;
      armed = true;
      ctx.after(ctx.attributes.timeout ?? 0, () => {
        ctx.fired('RST');
        ctx.link.reset();
      });
    };
    if (ctx.attributes.reset_idle === 1) {
      arm();
      return {};
    }
    // Toxiproxy's timing: the timer starts at the first data (or FIN) and that data never arrives.
    return {
      chunk(data) {
        ctx.lost(data.length);
        arm();
      },
      async end() {
        arm();
        await ctx.sleep(Infinity);
      },
    };
  },
});
