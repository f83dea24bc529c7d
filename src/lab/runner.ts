// Runs scenarios concurrently, each in its own process and namespace, and judges each run against the catalog.
import { setMaxListeners } from 'node:events';
import { release } from 'node:os';
import { currentPlatform } from '../catalog/current-platform.js';
import type { Platform } from '../catalog/types.js';
import { SocklabError } from '../errors/socklab-error.js';
import { closestMatch } from '../shared/closest-match.js';
import type { Prediction, Scenario, SandboxNeed } from './scenario.js';
import { SCENARIOS } from './scenarios/index.js';
import { pcapFileIn, preparePcapDir, preparePcapFile, removeEmptyPcapDirs, writePcapFile } from './capture/pcap-file.js';
import { encodePcapng } from './capture/pcapng.js';
import { runScenarioProcess } from './scenario-process.js';
import { startInWaves } from './start-in-waves.js';
import { stoppedReport } from './sandbox/child-report.js';
import { hostsFor } from './sandbox/lab-sandbox.js';
import { namespaceSupport } from './sandbox/namespace.js';
import { ROUTED_HOSTS } from './sandbox/topology.js';
import type { TimelineEvent } from './timeline.js';
import { judge, type Verdict } from './verdict.js';

/** One scenario's run: what it is, what happened, and the verdict. The `--json` shape of `socklab repro`. */
export interface ScenarioRun {
  readonly id: string;
  readonly title: string;
  readonly articleSays: string;
  readonly defaultsMs: Scenario['defaultsMs'];
  readonly withDefaults: string;
  readonly needs: readonly SandboxNeed[];
  /** The addresses that played client and server, and the router's on the client's side when there was one. */
  readonly hosts: ScenarioHosts;
  readonly predicts: readonly Prediction[];
  readonly status: 'ran' | 'not-run' | 'failed';
  /** Why it did not run or failed, with the fix when there is one. */
  readonly reason?: string;
  readonly durationMs: number;
  /** Whether the run was inside a socklab namespace, and whether its packets were captured (in-process, for any user). */
  readonly isolated: boolean;
  readonly captured: boolean;
  /** The pcapng file the run's packets were written to (ScenarioOptions.pcap, LabOptions.pcapDir). */
  readonly pcap?: string;
  readonly events: readonly TimelineEvent[];
  readonly verdict: Verdict;
}

