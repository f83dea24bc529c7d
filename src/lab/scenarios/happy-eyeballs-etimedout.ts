// Scenario: a dual-stack name whose IPv6 address is silent: Node's happy eyeballs ends in AggregateError [ETIMEDOUT].
import http from 'node:http';
import { getDefaultAutoSelectFamily, type LookupFunction } from 'node:net';
import { errorChain } from '../../net/error-chain.js';
import { recordAppError } from '../kit/app-error.js';
import { IPV6_LINK_HOSTS } from '../sandbox/lab-sandbox.js';
import { closedPort } from '../kit/node-net.js';
import { defineScenario } from '../scenario.js';

const NAME = 'dual.socklab.test';
// The server's IPv6 address: on a link of the namespace's own where nothing answers.
const SILENT_V6 = IPV6_LINK_HOSTS.server;
const GET = `http.get http://${NAME}`;
const SILENT = `connect [${SILENT_V6}] (1st address)`;
const LAST = 'connect 127.0.0.2 (2nd address)';

/** The AAAA address is silent, the A address refuses: the application sees ETIMEDOUT, Node's timer, not the refusal. */
export const happyEyeballsEtimedout = defineScenario({
  id: 'happy-eyeballs-etimedout',
  title: 'Happy eyeballs: AggregateError [ETIMEDOUT] when one address family is silent',
  articleSays: "Since Node 20, connecting to a name tries each of its addresses in turn (autoSelectFamily), giving each but the last 250 ms (autoSelectFamilyAttemptTimeout). When all fail, the error is an AggregateError whose code is the first address's: if that address family is silent, ETIMEDOUT from Node's own timer, even though the server's other address answered at once with ECONNREFUSED.",
  predicts: [
    { endpoint: 'client', call: GET, result: 'ETIMEDOUT' },
    { endpoint: 'client', call: SILENT, result: 'ETIMEDOUT' },
    { endpoint: 'client', call: LAST, result: 'ECONNREFUSED' },
  ],
  defaultsMs: 'as-in-lab',
  withDefaults: "as in the lab: Node's attempt timer is 250 ms by default; with autoSelectFamily off, the silent address alone would hold connect() for about 127 s (tcp_syn_retries 6)",
  needs: ['netns'],
  async run({ timeline, sandbox }) {
    // A veth pair: the SYN leaves on `silent` for a MAC nobody has, and the other end drops it as another host's frame.
    for (const args of [
      ['link', 'add', 'silent', 'type', 'veth', 'peer', 'name', 'silent-peer'],
      // No link-local addresses: no neighbour discovery chatter among the scenario's packets.
      ['link', 'set', 'silent', 'addrgenmode', 'none', 'up'], ['link', 'set', 'silent-peer', 'addrgenmode', 'none', 'up'],
      ['-6', 'addr', 'add', `${IPV6_LINK_HOSTS.client}/64`, 'dev', 'silent', 'nodad'],
      ['-6', 'neigh', 'add', SILENT_V6, 'lladdr', '02:00:00:00:00:02', 'dev', 'silent', 'nud', 'permanent'],
    ]) await sandbox.exec('ip', args);
    const port = closedPort(sandbox);
    timeline.note(`${NAME} resolves to ${SILENT_V6} (AAAA, first, as resolvers order IPv6 first) and ${sandbox.hosts.server} (A); nothing answers on ${SILENT_V6}, nothing listens on ${sandbox.hosts.server}:${port}`);
    // The name is resolved by Node's own lookup option, as getaddrinfo would from /etc/hosts: no resolver is asked.
    const lookup = ((_name: string, _options: unknown, callback: (error: null, addresses: { address: string; family: number }[]) => void) => {
      callback(null, [{ address: SILENT_V6, family: 6 }, { address: sandbox.hosts.server, family: 4 }]);
    }) as unknown as LookupFunction;
    timeline.note(`Node ${process.version}: autoSelectFamily ${getDefaultAutoSelectFamily() ? 'on' : 'off'} by default`);
    const error = await new Promise<unknown>((resolve) => {
      const req = http.get({ host: NAME, port, lookup, agent: false }, (res) => resolve(res.resume()));
      req.on('error', resolve);
    });
    recordAppError(timeline, 'client', GET, error);
    const attempts = errorChain(error).filter((link) => link.attempt !== null && link.depth === 1);
    const labels = [SILENT, LAST];
    attempts.forEach((attempt, i) => {
      const why = i < attempts.length - 1 ? "ended by Node's 250 ms attempt timer, not by the kernel" : 'the last address: no timer, the kernel answered';
      timeline.call('client', labels[i] ?? `connect (address ${i + 1})`, attempt.code ?? 'error', `${attempt.name}: ${attempt.message}; ${why}`);
    });
  },
});
