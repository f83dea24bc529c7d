// Scenario: the server process exits, and the client writes to and reads from the half-closed connection.
import { defineScenario } from '../scenario.js';
import { record } from '../kit/record.js';
import { rawPair } from '../kit/raw-pair.js';
import { trackState } from '../kit/track-state.js';
import { waitForState } from '../kit/wait-for-state.js';

/** FIN, then a write that draws RST: on Linux the read after it is EOF and the next write EPIPE. */
export const peerClosedThenWrite = defineScenario({
  id: 'peer-closed-then-write',
  title: 'the server exits; the client writes, reads, writes again',
  articleSays: 'The server process exits, so its TCP sends FIN and the client sits in CLOSE_WAIT. The client\'s next write succeeds (it only queues data), the server\'s TCP answers with RST, a read then fails with ECONNRESET and a further write with EPIPE (Stevens UNP 5.12-5.13).',
  predicts: [
    { endpoint: 'client', call: 'write', result: 'ok' },
    { endpoint: 'client', call: 'read', result: 'EOF' },
    { endpoint: 'client', call: 'write', result: 'EPIPE' },
  ],
  defaultsMs: 'as-in-lab',
  withDefaults: 'immediate: one round trip for the FIN, one for the data and its RST',
  needs: [],
  async run({ timeline, sandbox, signal }) {
    const { listener, client, server, port } = await rawPair(timeline, sandbox);
    const stopClient = trackState(timeline, 'client', client);
    const stopServer = trackState(timeline, 'server', server);
    stopServer();
    record(timeline, 'server', 'close', server.close(), 'the process exits: its TCP sends FIN');
    if (!(await waitForState(client, 'CLOSE_WAIT', 3000, signal))) timeline.note('the client never reached CLOSE_WAIT within 3 s');
    if (sandbox.isolated) {
      const ss = await sandbox.exec('ss', ['-tan', 'sport', '=', `:${port}`]);
      timeline.note(`server side after close (ss): ${ss.stdout.split('\n').slice(1).join(' ').replace(/\s+/g, ' ').trim() || 'no socket'}`);
    }
    record(timeline, 'client', 'write', client.write('request after the FIN'), 'queued and sent: the peer\'s closed socket answers RST');
    const reset = await waitForState(client, 'CLOSE', 3000, signal);
    timeline.note(reset
      ? 'the RST arrived in CLOSE_WAIT: tcp_reset() stores EPIPE, not ECONNRESET, and the received FIN (SOCK_DONE) makes read return 0'
      : 'no RST within 3 s');
    record(timeline, 'client', 'read', client.read());
    record(timeline, 'client', 'write', client.write('second write'));
    record(timeline, 'client', 'write', client.write('third write'), 'every further write fails the same way');
    stopClient();
    client.close();
    listener.close();
  },
});