/** Who played which part in a scenario run. */
export interface ScenarioHosts {
  readonly client: string;
  readonly server: string;
  readonly router?: string;
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

/** Options of runScenario. */
export interface ScenarioOptions {
  /** A scenario still running after this long is killed and reported as failed. */
  readonly timeoutMs?: number;
  /** Write the run's packets to this pcapng file (always written, empty when nothing was captured). */
  readonly pcap?: string;
}

/** Options of runLab. */
export interface LabOptions extends Pick<ScenarioOptions, 'timeoutMs'> {
  /** Write each run's packets to `<pcapDir>/<scenario>.pcapng` (created if missing; scenarios that did not run have none). */
  readonly pcapDir?: string;
  /** Scenario ids to run; all when absent or empty. */
  readonly ids?: readonly string[];
  /** Called as each scenario finishes. */
  readonly onRun?: (run: ScenarioRun, done: number, total: number) => void;
  /**
   * Aborting (Ctrl-C) kills the running scenarios and rejects with `signal.reason`, after removing the directories
   * of `pcapDir` the run made if no capture was written in them.
   */
  readonly signal?: AbortSignal;
}

/** The scenario with this id; throws a SocklabError naming the known ones when unknown. */
export function findScenario(id: string): Scenario {
  const scenario = SCENARIOS.find((s) => s.id === id);
  if (scenario === undefined) {
    const suggestion = closestMatch(id, SCENARIOS.map((s) => s.id));
    throw new SocklabError('SOCKLAB_LAB_UNKNOWN_SCENARIO', { id, ...(suggestion === undefined ? {} : { suggestion }) });
  }
  return scenario;
}

/** Runs `scenario` in its own process (`onReady`: it is set up and about to run) and judges it. */
async function runOne(scenario: Scenario, timeoutMs: number, pcap: string | undefined, onReady?: () => void, signal?: AbortSignal): Promise<ScenarioRun> {
  const support = namespaceSupport();
  const report = scenario.needs.length > 0 && !support.available
    ? stoppedReport('not-run', support.reason ?? 'no namespace')
    : await runScenarioProcess(scenario, { timeoutMs, pcap: pcap !== undefined, ...(onReady === undefined ? {} : { onReady }), ...(signal === undefined ? {} : { signal }) });
  const pcapng = pcap === undefined ? undefined : report.pcapng;
  if (pcap !== undefined && pcapng !== undefined) await writePcapFile(pcap, Buffer.from(pcapng, 'base64'));
  const { id, title, articleSays, defaultsMs, withDefaults, needs, predicts } = scenario;
  const routed = needs.includes('router');
  return {
    id, title, articleSays, defaultsMs, withDefaults, needs, predicts,
    hosts: { ...hostsFor(routed), ...(routed ? { router: ROUTED_HOSTS.router } : {}) },
    status: report.status,
    ...(report.reason === undefined ? {} : { reason: report.reason }),
    durationMs: report.durationMs,
    isolated: report.isolated,
    captured: report.captured,
    ...(pcap !== undefined && pcapng !== undefined ? { pcap } : {}),
    events: report.events,
    verdict: judge(predicts, report.events, report.status),
  };
}

const DEFAULT_TIMEOUT_MS = 30_000;

/** Runs one scenario (throws SOCKLAB_LAB_UNKNOWN_SCENARIO for an unknown id) in its own process and judges it. */
export async function runScenario(id: string, options: ScenarioOptions = {}): Promise<ScenarioRun> {
  const scenario = findScenario(id);
  if (options.pcap !== undefined) await preparePcapFile(options.pcap);
  const run = await runOne(scenario, options.timeoutMs ?? DEFAULT_TIMEOUT_MS, options.pcap);
  // The path was only checked before the run: a run that captured nothing still writes its file, empty, as promised.
  if (options.pcap !== undefined && run.pcap === undefined) await writePcapFile(options.pcap, encodePcapng([]));
  return run;
}

/** Runs the lab: every scenario (or those named) concurrently, each isolated, and judges each run. */
export async function runLab(options: LabOptions = {}): Promise<LabResult> {
  const started = performance.now();
  const chosen: readonly Scenario[] = options.ids !== undefined && options.ids.length > 0 ? options.ids.map(findScenario) : [...SCENARIOS];
  const support = namespaceSupport();
  const { pcapDir, signal } = options;
  signal?.throwIfAborted();
  if (signal !== undefined) setMaxListeners(chosen.length + 10, signal); // one listener per scenario process
  const madeDirs = pcapDir === undefined ? [] : await preparePcapDir(pcapDir);
  let done = 0;
  const runs: ScenarioRun[] = [];
  const start = async (i: number, ready?: () => void): Promise<void> => {
    const scenario = chosen[i]!;
    const run = await runOne(scenario, options.timeoutMs ?? DEFAULT_TIMEOUT_MS, pcapDir === undefined ? undefined : pcapFileIn(pcapDir, scenario.id), ready, signal);
    runs[i] = run;
    options.onRun?.(run, ++done, chosen.length);
  };
  // The scenarios that wait on timers start first, the longest first; the quick ones once those are ready and waiting.
  const labMs = (i: number): number => chosen[i]!.labMs ?? 0;
  const indexes = chosen.map((_, i) => i).sort((a, b) => labMs(b) - labMs(a));
  await startInWaves(indexes.filter((i) => labMs(i) > 0), indexes.filter((i) => labMs(i) === 0), start);
  if (signal?.aborted === true) {
    await removeEmptyPcapDirs(madeDirs);
    signal.throwIfAborted();
  }
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
