// unresolvable-name: the URL's host name does not exist, so the lookup fails with ENOTFOUND and nothing connects.
import { defineFault } from '../fault.js';
import { answerInvalidNames } from '../invalid-names.js';

/** A host name that does not resolve. */
export const unresolvableName = defineFault({
  id: 'unresolvable-name',
  title: 'no-dns',
  how: 'A host name under .invalid (RFC 6761), which never resolves; socklab answers its lookups itself, at once and as NXDOMAIN (getaddrinfo ENOTFOUND), so no query leaves the machine.',
  open: async () => {
    const release = answerInvalidNames();
    return { origin: 'http://socklab-clients.invalid', received: () => 0, close: async () => release() };
  },
});
