// Sees every request a client starts, retries included, on Node's and undici's diagnostics channels, keyed by path.
import dc from 'node:diagnostics_channel';

// node:http publishes each ClientRequest (so got, axios, node-fetch and superagent too); undici, bundled in Node for
// fetch or installed, each Request it creates, RetryAgent's retries included. Both carry the request's path.
const CHANNELS = ['http.client.request.start', 'undici:request:create'] as const;

/** When requests for each path started, on the performance.now() clock. */
export interface AttemptLog {
  /** Start times of the requests for `path`, in order. */
  startsOf(path: string): readonly number[];
  /** Stops listening. */
  stop(): void;
}

/** Starts recording request starts. */
export function watchAttempts(): AttemptLog {
  const starts = new Map<string, number[]>();
  const onStart = (message: unknown): void => {
    const path = (message as { request?: { path?: unknown } }).request?.path;
    if (typeof path !== 'string') return;
    const list = starts.get(path) ?? [];
    list.push(performance.now());
    starts.set(path, list);
  };
  for (const name of CHANNELS) dc.subscribe(name, onStart);
  return {
    startsOf: (path) => starts.get(path) ?? [],
    stop: () => {
      for (const name of CHANNELS) dc.unsubscribe(name, onStart);
    },
  };
}
