// Runs scenarios concurrently, each in its own process and namespace, and judges each run against the catalog.
import { spawn } from 'node:child_process';
import { release } from 'node:os';
import { fileURLToPath } from 'node:url';
import { currentPlatform } from '../catalog/current-platform.js';
import type { Platform } from '../catalog/types.js';
import { SocklabError } from '../errors/socklab-error.js';
import type { Prediction, Scenario, SandboxNeed } from './scenario.js';
import { SCENARIOS } from './scenarios/index.js';
import { stoppedReport, type ChildMessage, type ChildReport } from './sandbox/child-report.js';
import { captureProblem, startCapture, type Capture } from './sandbox/capture.js';
import { HOSTS } from './sandbox/lab-sandbox.js';
import { PARENT_NETNS_ENV, currentNetns, namespaceSupport } from './sandbox/namespace.js';
import type { Endpoint, PacketEvent, TimelineEvent } from './timeline.js';
import { judge, type Verdict } from './verdict.js';

/** One scenario's run: what it is, what happened, and the verdict. The `--json` shape of `socklab repro`. */
export interface ScenarioRun {
  readonly id: string;
  readonly title: string;
  readonly articleSays: string;
  readonly withDefaults: string;
  readonly needs: readonly SandboxNeed[];
  readonly predicts: readonly Prediction[];
  readonly status: 'ran' | 'not-run' | 'failed';
  /** Why it did not run or failed, with the fix when there is one. */
  readonly reason?: string;
  readonly durationMs: number;
  /** Whether the run was inside a socklab namespace, and whether packets were captured. */
  readonly isolated: boolean;
  readonly captured: boolean;
  readonly events: readonly TimelineEvent[];
  readonly verdict: Verdict;
}

/** The whole lab's result: the `--json` shape of `socklab lab`. */
export interface LabResult {
  readonly platform: Platform;
  readonly kernel: string;
  readonly namespaces: { readonly available: boolean; readonly reason?: string };
  readonly durationMs: number;
  readonly runs: readonly ScenarioRun[];
  readonly counts: Readonly<Record<Verdict['status'], number>>;
}

/** Options of runLab. */
export interface LabOptions {
  /** Scenario ids to run; all when absent or empty. */
  readonly ids?: readonly string[];
  /** A scenario still running after this long is killed and reported as failed. */
  readonly timeoutMs?: number;
  /** Called as each scenario finishes. */
  readonly onRun?: (run: ScenarioRun, done: number, total: number) => void;
}

const CHILD = fileURLToPath(new URL('./sandbox/child.js', import.meta.url));

/** The scenario with this id; throws a SocklabError naming the known ones when unknown. */
export function findScenario(id: string): Scenario {
  const scenario = SCENARIOS.find((s) => s.id === id);
  if (scenario === undefined) throw new SocklabError('SOCKLAB_LAB_UNKNOWN_SCENARIO', { id });
  return scenario;
}

const ROLES = new Map<string, Endpoint>([[HOSTS.client, 'client'], [HOSTS.server, 'server']]);

/** Starts the scenario process; when it is ready, starts the capture (if possible) and says go; merges packets. */
function spawnScenario(scenario: Scenario, timeoutMs: number): Promise<{ report: ChildReport; captured: boolean }> {
  const support = namespaceSupport();
  const argv = [...support.prefix, process.execPath, CHILD, scenario.id];
  const noCapture = support.available ? captureProblem() : 'no namespace to capture in';
  return new Promise((resolve) => {
    const child = spawn(argv[0]!, argv.slice(1), {
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      env: { ...process.env, [PARENT_NETNS_ENV]: currentNetns() },
    });
    let stderr = '';
    let report: ChildReport | undefined;
    let capture: Promise<Capture | undefined> = Promise.resolve(undefined);
    let captureFailure: string | undefined = noCapture;
    let packets: Promise<PacketEvent[] | undefined> = Promise.resolve(undefined);
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr = (stderr + chunk).slice(-4000)));
    child.on('message', (message: ChildMessage) => {
      if (message.type === 'report') {
        const { type: _type, ...rest } = message;
        report = rest;
        packets = capture.then((running) => running?.stop(rest.startedAt));
        void packets.then(() => child.connected && child.send('exit'));
        return;
      }
      if (noCapture === undefined && child.pid !== undefined) {
        capture = startCapture(child.pid, ROLES).catch((error: unknown) => ((captureFailure = (error as Error).message), undefined));
      }
      void capture.then(() => child.connected && child.send('go'));
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', async (code, signal) => {
      clearTimeout(timer);
      // Without a report the capture was never stopped: stop it now so no tcpdump outlives the run.
      if (report === undefined) packets = capture.then((running) => running?.stop(Date.now())).then(() => undefined);
      const captured = await packets;
      const final = report
        ?? (signal === 'SIGKILL' ? stoppedReport('failed', `timed out after ${timeoutMs} ms`)
          : stoppedReport('failed', `scenario process exited (${signal ?? code}) without a report: ${stderr.trim() || 'no output'}`));
      if (captured === undefined) {
        const note = final.status === 'ran' && captureFailure !== undefined ? [{ kind: 'note' as const, t: final.durationMs, text: `no packets: ${captureFailure}` }] : [];
        resolve({ report: { ...final, events: [...final.events, ...note] }, captured: false });
        return;
      }
      const events = [...final.events, ...captured].sort((a, b) => a.t - b.t);
      resolve({ report: { ...final, events }, captured: true });
    });
  });
}

async function runOne(scenario: Scenario, timeoutMs: number): Promise<ScenarioRun> {
  const support = namespaceSupport();
  const { report, captured } = scenario.needs.length > 0 && !support.available
    ? { report: stoppedReport('not-run', support.reason ?? 'no namespace'), captured: false }
    : await spawnScenario(scenario, timeoutMs);
  const { id, title, articleSays, withDefaults, needs, predicts } = scenario;
  return {
    id, title, articleSays, withDefaults, needs, predicts,
    status: report.status,
    ...(report.reason === undefined ? {} : { reason: report.reason }),
    durationMs: report.durationMs,
    isolated: report.isolated,
    captured,
    events: report.events,
    verdict: judge(predicts, report.events, report.status),
  };
}

/** Runs the lab: every scenario (or those named) concurrently, each isolated, and judges each run. */
export async function runLab(options: LabOptions = {}): Promise<LabResult> {
  const started = performance.now();
  const chosen = options.ids !== undefined && options.ids.length > 0 ? options.ids.map(findScenario) : [...SCENARIOS];
  const support = namespaceSupport();
  let done = 0;
  const runs = await Promise.all(chosen.map(async (scenario) => {
    const run = await runOne(scenario, options.timeoutMs ?? 30_000);
    options.onRun?.(run, ++done, chosen.length);
    return run;
  }));
  const counts = { agrees: 0, contradicts: 0, 'not-run': 0, failed: 0 };
  for (const run of runs) counts[run.verdict.status] += 1;
  return {
    platform: currentPlatform(),
    kernel: release(),
    namespaces: support.available ? { available: true } : { available: false, reason: support.reason ?? '' },
    durationMs: Math.round(performance.now() - started),
    runs,
    counts,
  };
}
