// superagent: superagent(method, url).send(json) with its defaults (no retry, no timeout, no pooling), awaited.
import { defineClient } from '../client.js';
import { mainExport } from '../installed-package.js';

interface SuperagentRequest extends PromiseLike<{ readonly status: number; readonly text?: string }> {
  send(body: unknown): SuperagentRequest;
  abort(): void;
}
type Superagent = (method: string, url: string) => SuperagentRequest;

/** superagent with its defaults. */
export const superagent = defineClient({
  id: 'superagent',
  title: 'superagent',
  packages: ['superagent'],
  summary: 'superagent(method, url).send(json), awaited, with its defaults (agent false: no connection pooling).',
  open: (modules) => {
    const start = mainExport<Superagent>(modules.superagent);
    return {
      send: async (request) => {
        let pending = start(request.method, request.url);
        if (request.json !== undefined) pending = pending.send(request.json);
        // superagent takes no AbortSignal: abort() is its way to cancel, and only while the request is pending. The
        // listener must not return the request: EventTarget would treat that thenable's rejection as uncaught.
        const abort = (): void => {
          pending.abort();
        };
        request.signal.addEventListener('abort', abort, { once: true });
        try {
          const response = await pending;
          return { status: response.status, bytes: Buffer.byteLength(response.text ?? '') };
        } finally {
          request.signal.removeEventListener('abort', abort);
        }
      },
      close: () => undefined,
    };
  },
});
