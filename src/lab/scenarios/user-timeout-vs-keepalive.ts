// Scenario: keepalive cannot find a dead peer while data is in flight; TCP_USER_TIMEOUT can, and also caps keepalive.
import net from 'node:net';
import { setKeepAlive } from '../../net/keep-alive.js';
import { setUserTimeout } from '../../net/user-timeout.js';
import { tcpInfo } from '../../sys/tcp-info.js';
import { socketOutcome, type SocketOutcome } from '../kit/node-net.js';
import { rawListener } from '../kit/raw-pair.js';
import { defineScenario } from '../scenario.js';

const USER_TIMEOUT_MS = 1500;
const KEEPALIVE_ONLY = 'read (keepalive, data in flight)';
const WITH_USER_TIMEOUT = `read (keepalive + TCP_USER_TIMEOUT ${USER_TIMEOUT_MS} ms, data in flight)`;
const IDLE_CAPPED = `read (keepalive 9 probes + TCP_USER_TIMEOUT ${USER_TIMEOUT_MS} ms, idle)`;

/** Three connections to a host that dies: keepalive alone waits out retransmissions, TCP_USER_TIMEOUT ends both others. */
export const userTimeoutVsKeepalive = defineScenario({
  id: 'user-timeout-vs-keepalive',
  title: 'TCP_USER_TIMEOUT against keepalive, with data in flight',
  articleSays: 'SO_KEEPALIVE detects a dead peer only on an idle connection: while sent data waits for an ACK the kernel sends no probes and retransmits instead, for about 15 minutes (tcp_retries2). TCP_USER_TIMEOUT bounds how long data may stay unacknowledged, and with keepalive on it also ends the probing once that long has passed without an answer.',
  predicts: [
    { endpoint: 'client', call: KEEPALIVE_ONLY, result: 'no-error' },
    { endpoint: 'client', call: WITH_USER_TIMEOUT, result: 'ETIMEDOUT' },
    { endpoint: 'client', call: IDLE_CAPPED, result: 'ETIMEDOUT' },
  ],
  defaultsMs: 924_600,
  withDefaults: 'without TCP_USER_TIMEOUT, data in flight to a dead host is retransmitted for about 924.6 s (tcp_retries2 15) whatever the keepalive settings; an idle connection with keepalive 1 s x 9 probes would take 10 s',
  needs: ['router'],
  labMs: 2_600,
  async run({ timeline, sandbox }) {
    const { listener, port } = rawListener(sandbox);
    const connect = async (): Promise<net.Socket> => {
      const socket = net.connect({ host: sandbox.hosts.server, port, localAddress: sandbox.hosts.client });
      socket.on('error', () => undefined);
      await setKeepAlive(socket, { idle: 1000, interval: 1000, count: 1 });
      return socket;
    };
    const [plain, bounded, idle] = [await connect(), await connect(), await connect()];
    await setUserTimeout(bounded, USER_TIMEOUT_MS);
    await setKeepAlive(idle, { idle: 1000, interval: 1000, count: 9 });
    const capped = await setUserTimeout(idle, USER_TIMEOUT_MS);
    timeline.call('client', 'connect x3', 'ok', `keepalive idle 1 s, interval 1 s (1 probe; 9 on the third), read back; TCP_USER_TIMEOUT ${capped} ms on the second and third`);
    sandbox.crashServer();
    timeline.note(`the server host crashes: the router (${sandbox.router.address}) silently drops every packet to ${sandbox.hosts.server}`);
    for (const socket of [plain, bounded]) socket.write('are you there?');
    timeline.call('client', 'write x2', 'ok', 'the first two connections now have 14 bytes in flight; the third stays idle');
    // Bounded: the user timeout fires near 1.5 s and the capped keepalive near 2 s; keepalive alone is watched 0.5 s longer,
    // past the 2 s its 1 s idle + 1 probe x 1 s would take on an idle connection.
    const outcomes = await Promise.all([bounded, idle].map((s) => socketOutcome(s, 12_000)));
    const [timedOut, cappedIdle] = outcomes as [SocketOutcome, SocketOutcome];
    timeline.call('client', WITH_USER_TIMEOUT, timedOut.result, `after ${(timedOut.ms / 1000).toFixed(2)} s`);
    timeline.call('client', IDLE_CAPPED, cappedIdle.result, `after ${(cappedIdle.ms / 1000).toFixed(2)} s, not the 10 s of 1 s + 9 probes x 1 s`);
    const waited = await socketOutcome(plain, 500);
    const info = tcpInfo(plain);
    timeline.call('client', KEEPALIVE_ONLY, waited.result, `still retransmitting ${((Math.max(timedOut.ms, cappedIdle.ms) + waited.ms) / 1000).toFixed(2)} s after the crash (retransmits ${info.retransmits ?? '?'}, probes ${info.probes ?? '?'}): no keepalive probe goes out while data waits for its ACK`);
    for (const socket of [plain, bounded, idle]) socket.destroy();
    listener.close();
  },
});
