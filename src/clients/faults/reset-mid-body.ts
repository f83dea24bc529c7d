// reset-mid-body: the headers and the first part of a 64 KiB body arrive, then the connection is reset.
import { defineFault } from '../fault.js';
import { proxiedSite } from '../proxied-site.js';

/** RST in the middle of the body. */
export const resetMidBody = defineFault({
  id: 'reset-mid-body',
  title: 'mid-body',
  how: 'socklab\'s proxy with reset_after on the downstream: the server answers 65536 bytes with Content-Length; the client gets the headers and the first 1024 bytes of the response, then a RST.',
  open: () => proxiedSite({ type: 'reset_after', stream: 'downstream', attributes: { bytes: 1024 } }, { bodyBytes: 65_536 }),
});
