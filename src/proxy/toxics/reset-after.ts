// reset_after: lets `bytes` bytes through (or `timeout` ms pass), then RST: ECONNRESET on read, EPIPE on a later write.
import { defineToxic } from '../toxic.js';

/** Reset the connection after N bytes or T ms, whichever comes first. */
export const resetAfter = defineToxic({
  type: 'reset_after',
  summary: 'Send a TCP RST to the client after bytes bytes in this direction or timeout ms, whichever comes first.',
  attributes: [
    { name: 'bytes', unit: 'bytes', default: 0, min: 0, integer: true, summary: 'bytes let through before the RST; 0 = no byte trigger' },
    { name: 'timeout', unit: 'ms', default: 0, min: 0, summary: 'time before the RST; 0 = no time trigger' },
  ],
  check: (a) => (a.bytes === 0 && a.timeout === 0 ? ['bytes', 'or timeout must be greater than 0'] : undefined),
  state: () => ({ sent: 0 }), // bytes counted across updates, as limit_data counts them
  stage: (ctx) => {
    let done = false;
    const fire = (why: string): void => {
      if (done) return;
      done = true;
      ctx.fired(`RST ${why}`);
      ctx.link.reset();
    };
    const ms = ctx.attributes.timeout ?? 0;
    if (ms > 0) void ctx.sleep(ms).then((elapsed) => elapsed && fire(`after ${ms} ms`));
    return {
      async chunk(data, push) {
        const limit = ctx.attributes.bytes ?? 0;
        if (limit === 0 || done) return done ? undefined : push(data);
        const piece = data.subarray(0, Math.max(0, limit - ctx.state.sent));
        ctx.state.sent += piece.length;
        if (piece.length > 0) await push(piece);
        if (ctx.state.sent >= limit) fire(`after ${ctx.state.sent} bytes`);
      },
    };
  },
});
