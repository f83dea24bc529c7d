// Scenario: the client is blocked in read when the server process exits: the read returns EOF, not an error.
import net from 'node:net';
import { once } from 'node:events';
import type { RawSocket } from '../../sys/raw-socket.js';
import { defineScenario } from '../scenario.js';
import type { Timeline } from '../timeline.js';
import { errorCode } from '../kit/node-net.js';
import { record } from '../kit/record.js';
import { rawPair } from '../kit/raw-pair.js';
import { trackState } from '../kit/track-state.js';

/** The server's FIN reaches a client waiting in read: read returns 0, "server terminated prematurely". */
export const prematureEof = defineScenario({
  id: 'premature-eof',
  title: 'the server exits while the client waits in read()',
  articleSays: 'When the server process is killed its TCP sends FIN; a client blocked in read gets 0 (EOF) before any RST exists, and can only say "server terminated prematurely" (Stevens UNP 5.12).',
  predicts: [{ endpoint: 'client', call: 'read', result: 'EOF' }],
  defaultsMs: 'as-in-lab',
  withDefaults: 'immediate: one FIN',
  needs: [],
  async run({ timeline, sandbox }) {
    const { listener, client, server, port } = await rawPair(timeline, sandbox);
    const stopClient = trackState(timeline, 'client', client);
    const blockedRead = client.readWait(3000);
    record(timeline, 'server', 'close', server.close(), 'the process exits: its TCP sends FIN, nothing was written to it');
    record(timeline, 'client', 'read', await blockedRead, 'returns 0: the FIN, no error');
    stopClient();
    client.close();
    await nodeClientSeesEnd(timeline, listener, port, sandbox.hosts);
    listener.close();
  },
});

/** The same with a Node client: it gets an `end` event and a clean `close`, never an `error`. */
async function nodeClientSeesEnd(timeline: Timeline, listener: RawSocket, port: number, hosts: { client: string; server: string }): Promise<void> {
  const socket = net.connect({ host: hosts.server, port, localAddress: hosts.client });
  let error: string | undefined;
  socket.on('error', (e) => { error = errorCode(e); });
  const timer = setTimeout(() => socket.destroy(), 3000);
  await Promise.race([once(socket, 'connect'), once(socket, 'close')]);
  // connect fired, so the handshake is complete and the child waits in the accept queue.
  const accepted = listener.accept();
  if (accepted.ok) {
    const ended = once(socket, 'end');
    accepted.value.close();
    await Promise.race([ended, once(socket, 'close')]);
    timeline.call('client', 'read', error ?? 'EOF', error === undefined ? "Node: 'end' event, no 'error'" : `Node: ${error}`);
  } else {
    timeline.note(`Node variant skipped: accept ${accepted.code}`);
  }
  clearTimeout(timer);
  socket.destroy();
}
