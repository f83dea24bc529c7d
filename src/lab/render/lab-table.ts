// The text view of `socklab lab`: one row per scenario with the article's claim, what this kernel did, and the verdict.
import { renderTable } from '../../shared/text-table.js';
import { fitText } from '../../shared/wrap-text.js';
import type { LabResult, ScenarioRun } from '../runner.js';
import { defaultsText, outcomeMs } from './outcome-time.js';
import { paint } from '../../shared/paint.js';
import { highlightErrnos } from './mark-errnos.js';
import { verdictText } from './verdict-text.js';

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

/** How the lab table is drawn: colour, the columns to fit, and the long form with the article's claim. */
export interface LabTableOptions {
  readonly color: boolean;
  readonly width: number;
  /** Adds the article's claim and the full account of the default settings; the compact form fits 80 columns. */
  readonly long?: boolean;
}

/** The compact "observed" cell: each predicted call and what it returned, one per line. */
function observedCompact(run: ScenarioRun): string {
  if (run.status !== 'ran') return run.reason?.split('\n')[0] ?? run.status;
  return run.verdict.checks.map(({ prediction, observed }) => `${prediction.call} → ${observed?.result ?? 'never called'}`).join('\n');
}

/** When the last predicted result came, in this run. */
function observedTime(run: ScenarioRun): string {
  const ms = run.status === 'ran' ? outcomeMs(run) : null;
  return ms === null ? '-' : formatMs(ms);
}

/** Renders the lab table and its summary lines, fitting `options.width` columns. */
export function renderLabTable(result: LabResult, options: LabTableOptions): string {
  const p = paint(options.color);
  const long = options.long === true;
  const columns = [
    { header: 'scenario', max: 40, keep: true },
    ...(long ? [{ header: 'the article says', max: 60 }] : []),
    { header: long ? 'this kernel did' : 'observed', max: 50 },
    { header: 'time', max: 8 },
    { header: 'with defaults', max: long ? 50 : 14 },
    { header: 'verdict', max: 11, keep: true },
  ];
  const rows = result.runs.map((run) => [
    run.id,
    ...(long ? [run.articleSays, observedText(run)] : [observedCompact(run)]),
    observedTime(run),
    long ? run.withDefaults : defaultsText(run),
    run.verdict.status === 'not-run' ? 'not run' : run.verdict.status === 'contradicts' ? 'CONTRADICTS' : run.verdict.status,
  ]);
  const observedColumn = long ? 2 : 1;
  const table = renderTable(columns, rows, options.width, (row, column, text) => {
    if (text.trim() === '') return text;
    if (column === columns.length - 1) return verdictText(result.runs[row]!.verdict.status, p) + ' '.repeat(Math.max(0, text.length - text.trimEnd().length));
    if (column === observedColumn) return highlightErrnos(text, p);
    if (column === 0) return p.bold(text);
    return text;
  });
  const c = result.counts;
  const summary = `${result.runs.length} scenario${result.runs.length === 1 ? '' : 's'} in ${formatMs(result.durationMs)} on Linux ${result.kernel}: ` +
    `${c.agrees} agree with the catalog, ${c.contradicts} contradict it, ${c['not-run']} not run, ${c.failed} failed.`;
  const ns = result.namespaces.available ? '' : `\n${p.yellow('No network namespaces:')} ${result.namespaces.reason ?? ''}`;
  const hint = long ? 'See one in detail: socklab repro <scenario>' : 'See one in detail: socklab repro <scenario>; the article\'s claims: socklab lab --long';
  return fitText(`${table}\n${summary}${ns}\n${hint}\n`, options.width);
}
