// Scenario: connect() to a port where nothing listens.
import { defineScenario } from '../scenario.js';
import { closedPort, connectRecorded } from '../kit/node-net.js';

/** connect() to a closed port: the server's TCP answers the SYN with RST. */
export const econnrefused = defineScenario({
  id: 'econnrefused',
  title: 'connect() to a port with no listener',
  articleSays: 'The host is up but no process listens on the port: its TCP answers the SYN with RST, connect() returns ECONNREFUSED.',
  predicts: [{ endpoint: 'client', call: 'connect', result: 'ECONNREFUSED' }],
  defaultsMs: 'as-in-lab',
  withDefaults: 'one round trip',
  needs: [],
  async run({ timeline, sandbox }) {
    const port = closedPort(sandbox);
    timeline.note(`nothing listens on ${sandbox.hosts.server}:${port}`);
    const socket = await connectRecorded(timeline, 'client', sandbox.hosts.server, port, sandbox.hosts.client);
    socket?.destroy();
  },
});
