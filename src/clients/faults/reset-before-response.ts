// reset-before-response: the server gets the request, then the connection is reset before any byte of the answer.
import { defineFault } from '../fault.js';
import { proxiedSite } from '../proxied-site.js';

/** RST after the request, before the response. */
export const resetBeforeResponse = defineFault({
  id: 'reset-before-response',
  title: 'reset',
  how: 'socklab\'s proxy with reset_peer on the downstream: the server receives the request and answers; the proxy drops the answer\'s first bytes and sends the client a RST.',
  open: () => proxiedSite({ type: 'reset_peer', stream: 'downstream', attributes: { timeout: 0 } }),
});
