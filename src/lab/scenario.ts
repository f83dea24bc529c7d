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

/** What a scenario needs from the sandbox; without it the scenario is reported as not run. */
export type SandboxNeed = 'netns' | 'iptables';

/** Net sysctls a scenario may set; all are per network namespace on Linux. */
export type NamespacedSysctl =
  | 'net.ipv4.tcp_retries2' | 'net.ipv4.tcp_syn_retries' | 'net.ipv4.tcp_abort_on_overflow'
  | 'net.ipv4.tcp_keepalive_time' | 'net.ipv4.tcp_keepalive_intvl' | 'net.ipv4.tcp_keepalive_probes'
  | 'net.core.somaxconn';

/** The addresses that play the hosts of a scenario. */
export interface Hosts {
  readonly client: string;
  readonly server: string;
  /** An address a router answers for with ICMP, as if it knew the host is gone. */
  readonly unreachable: string;
}

/** What a scenario may change around it; every change stays inside the scenario's own namespace (R8). */
export interface Sandbox {
  /** True only in a namespace socklab created; the methods that change network state refuse otherwise. */
  readonly isolated: boolean;
  readonly hosts: Hosts;
  /** Runs iptables with `args` inside the namespace. */
  iptables(...args: string[]): Promise<void>;
  /** Makes a host silent, as if it crashed or its cable was cut: every packet to or from it is dropped. */
  silence(address: string): Promise<void>;
  /** Lets a silenced host's packets through again. */
  unsilence(address: string): Promise<void>;
  /** Sets a per-namespace sysctl. */
  sysctl(name: NamespacedSysctl, value: number): Promise<void>;
  /** Runs a command inside the namespace and returns its output. */
  exec(command: string, args: readonly string[]): Promise<{ stdout: string; stderr: string }>;
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
   * How long the same outcome takes with the kernel's default settings, in ms, for charts: a number where the lab
   * shortens a timer or sysctl to get there sooner; `as-in-lab` where it changes nothing that sets the time; null where
   * the time depends on something outside the kernel. `withDefaults` says it in words.
   */
  readonly defaultsMs: number | 'as-in-lab' | null;
  /** How long the same outcome takes with the kernel's default settings, in words. */
  readonly withDefaults: string;
  readonly needs: readonly SandboxNeed[];
  /** Reproduces the scenario, recording every call on `ctx.timeline`; resolves when done. */
  run(ctx: ScenarioContext): Promise<void>;
}

/** Identity helper that type-checks a scenario literal. */
export function defineScenario<const S extends Scenario>(scenario: S): S {
  return scenario;
}
