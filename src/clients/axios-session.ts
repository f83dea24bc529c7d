// A session over an axios instance: instance.request({ url, method, data }), which reads the whole body.
import type { ClientSession } from './client.js';

/** What the matrix needs of an axios instance. */
export interface AxiosInstanceLike {
  request(config: { url: string; method: string; data?: unknown; signal: AbortSignal }): Promise<{ readonly status: number; readonly data: unknown }>;
}

/** The axios module as far as the matrix uses it. */
export interface AxiosLike {
  create(): AxiosInstanceLike;
}

/** A session over `instance`; nothing to close (axios uses http.globalAgent). */
export function axiosSession(instance: AxiosInstanceLike): ClientSession {
  return {
    send: async (request) => {
      const { status, data } = await instance.request({ url: request.url, method: request.method, data: request.json, signal: request.signal });
      // axios hands over the body decoded (text, or parsed JSON): count it back in bytes.
      return { status, bytes: Buffer.byteLength(typeof data === 'string' ? data : JSON.stringify(data)) };
    },
    close: () => undefined,
  };
}
