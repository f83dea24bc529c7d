// fetch: Node's global fetch (the undici bundled with Node), through its global dispatcher.
import { defineClient } from '../client.js';
import { fetchSession } from '../fetch-session.js';

/** The global fetch. */
export const globalFetch = defineClient({
  id: 'fetch',
  title: 'fetch (Node)',
  packages: [],
  builtIn: () => [{ name: 'node', version: process.version }, { name: 'undici (bundled)', version: process.versions.undici ?? null }],
  summary: 'globalThis.fetch() then response.arrayBuffer(), through Node\'s global dispatcher (its bundled undici).',
  open: () => fetchSession(globalThis.fetch),
});
