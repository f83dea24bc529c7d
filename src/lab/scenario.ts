// The contract of a lab scenario: what the article claims, what the catalog predicts, and how to reproduce it.
import type { ErrnoName } from '../catalog/types.js';
import type { Endpoint, Timeline } from './timeline.js';

/** A call result the catalog predicts for this platform: e.g. the client's `read` fails with ECONNRESET. */
export interface Prediction {
  readonly endpoint: Endpoint;
  readonly call: string;
  /** An errno name, or `ok`, `EOF`, `SIGPIPE`, `no-error` (the call did not fail within the bounded wait). */
  readonly result: ErrnoName | 'ok' | 'EOF' | 'SIGPIPE' | 'no-error';
}

/**
 * What a scenario needs from the sandbox; without it the scenario is reported as not run. `netns`: a network
 * namespace of its own (sysctls, `ss -K`), with client and server on its loopback. `router`: the routed network
 * of client, router and server namespaces (faults made by routes: silent hosts, ICMP errors, reboots).
 */
export type SandboxNeed = 'netns' | 'router';

/** Net sysctls a scenario may set; all are per network namespace on Linux. */
export type NamespacedSysctl =
  | 'net.ipv4.tcp_retries2' | 'net.ipv4.tcp_syn_retries' | 'net.ipv4.tcp_abort_on_overflow'
  | 'net.ipv4.tcp_keepalive_time' | 'net.ipv4.tcp_keepalive_intvl' | 'net.ipv4.tcp_keepalive_probes'
  | 'net.core.somaxconn' | 'net.ipv4.ip_local_port_range';

/** The two hosts of a scenario. */
export type Host = 'client' | 'server';

/** The addresses that play the hosts of a scenario. */
export type Hosts = Readonly<Record<Host, string>>;

/** The router between client and server, for scenarios that declare `needs: ['router']`. */
export interface Router {
  /** The router's address on the client's network: its ICMP errors come from here. */
  readonly address: string;
  /** On the server's network, but routed `unreachable`: the router answers with ICMP host unreachable. */
  readonly goneHost: string;
  /** On the server's network, but routed `prohibit`: ICMP communication administratively prohibited. */
  readonly forbiddenHost: string;
  /** On a network the router has no route to: ICMP net unreachable. */
  readonly unroutedHost: string;
}

/** What a scenario may change around it; every change stays inside the scenario's own namespaces (R8). */
export interface Sandbox {
  /** True only in namespaces socklab created; the methods that change network state refuse otherwise. */
  readonly isolated: boolean;
  readonly hosts: Hosts;
  /** The router; throws unless the scenario declared `needs: ['router']`. */
  readonly router: Router;
  /**
   * Runs `create` synchronously on `host`: sockets it creates live in that host's namespace for good (the client's
   * is the default everywhere else). Only socket calls made inside `create` itself count, not later ticks.
   */
  on<T>(host: Host, create: () => T): T;
  /**
   * The server's host dies: its link goes down, so nothing it sends leaves it, and the router drops what is sent to
   * it without a word (`silently`) or, knowing the host is gone, answers with ICMP host unreachable.
   */
  crashServer(router?: 'silently' | 'host-unreachable'): void;
  /**
   * The crashed server boots again: its namespace is destroyed with all TCP state and a fresh one comes up with the
   * same address, reachable again. Close every socket made on the server first.
   */
  rebootServer(signal?: AbortSignal): Promise<void>;
  /** Sets a per-namespace sysctl on `host` (default: the client); a range such as ip_local_port_range takes two numbers. */
  sysctl(name: NamespacedSysctl, value: number | readonly [number, number], host?: Host): Promise<void>;
  /** Runs a system command (ip, ss) on `host` (default: the client) and returns its output. */
  exec(command: string, args: readonly string[], host?: Host): Promise<{ stdout: string; stderr: string }>;
}

/** What a running scenario can use. */
export interface ScenarioContext {
  readonly timeline: Timeline;
  readonly sandbox: Sandbox;
  /** Aborted when the runner gives up on the scenario. */
  readonly signal: AbortSignal;
}

/** One scenario of the article, reproduced on real sockets. Scenarios never create namespaces themselves (R8). */
export interface Scenario {
  /** Kebab-case id, also the file name. */
  readonly id: string;
  readonly title: string;
  /** What the article (after Stevens, UNP 5.11-5.16) says happens. */
  readonly articleSays: string;
  /** What the catalog predicts on Linux: the calls whose results decide the verdict. */
  readonly predicts: readonly Prediction[];
  /**
   * How long the same outcome takes with the kernel's default settings, in ms, for the lab table and charts: a number where the lab
   * shortens a timer or sysctl to get there sooner; `as-in-lab` where it changes nothing that sets the time; null where
   * the time depends on something outside the kernel. `withDefaults` says it in words.
   */
  readonly defaultsMs: number | 'as-in-lab' | null;
  /** How long the same outcome takes with the kernel's default settings, in words (`socklab lab --long`, the report). */
  readonly withDefaults: string;
  readonly needs: readonly SandboxNeed[];
  /**
   * About how long `run` takes in the lab, in ms, for a scenario that waits on timers for a second or more: runLab
   * starts these first, the longest first, and the quick ones once they are waiting. Omit it below a second.
   */
  readonly labMs?: number;
  /** Reproduces the scenario, recording every call on `ctx.timeline`; resolves when done. */
  run(ctx: ScenarioContext): Promise<void>;
}

/** Identity helper that type-checks a scenario literal. */
export function defineScenario<const S extends Scenario>(scenario: S): S {
  return scenario;
}
