// The runner's half of the scenario-process protocol: spawn, ready -> go -> report -> exit.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Scenario } from './scenario.js';
import { stoppedReport, type ChildMessage, type ChildReport } from './sandbox/child-report.js';
import { namespaceSupport, spawnInNamespaces, type Stdio } from './sandbox/namespace.js';

const CHILD = fileURLToPath(new URL('./sandbox/child.js', import.meta.url));
const STDIO: Stdio = ['ignore', 'ignore', 'pipe', 'ipc'];

/** The scenario process: in fresh namespaces when the host allows it, else plain (scenarios with needs say not-run). */
function start(scenario: Scenario, isolated: boolean, pcap: boolean): ChildProcess {
  const args = [scenario.id, ...(pcap ? ['--pcap'] : [])];
  return isolated
    ? spawnInNamespaces(CHILD, args, { stdio: STDIO })
    : spawn(process.execPath, [CHILD, ...args], { stdio: STDIO });
}

/** Sends `message` if the child still listens; a child that already exited is not an error (its exit reports it). */
function tell(child: ChildProcess, message: 'go' | 'exit'): void {
  if (child.connected) child.send(message, (error) => error ?? undefined);
}

/** How runScenarioProcess runs a scenario. */
export interface ProcessOptions {
  /** The process is killed after this long and the scenario reported as failed. */
  readonly timeoutMs: number;
  /** Report the capture as pcapng. */
  readonly pcap?: boolean;
  /** Called once the process has set up its sandbox and is about to run the scenario (it asked for `go`). */
  readonly onReady?: () => void;
  /** Aborting kills the process (the scenario is reported as failed); an aborted signal starts none. */
  readonly signal?: AbortSignal;
}

/** Runs `scenario` in its own process (and namespace when possible), bounded by `timeoutMs`; never rejects. */
export function runScenarioProcess(scenario: Scenario, { timeoutMs, pcap = false, onReady, signal }: ProcessOptions): Promise<ChildReport> {
  const support = namespaceSupport();
  if (signal?.aborted === true) return Promise.resolve(stoppedReport('failed', 'interrupted before it started'));
  return new Promise((resolve) => {
    const child = start(scenario, support.available, pcap);
    let stderr = '';
    let spawnError: string | undefined;
    let report: ChildReport | undefined;
    // A failed spawn or a broken IPC channel ends in 'close' like any other exit; only the reason is kept.
    child.on('error', (error) => (spawnError ??= error.message));
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr = (stderr + chunk).slice(-4000))).on('error', () => undefined);
    child.on('message', (message: ChildMessage) => {
      if (message.type === 'ready') onReady?.();
      if (message.type === 'report') {
        const { type: _type, ...rest } = message;
        report = rest;
      }
      tell(child, message.type === 'report' ? 'exit' : 'go');
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    const interrupt = (): void => void child.kill('SIGKILL');
    signal?.addEventListener('abort', interrupt, { once: true });
    child.on('close', (code, killedBy) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', interrupt);
      const exited = spawnError ?? `scenario process exited (${killedBy ?? code}) without a report: ${stderr.trim() || 'no output'}`;
      const killed = signal?.aborted === true ? 'interrupted' : `timed out after ${timeoutMs} ms`;
      resolve(report ?? stoppedReport('failed', killedBy === 'SIGKILL' && spawnError === undefined ? killed : exited));
    });
  });
}
