// keepalive-race: the server closes an idle keep-alive connection just as the client reuses it for the next request.
import { defineFault } from '../fault.js';
import { directSite } from '../direct-site.js';

/** The keep-alive race. */
export const keepaliveRace = defineFault({
  id: 'keepalive-race',
  title: 'ka-race',
  how: 'A warm-up request leaves a pooled keep-alive connection; a server on loopback closes any connection that brings a second request, unanswered and uncounted, as a server whose idle timeout closed it first would. A client that opens a new connection is not affected.',
  warmUp: true,
  open: () => directSite({ dropReused: true }),
});
