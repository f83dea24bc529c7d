// The text view of `socklab lab`: one row per scenario with the article's claim, what this kernel did, and the verdict.
import { renderTable } from '../../shared/text-table.js';
import type { LabResult, ScenarioRun } from '../runner.js';
import { highlightErrnos, paint, verdictText } from './paint.js';

/** What the kernel did, in one line per predicted call. */
export function observedText(run: ScenarioRun): string {
  if (run.status !== 'ran') return run.reason?.split('\n')[0] ?? run.status;
  return run.verdict.checks.map(({ prediction, observed, holds }) => {
    const call = `${prediction.endpoint} ${prediction.call}`;
    if (observed === null) return `${call}: never called (predicted ${prediction.result})`;
    const got = `${call} → ${observed.result} after ${formatMs(observed.t)}`;
    return holds ? got : `${got} (predicted ${prediction.result})`;
  }).join('\n');
}

/** Milliseconds as `12 ms` or `3.2 s`. */
export function formatMs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms`;
}

/** Renders the lab table and its summary lines. */
export function renderLabTable(result: LabResult, options: { color: boolean; width?: number }): string {
  const p = paint(options.color);
  const width = options.width ?? 120;
  const claim = Math.max(24, Math.floor((width - 70) * 0.55));
  const columns = [
    { header: 'scenario', max: 26 },
    { header: 'the article says', max: claim },
    { header: 'this kernel did', max: 40 },
    { header: 'with default settings', max: 22 },
    { header: 'verdict', max: 11 },
  ];
  const rows = result.runs.map((run) => [run.id, run.articleSays, observedText(run), run.withDefaults, run.verdict.status]);
  const table = renderTable(columns, rows, (row, column, text) => {
    if (text.trim() === '') return text;
    if (column === 4) return verdictText(result.runs[row]!.verdict.status, p) + ' '.repeat(Math.max(0, text.length - text.trimEnd().length));
    if (column === 2) return highlightErrnos(text, p);
    if (column === 0) return p.bold(text);
    return text;
  });
  const c = result.counts;
  const summary = `${result.runs.length} scenario${result.runs.length === 1 ? '' : 's'} in ${formatMs(result.durationMs)} on Linux ${result.kernel}: ` +
    `${c.agrees} agree with the catalog, ${c.contradicts} contradict it, ${c['not-run']} not run, ${c.failed} failed.`;
  const ns = result.namespaces.available ? '' : `\n${p.yellow('No network namespaces:')} ${result.namespaces.reason ?? ''}`;
  return `${table}\n${summary}${ns}\nSee one in detail: socklab repro <scenario>\n`;
}
