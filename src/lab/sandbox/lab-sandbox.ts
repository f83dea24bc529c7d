// The sandbox handed to scenarios: their namespaces, routes and sysctls, and never the host's.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { SocklabError } from '../../errors/socklab-error.js';
import { commandPath } from '../../shared/system-command.js';
import type { NetNamespace } from '../../sys/net-namespace.js';
import type { CapturedNamespaces } from '../capture/scenario-capture.js';
import type { Host, Hosts, NamespacedSysctl, Router, Sandbox } from '../scenario.js';
import { isolationProblem } from './isolation.js';
import { ip, writeSysctl } from './netns-config.js';
import { ROUTED_HOSTS, Topology } from './topology.js';

const run = promisify(execFile);

/** The loopback addresses that play client and server in a scenario without a router. */
export const LOOPBACK_HOSTS: Hosts = { client: '127.0.0.1', server: '127.0.0.2' };

/** IPv6 documentation addresses (RFC 3849) a scenario may give client and server on a link of its own (happy-eyeballs-etimedout). */
export const IPV6_LINK_HOSTS: Hosts = { client: '2001:db8::1', server: '2001:db8::2' };

/** Which host owns each address of the lab, as packets name them. */
export const PACKET_HOSTS: ReadonlyMap<string, 'client' | 'server' | 'router'> = new Map([
  [LOOPBACK_HOSTS.client, 'client'], [LOOPBACK_HOSTS.server, 'server'],
  [IPV6_LINK_HOSTS.client, 'client'], [IPV6_LINK_HOSTS.server, 'server'],
  [ROUTED_HOSTS.client, 'client'], [ROUTED_HOSTS.server, 'server'],
  [ROUTED_HOSTS.router, 'router'], [ROUTED_HOSTS.routerServerSide, 'router'],
] as const);

/** Told before a namespace of the sandbox is destroyed and after its successor exists (a server reboot). */
export interface NamespaceWatcher {
  /** Let go of namespace `name` (e.g. stop capturing it): it cannot be destroyed while held. */
  retiring(name: string): Promise<void>;
  /** A new namespace to follow, under the old one's name. */
  born(point: CapturedNamespaces[number]): Promise<void>;
}

/** The hosts a scenario plays with: routed when it needs the router, loopback otherwise. */
export function hostsFor(routed: boolean): Hosts {
  return routed ? { client: ROUTED_HOSTS.client, server: ROUTED_HOSTS.server } : LOOPBACK_HOSTS;
}

/** A scenario's sandbox; every change it makes dies with the scenario process and its namespaces. */
export class LabSandbox implements Sandbox {
  readonly isolated: boolean;
  readonly hosts: Hosts;
  /** Why the sandbox is not isolated, when it is not. */
  readonly problem: string | undefined;
  readonly #topology: Topology | undefined;
  #watcher: NamespaceWatcher | undefined;

  private constructor(problem: string | undefined, topology: Topology | undefined) {
    this.problem = problem;
    this.isolated = problem === undefined;
    this.#topology = topology;
    this.hosts = hostsFor(topology !== undefined);
  }

  /**
   * The sandbox of this process: proves first that it runs in fresh namespaces of socklab's (isolationProblem),
   * then brings loopback up and, when `routed`, builds the client/router/server network. Unproven, it changes nothing.
   */
  static create(routed: boolean): LabSandbox {
    const problem = isolationProblem();
    if (problem !== undefined) return new LabSandbox(problem, undefined);
    if (routed) return new LabSandbox(undefined, Topology.build());
    ip(undefined, 'loopback', ['link set lo up']);
    return new LabSandbox(undefined, undefined);
  }

  /** Resolves once the routed network carries traffic (fresh veths drop packets until the kernel activates them). */
  async ready(): Promise<void> {
    await this.#topology?.linksReady();
  }

  /** The namespaces to capture: the scenario's single one (`lab`), or client, router and server; none unisolated. */
  namespaces(): CapturedNamespaces {
    const topology = this.#topology;
    if (topology === undefined) return this.isolated ? [{ namespace: 'lab' }] : [];
    return [{ namespace: 'client' }, { namespace: 'router', netns: topology.router.path }, { namespace: 'server', netns: topology.server.path }];
  }

  /** Whoever holds the sandbox's namespaces (the capture) is told when the server's is replaced. */
  watch(watcher: NamespaceWatcher): void {
    this.#watcher = watcher;
  }

  #require(what: string): void {
    if (!this.isolated) {
      throw new SocklabError('SOCKLAB_SANDBOX_UNAVAILABLE', { reason: `refusing to ${what} outside a socklab namespace (${this.problem ?? ''})`, fix: 'This is a bug in the scenario: declare needs: [\'netns\'].' });
    }
  }

  #routed(what: string): Topology {
    if (this.#topology === undefined) {
      throw new SocklabError('SOCKLAB_SANDBOX_UNAVAILABLE', { reason: `no router to ${what}`, fix: 'This is a bug in the scenario: declare needs: [\'router\'].' });
    }
    return this.#topology;
  }

  /** The namespace of `host`, or undefined for the calling thread's own (the client's, and everyone's without a router). */
  #namespace(host: Host): NetNamespace | undefined {
    return host === 'server' ? this.#topology?.server : undefined;
  }

  get router(): Router {
    this.#routed('use');
    return {
      address: ROUTED_HOSTS.router,
      goneHost: ROUTED_HOSTS.goneHost,
      forbiddenHost: ROUTED_HOSTS.forbiddenHost,
      unroutedHost: ROUTED_HOSTS.unroutedHost,
    };
  }

  on<T>(host: Host, create: () => T): T {
    const ns = this.#namespace(host);
    return ns === undefined ? create() : ns.run(create);
  }

  crashServer(router: 'silently' | 'host-unreachable' = 'silently'): void {
    this.#routed('crash the server').crashServer(router === 'silently' ? 'blackhole' : 'unreachable');
  }

  async rebootServer(signal?: AbortSignal): Promise<void> {
    const topology = this.#routed('reboot the server');
    await this.#watcher?.retiring('server');
    await topology.rebootServer(signal);
    await this.#watcher?.born({ namespace: 'server', netns: topology.server.path });
  }

  async sysctl(name: NamespacedSysctl, value: number | readonly [number, number], host: Host = 'client'): Promise<void> {
    this.#require(`set ${name}`);
    writeSysctl(this.#namespace(host), name, typeof value === 'number' ? value : value.join('\t'));
  }

  async exec(command: string, args: readonly string[], host: Host = 'client'): Promise<{ stdout: string; stderr: string }> {
    this.#require(`run ${command}`);
    const path = commandPath(command);
    if (path === undefined) throw new SocklabError('SOCKLAB_LAB_SETUP_FAILED', { step: command, reason: `the \`${command}\` command is missing` });
    // The fork happens inside execFile's call, so the command starts in the namespace `on` switched to.
    return this.on(host, () => run(path, [...args]));
  }
}
