// ky: the ky package's default instance over the global fetch: ky(url, { method, json }), then the whole body.
import { defineClient } from '../client.js';
import { mainExport } from '../installed-package.js';

type Ky = (url: string, options: { method: string; json?: unknown; signal: AbortSignal }) => Promise<{ readonly status: number; arrayBuffer(): Promise<ArrayBuffer> }>;

/** ky with its defaults (retry limit 2, timeout 10 s). */
export const ky = defineClient({
  id: 'ky',
  title: 'ky',
  packages: ['ky'],
  summary: 'ky(url, { method, json }) then response.arrayBuffer(), with its defaults (over the global fetch).',
  open: (modules) => {
    const send = mainExport<Ky>(modules.ky);
    return {
      send: async (request) => {
        const response = await send(request.url, { method: request.method, signal: request.signal, ...(request.json === undefined ? {} : { json: request.json }) });
        return { status: response.status, bytes: (await response.arrayBuffer()).byteLength };
      },
      close: () => undefined,
    };
  },
});
