// `socklab lab`: run every scenario (or those named) and print the table of verdicts.
import { checkOutputFile, writeOutputFile } from '../../shared/output-file.js';
import { progressLine } from '../render/progress-line.js';
import { fitText } from '../../shared/wrap-text.js';
import { defineCommand } from '../command-spec.js';
import { duration, flag, text } from '../option-spec.js';
import { EXIT_INTERRUPTED, untilInterrupted } from '../until-interrupted.js';
import type { ScenarioRun } from '../../lab/runner.js';

/** The `socklab lab` command. */
export const labCommand = defineCommand({
  name: 'lab',
  summary: 'Reproduce every scenario of the article on this kernel and compare with the catalog',
  args: '[scenarios...]',
  options: {
    list: flag('list the scenarios and exit'),
    long: flag("add the article's claim and the full account of the default settings (for wide terminals)"),
    timeout: duration('kill a scenario still running after this long', { min: '1ms', max: '1h', default: '30s' }),
    pcapDir: text('write each scenario\'s packets to <dir>/<scenario>.pcapng (Wireshark, tshark)', { placeholder: '<dir>' }),
    html: text('also write the report to this file: one self-contained HTML page with a sequence diagram per scenario', { placeholder: '<file>' }),
  },
  json: 'print the whole result (every timeline) as JSON; with --list, the scenarios',
  examples: ['socklab lab', 'socklab lab econnrefused peer-abort', 'socklab lab --long', 'socklab lab --list', 'socklab lab --json > lab.json', 'socklab lab --pcap-dir captures', 'socklab lab --html report.html'],
  action: async (args, options, io) => {
    if (options.list) {
      const { SCENARIOS } = await import('../../lab/scenarios/index.js');
      const rows = SCENARIOS.map((s) => ({ id: s.id, title: s.title, needs: s.needs }));
      return { result: rows, text: (view) => `${fitText(rows.map((r) => `${r.id.padEnd(28)} ${r.title}`).join('\n'), view.width)}\n` };
    }
    const { findScenario, runLab } = await import('../../lab/runner.js');
    const { renderLabReport } = await import('../../lab/render/lab-report.js');
    const { renderLabTable } = await import('../../lab/render/lab-table.js');
    // A path that cannot be written fails before the run rather than after it.
    if (options.html !== undefined) {
      args.forEach((id) => findScenario(id));
      await checkOutputFile(options.html);
    }
    const line = progressLine(io);
    line.show('running scenarios…');
    const onRun = (run: ScenarioRun, done: number, total: number): void => line.show(`running ${total} scenario${total === 1 ? '' : 's'}: ${done} done (last: ${run.id})`);
    const pcapDir = options.pcapDir === undefined ? {} : { pcapDir: options.pcapDir };
    // Ctrl-C stops the scenarios and lets the runner tidy up (a --pcap-dir it made and wrote nothing to) before exiting.
    const result = await untilInterrupted(true, (signal) => runLab({ ids: args, timeoutMs: options.timeout, ...pcapDir, onRun, signal }).catch((error: unknown) => {
      if (signal.aborted) return undefined;
      throw error;
    }));
    line.clear();
    if (result === undefined) return EXIT_INTERRUPTED;
    if (options.html !== undefined) await writeOutputFile(options.html, renderLabReport(result));
    return {
      result,
      text: (view) => `${renderLabTable(result, { ...view, long: options.long })}${options.html === undefined ? '' : `HTML report: ${options.html}\n`}`,
      exitCode: result.counts.contradicts > 0 || result.counts.failed > 0 ? 1 : 0,
    };
  },
});
