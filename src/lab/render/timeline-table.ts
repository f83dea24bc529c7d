// A run's timeline as an HTML table: the text alternative to its sequence diagram, one row per event.
import { html, type SafeHtml } from '../../shared/html.js';
import type { ScenarioRun } from '../runner.js';
import type { TimelineEvent } from '../timeline.js';
import { markErrnos } from './mark-errnos.js';
import { packetDetails, packetLabel } from './packet-details.js';

function cells(event: TimelineEvent): [string, SafeHtml, string] {
  switch (event.kind) {
    case 'call': return [event.endpoint, html`${event.call} \u2192 ${markErrnos(event.result, 'button')}`, event.detail ?? ''];
    case 'state': return [event.endpoint, html`TCP state ${event.state}`, ''];
    case 'packet': return [`${event.from} → ${event.to}`, html`packet ${packetLabel(event)}`, packetDetails(event).slice(1).join('; ')];
    case 'note': return ['', html`note`, event.text];
  }
}

/** The table of every event of `run`, in time order, collapsed under a summary. */
export function renderTimelineTable(run: ScenarioRun): SafeHtml {
  const rows = run.events.map((event) => {
    const [host, what, details] = cells(event);
    return html`<tr class="event-${event.kind}"><td class="mono">${event.t.toFixed(3)}</td><td>${host}</td><td>${what}</td><td>${markErrnos(details, 'button')}</td></tr>`;
  });
  return html`<details class="timeline"><summary>The timeline as a table (${run.events.length} events)</summary>
<table><caption class="visually-hidden">Every event of ${run.id} in time order: the diagram as text</caption>
<thead><tr><th scope="col">ms</th><th scope="col">host</th><th scope="col">event</th><th scope="col">details</th></tr></thead>
<tbody>${rows}</tbody></table></details>`;
}
