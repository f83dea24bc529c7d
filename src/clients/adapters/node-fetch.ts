// node-fetch: the node-fetch package's fetch(), then the whole body.
import { defineClient } from '../client.js';
import { fetchSession, type FetchLike } from '../fetch-session.js';
import { mainExport } from '../installed-package.js';

/** node-fetch with its defaults (Node's global http agent). */
export const nodeFetch = defineClient({
  id: 'node-fetch',
  title: 'node-fetch',
  packages: ['node-fetch'],
  summary: 'fetch() from node-fetch then response.arrayBuffer(), with its defaults (http.globalAgent).',
  open: (modules) => fetchSession(mainExport<FetchLike>(modules['node-fetch'])),
});
