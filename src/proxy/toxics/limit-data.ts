// limit_data: passes the first `bytes` bytes of one direction, then closes the connection.
import { defineToxic } from '../toxic.js';

/** Close the connection after a number of bytes. */
export const limitData = defineToxic({
  type: 'limit_data',
  summary: 'Close the connection once bytes bytes have passed in this direction.',
  attributes: [{ name: 'bytes', unit: 'bytes', default: 0, min: 0, integer: true, negativeAsZero: true, summary: 'bytes let through' }],
  stage: (ctx) => {
    let sent = 0;
    return {
      async chunk(data, push) {
        const room = Math.max(0, (ctx.attributes.bytes ?? 0) - sent);
        const piece = data.subarray(0, room);
        if (piece.length > 0) await push(piece);
        sent += piece.length;
        if (sent >= (ctx.attributes.bytes ?? 0)) {
          ctx.fired(`closed after ${sent} bytes`);
          ctx.link.close();
          await ctx.sleep(Infinity);
        }
      },
    };
  },
});
