// Scenario: ICMP host-unreachable on an established connection is a soft error, unless the socket asked for IP_RECVERR.
import { readKernelCounters } from '../../sys/kernel-counters.js';
import { setRecvErr } from '../../sys/int-options.js';
import type { RawSocket } from '../../sys/raw-socket.js';
import { record } from '../kit/record.js';
import { rawPair } from '../kit/raw-pair.js';
import { trackRetransmits } from '../kit/track-retransmits.js';
import type { Timeline } from '../timeline.js';
import { defineScenario } from '../scenario.js';

// A 1.4 s retransmission budget (as in etimedout-host-crash): the plain read fails near 2.3 s, the last IP_RECVERR one near 3.4 s.
const RETRIES2 = 2;
const PLAIN = 'read';
const RECVERR = 'read (IP_RECVERR)';

/** Reads until the connection ends or `limit` errors/timeouts came back, recording each result. */
async function readUntilClosed(timeline: Timeline, socket: RawSocket, call: string, started: number, limit: number): Promise<void> {
  for (let i = 0; i < limit; i += 1) {
    const result = await socket.readWait(20_000);
    const info = socket.tcpInfo();
    const state = info.ok ? info.value.state : 'gone';
    record(timeline, 'client', call, result, `after ${((performance.now() - started) / 1000).toFixed(2)} s; socket now ${state}`);
    if (result.ok || 'timedOut' in result || state === 'CLOSE') return;
  }
}

/** Two clients see the same ICMP: the plain one learns only when retransmissions give up, the IP_RECVERR one at once. */
export const ehostunreachEstablished = defineScenario({
  id: 'ehostunreach-established',
  title: 'ICMP host unreachable on an established connection, with and without IP_RECVERR',
  articleSays: 'On an established connection ICMP host-unreachable is a soft error: TCP keeps retransmitting and the application learns only when it gives up, with EHOSTUNREACH instead of ETIMEDOUT. A socket with IP_RECVERR gets the error reported immediately.',
  predicts: [
    { endpoint: 'client', call: PLAIN, result: 'EHOSTUNREACH' },
    { endpoint: 'client', call: RECVERR, result: 'EHOSTUNREACH' },
  ],
  defaultsMs: 924_600,
  withDefaults: 'without IP_RECVERR the same ~924.6 s as a silent host (tcp_retries2 15), ending in EHOSTUNREACH; with IP_RECVERR one round trip to the router',
  needs: ['router'],
  labMs: 3_400,
  async run({ timeline, sandbox }) {
    await sandbox.sysctl('net.ipv4.tcp_retries2', RETRIES2);
    const plain = await rawPair(timeline, sandbox);
    const recverr = await rawPair(timeline, sandbox, (socket) => setRecvErr(socket.fd, true));
    timeline.note('two established clients; the second set IP_RECVERR before connecting');
    sandbox.crashServer('host-unreachable');
    timeline.note(`the server host dies, and the router (${sandbox.router.address}) knows: with an \`unreachable\` route for ${sandbox.hosts.server} it answers packets to it with ICMP host unreachable; tcp_retries2=${RETRIES2}`);
    const lockDropped = (): number => readKernelCounters()['TcpExt:LockDroppedIcmps'] ?? 0;
    const droppedBefore = lockDropped();
    const stops = [trackRetransmits(timeline, 'client', plain.client)];
    const started = performance.now();
    record(timeline, 'client', 'write', plain.client.write('plain'));
    record(timeline, 'client', 'write (IP_RECVERR)', recverr.client.write('recverr'));
    // Both waits run side by side, so one timeline shows who learns first. Each is bounded (20 s per read, 40 reads).
    await Promise.all([
      readUntilClosed(timeline, plain.client, PLAIN, started, 2),
      readUntilClosed(timeline, recverr.client, RECVERR, started, 40),
    ]);
    for (const stop of stops) stop();
    // veth hands packets on within the sender's softirq, so the first ICMP arrives before send() returns.
    timeline.note(`TcpExt LockDroppedIcmps ${droppedBefore} -> ${lockDropped()}: ICMPs that tcp_v4_err saw while the socket was owned by a system call (the first segment's whole trip through the router and back runs inside send()); those become soft errors even with IP_RECVERR, the ICMPs answering timer retransmissions reach sk_err and wake the read`);
    timeline.note('each ICMP host unreachable that answers a retransmission reverts the RTO backoff (RFC 6069, tcp_ld_RTO_revert); the router rate-limits its ICMP errors per destination (a burst of 5, then one per second: net.ipv4.route.error_burst and error_cost, global sysctls a namespace cannot change), so unanswered retransmissions back off as usual');
    const pending = plain.client.error();
    timeline.note(`plain client SO_ERROR afterwards: ${pending.ok ? (pending.value.code ?? 'none') : pending.code}`);
    for (const pair of [plain, recverr]) for (const s of [pair.client, pair.server, pair.listener]) s.close();
  },
});
