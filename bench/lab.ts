// Times the whole lab and each scenario, next to the time the same outcome takes with default kernel settings.
// Usage: node dist/bench/lab.js [--runs <n>]
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { runLab } from '../src/lab/runner.js';
import { formatMs } from '../src/lab/render/lab-table.js';
import { renderTable } from '../src/shared/text-table.js';
import { integer } from '../src/cli/option-spec.js';
import { benchOptions } from './bench-options.js';
import { median } from './stats.js';

const { runs } = benchOptions(`Usage: node dist/bench/lab.js [--runs <n>]
Runs the whole lab (every scenario, in throwaway namespaces) --runs times and prints each scenario's median time
beside the time the same outcome takes with default kernel settings, the whole lab's wall clock and its CPU
(see docs/lab.md).`, {
  runs: integer('runs of the whole lab', { min: 1, max: 100, default: 3 }),
});
const wall: number[] = [];
const cpu: number[] = [];
const load: number[] = [];
/** CPU seconds of this process and its reaped children (the scenario processes and what they ran), from /proc (100 ticks/s). */
const cpuSeconds = (): number => readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ').slice(11, 15).reduce((sum, ticks) => sum + Number(ticks), 0) / 100;
const perScenario = new Map<string, { times: number[]; withDefaults: string; verdict: string }>();
for (let i = 0; i < runs; i++) {
  load.push(loadavg()[0]!);
  const cpuBefore = cpuSeconds();
  const result = await runLab();
  wall.push(result.durationMs);
  cpu.push(cpuSeconds() - cpuBefore);
  for (const run of result.runs) {
    const row = perScenario.get(run.id) ?? { times: [], withDefaults: run.withDefaults, verdict: run.verdict.status };
    row.times.push(run.durationMs);
    perScenario.set(run.id, row);
  }
}
const rows = [...perScenario].map(([id, r]) => [id, formatMs(median(r.times)), r.withDefaults, r.verdict]);
console.log(renderTable([
  { header: 'scenario', max: 28 }, { header: 'socklab (median)', max: 16 }, { header: 'with default settings', max: 50 }, { header: 'verdict', max: 11 },
], rows, process.stdout.columns ?? 120));
const sum = [...perScenario.values()].reduce((s, r) => s + median(r.times), 0);
console.log(`whole lab, wall clock: median ${formatMs(median(wall))} over ${runs} runs (${wall.map(formatMs).join(', ')}); ` +
  `sum of scenario times ${formatMs(sum)}: concurrency gives ${(sum / median(wall)).toFixed(1)}x`);
console.log(`CPU per run (socklab and its scenario processes): median ${median(cpu).toFixed(1)} s (${cpu.map((c) => c.toFixed(1)).join(', ')}) ` +
  `on ${availableParallelism()} cores; 1-minute load average at each run's start ${load.map((l) => l.toFixed(1)).join(', ')}`);
