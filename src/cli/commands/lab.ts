// `socklab lab`: run every scenario (or those named) and print the table of verdicts.
import { renderLabTable } from '../../lab/render/lab-table.js';
import { runLab } from '../../lab/runner.js';
import { SCENARIOS } from '../../lab/scenarios/index.js';
import { progressLine } from '../render/progress-line.js';
import { defineCommand } from '../command-spec.js';

export const labCommand = defineCommand({
  name: 'lab',
  summary: 'Reproduce every scenario of the article on this kernel and compare with the catalog',
  args: '[scenarios...]',
  options: [
    { flags: '--list', description: 'list the scenarios and exit' },
    { flags: '--json', description: 'print the whole result (every timeline) as JSON' },
    { flags: '--timeout <ms>', description: 'kill a scenario still running after this long', defaultValue: '30000' },
  ],
  examples: ['socklab lab', 'socklab lab econnrefused peer-abort', 'socklab lab --list', 'socklab lab --json > lab.json'],
  action: async (args, options, io) => {
    if (options.list === true) {
      const rows = SCENARIOS.map((s) => ({ id: s.id, title: s.title, needs: s.needs }));
      io.stdout.write(options.json === true ? `${JSON.stringify(rows, null, 2)}\n` : rows.map((r) => `${r.id.padEnd(28)} ${r.title}`).join('\n') + '\n');
      return 0;
    }
    const line = progressLine(io);
    line.show('running scenarios…');
    const result = await runLab({ ids: args, timeoutMs: Number(options.timeout), onRun: (run, done, total) => line.show(`running ${total} scenarios: ${done} done (last: ${run.id})`) });
    line.clear();
    io.stdout.write(options.json === true ? `${JSON.stringify(result, null, 2)}\n` : renderLabTable(result, { color: io.color, width: process.stdout.columns ?? 120 }));
    return result.counts.contradicts > 0 || result.counts.failed > 0 ? 1 : 0;
  },
});
