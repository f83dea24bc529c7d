// silent-peer: the request reaches the server, then nothing comes back: no answer, no FIN, no RST.
import { defineFault } from '../fault.js';
import { proxiedSite } from '../proxied-site.js';

/** A peer that goes silent after the request. */
export const silentPeer = defineFault({
  id: 'silent-peer',
  title: 'silent',
  how: 'socklab\'s proxy with hang_after (timeout 0) on the downstream: the server receives the request and answers; the proxy holds the answer and the server\'s later FIN, as a host that died would stay silent.',
  slow: true,
  open: () => proxiedSite({ type: 'hang_after', stream: 'downstream', attributes: { timeout: 0 } }),
});
