// timeout: drops all data in one direction; closes the connection once the stream has been silent for `timeout` ms.
import { defineToxic } from '../toxic.js';

/** Stop all data; close after a quiet spell. */
export const timeout = defineToxic({
  type: 'timeout',
  summary: 'Drop all data; close the connection after timeout ms without data in this direction (0: never; removing the toxic closes a connection it dropped data from).',
  attributes: [{ name: 'timeout', unit: 'ms', default: 0, min: 0, integer: true, negativeAsZero: true, summary: 'quiet time before the connection is closed (every byte restarts it); 0 = never' }],
  stage: (ctx) => {
    const ms = ctx.attributes.timeout ?? 0;
    // As in Toxiproxy the wait restarts with every chunk, so a chatty client is never closed.
    const timer = ms > 0 ? ctx.after(ms, () => {
      ctx.fired('closed after timeout');
      ctx.link.close();
    }) : undefined;
    return {
      chunk(data) {
        ctx.lost(data.length); // dropping the data is the fault; removal then closes the connection
        timer?.refresh();
      },
    };
  },
});
