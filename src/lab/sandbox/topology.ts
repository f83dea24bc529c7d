// A scenario's routed network: client, router and server namespaces joined by veth pairs, with documentation addresses only.
//
//   client netns                     router netns                          server netns
//   192.0.2.2 [to-router] ── veth ── [to-client] 192.0.2.1
//                                    [to-server] 198.51.100.1 ── veth ── [to-router] 198.51.100.2
//
// The client routes only 198.51.100.0/24 and 203.0.113.0/24, through the router; the server routes only 192.0.2.0/24
// back. The router forwards, answers 198.51.100.3 with an `unreachable` route, 198.51.100.4 with `prohibit`, and
// has no route at all for 203.0.113.0/24. No namespace has a default route: no packet can leave the sandbox.
import { SocklabError } from '../../errors/socklab-error.js';
import { NetNamespace } from '../../sys/net-namespace.js';
import { pollUntil } from '../kit/sleep.js';
import { interfaceNames, ip, linksUp, writeSysctl } from './netns-config.js';

/** The addresses of the routed topology (RFC 5737 documentation ranges, never a real network). */
export const ROUTED_HOSTS = {
  client: '192.0.2.2',
  server: '198.51.100.2',
  /** The router's address on the client's side: ICMP errors to the client come from it. */
  router: '192.0.2.1',
  routerServerSide: '198.51.100.1',
  /** On the server's network, but the router has an `unreachable` route for it: ICMP host unreachable. */
  goneHost: '198.51.100.3',
  /** On the server's network, but the router has a `prohibit` route for it: ICMP administratively prohibited. */
  forbiddenHost: '198.51.100.4',
  /** On a network the router has no route to: ICMP net unreachable. */
  unroutedHost: '203.0.113.5',
} as const;

const H = ROUTED_HOSTS;

/**
 * Interface indexes that differ from their veth peer's. Each namespace numbers its links from 2, so both ends of the
 * client's veth would be 2; the kernel's link watch then takes the pair for a device stacked on itself, a non-urgent
 * event it handles at most once a second for the whole machine: with every scenario building its network at once,
 * links waited up to 1.1 s for their qdisc. A peer with another index makes the event urgent, handled at once.
 */
const INDEX = { clientToRouter: 10, routerToClient: 11, routerToServer: 12, serverToRouter: 13 } as const;

/** No IPv6 in the sandbox: a new link's router solicitations and DAD would be noise among the scenario's packets. */
function quietIpv6(ns: NetNamespace): void {
  writeSysctl(ns, 'net.ipv6.conf.all.disable_ipv6', 1);
  writeSysctl(ns, 'net.ipv6.conf.default.disable_ipv6', 1);
}

/** The three namespaces of a scenario's network; the client is the one the scenario process lives in. */
export class Topology {
  readonly client: NetNamespace;
  readonly router: NetNamespace;
  #server: NetNamespace;
  #crashed = false;

  private constructor(client: NetNamespace, router: NetNamespace, server: NetNamespace) {
    this.client = client;
    this.router = router;
    this.#server = server;
  }

  /** Builds the network around the calling thread's namespace, which becomes the client. */
  static build(): Topology {
    const topology = new Topology(NetNamespace.current(), NetNamespace.create(), NetNamespace.create());
    for (const ns of [topology.client, topology.router, topology.#server]) quietIpv6(ns);
    ip(topology.client, 'client network', [
      'link set lo up',
      `link add to-router index ${INDEX.clientToRouter} type veth peer name to-client index ${INDEX.routerToClient} netns ${topology.router.path}`,
      `addr add ${H.client}/24 dev to-router`,
      'link set to-router up',
      `route add 198.51.100.0/24 via ${H.router}`,
      `route add 203.0.113.0/24 via ${H.router}`,
    ]);
    writeSysctl(topology.router, 'net.ipv4.ip_forward', 1);
    // Every ICMP error the router owes is sent: the per-destination rate limit would swallow retransmissions' answers.
    writeSysctl(topology.router, 'net.ipv4.icmp_ratelimit', 0);
    ip(topology.router, 'router', [
      'link set lo up',
      `addr add ${H.router}/24 dev to-client`,
      'link set to-client up',
      `route add unreachable ${H.goneHost}/32`,
      `route add prohibit ${H.forbiddenHost}/32`,
    ]);
    topology.#linkServer();
    return topology;
  }

  /** Resolves once every veth of the three namespaces carries traffic (see linksUp); throws after 3 s. */
  async linksReady(signal?: AbortSignal): Promise<void> {
    const ready = await pollUntil(() => ([this.client, this.router, this.#server].every((ns) => linksUp(ns)) ? true : undefined), 3000, 2, signal);
    if (ready !== true && signal?.aborted !== true) {
      throw new SocklabError('SOCKLAB_LAB_SETUP_FAILED', { step: 'links up', reason: 'a veth of the routed network was still not up after 3 s' });
    }
  }

  /** The server's namespace (a new one after each reboot). */
  get server(): NetNamespace {
    return this.#server;
  }

  /** The router's veth to the server, and the server's side of it: address, route back to the client. */
  #linkServer(): void {
    ip(this.router, 'router to server', [
      `link add to-server index ${INDEX.routerToServer} type veth peer name to-router index ${INDEX.serverToRouter} netns ${this.#server.path}`,
      `addr add ${H.routerServerSide}/24 dev to-server`,
      'link set to-server up',
    ]);
    ip(this.#server, 'server network', [
      'link set lo up',
      `addr add ${H.server}/24 dev to-router`,
      'link set to-router up',
      `route add 192.0.2.0/24 via ${H.routerServerSide}`,
    ]);
  }

  /**
   * The server dies: the router gets a /32 route of `type` for its address (winning over the network's own), and its
   * link goes down, so not even a dying socket's RST leaves it.
   */
  crashServer(type: 'blackhole' | 'unreachable'): void {
    ip(this.router, `router: ${type} ${H.server}`, [`route replace ${type} ${H.server}/32`]);
    ip(this.#server, 'server link down', ['link set to-router down']);
    this.#crashed = true;
  }

  /**
   * Destroys the server's namespace with all its TCP state, then boots a fresh one with the same address, which the
   * router forwards to again. The scenario must have closed every socket it made there first (a namespace lives
   * while a socket holds it); the router's side of the old veth vanishing proves the old namespace is gone.
   */
  async rebootServer(signal?: AbortSignal): Promise<void> {
    this.#server.close();
    const gone = await pollUntil(() => (interfaceNames(this.router).includes('to-server') ? undefined : true), 3000, 5, signal);
    if (gone !== true) {
      throw new SocklabError('SOCKLAB_LAB_SETUP_FAILED', { step: 'server reboot', reason: 'the old server namespace is still alive after 3 s: a socket created there is still open' });
    }
    this.#server = NetNamespace.create();
    quietIpv6(this.#server);
    this.#linkServer();
    if (this.#crashed) ip(this.router, `router: forward ${H.server} again`, [`route del ${H.server}/32`]);
    this.#crashed = false;
    await this.linksReady(signal);
  }
}
