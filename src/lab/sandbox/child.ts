// Runs one scenario inside its namespace; talks to the runner over IPC: ready -> go -> report.
import { execFile } from 'node:child_process';
import { once } from 'node:events';
import { promisify } from 'node:util';
import { SCENARIOS } from '../scenarios/index.js';
import type { Scenario } from '../scenario.js';
import { encodePcapng } from '../capture/pcapng.js';
import { startScenarioCapture } from '../capture/scenario-capture.js';
import { Timeline, type Endpoint } from '../timeline.js';
import { HOSTS, LabSandbox } from './lab-sandbox.js';
import { PARENT_NETNS_ENV } from './namespace.js';
import { stoppedReport, type ChildMessage, type ChildReport } from './child-report.js';

const run = promisify(execFile);
const HOST_ROLES = new Map<string, Endpoint>([[HOSTS.client, 'client'], [HOSTS.server, 'server']]);

// If the runner dies, so does this process: the namespace goes with its last process.
process.on('disconnect', () => process.exit(70));

async function unmetNeed(scenario: Scenario, sandbox: LabSandbox): Promise<string | undefined> {
  if (scenario.needs.length === 0) return undefined;
  if (!sandbox.isolated) return 'needs a network namespace, and none could be created';
  if (scenario.needs.includes('iptables')) {
    try {
      await run('iptables', ['-w', '-L', '-n']);
    } catch (error) {
      return `needs iptables inside the namespace (${String(error).split('\n')[0]}); install it: apt-get install iptables`;
    }
  }
  return undefined;
}

async function main(id: string, wantsPcap: boolean): Promise<ChildReport> {
  const scenario = SCENARIOS.find((s) => s.id === id);
  const sandbox = new LabSandbox(process.env[PARENT_NETNS_ENV]);
  if (scenario === undefined) return stoppedReport('failed', `no scenario ${id}`, sandbox.isolated);
  if (sandbox.isolated) await run('ip', ['link', 'set', 'lo', 'up']);
  const unmet = await unmetNeed(scenario, sandbox);
  if (unmet !== undefined) return stoppedReport('not-run', unmet, sandbox.isolated);

  // Captured from inside: root in the user namespace may open packet sockets here, whoever started socklab.
  const capture = await startScenarioCapture(sandbox.isolated ? [{ namespace: 'lab' }] : [], HOST_ROLES);
  const go = once(process, 'message');
  process.send?.({ type: 'ready' } satisfies ChildMessage);
  await go;
  const timeline = new Timeline();
  const controller = new AbortController();
  process.once('SIGTERM', () => controller.abort());
  let failure: string | undefined;
  try {
    await scenario.run({ timeline, sandbox, signal: controller.signal });
  } catch (error) {
    failure = error instanceof Error ? (error.stack ?? error.message) : String(error);
  }
  const durationMs = timeline.elapsed();
  const packets = await capture.finish(timeline.startedAt);
  timeline.add(packets.events);
  const outcome = {
    startedAt: timeline.startedAt, durationMs, events: timeline.events(), isolated: sandbox.isolated, captured: packets.captured,
    ...(wantsPcap ? { pcapng: encodePcapng(packets.frames).toString('base64') } : {}),
  };
  return failure === undefined ? { status: 'ran', ...outcome } : { status: 'failed', reason: failure, ...outcome };
}

const report = await main(process.argv[2] ?? '', process.argv[3] === '--pcap').catch((error: unknown): ChildReport =>
  stoppedReport('failed', String((error as Error).stack ?? error)));
// Stay alive until the runner has the report and says exit.
process.once('message', () => process.exit(0));
process.send?.({ type: 'report', ...report } satisfies ChildMessage);
