// timeout: swallows all data in one direction and closes the connection after `timeout` ms (0 = never close).
import { defineToxic } from '../toxic.js';

/** Stop all data; close after a while. */
export const timeout = defineToxic({
  type: 'timeout',
  summary: 'Drop all data and close the connection after timeout ms (0: keep it open, dropping data, until removed).',
  attributes: [{ name: 'timeout', unit: 'ms', default: 0, min: 0, integer: true, negativeAsZero: true, summary: 'time before the connection is closed; 0 = never' }],
  stage: (ctx) => {
    const ms = ctx.attributes.timeout ?? 0;
    if (ms > 0) {
      void ctx.sleep(ms).then((elapsed) => {
        if (!elapsed) return;
        ctx.fired('closed after timeout');
        ctx.link.close();
      });
    }
    return {
      chunk() {
        // Dropping the data is the fault this toxic injects.
      },
      end: () => ctx.sleep(Infinity).then(() => undefined),
    };
  },
});
