// The report's index: the lab table with verdict filters, then the chart of lab time against default settings.
import { html, type SafeHtml } from '../../shared/html.js';
import type { LabResult, ScenarioRun } from '../runner.js';
import type { Verdict } from '../verdict.js';
import { formatMs } from './lab-table.js';
import { markErrnos } from './mark-errnos.js';
import { defaultsOutcomeMs, defaultsText, outcomeMs } from './outcome-time.js';
import { renderTimeChart } from './time-chart.js';

/** The filter a verdict belongs to: a contradiction is where this kernel differs from the catalog. */
const FILTER_OF: Readonly<Record<Verdict['status'], string>> = { agrees: 'agrees', contradicts: 'differs', 'not-run': 'not-run', failed: 'failed' };
const FILTER_NAMES = [['agrees', 'agrees'], ['differs', 'differs'], ['not-run', 'not run'], ['failed', 'failed']] as const;

/** The anchor of a scenario's section in the report. */
export function scenarioAnchor(id: string): string {
  return `lab-${id}`;
}

/** A verdict as a coloured word. */
export function verdictBadge(status: Verdict['status']): SafeHtml {
  const words = { agrees: 'agrees', contradicts: 'differs', 'not-run': 'not run', failed: 'failed' };
  return html`<span class="verdict verdict-${status}">${words[status]}</span>`;
}

/** What the kernel did for each predicted call, with the errnos as buttons that open their catalog entry. */
export function observedHtml(run: ScenarioRun): SafeHtml {
  if (run.status !== 'ran') return html`<span class="reason">${run.reason?.split('\n')[0] ?? run.status}</span>`;
  return html`<ul class="observed">${run.verdict.checks.map(({ prediction, observed, holds }) => {
    const call = `${prediction.endpoint} ${prediction.call}`;
    if (observed === null) return html`<li>${call}: never called (predicted ${markErrnos(prediction.result, 'button')})</li>`;
    const miss = holds ? '' : html` <span class="miss">(predicted ${markErrnos(prediction.result, 'button')})</span>`;
    return html`<li>${call} \u2192 ${markErrnos(observed.result, 'button')}${miss}</li>`;
  })}</ul>`;
}

function defaultsCell(run: ScenarioRun): SafeHtml {
  const ms = defaultsOutcomeMs(run);
  return html`<td data-ms="${ms ?? ''}">${defaultsText(run)}<div class="words">${run.withDefaults}</div></td>`;
}

function row(run: ScenarioRun): SafeHtml {
  const lab = outcomeMs(run);
  return html`<tr data-filter-value="${FILTER_OF[run.verdict.status]}" data-scenario="${run.id}">\
<th scope="row"><a href="#${scenarioAnchor(run.id)}">${run.id}</a><div class="words">${run.title}</div></th>\
<td>${observedHtml(run)}</td><td data-ms="${lab ?? ''}">${lab === null ? '—' : formatMs(lab)}</td>${defaultsCell(run)}\
<td>${verdictBadge(run.verdict.status)}</td></tr>`;
}

function filters(result: LabResult): SafeHtml {
  const count = (filter: string): number => result.runs.filter((r) => FILTER_OF[r.verdict.status] === filter).length;
  const buttons = FILTER_NAMES.map(([value, label]) => html`<button type="button" data-filter="${value}" aria-pressed="false">${label} (${count(value)})</button>`);
  return html`<div class="filters" role="group" aria-label="Show scenarios by verdict" data-filter-target="lab-table">\
<button type="button" data-filter="all" aria-pressed="true">all (${result.runs.length})</button>${buttons}\
<span class="status" role="status" aria-live="polite"></span></div>`;
}

/** The index section's body: summary, filters, the table, and the chart. */
export function renderLabIndex(result: LabResult): SafeHtml {
  const c = result.counts;
  const ns = result.namespaces.available ? '' : html` <strong>No network namespaces:</strong> ${result.namespaces.reason ?? ''}`;
  return html`<p>${result.runs.length} scenarios in ${formatMs(result.durationMs)} on Linux ${result.kernel}: ${c.agrees} agree with the catalog, \
${c.contradicts} differ, ${c['not-run']} not run, ${c.failed} failed.${ns}</p>${filters(result)}
<table id="lab-table"><caption class="visually-hidden">Every scenario: what the kernel did, how long it took in the lab and with default settings, and the verdict</caption>
<thead><tr><th scope="col">scenario</th><th scope="col">what this kernel did</th><th scope="col">time</th><th scope="col">with defaults</th><th scope="col">verdict</th></tr></thead>
<tbody>${result.runs.map(row)}</tbody></table>
<figure class="chart">${renderTimeChart(result.runs)}<figcaption>Time until the outcome the catalog predicts (the last checked call), in the lab \
and with the kernel's default settings. The lab shortens timers and sysctls inside its namespaces; where it shortens nothing, both are the same.</figcaption></figure>`;
}
