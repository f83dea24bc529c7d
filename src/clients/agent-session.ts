// A session over node:http with a given Agent: http.request, the body read to its end, req.reusedSocket noted.
import http from 'node:http';
import type { ClientSession, PlannedRequest, Reply } from './client.js';
import { jsonBody } from './json-body.js';

function send(agent: http.Agent, request: PlannedRequest): Promise<Reply> {
  const { body, headers } = jsonBody(request);
  return new Promise((resolve, reject) => {
    const req = http.request(request.url, { method: request.method, agent, headers, signal: request.signal }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes }));
      res.on('error', reject);
    });
    // Node documents reusedSocket for exactly this: telling a stale pooled connection from a fresh failure.
    req.on('error', (error) => {
      request.note('reusedSocket', req.reusedSocket);
      reject(error);
    });
    req.on('response', () => request.note('reusedSocket', req.reusedSocket));
    req.end(body);
  });
}

/** A session sending through `agent`; closing it destroys the agent's sockets. */
export function agentSession(agent: http.Agent): ClientSession {
  return { send: (request) => send(agent, request), close: () => agent.destroy() };
}
