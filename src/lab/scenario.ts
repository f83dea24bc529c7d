// The contract of a lab scenario: what the article claims, what the catalog predicts, and how to reproduce it.
import type { ErrnoName } from '../catalog/types.js';
import type { LabSandbox } from './sandbox/lab-sandbox.js';
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

/** What a running scenario can use. */
export interface ScenarioContext {
  readonly timeline: Timeline;
  readonly sandbox: LabSandbox;
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
