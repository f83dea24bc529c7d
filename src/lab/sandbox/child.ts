// Runs one scenario inside its namespaces; talks to the runner over IPC: ready -> go -> report -> exit.
import { once } from 'node:events';
import type { Scenario } from '../scenario.js';
import { encodePcapng } from '../capture/pcapng.js';
import { startScenarioCapture } from '../capture/scenario-capture.js';
import { Timeline } from '../timeline.js';
import { LabSandbox, PACKET_HOSTS } from './lab-sandbox.js';
import { inheritPackageDirectory } from './namespace.js';
import { loadScenario } from './load-scenario.js';
import { stoppedReport, type ChildMessage, type ChildReport } from './child-report.js';

// If the runner dies, so does this process, and with it every namespace: they are held only by its descriptors.
process.on('disconnect', () => process.exit(70));
inheritPackageDirectory();

function unmetNeed(scenario: Scenario, sandbox: LabSandbox): string | undefined {
  if (scenario.needs.length === 0 || sandbox.isolated) return undefined;
  return `needs a network namespace, and this is not one socklab created (${sandbox.problem ?? ''})`;
}

async function main(id: string, wantsPcap: boolean): Promise<ChildReport> {
  const scenario = await loadScenario(id);
  if (scenario === undefined) return stoppedReport('failed', `no scenario ${id}`);
  // The isolation proof runs first, before socklab adds an interface; unproven, nothing is changed.
  const sandbox = LabSandbox.create(scenario.needs.includes('router'));
  const unmet = unmetNeed(scenario, sandbox);
  if (unmet !== undefined) return stoppedReport('not-run', unmet, sandbox.isolated);

  await sandbox.ready();
  // Captured from inside: root in the user namespace may open packet sockets in each namespace, whoever started socklab.
  const capture = await startScenarioCapture(sandbox.namespaces(), PACKET_HOSTS);
  sandbox.watch({ retiring: (name) => capture.stop(name), born: (point) => capture.add(point) });
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
