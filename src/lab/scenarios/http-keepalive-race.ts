// Scenario: Node's keep-alive agent reuses a pooled socket in the instant after the server closed it.
import http from 'node:http';
import { defineScenario } from '../scenario.js';
import type { Timeline } from '../timeline.js';
import { errorCode } from '../kit/node-net.js';
import { record } from '../kit/record.js';
import { serveOne } from '../kit/serve-one.js';
import { rawListener } from '../kit/raw-pair.js';
import { pollUntil, sleep } from '../kit/sleep.js';

const RESPONSE = 'HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\n\r\nok';

/** The server closes an idle keep-alive connection as the client sends its next request on it: "socket hang up". */
export const httpKeepaliveRace = defineScenario({
  id: 'http-keepalive-race',
  title: 'HTTP keep-alive: the client reuses a connection the server just closed',
  articleSays: 'A keep-alive client keeps idle connections in a pool; when the server closes one (its idle timeout) just as the client sends a request on it, the request fails with ECONNRESET ("socket hang up") although the server was healthy. A request made after the client noticed the FIN opens a new connection and succeeds.',
  predicts: [
    { endpoint: 'client', call: 'http.get #2 (race)', result: 'ECONNRESET' },
    { endpoint: 'client', call: 'http.get #3 (after the FIN)', result: 'ok' },
  ],
  defaultsMs: 5_000,
  withDefaults: 'happens whenever the server\'s idle timeout (Node http.Server keepAliveTimeout: 5 s) fires while a request is being sent; the window is one network round trip',
  needs: [],
  async run({ timeline, sandbox, signal }) {
    const { hosts } = sandbox;
    const { listener, port } = rawListener(sandbox);
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const get = (label: string): Promise<void> => request(timeline, label, { host: hosts.server, port, localAddress: hosts.client, agent, path: `/${label.split(' ')[1]}` });

    const first = get('http.get #1');
    const conn = await serveOne(timeline, listener, RESPONSE);
    await first;
    const pooled = await pollUntil(() => (Object.keys(agent.freeSockets).length > 0 ? true : undefined), 2000, 2, signal);
    timeline.note(pooled === true ? 'the agent keeps the connection as a free keep-alive socket' : 'the agent did not pool the socket');

    // Same tick: the server's close sends FIN at once, but Node runs the FIN's 'end' only after this tick,
    // so the agent still hands out the pooled socket (the request is written on the next tick).
    record(timeline, 'server', 'close', conn?.close() ?? { ok: false, errno: 0, code: 'no connection' }, 'idle timeout: FIN');
    await get('http.get #2 (race)');

    await sleep(50, signal);
    const third = get('http.get #3 (after the FIN)');
    const conn3 = await serveOne(timeline, listener, RESPONSE);
    await third;
    conn3?.close();
    agent.destroy();
    listener.close();
  },
});

/** One GET through `agent`; records `ok` with the status, the Node error code and message, or `no-error` after 3 s. */
function request(timeline: Timeline, label: string, options: http.RequestOptions): Promise<void> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (result: string, detail: string): void => {
      if (settled) return;
      settled = true;
      timeline.call('client', label, result, detail);
      resolve();
    };
    const req = http.get(options, (res) => {
      res.resume();
      res.on('end', () => settle('ok', `HTTP ${res.statusCode}, reusedSocket ${req.reusedSocket}`));
    });
    req.setTimeout(3000, () => {
      settle('no-error', 'no answer in 3 s');
      req.destroy();
    });
    req.on('error', (error) => settle(errorCode(error), `Node: Error: ${error.message} (reusedSocket ${req.reusedSocket})`));
  });
}
