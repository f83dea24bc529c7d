// Times the whole lab and each scenario, next to the time the same outcome takes with default kernel settings.
// Run: node dist/bench/lab.js [--runs N]
import { runLab } from '../src/lab/runner.js';
import { formatMs } from '../src/lab/render/lab-table.js';
import { renderTable } from '../src/shared/text-table.js';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1] ?? 3) || 3;
const wall: number[] = [];
const perScenario = new Map<string, { times: number[]; withDefaults: string; verdict: string }>();
for (let i = 0; i < runs; i++) {
  const result = await runLab();
  wall.push(result.durationMs);
  for (const run of result.runs) {
    const row = perScenario.get(run.id) ?? { times: [], withDefaults: run.withDefaults, verdict: run.verdict.status };
    row.times.push(run.durationMs);
    perScenario.set(run.id, row);
  }
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const rows = [...perScenario].map(([id, r]) => [id, formatMs(median(r.times)), r.withDefaults, r.verdict]);
console.log(renderTable([
  { header: 'scenario', max: 28 }, { header: 'socklab (median)', max: 16 }, { header: 'with default settings', max: 50 }, { header: 'verdict', max: 11 },
], rows, process.stdout.columns ?? 120));
const sum = [...perScenario.values()].reduce((s, r) => s + median(r.times), 0);
console.log(`whole lab, wall clock: median ${formatMs(median(wall))} over ${runs} runs (${wall.map(formatMs).join(', ')}); ` +
  `sum of scenario times ${formatMs(sum)}: concurrency gives ${(sum / median(wall)).toFixed(1)}x`);
