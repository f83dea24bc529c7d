// Scenario: the client resets a connection that is still waiting in the server's accept queue.
import { defineScenario, type Sandbox } from '../scenario.js';
import type { Timeline } from '../timeline.js';
import { record } from '../kit/record.js';
import { rawClient, rawListener } from '../kit/raw-pair.js';
import { sleep } from '../kit/sleep.js';
import { IPPROTO_TCP, TCP } from '../../sys/linux-constants.js';

/** RST after the handshake, before accept(): Linux hands the dead socket to accept() instead of failing it. */
export const econnabortedAccept = defineScenario({
  id: 'econnaborted-accept',
  title: 'client resets before the server calls accept()',
  articleSays: 'The client completes the handshake and then sends RST before the server calls accept(). On BSD-derived stacks accept() fails with ECONNABORTED (Stevens UNP 5.11); POSIX allows this, and the server should simply call accept() again. Linux instead hands over the dead socket, or, if the RST beats the final ACK, forgets the request silently.',
  predicts: [
    { endpoint: 'server', call: 'accept', result: 'ok' },
    { endpoint: 'server', call: 'getpeername', result: 'ENOTCONN' },
    { endpoint: 'server', call: 'read', result: 'ECONNRESET' },
  ],
  defaultsMs: 'as-in-lab',
  withDefaults: 'immediate: the RST is handled as it arrives, and accept() returns at once',
  needs: [],
  async run({ timeline, sandbox, signal }) {
    const { hosts } = sandbox;
    const { listener, port } = rawListener(sandbox, 8);
    timeline.call('server', 'listen', 'ok', `${hosts.server}:${port}, no accept() yet`);
    const client = rawClient(sandbox);
    client.connect(hosts.server, port);
    record(timeline, 'client', 'connect', await client.connected(3000), `${hosts.server}:${port}`);
    // Readable means the child socket is ESTABLISHED and sits in the accept queue (inet_csk_reqsk_queue_add).
    const queued = await listener.readable(3000);
    timeline.call('server', 'poll(listener)', queued ? 'ok' : 'no-error', 'readable: a connection waits in the accept queue');
    record(timeline, 'client', 'close (SO_LINGER 0)', client.closeWithReset(), 'sends RST');
    // The RST is processed on the loopback send path; the pause only leaves margin on a busy machine.
    await sleep(50, signal);
    const accepted = record(timeline, 'server', 'accept', listener.accept());
    if (accepted.ok) {
      const socket = accepted.value;
      const info = socket.tcpInfo();
      timeline.note(`accepted socket's TCP state: ${info.ok ? info.value.state : info.code} (the RST ran tcp_reset() on the queued child)`);
      record(timeline, 'server', 'getpeername', socket.peerAddress());
      record(timeline, 'server', 'read', socket.read());
      record(timeline, 'server', 'read', socket.read(), 'the pending error was reported once; now EOF');
      socket.close();
    }
    record(timeline, 'server', 'accept', listener.accept(), 'the queue is empty again; the listener stays usable');
    listener.close();
    await halfOpenVariant(timeline, sandbox, signal);
  },
});

/** The same RST while the server still holds only a SYN_RECV request (bare final ACK ignored): the request vanishes. */
async function halfOpenVariant(timeline: Timeline, sandbox: Sandbox, signal: AbortSignal): Promise<void> {
  const { hosts } = sandbox;
  const { listener, port } = rawListener(sandbox, 8);
  // TCP_DEFER_ACCEPT: tcp_check_req() ignores a bare ACK (TCPDeferAcceptDrop) and keeps the request until data comes.
  listener.setOpt(IPPROTO_TCP, TCP.DEFER_ACCEPT, 5);
  timeline.note('variant 2: the listener has TCP_DEFER_ACCEPT, so the server ignores the client\'s bare final ACK and keeps a SYN_RECV request, not a socket');
  const client = rawClient(sandbox);
  client.connect(hosts.server, port);
  record(timeline, 'client', 'connect', await client.connected(3000), 'the client is ESTABLISHED; the server is not');
  const requests = async (when: string): Promise<void> => {
    if (!sandbox.isolated) return;
    const ss = await sandbox.exec('ss', ['-tan', 'state', 'syn-recv', 'sport', '=', `:${port}`], 'server');
    timeline.note(`server SYN-RECV requests on :${port}${when} (ss): ${ss.stdout.split('\n').length - 2}`);
  };
  await requests('');
  record(timeline, 'client', 'close (SO_LINGER 0)', client.closeWithReset(), 'sends RST to the SYN_RECV request');
  await sleep(50, signal);
  await requests(' after the RST');
  const queued = await listener.readable(200);
  timeline.call('server', 'poll(listener)', queued ? 'ok' : 'no-error', 'tcp_check_req() dropped the request on RST');
  record(timeline, 'server', 'accept', listener.accept(), 'variant 2: nothing to accept, no error either');
  listener.close();
}
