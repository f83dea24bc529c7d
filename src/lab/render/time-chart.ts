// The index chart: each scenario's time to its outcome in the lab against the same with default settings, log scale.
import { scaleLog } from 'd3-scale';
import { html, type SafeHtml } from '../../shared/html.js';
import type { ScenarioRun } from '../runner.js';
import { defaultsOutcomeMs, formatDuration, outcomeMs } from './outcome-time.js';

const LABEL_WIDTH = 250;
const PLOT_WIDTH = 560;
const FACTOR_WIDTH = 190;
const ROW = 22;
const TOP = 52;

/** One row of the chart. */
interface ChartRow {
  readonly id: string;
  readonly lab: number;
  readonly defaults: number | null;
}

function rowsOf(runs: readonly ScenarioRun[]): ChartRow[] {
  return runs.flatMap((run) => {
    const lab = outcomeMs(run);
    return lab === null ? [] : [{ id: run.id, lab: Math.max(lab, 0.1), defaults: defaultsOutcomeMs(run) }];
  });
}

function factorText(row: ChartRow): string {
  if (row.defaults === null) return 'depends (see the table)';
  const factor = row.defaults / row.lab;
  return factor < 1.05 ? 'the same' : `×${factor < 10 ? factor.toFixed(1) : Math.round(factor).toLocaleString('en')} with defaults`;
}

/**
 * The chart as SVG: a dot for the lab's time, a diamond for the time with default settings, joined by a line, on one
 * logarithmic axis (d3-scale picks the domain and the decades). Scenarios that did not reach an outcome are left out.
 */
export function renderTimeChart(runs: readonly ScenarioRun[], id = 'lab-time-chart'): SafeHtml {
  const rows = rowsOf(runs);
  const values = rows.flatMap((r) => (r.defaults === null ? [r.lab] : [r.lab, r.defaults]));
  const x = scaleLog().domain([Math.min(1, ...values), Math.max(1000, ...values)]).range([LABEL_WIDTH, LABEL_WIDTH + PLOT_WIDTH]).nice();
  const decades = x.ticks().filter((t) => Math.abs(Math.log10(t) - Math.round(Math.log10(t))) < 1e-9);
  const width = LABEL_WIDTH + PLOT_WIDTH + FACTOR_WIDTH;
  const height = TOP + rows.length * ROW + 10;
  const grid = decades.map((t) => html`<g class="tick"><line class="grid" x1="${x(t)}" y1="${TOP - 8}" x2="${x(t)}" y2="${height - 6}"/>\
<text x="${x(t)}" y="${TOP - 14}" text-anchor="middle">${formatDuration(t)}</text></g>`);
  const marks = rows.map((row, i) => {
    const y = TOP + i * ROW + ROW / 2;
    const [lx, dx] = [x(row.lab), row.defaults === null ? null : x(row.defaults)];
    const diamond = dx === null ? '' : html`<line class="span" x1="${lx}" y1="${y}" x2="${dx}" y2="${y}"/>\
<rect class="defaults" x="${dx - 5}" y="${y - 5}" width="10" height="10" transform="rotate(45 ${dx} ${y})"><title>${row.id} with default settings: ${formatDuration(row.defaults!)}</title></rect>`;
    return html`<g class="chart-row" data-scenario="${row.id}"><text class="row-label" x="${LABEL_WIDTH - 10}" y="${y + 4}" text-anchor="end">${row.id}</text>\
${diamond}<circle class="lab" cx="${lx}" cy="${y}" r="5"><title>${row.id} in the lab: ${formatDuration(row.lab)}</title></circle>\
<text class="factor" x="${LABEL_WIDTH + PLOT_WIDTH + 10}" y="${y + 4}">${factorText(row)}</text></g>`;
  });
  const legend = html`<g class="legend"><circle class="lab" cx="${LABEL_WIDTH}" cy="12" r="5"/><text x="${LABEL_WIDTH + 10}" y="16">in the lab</text>\
<rect class="defaults" x="${LABEL_WIDTH + 105}" y="7" width="10" height="10" transform="rotate(45 ${LABEL_WIDTH + 110} 12)"/>\
<text x="${LABEL_WIDTH + 122}" y="16">with the kernel's default settings (log scale)</text></g>`;
  const summary = `For ${rows.length} scenarios, the time until the outcome the catalog predicts, in the lab and with default settings, ` +
    `on a logarithmic axis from ${formatDuration(x.domain()[0]!)} to ${formatDuration(x.domain()[1]!)}. The lab table above gives the same times.`;
  return html`<svg class="time-chart" id="${id}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" \
aria-labelledby="${id}-title ${id}-desc"><title id="${id}-title">Time to the outcome: the lab against default settings</title>\
<desc id="${id}-desc">${summary}</desc>${legend}${grid}${marks}</svg>`;
}
