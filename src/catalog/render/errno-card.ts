// One catalog entry as an HTML card, for reports that open it when an errno is clicked.
import { html, type SafeHtml } from '../../shared/html.js';
import { lookup } from '../lookup.js';
import { PLATFORMS, type ErrnoName, type Platform } from '../types.js';

/** The card for `name`: message, numbers on every platform, summary, what each call means, Linux notes, scenarios. */
export function errnoCard(name: ErrnoName, platform?: Platform): SafeHtml {
  const { entry, numbers, number } = lookup(name, platform);
  const numberCells = PLATFORMS.map((p) => html`<tr><th scope="row">${p}</th><td>${numbers[p] ?? '—'}</td></tr>`);
  const calls = entry.calls.map((c) => html`<section class="call-effect"><h4><code>${c.call}()</code> <small>retry: ${c.retry}</small></h4>
<dl><dt>Cause</dt><dd>${c.cause}</dd><dt>The application sees</dt><dd>${c.appSees}</dd><dt>Remedy</dt><dd>${c.remedy}</dd></dl></section>`);
  const notes = entry.linuxNotes.map((n) => html`<li>${n.claim} <small>(source: ${n.source})</small></li>`);
  const scenarios = entry.scenarios.map((id) => html`<code>socklab repro ${id}</code> `);
  return html`<article class="errno-card" data-errno="${entry.name}">
<h3><code>${entry.name}</code> ${entry.message}${number === null ? '' : html` <small>(${number})</small>`}</h3>
${entry.aliasOf === undefined ? '' : html`<p>Another name for <code>${entry.aliasOf}</code>.</p>`}
<p>${entry.summary}</p>
<p>Node prints it as <code>${entry.node}</code>${entry.libuv === null ? '' : html`; libuv calls it <code>${entry.libuv}</code>`}.</p>
${calls}
${notes.length === 0 ? '' : html`<h4>Where Linux differs</h4><ul>${notes}</ul>`}
<details><summary>Numbers on ${PLATFORMS.length} platforms</summary><table class="numbers">${numberCells}</table></details>
${scenarios.length === 0 ? '' : html`<p>Reproduce: ${scenarios}</p>`}
<p>More: <code>socklab explain ${entry.name}</code></p>
</article>`;
}
