// A session over a WHATWG-style fetch function (Node's global fetch, node-fetch): fetch, then the whole body.
import type { ClientSession } from './client.js';
import { jsonBody } from './json-body.js';

/** What the matrix needs of a fetch function. */
export type FetchLike = (url: string, init: {
  method: string;
  body?: string;
  headers: Readonly<Record<string, string>>;
  signal: AbortSignal;
}) => Promise<{ readonly status: number; arrayBuffer(): Promise<ArrayBuffer> }>;

/** A session calling `fetch` with its defaults; nothing to close (the library's global pool is shared). */
export function fetchSession(fetch: FetchLike): ClientSession {
  return {
    send: async (request) => {
      const response = await fetch(request.url, { method: request.method, ...jsonBody(request), signal: request.signal });
      return { status: response.status, bytes: (await response.arrayBuffer()).byteLength };
    },
    close: () => undefined,
  };
}
