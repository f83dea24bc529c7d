// One plain node:http request to a fault site, timed: when the headers came, how much body, and how it ended.
import http from 'node:http';

/** What one probe saw. */
export interface Probe {
  readonly status?: number;
  /** Ms from the request to the response headers. */
  readonly headersMs?: number;
  readonly bytes: number;
  /** Ms from the request to its end (error, end of body, or the time limit). */
  readonly ms: number;
  readonly code?: string;
  readonly message?: string;
  readonly timedOut: boolean;
  readonly reusedSocket: boolean;
}

/** Sends `method url` (through `agent` if given) and reports what happened within `limitMs`. */
export function probe(url: string, options: { method?: string; agent?: http.Agent; limitMs?: number; body?: string } = {}): Promise<Probe> {
  const started = performance.now();
  const since = (): number => performance.now() - started;
  return new Promise((resolve) => {
    let bytes = 0;
    let headersMs: number | undefined;
    let status: number | undefined;
    const req = http.request(url, { method: options.method ?? 'GET', ...(options.agent === undefined ? { agent: false } : { agent: options.agent }) });
    const done = (end: { code?: string; message?: string; timedOut?: boolean }): void => {
      clearTimeout(timer);
      req.destroy();
      resolve({
        bytes, ms: since(), timedOut: end.timedOut ?? false, reusedSocket: req.reusedSocket,
        ...(status === undefined ? {} : { status }), ...(headersMs === undefined ? {} : { headersMs }),
        ...(end.code === undefined ? {} : { code: end.code }), ...(end.message === undefined ? {} : { message: end.message }),
      });
    };
    const timer = setTimeout(() => done({ timedOut: true }), options.limitMs ?? 5000);
    req.on('response', (res) => {
      status = res.statusCode;
      headersMs = since();
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () => done({}));
      res.on('error', (e: NodeJS.ErrnoException) => done({ code: e.code ?? '', message: e.message }));
    });
    req.on('error', (e: NodeJS.ErrnoException) => done({ code: e.code ?? '', message: e.message }));
    req.end(options.body);
  });
}
