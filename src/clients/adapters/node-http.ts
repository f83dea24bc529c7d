// node-http: Node's own http.request through a keep-alive Agent, the default of http.globalAgent since Node 19.
import http from 'node:http';
import { agentSession } from '../agent-session.js';
import { defineClient } from '../client.js';

/** node:http with keep-alive on. */
export const nodeHttp = defineClient({
  id: 'node-http',
  title: 'node:http keep-alive',
  packages: [],
  builtIn: () => [{ name: 'node', version: process.version }],
  summary: 'http.request() through new http.Agent({ keepAlive: true }), as http.globalAgent is set up since Node 19.',
  open: () => agentSession(new http.Agent({ keepAlive: true })),
});
