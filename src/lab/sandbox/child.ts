// Runs one scenario inside its namespace; talks to the runner over IPC: ready -> go -> report.
import { execFile } from 'node:child_process';
import { once } from 'node:events';
import { promisify } from 'node:util';
import { SCENARIOS } from '../scenarios/index.js';
import type { Scenario } from '../scenario.js';
import { Timeline } from '../timeline.js';
import { LabSandbox } from './lab-sandbox.js';
import { PARENT_NETNS_ENV } from './namespace.js';
import { stoppedReport, type ChildMessage, type ChildReport } from './child-report.js';

const run = promisify(execFile);

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

async function main(id: string): Promise<ChildReport> {
  const scenario = SCENARIOS.find((s) => s.id === id);
  const sandbox = new LabSandbox(process.env[PARENT_NETNS_ENV]);
  if (scenario === undefined) return stoppedReport('failed', `no scenario ${id}`, sandbox.isolated);
  if (sandbox.isolated) await run('ip', ['link', 'set', 'lo', 'up']);
  const unmet = await unmetNeed(scenario, sandbox);
  if (unmet !== undefined) return stoppedReport('not-run', unmet, sandbox.isolated);

  const go = once(process, 'message');
  process.send?.({ type: 'ready' } satisfies ChildMessage);
  await go;
  const timeline = new Timeline();
  const controller = new AbortController();
  process.once('SIGTERM', () => controller.abort());
  try {
    await scenario.run({ timeline, sandbox, signal: controller.signal });
    return { status: 'ran', startedAt: timeline.startedAt, durationMs: timeline.elapsed(), events: timeline.events(), isolated: sandbox.isolated };
  } catch (error) {
    const reason = error instanceof Error ? (error.stack ?? error.message) : String(error);
    return { status: 'failed', reason, startedAt: timeline.startedAt, durationMs: timeline.elapsed(), events: timeline.events(), isolated: sandbox.isolated };
  }
}

const report = await main(process.argv[2] ?? '').catch((error: unknown): ChildReport =>
  stoppedReport('failed', String((error as Error).stack ?? error)));
// Stay alive (and the namespace with us) until the runner has stopped its capture and says exit.
process.once('message', () => process.exit(0));
process.send?.({ type: 'report', ...report } satisfies ChildMessage);
