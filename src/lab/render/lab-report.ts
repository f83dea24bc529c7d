// The lab as an HTML report: the index (table, filters, chart) and one section per scenario, in the report shell.
import { release } from 'node:os';
import { errnoCard } from '../../catalog/render/errno-card.js';
import { isErrnoName } from '../../catalog/lookup.js';
import type { ErrnoName } from '../../catalog/types.js';
import type { SafeHtml } from '../../shared/html.js';
import { renderReportDocument, type ReportPart } from '../../shared/report/report-document.js';
import type { LabResult, ScenarioRun } from '../runner.js';
import { DIAGRAM_CSS } from './diagram-style.js';
import { renderLabIndex } from './lab-index.js';
import { scenarioSection } from './scenario-section.js';

const LAB_CSS = `${DIAGRAM_CSS}
.verdict { font-weight: 700; white-space: nowrap; }
.verdict-agrees { color: var(--ok); } .verdict-contradicts, .verdict-failed { color: var(--err); } .verdict-not-run { color: var(--warn); }
td[data-ms] { white-space: nowrap; } td[data-ms] .words { white-space: normal; }
.words { color: var(--muted); font-size: 0.85em; font-weight: normal; }
ul.observed { margin: 0; padding-left: 1.1em; }
.miss { color: var(--err); }
dl.verdict-list { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; }
dl.verdict-list dt { font-weight: 600; } dl.verdict-list dd { margin: 0; }
figure.chart svg { max-width: 960px; }
`;

/** Every catalog errno named anywhere in the runs (results, details, notes, claims), each with its card. */
function errnoCards(runs: readonly ScenarioRun[]): Map<string, SafeHtml> {
  const texts = runs.flatMap((run) => [run.articleSays, run.withDefaults, ...run.predicts.map((p) => p.result),
    ...run.events.flatMap((e) => (e.kind === 'call' ? [e.result, e.detail ?? ''] : e.kind === 'note' ? [e.text] : []))]);
  const names = new Set(texts.flatMap((text) => text.match(/\bE[A-Z_]{3,}\b/g) ?? []).filter(isErrnoName));
  return new Map([...names].sort().map((name: ErrnoName) => [name, errnoCard(name, 'linux')]));
}

/** The lab's part of a report: the index, then one section per scenario. */
export function labReportPart(result: LabResult): ReportPart {
  return {
    title: 'Lab',
    sections: [{ id: 'lab-index', title: 'The lab', body: renderLabIndex(result) }, ...result.runs.map(scenarioSection)],
    css: LAB_CSS,
    errnoCards: errnoCards(result.runs),
  };
}

/** The part of a report for a single run (`socklab repro <id> --html`). */
export function scenarioReportPart(run: ScenarioRun): ReportPart {
  return { title: 'Scenario', sections: [scenarioSection(run)], css: LAB_CSS, errnoCards: errnoCards([run]) };
}

/** When and where a report was made, for its subtitle. */
function madeOn(kernel: string, at: Date): string {
  return `Real kernel sockets in throwaway namespaces on Linux ${kernel}, ${at.toISOString().replace('T', ' ').slice(0, 16)} UTC`;
}

/** `socklab lab --html`: the whole lab as one self-contained HTML page. */
export function renderLabReport(result: LabResult, at: Date = new Date()): string {
  return renderReportDocument({ title: 'socklab lab report', subtitle: madeOn(result.kernel, at), parts: [labReportPart(result)] });
}

/** `socklab repro <id> --html`: one scenario's diagram and verdict as one self-contained HTML page. */
export function renderScenarioReport(run: ScenarioRun, at: Date = new Date()): string {
  return renderReportDocument({ title: `socklab repro ${run.id}`, subtitle: madeOn(release(), at), parts: [scenarioReportPart(run)] });
}
