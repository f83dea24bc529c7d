// slow-headers: the server's answer arrives slowMs late (12 s by default, past ky's 10 s, the shortest default timeout).
import { defineFault } from '../fault.js';
import { proxiedSite } from '../proxied-site.js';

/** Response headers that take slowMs to come. */
export const slowHeaders = defineFault({
  id: 'slow-headers',
  title: 'slow-hdr',
  how: 'socklab\'s proxy with latency on the downstream: the whole answer, headers first, reaches the client the slow delay (12 s by default) after the server sent it.',
  slow: true,
  open: ({ slowMs }) => proxiedSite({ type: 'latency', stream: 'downstream', attributes: { latency: slowMs } }),
});
