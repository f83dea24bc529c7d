// `socklab clients --html`: the matrix and every case's details as a part of socklab's self-contained HTML report.
import { errnoCard } from '../../catalog/render/errno-card.js';
import { isErrnoName } from '../../catalog/lookup.js';
import { html, type SafeHtml } from '../../shared/html.js';
import { renderReportDocument, type ReportPart } from '../../shared/report/report-document.js';
import type { ChainedError } from '../../net/error-chain.js';
import { chainedErrorText, chainRole } from '../../net/render/chain-text.js';
import type { ClientCase, ClientsResult } from '../clients-result.js';
import { cellMarks, cellTone, outcomeWord } from './case-cell.js';
import { caseSummary } from './clients-long.js';

const CLIENTS_CSS = `
table.clients-matrix td, table.clients-matrix th { white-space: nowrap; }
table.clients-matrix td.cell { font-family: "DejaVu Sans Mono", ui-monospace, monospace; font-size: 0.88em; }
td.tone-ok { color: var(--ok); } td.tone-error { color: var(--err); } td.tone-waiting { color: var(--warn); } td.tone-failed { color: var(--muted); }
td.cell .marks { font-weight: 700; }
ol.chain { margin: 0; padding-left: 1.2em; font-family: "DejaVu Sans Mono", ui-monospace, monospace; font-size: 0.85em; }
p.legend, p.versions { color: var(--muted); font-size: 0.9rem; }
`;

/** The code of a cell, as a button that opens the catalog card when the catalog knows it. */
function word(c: ClientCase): SafeHtml {
  const text = outcomeWord(c);
  const code = c.outcome.kind === 'error' ? c.outcome.code : undefined;
  return code !== undefined && isErrnoName(code)
    ? html`<button type="button" class="errno" data-errno="${code}">${text}</button>`
    : html`${text}`;
}

// The chain as a list, each error indented by its depth.
function chainList(chain: readonly ChainedError[]): SafeHtml {
  return html`<ol class="chain">${chain.map((l) => html`<li style="margin-left: ${l.depth}em">${chainRole(l)}${chainedErrorText(l, true)}</li>`)}</ol>`;
}

function matrix(result: ClientsResult): SafeHtml {
  const byKey = new Map(result.cases.map((c) => [`${c.client} ${c.fault} ${c.method}`, c]));
  const ready = result.clients.filter((c) => c.status === 'ready');
  const rows = ready.flatMap((client) => result.methods.map((method) => {
    const cases = result.faults.map((f) => byKey.get(`${client.id} ${f.id} ${method}`)!);
    const tags = [method, cases.some((c) => c.attempts > 1) ? 'retried' : '', cases.some((c) => cellMarks(c).endsWith('!')) ? 'duplicate' : ''].filter((t) => t !== '');
    return html`<tr data-filter-value="${tags.join(' ')}"><th scope="row">${client.id}</th><td>${method}</td>${cases.map((c) =>
      html`<td class="cell tone-${cellTone(c)}" title="${caseSummary(c, result.maxWaitMs)}">${word(c)}<span class="marks">${cellMarks(c)}</span></td>`)}</tr>`;
  }));
  const filters = [['all', 'All'], ['GET', 'GET'], ['POST', 'POST'], ['retried', 'Retried'], ['duplicate', 'Duplicate POST']] as const;
  return html`<p>${ready.length} clients, ${result.faults.length} faults, ${result.methods.join(' and ')}, each client with its defaults; \
${(result.durationMs / 1000).toFixed(0)} s on Node ${result.node}. Hover a cell for its summary; click an errno for its catalog entry.</p>
<div class="filters" data-filter-target="clients-matrix-table">${filters.map(([value, label]) =>
    html`<button type="button" data-filter="${value}" aria-pressed="${value === 'all' ? 'true' : 'false'}">${label}</button>`)}<span class="status" aria-live="polite"></span></div>
<table class="clients-matrix" id="clients-matrix-table"><thead><tr><th scope="col">client</th><th scope="col">method</th>${result.faults.map((f) =>
    html`<th scope="col" title="${f.how}">${f.title}</th>`)}</tr></thead><tbody>${rows}</tbody></table>
<p class="legend">ok: the whole response arrived. CODE: err.code of the error; CODE*: only a cause carries it; a name: an error without a code. \
+N: the client retried N times. !: the server received the POST more than once. waiting: no outcome after ${result.maxWaitMs / 1000} s. \
The slow faults take ${result.slowMs / 1000} s.</p>
<p class="versions">Resolved from ${result.cwd}: ${result.clients.map((c) => `${c.id} ${c.status === 'ready' ? c.packages.map((p) => p.version ?? '?').join('/') : `(${c.status})`}`).join(', ')}.</p>`;
}

function details(result: ClientsResult): SafeHtml {
  return html`${result.faults.map((f) => html`<details><summary>${f.id}: ${f.how}</summary><table><thead><tr><th scope="col">client</th>\
<th scope="col">method</th><th scope="col">what the application saw</th><th scope="col">error chain</th></tr></thead><tbody>${result.cases.filter((c) => c.fault === f.id).map((c) =>
    html`<tr><td>${c.client}</td><td>${c.method}</td><td>${caseSummary(c, result.maxWaitMs)}</td><td>${c.outcome.kind === 'error' ? chainList(c.outcome.chain) : ''}</td></tr>`)}</tbody></table></details>`)}
${result.clients.filter((c) => c.status !== 'ready').map((c) => html`<p>${c.id}: ${c.reason ?? c.status}</p>`)}`;
}

/** The clients' part of a report: the matrix, then every case in detail. */
export function clientsReportPart(result: ClientsResult): ReportPart {
  const codes = new Set(result.cases.flatMap((c) => (c.outcome.kind === 'error' ? c.outcome.chain.map((l) => l.code ?? '') : [])).filter(isErrnoName));
  return {
    title: 'Clients',
    sections: [
      { id: 'clients-matrix', title: 'What each client does on each fault', body: matrix(result) },
      { id: 'clients-details', title: 'Every case in detail', body: details(result) },
    ],
    css: CLIENTS_CSS,
    errnoCards: new Map([...codes].sort().map((name) => [name, errnoCard(name, 'linux')])),
  };
}

/** The whole page for `socklab clients --html`. */
export function renderClientsReport(result: ClientsResult, at: Date = new Date()): string {
  const subtitle = `HTTP clients on socklab's faults, on loopback, ${at.toISOString().replace('T', ' ').slice(0, 16)} UTC`;
  return renderReportDocument({ title: 'socklab clients report', subtitle, parts: [clientsReportPart(result)] });
}
