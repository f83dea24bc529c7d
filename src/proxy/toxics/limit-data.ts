// limit_data: passes the first `bytes` bytes of one direction, then closes the connection.
import { defineToxic } from '../toxic.js';

/** Close the connection after a number of bytes. */
export const limitData = defineToxic({
  type: 'limit_data',
  summary: 'Close the connection once bytes bytes have passed in this direction (counted across updates, as in Toxiproxy).',
  attributes: [{ name: 'bytes', unit: 'bytes', default: 0, min: 0, integer: true, negativeAsZero: true, summary: 'bytes let through' }],
  // As Toxiproxy's state: an update does not start the count again, so a limit of N never lets more than N through.
  state: () => ({ sent: 0 }),
  stage: (ctx) => ({
    async chunk(data, push) {
      const room = Math.max(0, (ctx.attributes.bytes ?? 0) - ctx.state.sent);
      const piece = data.subarray(0, room);
      ctx.state.sent += piece.length;
      if (piece.length > 0) await push(piece);
      if (ctx.state.sent >= (ctx.attributes.bytes ?? 0)) {
        ctx.fired(`closed after ${ctx.state.sent} bytes`);
        ctx.link.close();
        await ctx.sleep(Infinity);
      }
    },
  }),
});
