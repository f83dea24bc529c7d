// A session over the undici package: request() through a dispatcher the session owns, then the whole body.
import type { ClientSession } from './client.js';
import { jsonBody } from './json-body.js';

/** A dispatcher (Agent, RetryAgent) as far as the matrix uses one. */
export interface UndiciDispatcher {
  destroy(): Promise<void>;
}

/** What the matrix needs of the undici package. */
export interface UndiciLike {
  readonly Agent: new () => UndiciDispatcher;
  readonly RetryAgent: new (agent: UndiciDispatcher) => UndiciDispatcher;
  request(url: string, options: {
    method: string;
    body?: string;
    headers: Readonly<Record<string, string>>;
    dispatcher: UndiciDispatcher;
    signal: AbortSignal;
  }): Promise<{ readonly statusCode: number; readonly body: { arrayBuffer(): Promise<ArrayBuffer> } }>;
}

/** A session sending with undici.request() through `dispatcher`; closing destroys it. */
export function undiciSession(undici: UndiciLike, dispatcher: UndiciDispatcher): ClientSession {
  return {
    send: async (request) => {
      const { statusCode, body } = await undici.request(request.url, { method: request.method, ...jsonBody(request), dispatcher, signal: request.signal });
      return { status: statusCode, bytes: (await body.arrayBuffer()).byteLength };
    },
    // destroy() rather than close(): close() would wait for requests still hanging on a silent peer.
    close: () => dispatcher.destroy().catch(() => undefined),
  };
}
