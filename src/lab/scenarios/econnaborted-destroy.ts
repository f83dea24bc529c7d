// Scenario: an administrator destroys an established TCP socket with `ss -K` (SOCK_DESTROY).
import { SocklabError } from '../../errors/socklab-error.js';
import { defineScenario } from '../scenario.js';
import { record } from '../kit/record.js';
import { rawPair } from '../kit/raw-pair.js';
import { trackState } from '../kit/track-state.js';

/** `ss -K` aborts the client's socket: its blocked read fails with ECONNABORTED and the server gets an RST. */
export const econnabortedDestroy = defineScenario({
  id: 'econnaborted-destroy',
  title: 'a socket destroyed administratively (ss -K)',
  articleSays: 'ECONNABORTED means the local stack, not the peer, gave up on the connection. On Linux TCP the everyday source is SOCK_DESTROY (`ss -K`), which aborts the socket: the owner sees ECONNABORTED, the peer gets an RST.',
  predicts: [
    { endpoint: 'client', call: 'read', result: 'ECONNABORTED' },
    { endpoint: 'client', call: 'write', result: 'EPIPE' },
    { endpoint: 'server', call: 'read', result: 'ECONNRESET' },
  ],
  defaultsMs: 'as-in-lab',
  withDefaults: 'immediate: the abort happens when the command runs (needs CONFIG_INET_DIAG_DESTROY and CAP_NET_ADMIN)',
  needs: ['netns'],
  async run({ timeline, sandbox }) {
    const { hosts } = sandbox;
    const { listener, client, server, port } = await rawPair(timeline, sandbox);
    const stopClient = trackState(timeline, 'client', client);
    // The client blocks in read first, as an application waiting for a reply would.
    const blockedRead = client.readWait(3000);
    // -t restricts ss to TCP; without it ss also queries protocols this kernel lacks and prints "Invalid argument".
    const args = ['-t', '-K', 'dst', hosts.server, 'dport', '=', `:${port}`];
    const ss = await sandbox.exec('ss', args);
    const killed = ss.stdout.split('\n').filter((line) => line.includes(`${hosts.server}:${port}`));
    timeline.call('client', `ss ${args.join(' ')}`, killed.length > 0 ? 'ok' : 'no-error',
      killed.length > 0 ? `destroyed: ${killed[0]!.trim().replace(/\s+/g, ' ')}` : `nothing destroyed; stderr: ${ss.stderr.trim() || 'empty'}`);
    if (killed.length === 0) {
      stopClient();
      throw new SocklabError('SOCKLAB_LAB_SETUP_FAILED', { step: 'ss -K', reason: `no socket destroyed (kernel without CONFIG_INET_DIAG_DESTROY, or no CAP_NET_ADMIN): ${ss.stderr.trim() || 'no output'}` });
    }
    record(timeline, 'client', 'read', await blockedRead, 'the read that was blocked when ss -K ran');
    record(timeline, 'client', 'read', client.read(), 'the error was reported once; the socket is closed now');
    record(timeline, 'client', 'write', client.write('after the abort'));
    record(timeline, 'server', 'read', await server.readWait(3000), 'tcp_abort() sent an RST to the peer');
    stopClient();
    for (const socket of [client, server, listener]) socket.close();
  },
});
