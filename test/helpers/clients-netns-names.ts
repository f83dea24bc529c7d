// Inside a throwaway netns, where no query could leave even if one were sent: every client on the unresolvable name.
import { fileURLToPath } from 'node:url';
import { runClients } from '../../src/clients/run-clients.js';
import { assertThrowawayNetns, loopbackUp } from './netns.js';

assertThrowawayNetns();
loopbackUp();
const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
const result = await runClients({ faults: ['unresolvable-name'], methods: ['POST'], cwd: projectRoot });
console.log(JSON.stringify({ clients: result.clients, cases: result.cases }));
