// The body of a measured POST as JSON text with its headers, for the clients that take a string body.
import type { PlannedRequest } from './client.js';

/** JSON text and headers of a request's body; no body and no headers for a GET. */
export function jsonBody(request: PlannedRequest): { readonly body?: string; readonly headers: Readonly<Record<string, string>> } {
  if (request.json === undefined) return { headers: {} };
  const body = JSON.stringify(request.json);
  return { body, headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) } };
}
