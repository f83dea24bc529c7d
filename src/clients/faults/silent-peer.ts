// silent-peer: the request reaches the server, then nothing comes back: no answer, no FIN, no RST.
import { defineFault } from '../fault.js';
import { proxiedSite } from '../proxied-site.js';

/** A peer that goes silent after the request. */
export const silentPeer = defineFault({
  id: 'silent-peer',
  title: 'silent',
  how: 'socklab\'s proxy with timeout (0: never close) on the downstream: the server receives the request and answers; the proxy drops the answer and keeps the connection open, as a host that died would.',
  slow: true,
  open: () => proxiedSite({ type: 'timeout', stream: 'downstream', attributes: { timeout: 0 } }),
});
