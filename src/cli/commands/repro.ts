// `socklab repro <id>`: run one scenario and draw its timeline as a sequence diagram, then the verdict.
import { checkOutputFile, writeOutputFile } from '../../shared/output-file.js';
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
    html: text('also write the diagram and verdict to this file as one self-contained HTML page', { placeholder: '<file>' }),
    svg: text('also write the sequence diagram to this SVG file', { placeholder: '<file>' }),
  },
  json: 'print the scenario run (the whole timeline) as JSON',
  examples: ['socklab repro peer-closed-then-write', 'socklab repro etimedout-host-crash --json', 'socklab repro ehostunreach-connect --pcap unreachable.pcapng', 'socklab repro peer-abort --html peer-abort.html --svg peer-abort.svg'],
  action: async (args, options, io) => {
    const { findScenario, runScenario } = await import('../../lab/runner.js');
    const { renderDiagramSvg } = await import('../../lab/render/diagram-svg.js');
    const { renderScenarioReport } = await import('../../lab/render/lab-report.js');
    const { renderSequenceDiagram } = await import('../../lab/render/sequence-diagram.js');
    findScenario(args[0]!);
    const files = { html: options.html, svg: options.svg };
    // A path that cannot be written fails before the run rather than after it.
    for (const file of Object.values(files)) if (file !== undefined) await checkOutputFile(file);
    const line = progressLine(io);
    line.show(`running ${args[0]}…`);
    const run = await runScenario(args[0]!, { timeoutMs: options.timeout, ...(options.pcap === undefined ? {} : { pcap: options.pcap }) });
    line.clear();
    if (files.html !== undefined) await writeOutputFile(files.html, renderScenarioReport(run));
    if (files.svg !== undefined) await writeOutputFile(files.svg, renderDiagramSvg(run, { standalone: true }).text);
    const written = Object.entries(files).map(([kind, file]) => (file === undefined ? '' : `${kind.toUpperCase()}: ${file}\n`)).join('');
    return {
      result: run,
      text: (view) => `${renderSequenceDiagram(run, view)}${written}`,
      exitCode: run.verdict.status === 'contradicts' || run.verdict.status === 'failed' ? 1 : 0,
    };
  },
});
