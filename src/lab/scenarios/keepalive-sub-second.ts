// Scenario: keepalive asked for in less than a second: Node's own API quietly keeps the 2 h default, socklab/net's does not.
import http from 'node:http';
import type net from 'node:net';
import { SocklabError } from '../../errors/socklab-error.js';
import { setKeepAlive as setKernelKeepAlive, getKeepAlive } from '../../sys/keep-alive.js';
import { withSocketOptions } from '../../net/with-socket-options.js';
import { socketOutcome } from '../kit/node-net.js';
import { rawClient, rawListener } from '../kit/raw-pair.js';
import { serveOne } from '../kit/serve-one.js';
import { defineScenario } from '../scenario.js';
import type { Timeline } from '../timeline.js';

const NODE = 'pooled socket (Node: keepAliveMsecs 500)';
const SOCKLAB = 'pooled socket (socklab/net: idle 500 ms)';
const ASKED = { idle: 500, interval: 500, count: 1 };

/** Node's http.Agent({ keepAliveMsecs: 500 }) never probes a dead peer; the same agent through withSocketOptions finds it in 2 s. */
export const keepaliveSubSecond = defineScenario({
  id: 'keepalive-sub-second',
  title: 'Keepalive below one second: ignored by Node, rounded up by socklab/net',
  articleSays: 'SO_KEEPALIVE makes the kernel probe an idle connection and drop it with ETIMEDOUT when the peer is gone. Node turns it on for pooled sockets (http.Agent keepAliveMsecs, socket.setKeepAlive(true, ms)), but it converts the delay to whole seconds by truncation: below 1000 ms it asks for TCP_KEEPIDLE 0, which the kernel refuses with EINVAL, and the 2 h default stays.',
  predicts: [
    { endpoint: 'client', call: 'setsockopt TCP_KEEPIDLE 0', result: 'EINVAL' },
    { endpoint: 'client', call: SOCKLAB, result: 'ETIMEDOUT' },
    { endpoint: 'client', call: NODE, result: 'no-error' },
  ],
  defaultsMs: 7_875_000,
  withDefaults: "with Node's keepAliveMsecs below 1000 the dead peer is found after tcp_keepalive_time 7200 s plus tcp_keepalive_probes 9 x tcp_keepalive_intvl 75 s: about 2 h 11 min 15 s (and never while data is in flight)",
  needs: ['router'],
  labMs: 2_400,
  async run({ timeline, sandbox }) {
    const refused = rawClient(sandbox);
    try {
      setKernelKeepAlive(refused.fd, { enable: true, idleSeconds: 0 });
      timeline.call('client', 'setsockopt TCP_KEEPIDLE 0', 'ok');
    } catch (error) {
      timeline.call('client', 'setsockopt TCP_KEEPIDLE 0', (error as { code: string }).code, 'what Node asks for when given less than 1000 ms (it truncates ms / 1000)');
    }
    refused.close();

    const { listener, port } = rawListener(sandbox);
    const nodeAgent = new http.Agent({ keepAlive: true, keepAliveMsecs: 500 });
    const socklabAgent = withSocketOptions(new http.Agent({ keepAlive: true }), { keepAlive: ASKED });
    const pooled: net.Socket[] = [];
    for (const agent of [nodeAgent, socklabAgent]) {
      const answered = get(agent, sandbox.hosts.server, port, sandbox.hosts.client);
      const conn = await serveOne(timeline, listener);
      const socket = await answered;
      if (socket === undefined || conn === undefined) throw new SocklabError('SOCKLAB_LAB_SETUP_FAILED', { step: 'first request', reason: 'no answer from the lab server in 3 s' });
      pooled.push(socket);
      note(timeline, agent === nodeAgent ? NODE : SOCKLAB, socket);
    }
    sandbox.crashServer();
    timeline.note(`the server host crashes: the router (${sandbox.router.address}) silently drops every packet to ${sandbox.hosts.server}; both connections sit idle in their agents' pools`);
    // Bounded: socklab/net's keepalive ends its connection near 2 s (1 s idle + 1 probe x 1 s); Node's is watched a little longer
    // (its TCP_KEEPIDLE, read back above, says the rest).
    const [nodeSocket, socklabSocket] = pooled as [net.Socket, net.Socket];
    const found = await socketOutcome(socklabSocket, 12_000);
    timeline.call('client', SOCKLAB, found.result, `after ${(found.ms / 1000).toFixed(2)} s; Node's agent drops the dead socket from its pool, so the next request opens a new connection`);
    const waited = await socketOutcome(nodeSocket, 300);
    timeline.call('client', NODE, waited.result, `still pooled ${((found.ms + waited.ms) / 1000).toFixed(2)} s after the crash; the next request would be sent into the void`);
    for (const agent of [nodeAgent, socklabAgent]) agent.destroy();
    listener.close();
  },
});

/** One GET through `agent`; resolves the socket once the response is read (and the socket is back in the pool). */
function get(agent: http.Agent, host: string, port: number, localAddress: string): Promise<net.Socket | undefined> {
  return new Promise((resolve) => {
    const req = http.get({ host, port, localAddress, agent }, (res) => {
      res.resume();
      res.on('end', () => resolve(req.socket ?? undefined));
    });
    req.on('error', () => resolve(undefined));
  });
}

/** The keepalive settings of a pooled socket, read back from the kernel. */
function note(timeline: Timeline, label: string, socket: net.Socket): void {
  const k = getKeepAlive(socket);
  timeline.note(`${label}: getsockopt says SO_KEEPALIVE ${k.enable ? 'on' : 'off'}, TCP_KEEPIDLE ${k.idleSeconds} s, TCP_KEEPINTVL ${k.intervalSeconds} s, TCP_KEEPCNT ${k.count}`);
}
