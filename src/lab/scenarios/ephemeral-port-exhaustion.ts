// Scenario: connect() runs out of ephemeral ports towards one server: EADDRNOTAVAIL, or EADDRINUSE after a bind.
import type net from 'node:net';
import { connectRecorded } from '../kit/node-net.js';
import { rawListener } from '../kit/raw-pair.js';
import { defineScenario } from '../scenario.js';

const RANGE = [61_000, 61_001] as const;
const THIRD = 'connect #3 (both ports in use)';
const BOUND = 'connect #4 from 127.0.0.1 (bound first)';

/** Two ephemeral ports, three connections to the same server: the third gets EADDRNOTAVAIL before any packet leaves. */
export const ephemeralPortExhaustion = defineScenario({
  id: 'ephemeral-port-exhaustion',
  title: 'Ephemeral ports run out: connect() fails with EADDRNOTAVAIL',
  articleSays: 'Every outgoing connection takes a local port from net.ipv4.ip_local_port_range, unique for its destination address and port. When none is left (many short connections in TIME_WAIT, or a pool gone wild), connect() fails at once with EADDRNOTAVAIL and no packet is sent. A socket bound to a local address first (Node\'s localAddress) reports EADDRINUSE instead.',
  predicts: [
    { endpoint: 'client', call: 'connect #1', result: 'ok' },
    { endpoint: 'client', call: THIRD, result: 'EADDRNOTAVAIL' },
    { endpoint: 'client', call: BOUND, result: 'EADDRINUSE' },
  ],
  defaultsMs: null,
  withDefaults: 'depends on the load: the default range 32768-60999 gives 28,232 ports per destination address and port, each held 60 s in TIME_WAIT by the side that closes first, so about 470 new connections a second to one server exhaust it',
  needs: ['netns'],
  async run({ timeline, sandbox }) {
    const { listener, port } = rawListener(sandbox);
    await sandbox.sysctl('net.ipv4.ip_local_port_range', RANGE);
    timeline.note(`net.ipv4.ip_local_port_range = ${RANGE.join(' ')} in this namespace: two ephemeral ports (the server listens on ${port}, outside it)`);
    const open: net.Socket[] = [];
    for (const [label, localAddress] of [['connect #1', undefined], ['connect #2', undefined], [THIRD, undefined], [BOUND, sandbox.hosts.client]] as const) {
      const socket = await connectRecorded(timeline, 'client', sandbox.hosts.server, port, localAddress, label);
      if (socket !== null) open.push(socket);
    }
    for (const socket of open) socket.destroy();
    listener.close();
  },
});
