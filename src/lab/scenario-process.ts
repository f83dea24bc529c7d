// The runner's half of the scenario-process protocol: spawn, ready -> (capture) -> go -> report -> exit, packets merged.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Scenario } from './scenario.js';
import { stoppedReport, type ChildMessage, type ChildReport } from './sandbox/child-report.js';
import { captureProblem, startCapture, type Capture } from './sandbox/capture.js';
import { HOSTS } from './sandbox/lab-sandbox.js';
import { PARENT_NETNS_ENV, currentNetns, namespaceSupport } from './sandbox/namespace.js';
import type { Endpoint, PacketEvent, TimelineEvent } from './timeline.js';

/** A scenario process's report, its packets merged into the events, and whether packets were captured. */
export interface ProcessOutcome {
  readonly report: ChildReport;
  readonly captured: boolean;
}

const CHILD = fileURLToPath(new URL('./sandbox/child.js', import.meta.url));
const ROLES = new Map<string, Endpoint>([[HOSTS.client, 'client'], [HOSTS.server, 'server']]);

/** Sends `message` if the child still listens; a child that already exited is not an error (its exit reports it). */
function tell(child: ChildProcess, message: 'go' | 'exit'): void {
  if (child.connected) child.send(message, (error) => error ?? undefined);
}

/** Merges captured packets into the report's events, or notes why there are none. */
function withPackets(report: ChildReport, packets: readonly PacketEvent[] | undefined, captureFailure: string | undefined): ProcessOutcome {
  if (packets === undefined) {
    const note: TimelineEvent[] = report.status === 'ran' && captureFailure !== undefined ? [{ kind: 'note', t: report.durationMs, text: `no packets: ${captureFailure}` }] : [];
    return { report: { ...report, events: [...report.events, ...note] }, captured: false };
  }
  return { report: { ...report, events: [...report.events, ...packets].sort((a, b) => a.t - b.t) }, captured: true };
}

/** Runs `scenario` in its own process (and namespace when possible), bounded by `timeoutMs`; never rejects. */
export function runScenarioProcess(scenario: Scenario, timeoutMs: number): Promise<ProcessOutcome> {
  const support = namespaceSupport();
  const argv = [...support.prefix, process.execPath, CHILD, scenario.id];
  const noCapture = support.available ? captureProblem() : 'no namespace to capture in';
  return new Promise((resolve) => {
    const child = spawn(argv[0]!, argv.slice(1), {
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      env: { ...process.env, [PARENT_NETNS_ENV]: currentNetns() },
    });
    let stderr = '';
    let spawnError: string | undefined;
    let report: ChildReport | undefined;
    let capture: Promise<Capture | undefined> = Promise.resolve(undefined);
    let captureFailure: string | undefined = noCapture;
    let packets: Promise<PacketEvent[] | undefined> = Promise.resolve(undefined);
    // A failed spawn or a broken IPC channel ends in 'close' like any other exit; only the reason is kept.
    child.on('error', (error) => (spawnError ??= error.message));
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr = (stderr + chunk).slice(-4000))).on('error', () => undefined);
    child.on('message', (message: ChildMessage) => {
      if (message.type === 'report') {
        const { type: _type, ...rest } = message;
        report = rest;
        packets = capture.then((running) => running?.stop(rest.startedAt));
        void packets.then(() => tell(child, 'exit'));
        return;
      }
      if (noCapture === undefined && child.pid !== undefined) {
        capture = startCapture(child.pid, ROLES).catch((error: unknown) => ((captureFailure = (error as Error).message), undefined));
      }
      void capture.then(() => tell(child, 'go'));
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      // Without a report the capture was never stopped: stop it now so no capture outlives the run.
      if (report === undefined) packets = capture.then((running) => running?.stop(Date.now())).then(() => undefined);
      const exited = spawnError ?? `scenario process exited (${signal ?? code}) without a report: ${stderr.trim() || 'no output'}`;
      const final = report ?? stoppedReport('failed', signal === 'SIGKILL' && spawnError === undefined ? `timed out after ${timeoutMs} ms` : exited);
      void packets.catch(() => undefined).then((captured) => resolve(withPackets(final, captured, captureFailure)));
    });
  });
}
