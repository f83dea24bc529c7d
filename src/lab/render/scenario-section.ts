// One scenario in the report: its sequence diagram, the verdict in words, and the timeline as a table.
import { html, type SafeHtml } from '../../shared/html.js';
import type { ReportSection } from '../../shared/report/report-document.js';
import type { ScenarioRun } from '../runner.js';
import { renderDiagramSvg } from './diagram-svg.js';
import { observedHtml, scenarioAnchor, verdictBadge } from './lab-index.js';
import { markErrnos } from './mark-errnos.js';
import { renderTimelineTable } from './timeline-table.js';

function verdictList(run: ScenarioRun): SafeHtml {
  const predicted = run.predicts.map((p) => html`<li>${p.endpoint} ${p.call} \u2192 ${markErrnos(p.result, 'button')}</li>`);
  return html`<dl class="verdict-list">
<dt>The article says</dt><dd>${markErrnos(run.articleSays, 'button')}</dd>
<dt>The catalog predicts</dt><dd><ul class="observed">${predicted}</ul></dd>
<dt>This kernel did</dt><dd>${observedHtml(run)}</dd>
<dt>With default settings</dt><dd>${markErrnos(run.withDefaults, 'button')}</dd>
<dt>Verdict</dt><dd>${verdictBadge(run.verdict.status)}</dd>
</dl>`;
}

/** The report section of one run. */
export function scenarioSection(run: ScenarioRun): ReportSection {
  const capture = run.captured ? '' : html` <strong>No packets were captured in this run.</strong>`;
  const body = html`<p class="scenario-title">${run.title} ${verdictBadge(run.verdict.status)}</p>
<figure>${renderDiagramSvg(run)}<figcaption>Hover over a packet for its details; click an errno for its catalog entry.${capture}</figcaption></figure>
${verdictList(run)}${renderTimelineTable(run)}`;
  return { id: scenarioAnchor(run.id), title: run.id, body };
}
