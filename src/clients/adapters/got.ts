// got: the got package's default instance: got(url, { method, json }), which reads the whole body.
import { defineClient } from '../client.js';
import { mainExport } from '../installed-package.js';

type Got = (url: string, options: { method: string; json?: unknown; signal: AbortSignal }) => Promise<{ readonly statusCode: number; readonly rawBody: Buffer }>;

/** got with its defaults (retry limit 2, no timeout). */
export const got = defineClient({
  id: 'got',
  title: 'got',
  packages: ['got'],
  summary: 'got(url, { method, json }) with the default instance (its retry and timeout defaults, http.globalAgent).',
  open: (modules) => {
    const send = mainExport<Got>(modules.got);
    return {
      send: async (request) => {
        const response = await send(request.url, { method: request.method, signal: request.signal, ...(request.json === undefined ? {} : { json: request.json }) });
        return { status: response.statusCode, bytes: response.rawBody.length };
      },
      close: () => undefined,
    };
  },
});
