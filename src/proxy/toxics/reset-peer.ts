// reset_peer: after `timeout` ms sends a real RST to the client, on live and new connections, honouring toxicity.
import { defineToxic } from '../toxic.js';

/** Reset the connection (ECONNRESET at the client). */
export const resetPeer = defineToxic({
  type: 'reset_peer',
  summary: 'Send a TCP RST to the client after timeout ms (0: at once).',
  attributes: [{ name: 'timeout', unit: 'ms', default: 0, min: 0, integer: true, negativeAsZero: true, summary: 'time before the RST' }],
  stage: (ctx) => {
    void ctx.sleep(ctx.attributes.timeout ?? 0).then((elapsed) => {
      if (!elapsed) return;
      ctx.fired('RST');
      ctx.link.reset();
    });
    return {};
  },
});
