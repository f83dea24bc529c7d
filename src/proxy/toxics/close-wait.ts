// close_wait: "the server process terminated early": FIN to the client, upstream kept, RST when the client writes.
import { defineToxic } from '../toxic.js';

/** Leave the client in CLOSE_WAIT: EOF on read, RST on its next write, EPIPE on the write after. */
export const closeWait = defineToxic({
  type: 'close_wait',
  summary: 'After delay ms send FIN to the client while keeping the upstream; answer the client\'s next bytes with RST.',
  attributes: [{ name: 'delay', unit: 'ms', default: 0, min: 0, summary: 'time before the FIN' }],
  stage: (ctx) => {
    void ctx.sleep(ctx.attributes.delay ?? 0).then((elapsed) => {
      if (!elapsed) return;
      ctx.fired('FIN to client (server gone)');
      ctx.link.closeWait();
    });
    return {};
  },
});
