// Scenario: the listen backlog is full and the server never accepts; what clients see with tcp_abort_on_overflow 0 and 1.
import { readKernelCounters } from '../../sys/kernel-counters.js';
import type { RawSocket } from '../../sys/raw-socket.js';
import { record } from '../kit/record.js';
import { rawClient, rawListener } from '../kit/raw-pair.js';
import { sleep } from '../kit/sleep.js';
import { IPPROTO_TCP, TCP } from '../../sys/linux-constants.js';
import { defineScenario, type ScenarioContext } from '../scenario.js';

const READ_0 = 'read (overflowed, abort_on_overflow=0)';
const READ_1 = 'read (overflowed, abort_on_overflow=1)';
const CONNECT_LATE = 'connect (SYN to a full queue)';

function overflows(): number {
  return readKernelCounters()['TcpExt:ListenOverflows'] ?? 0;
}

/** Connects a client and waits for its side of the handshake (the SYN-ACK); records `connect`. */
async function connectClient(ctx: ScenarioContext, port: number, label: string): Promise<RawSocket> {
  const client = rawClient(ctx.sandbox);
  client.connect(ctx.sandbox.hosts.server, port);
  const done = await client.connected(3000);
  ctx.timeline.call('client', 'connect', done.ok ? 'ok' : 'timedOut' in done ? 'no-error' : done.code, label);
  return client;
}

/** TCP_DEFER_ACCEPT on the listener: tcp_check_req() ignores a bare final ACK, so a handshake finishes only when data arrives. */
function deferAccept(listener: RawSocket, on: boolean): void {
  listener.setOpt(IPPROTO_TCP, TCP.DEFER_ACCEPT, on ? 5 : 0);
}

/** One round: backlog 1 holds two connections; the third client's handshake completes into a full queue. */
async function round(ctx: ScenarioContext, abortOnOverflow: 0 | 1): Promise<void> {
  const { timeline, sandbox, signal } = ctx;
  await sandbox.sysctl('net.ipv4.tcp_abort_on_overflow', abortOnOverflow);
  const { listener, port } = rawListener(sandbox, 1);
  const before = overflows();
  timeline.note(`round tcp_abort_on_overflow=${abortOnOverflow}: listen(backlog=1) on port ${port}, never accept; the queue holds 2 (full when more than backlog)`);
  const first = await connectClient(ctx, port, 'client 1: handshake completes, queued');
  // Ignore the next bare final ACKs so two SYNs are answered while the queue still has room (a full queue drops SYNs).
  deferAccept(listener, true);
  const second = await connectClient(ctx, port, 'client 2: SYN-ACK received, its bare final ACK ignored (TCP_DEFER_ACCEPT)');
  const third = await connectClient(ctx, port, 'client 3: SYN-ACK received, its bare final ACK ignored (TCP_DEFER_ACCEPT)');
  deferAccept(listener, false);
  record(timeline, 'client', 'write', second.write('two'), 'client 2: its data segment completes the handshake (queue now 2)');
  record(timeline, 'client', 'write', third.write('three'), 'client 3: its data segment finds the queue full');
  // With 0, a fourth client's SYN meets the full queue while client 3's read waits: the two waits overlap.
  const pendingLate = abortOnOverflow === 0 ? lateClient(ctx, port) : undefined;
  // 1.5 s: client 3's data is retransmitted three times (RTO 200 ms, doubling) and the server resends its SYN-ACK once
  // (1 s); the next retransmission, near 1.7 s, finds the room drain() makes.
  const read = await third.readWait(abortOnOverflow === 1 ? 2000 : 1500);
  record(timeline, 'client', abortOnOverflow === 1 ? READ_1 : READ_0, read, 'client 3');
  const info = third.tcpInfo();
  if (info.ok) timeline.note(`client 3 tcpInfo: state ${info.value.state}, unacked ${info.value.unacked}, retransmits ${info.value.retransmits}, totalRetrans ${info.value.totalRetrans}`);
  const late = await pendingLate;
  timeline.note(`TcpExt ListenOverflows in this namespace: ${before} -> ${overflows()}`);
  if (abortOnOverflow === 0) await drain(ctx, listener, third);
  await sleep(10, signal);
  for (const s of [first, second, third, listener, late]) s?.close();
}

/** A client whose SYN arrives while the queue is full: tcp_conn_request drops the SYN, so connect() just waits. */
async function lateClient(ctx: ScenarioContext, port: number): Promise<RawSocket> {
  const client = rawClient(ctx.sandbox);
  client.connect(ctx.sandbox.hosts.server, port);
  // Bounded: long enough for one SYN retransmission (1 s), far shorter than the 131 s connect timeout.
  const done = await client.connected(1500);
  ctx.timeline.call('client', CONNECT_LATE, done.ok ? 'ok' : 'timedOut' in done ? 'no-error' : done.code, 'client 4: its SYN arrives while the queue is full');
  const info = client.tcpInfo();
  if (info.ok) ctx.timeline.note(`client 4 tcpInfo: state ${info.value.state}, SYN retransmits ${info.value.retransmits}`);
  return client;
}

/** Accepts until client 3's connection shows up (bounded) and reads its retransmitted data: the wait was recoverable. */
async function drain(ctx: ScenarioContext, listener: RawSocket, third: RawSocket): Promise<void> {
  const accepted: RawSocket[] = [];
  const local = third.localAddress();
  const thirdPort = local.ok ? local.value.port : -1;
  let found: RawSocket | undefined;
  const deadline = performance.now() + 4000;
  while (found === undefined && performance.now() < deadline) {
    const next = listener.accept();
    if (next.ok) {
      accepted.push(next.value);
      const peer = next.value.peerAddress();
      const isThird = peer.ok && peer.value.port === thirdPort;
      ctx.timeline.call('server', 'accept', 'ok', `connection ${accepted.length}${isThird ? ' (client 3)' : ''}`);
      if (isThird) found = next.value;
    } else {
      await sleep(20, ctx.signal);
    }
  }
  if (found !== undefined) record(ctx.timeline, 'server', 'read', await found.readWait(2000), 'client 3\'s retransmitted data, once the queue had room');
  for (const s of accepted) s.close();
}

/** A full accept queue: silent drop and retry with abort_on_overflow 0, RST (ECONNRESET) with 1. */
export const acceptQueueOverflow = defineScenario({
  id: 'accept-queue-overflow',
  title: 'The listen backlog is full: the final ACK is dropped, or answered with RST',
  articleSays: 'When the accept queue is full the server ignores the client\'s final ACK: the client believes it is connected, its data is not accepted and is retransmitted until the server makes room. With tcp_abort_on_overflow=1 the server answers with RST and the client\'s first read fails with ECONNRESET. A SYN that arrives while the queue is full is dropped, so that client does not even get the illusion of a connection.',
  predicts: [
    { endpoint: 'client', call: 'connect', result: 'ok' },
    { endpoint: 'client', call: READ_0, result: 'no-error' },
    { endpoint: 'client', call: READ_1, result: 'ECONNRESET' },
    { endpoint: 'client', call: CONNECT_LATE, result: 'no-error' },
  ],
  defaultsMs: 63_000,
  withDefaults: 'tcp_abort_on_overflow is 0 by default: the client waits while its data is retransmitted and SYN-ACKs are resent (tcp_synack_retries 5, about 63 s) until the server accepts; with 1, one round trip',
  needs: ['netns'],
  labMs: 1_700,
  async run(ctx) {
    await round(ctx, 0);
    await round(ctx, 1);
  },
});
