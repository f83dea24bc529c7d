// `socklab repro <id>`: run one scenario and draw its timeline as a sequence diagram, then the verdict.
import { renderSequenceDiagram } from '../../lab/render/sequence-diagram.js';
import { runScenario } from '../../lab/runner.js';
import { progressLine } from '../render/progress-line.js';
import { defineCommand } from '../command-spec.js';
import { duration, text } from '../option-spec.js';

/** The `socklab repro` command. */
export const reproCommand = defineCommand({
  name: 'repro',
  summary: 'Reproduce one scenario and show its timeline (calls, errnos, TCP states, packets) and verdict',
  args: '<scenario>',
  options: {
    timeout: duration('kill the scenario if still running after this long', { min: '1ms', max: '1h', default: '30s' }),
    pcap: text('write the packets to this pcapng file (Wireshark, tshark)', { placeholder: '<file>' }),
  },
  json: 'print the scenario run (the whole timeline) as JSON',
  examples: ['socklab repro peer-closed-then-write', 'socklab repro etimedout-host-crash --json', 'socklab repro ehostunreach-connect --pcap unreachable.pcapng'],
  action: async (args, options, io) => {
    const line = progressLine(io);
    line.show(`running ${args[0]}…`);
    const run = await runScenario(args[0]!, { timeoutMs: options.timeout, ...(options.pcap === undefined ? {} : { pcap: options.pcap }) });
    line.clear();
    return {
      result: run,
      text: (view) => renderSequenceDiagram(run, view),
      exitCode: run.verdict.status === 'contradicts' || run.verdict.status === 'failed' ? 1 : 0,
    };
  },
});
