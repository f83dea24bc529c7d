// slow-body: the headers come at once, then the body trickles in at 1 KB/s for slowMs.
import { defineFault } from '../fault.js';
import { proxiedSite } from '../proxied-site.js';

/** A body that takes slowMs to arrive. */
export const slowBody = defineFault({
  id: 'slow-body',
  title: 'slow-body',
  how: 'socklab\'s proxy with bandwidth 1 KB/s on the downstream and a body that takes the slow delay (12 s by default) at that rate: the headers arrive within 0.2 s, then 100 bytes every 100 ms, never idle long.',
  slow: true,
  open: ({ slowMs }) => proxiedSite({ type: 'bandwidth', stream: 'downstream', attributes: { rate: 1 } }, { bodyBytes: Math.round(slowMs) }),
});
