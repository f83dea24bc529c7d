// node-http-close: Node's own http.request through an Agent with keep-alive off (a new connection per request).
import http from 'node:http';
import { agentSession } from '../agent-session.js';
import { defineClient } from '../client.js';

/** node:http with keep-alive off. */
export const nodeHttpClose = defineClient({
  id: 'node-http-close',
  title: 'node:http no keep-alive',
  packages: [],
  builtIn: () => [{ name: 'node', version: process.version }],
  summary: 'http.request() through new http.Agent({ keepAlive: false }): one connection per request, closed after it.',
  open: () => agentSession(new http.Agent({ keepAlive: false })),
});
