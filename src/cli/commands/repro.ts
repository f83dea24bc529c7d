// `socklab repro <id>`: run one scenario and draw its timeline as a sequence diagram, then the verdict.
import { renderSequenceDiagram } from '../../lab/render/sequence-diagram.js';
import { runScenario } from '../../lab/runner.js';
import { progressLine } from '../render/progress-line.js';
import { defineCommand } from '../command-spec.js';

export const reproCommand = defineCommand({
  name: 'repro',
  summary: 'Reproduce one scenario and show its timeline (calls, errnos, TCP states, packets) and verdict',
  args: '<scenario>',
  options: [
    { flags: '--json', description: 'print the scenario run (the whole timeline) as JSON' },
    { flags: '--timeout <ms>', description: 'kill the scenario if still running after this long', defaultValue: '30000' },
  ],
  examples: ['socklab repro peer-closed-then-write', 'socklab repro etimedout-host-crash --json'],
  action: async (args, options, io) => {
    const line = progressLine(io);
    line.show(`running ${args[0]}…`);
    const run = await runScenario(args[0]!, { timeoutMs: Number(options.timeout) });
    line.clear();
    io.stdout.write(options.json === true ? `${JSON.stringify(run, null, 2)}\n` : renderSequenceDiagram(run, { color: io.color }));
    return run.verdict.status === 'contradicts' || run.verdict.status === 'failed' ? 1 : 0;
  },
});
