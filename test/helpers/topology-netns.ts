// Inside a throwaway netns: builds the routed topology, reports each namespace's links and routes, then reboots the server.
import { execFileSync } from 'node:child_process';
import { isolationProblem } from '../../src/lab/sandbox/isolation.js';
import { interfaceNames, linksUp } from '../../src/lab/sandbox/netns-config.js';
import { Topology } from '../../src/lab/sandbox/topology.js';
import { commandPath } from '../../src/shared/system-command.js';
import type { NetNamespace } from '../../src/sys/net-namespace.js';

/** One namespace as `ip` sees it. */
export interface NamespaceView {
  readonly interfaces: string[];
  readonly routes: string[];
  /** What a route lookup toward an address outside the lab's ranges says (no packet is sent). */
  readonly outside: string;
}

/** What the script prints. */
export interface TopologyRun {
  readonly client: NamespaceView;
  readonly router: NamespaceView;
  readonly server: NamespaceView;
  /** The server's routes just before the crash, with a mark only that namespace carries (a blackhole route). */
  readonly serverMarked: string[];
  readonly routerAfterReboot: string[];
  readonly serverAfterReboot: NamespaceView;
  /** linksUp() of client, router and server once linksReady() resolved, of the server after its crash, and after the reboot. */
  readonly linksUp: { readonly ready: boolean[]; readonly crashedServer: boolean; readonly rebooted: boolean[] };
}

const problem = isolationProblem();
if (problem !== undefined) {
  process.stderr.write(`refusing to run: ${problem}\n`);
  process.exit(3);
}
const ip = (ns: NetNamespace, ...args: string[]): string => {
  try {
    return ns.run(() => execFileSync(commandPath('ip')!, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })).trim();
  } catch (error) {
    return String((error as { stderr?: string }).stderr ?? error).trim();
  }
};
const view = (ns: NetNamespace): NamespaceView => ({
  interfaces: interfaceNames(ns).sort(),
  routes: ip(ns, '-o', 'route', 'show').split('\n').map((r) => r.trim().replace(/\s+/g, ' ')).sort(),
  outside: ip(ns, 'route', 'get', '8.8.8.8'),
});
const MARK = '203.0.113.99';
const topology = Topology.build();
await topology.linksReady();
const ready = [topology.client, topology.router, topology.server].map((ns) => linksUp(ns));
const before = { client: view(topology.client), router: view(topology.router), server: view(topology.server) };
// State only the old namespace can hold: a fresh one after the reboot must not have it. (Not the namespace's inode
// number: the kernel may give the new namespace the number the old one had, which failed this test once under load.)
ip(topology.server, 'route', 'add', 'blackhole', MARK);
const serverMarked = view(topology.server).routes;
topology.crashServer('blackhole');
const crashedServer = linksUp(topology.server);
await topology.rebootServer();
const run: TopologyRun = {
  ...before,
  serverMarked,
  routerAfterReboot: ip(topology.router, '-o', 'route', 'show').split('\n').map((r) => r.trim().replace(/\s+/g, ' ')).sort(),
  serverAfterReboot: view(topology.server),
  linksUp: { ready, crashedServer, rebooted: [topology.client, topology.router, topology.server].map((ns) => linksUp(ns)) },
};
console.log(JSON.stringify(run));
process.exit(0);
