// Scenario: fetch (undici) reuses a pooled connection in the instant after the server closed it.
import { shouldRetry } from '../../net/should-retry.js';
import { recordAppError } from '../kit/app-error.js';
import { record } from '../kit/record.js';
import { rawListener } from '../kit/raw-pair.js';
import { serveOne } from '../kit/serve-one.js';
import { sleep } from '../kit/sleep.js';
import { defineScenario } from '../scenario.js';
import type { Timeline } from '../timeline.js';

const RACE = 'fetch #2 (race)';
const AFTER = 'fetch #3 (after the FIN)';

/** The server closes an idle keep-alive connection as fetch sends its next request on it: "fetch failed", other side closed. */
export const fetchKeepaliveRace = defineScenario({
  id: 'fetch-keepalive-race',
  title: 'fetch: the pool reuses a connection the server just closed',
  articleSays: "fetch (undici) keeps idle connections for 4 s unless the server's Keep-Alive header says otherwise. A server that closes an idle connection sooner, just as fetch sends a request on it, makes the request fail with `TypeError: fetch failed`, its cause `SocketError: other side closed` (UND_ERR_SOCKET): the socket read EOF. fetch does not retry it; a request made after undici saw the FIN opens a new connection.",
  predicts: [
    { endpoint: 'client', call: RACE, result: 'EOF' },
    { endpoint: 'client', call: AFTER, result: 'ok' },
  ],
  defaultsMs: 4_000,
  withDefaults: "happens whenever a server closes an idle connection before undici's keepAliveTimeout (4 s, or the server's Keep-Alive: timeout hint less keepAliveTimeoutThreshold 2 s) while a request is being sent; the window is one network round trip",
  needs: [],
  async run({ timeline, sandbox, signal }) {
    const { listener, port } = rawListener(sandbox);
    const url = `http://${sandbox.hosts.server}:${port}`;

    const first = fetchText(timeline, 'fetch #1', `${url}/1`);
    const conn = await serveOne(timeline, listener);
    await first;
    await sleep(50, signal);
    // Same tick: the FIN leaves at once, but undici handles it only after this tick, when the request is already written.
    record(timeline, 'server', 'close', conn?.close() ?? { ok: false, errno: 0, code: 'no connection' }, 'idle timeout: FIN');
    await fetchText(timeline, RACE, `${url}/2`);

    await sleep(50, signal);
    const third = fetchText(timeline, AFTER, `${url}/3`);
    const conn3 = await serveOne(timeline, listener);
    await third;
    conn3?.close();
    listener.close();
  },
});

/** One GET with global fetch, recorded as `ok` with the status, or as the error with its cause and classification. */
async function fetchText(timeline: Timeline, label: string, url: string): Promise<void> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(3000) });
    await response.text();
    timeline.call('client', label, 'ok', `HTTP ${response.status}`);
  } catch (error) {
    const verdict = `shouldRetry: GET ${shouldRetry(error, { method: 'GET' })}, POST ${shouldRetry(error, { method: 'POST' })}`;
    recordAppError(timeline, 'client', label, error, {}, verdict);
  }
}
