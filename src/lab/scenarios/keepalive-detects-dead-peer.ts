// Scenario: an idle connection's peer host dies; only the client with TCP keepalive ever finds out.
import { setKeepAlive } from '../../sys/keep-alive.js';
import { record } from '../kit/record.js';
import { rawPair } from '../kit/raw-pair.js';
import { defineScenario } from '../scenario.js';

const IDLE_S = 1;
const INTERVAL_S = 1;
const COUNT = 2;
const WITHOUT = 'read (no keepalive)';

/** Keepalive probes go unanswered and the idle read fails with ETIMEDOUT; the client without keepalive waits on. */
export const keepaliveDetectsDeadPeer = defineScenario({
  id: 'keepalive-detects-dead-peer',
  title: 'TCP keepalive finds a dead peer on an idle connection',
  articleSays: 'An idle connection sends nothing, so a crashed peer goes unnoticed forever. With SO_KEEPALIVE the kernel probes after the idle time; when the probes go unanswered the pending read fails with ETIMEDOUT.',
  predicts: [
    { endpoint: 'client', call: 'read', result: 'ETIMEDOUT' },
    { endpoint: 'client', call: WITHOUT, result: 'no-error' },
  ],
  defaultsMs: 7_875_000,
  withDefaults: 'about 2 h 11 min 15 s: tcp_keepalive_time 7200 s, then tcp_keepalive_probes 9 x tcp_keepalive_intvl 75 s; and only on sockets that set SO_KEEPALIVE',
  needs: ['router'],
  labMs: 3_600,
  async run({ timeline, sandbox }) {
    const watched = await rawPair(timeline, sandbox, (socket) =>
      setKeepAlive(socket.fd, { enable: true, idleSeconds: IDLE_S, intervalSeconds: INTERVAL_S, count: COUNT }));
    const unwatched = await rawPair(timeline, sandbox);
    timeline.note(`client 1: SO_KEEPALIVE with TCP_KEEPIDLE ${IDLE_S} s, TCP_KEEPINTVL ${INTERVAL_S} s, TCP_KEEPCNT ${COUNT}; client 2: no keepalive; both idle`);
    sandbox.crashServer();
    timeline.note(`the server host crashes: its link goes down and the router (${sandbox.router.address}) silently drops every packet to ${sandbox.hosts.server} (a blackhole route)`);
    const started = performance.now();
    const expected = IDLE_S + INTERVAL_S * COUNT;
    // Bounded: keepalive should end the first read near `expected` s; the second is watched half a second longer, then stops.
    const keepalive = await watched.client.readWait((expected + 12) * 1000);
    const doneAt = performance.now();
    record(timeline, 'client', 'read', keepalive, `keepalive client, after ${((doneAt - started) / 1000).toFixed(2)} s (expected about ${expected} s)`);
    const left = Math.max(0, started + expected * 1000 - performance.now());
    const plain = await unwatched.client.readWait(left + 500);
    record(timeline, 'client', WITHOUT, plain, `still waiting after ${((performance.now() - started) / 1000).toFixed(2)} s; it would wait forever, so the lab stopped waiting`);
    const info = unwatched.client.tcpInfo();
    if (info.ok) timeline.note(`client 2 still believes in the connection: state ${info.value.state}, retransmits ${info.value.retransmits}`);
    for (const pair of [watched, unwatched]) for (const s of [pair.client, pair.server, pair.listener]) s.close();
  },
});
