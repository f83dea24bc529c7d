// One scenario run as an SVG sequence diagram in the style of Stevens' figures, for the HTML report and `repro --svg`.
import { html, trusted, type SafeHtml } from '../../shared/html.js';
import { paletteCss } from '../../shared/report/report-palette.js';
import type { ScenarioRun } from '../runner.js';
import type { TimelineEvent } from '../timeline.js';
import { eventExtent, drawEvent, type DrawContext } from './diagram-events.js';
import { laneHosts, placeLanes, scaleBarMs, timeAxis, type Lane, type TimeAxis } from './diagram-layout.js';
import { DIAGRAM_CSS } from './diagram-style.js';
import { formatMs, observedText } from './lab-table.js';
import { markErrnos } from './mark-errnos.js';
import { wrapPx } from './svg-text.js';

/** Widths: the time column, the text beside each outer lifeline, and the wire between lifelines by lane count. */
const TIME_WIDTH = 70;
const SIDE_WIDTH = 250;
const WIRE_WIDTH: Readonly<Record<number, number>> = { 1: 0, 2: 400, 3: 280, 4: 240 };
const HEADER = 58;

/** Options of renderDiagramSvg. */
export interface DiagramSvgOptions {
  /** A file of its own (`repro --svg`): the XML namespace, the stylesheet and the verdict go inside the SVG. */
  readonly standalone?: boolean;
}

/** The id a run's diagram gets in a page; ids derived from it stay unique. */
export function diagramId(run: ScenarioRun): string {
  return `diagram-${run.id}`;
}

/** The events to draw: the run's, or one note saying why there are none. */
function drawnEvents(run: ScenarioRun): readonly TimelineEvent[] {
  if (run.events.length > 0) return run.events;
  return [{ kind: 'note', t: 0, text: `${run.status === 'ran' ? 'no events' : run.status}: ${run.reason ?? 'nothing was recorded'}` }];
}

function laneHeads(lanes: readonly Lane[]): SafeHtml {
  return html`${lanes.map((lane) => html`<text class="host" x="${lane.x}" y="20" text-anchor="middle">${lane.host}</text>\
<text class="host-address" x="${lane.x}" y="36" text-anchor="middle">${lane.addresses.join(', ')}</text>`)}`;
}

/** Lifelines from the header down, interrupted where a long wait is cut out. */
function lifelines(lanes: readonly Lane[], axis: TimeAxis, bottom: number): SafeHtml {
  const stops = [HEADER - 14, ...axis.breaks.flatMap((b) => [b.top + 6, b.top + b.height - 6]), bottom];
  const segments = lanes.flatMap((lane) => stops.filter((_, i) => i % 2 === 0).map((top, k) =>
    html`<line class="lifeline ${lane.host}" data-host="${lane.host}" x1="${lane.x}" y1="${top}" x2="${lane.x}" y2="${stops[2 * k + 1]!}"/>`));
  return html`${segments}`;
}

/** Each cut-out wait: two strokes across every lifeline, and its true length. */
function timeBreaks(lanes: readonly Lane[], axis: TimeAxis): SafeHtml {
  const middle = lanes.length > 1 ? (lanes[0]!.x + lanes[1]!.x) / 2 : lanes[0]!.x + 60;
  return html`${axis.breaks.map((b) => {
    const mid = b.top + b.height / 2;
    const strokes = lanes.map((l) => html`<line x1="${l.x - 8}" y1="${mid - 1}" x2="${l.x + 8}" y2="${mid - 7}"/><line x1="${l.x - 8}" y1="${mid + 7}" x2="${l.x + 8}" y2="${mid + 1}"/>`);
    return html`<g class="time-break" data-ms="${b.ms}">${strokes}<text x="${middle}" y="${mid + 4}" text-anchor="middle">\u2248 ${formatMs(b.ms)} later (wait cut short)</text></g>`;
  })}`;
}

/** Times in the left column, one per distinct value and never overlapping. */
function timeLabels(events: readonly TimelineEvent[], axis: TimeAxis): SafeHtml {
  let lastText = '';
  let lastY = -Infinity;
  const labels: SafeHtml[] = [];
  events.forEach((event, i) => {
    const text = formatMs(event.t);
    const y = axis.ys[i]!;
    if (text === lastText || y - lastY < 13) return;
    labels.push(html`<text class="time" x="${TIME_WIDTH - 10}" y="${y + 4}" text-anchor="end">${text}</text>`);
    [lastText, lastY] = [text, y];
  });
  return html`${labels}`;
}

/** The scale bar and a line saying how to read the time axis. */
function legend(axis: TimeAxis, y: number, width: number): SafeHtml {
  const ms = scaleBarMs(axis.pxPerMs);
  const length = ms * axis.pxPerMs;
  const text = `Time runs down at ${formatMs(ms)} per ${Math.round(length)} px (the bar); rows closer than their labels allow are spread apart` +
    `${axis.breaks.length > 0 ? '; waits marked ≈ are cut short' : ''}. Arrows slant to show direction, not transit time.`;
  return html`<g class="scale-bar"><line x1="12" y1="${y}" x2="12" y2="${y + length}"/><line x1="7" y1="${y}" x2="17" y2="${y}"/>\
<line x1="7" y1="${y + length}" x2="17" y2="${y + length}"/><text class="legend" x="22" y="${y + length / 2 + 4}">${formatMs(ms)}</text></g>\
${wrapPx(text, width - TIME_WIDTH - 20, 11).map((line, i) => html`<text class="legend" x="${TIME_WIDTH}" y="${y + 10 + i * 14}">${line}</text>`)}`;
}

/** The verdict, for a standalone file: the article, the catalog, the kernel, the default settings. */
function footer(run: ScenarioRun, y: number, width: number): { markup: SafeHtml; height: number } {
  const predicted = run.predicts.map((p) => `${p.endpoint} ${p.call} → ${p.result}`).join('; ');
  const rows = [
    `The article says: ${run.articleSays}`,
    `The catalog predicts: ${predicted}`,
    `This kernel did: ${observedText(run).replaceAll('\n', '; ')}`,
    `With default settings: ${run.withDefaults}`,
  ].flatMap((text) => wrapPx(text, width - 24, 12));
  const texts = rows.map((line, i) => html`<text x="12" y="${y + i * 16}">${markErrnos(line, 'tspan')}</text>`);
  const verdict = html`<text x="12" y="${y + rows.length * 16 + 4}">Verdict: <tspan class="verdict-${run.verdict.status}">${run.verdict.status}</tspan></text>`;
  return { markup: html`<g class="footer">${texts}${verdict}</g>`, height: rows.length * 16 + 20 };
}

/** A sentence for screen readers: who is drawn, how many of each kind of event, and what the verdict checked. */
export function diagramSummary(run: ScenarioRun, hosts: readonly string[]): string {
  const count = (kind: TimelineEvent['kind']): number => run.events.filter((e) => e.kind === kind).length;
  const last = run.events[run.events.length - 1];
  return `Sequence diagram of ${run.id}: lifelines for ${hosts.join(', ')}; ${count('packet')} packets, ${count('call')} calls, ` +
    `${count('state')} TCP state changes and ${count('note')} notes${last === undefined ? '' : ` over ${formatMs(last.t)}`}. ` +
    `This kernel did: ${observedText(run).replaceAll('\n', '; ')}. Verdict: ${run.verdict.status}.`;
}

/** The SVG sequence diagram of a run; with `standalone`, a complete SVG file with its own styles and the verdict. */
export function renderDiagramSvg(run: ScenarioRun, options: DiagramSvgOptions = {}): SafeHtml {
  const hosts = laneHosts(run);
  const events = drawnEvents(run);
  const first = TIME_WIDTH + SIDE_WIDTH;
  const lanes = placeLanes(run, hosts, first, first + (WIRE_WIDTH[hosts.length] ?? 240) * (hosts.length - 1));
  const width = lanes[lanes.length - 1]!.x + SIDE_WIDTH + 10;
  const ctx: DrawContext = { lanes, sideWidth: SIDE_WIDTH, checks: run.verdict.checks };
  const axis = timeAxis(events.map((e) => e.t), events.map((e) => eventExtent(ctx, e)), HEADER);
  const bottom = axis.bottom + 12;
  const legendHeight = Math.max(scaleBarMs(axis.pxPerMs) * axis.pxPerMs, 30) + 16;
  const end = footer(run, bottom + legendHeight + 18, width);
  const height = bottom + legendHeight + (options.standalone === true ? end.height + 18 : 0);
  const id = diagramId(run);
  const head = options.standalone === true
    ? html`<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" class="diagram"`
    : html`<svg class="diagram"`;
  const style = options.standalone === true ? html`<style>${trusted(paletteCss('svg') + DIAGRAM_CSS)}</style>` : '';
  return html`${head} id="${id}" data-scenario="${run.id}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" \
role="img" aria-labelledby="${id}-title ${id}-desc"><title id="${id}-title">${run.id}: ${run.title}</title>\
<desc id="${id}-desc">${diagramSummary(run, hosts)}</desc>${style}\
<rect class="backdrop" width="${width}" height="${height}" fill="var(--bg)"/>${laneHeads(lanes)}${lifelines(lanes, axis, bottom)}\
${timeBreaks(lanes, axis)}${timeLabels(events, axis)}${events.map((e, i) => drawEvent(ctx, e, axis.ys[i]!))}\
${legend(axis, bottom + 8, width)}${options.standalone === true ? end.markup : ''}</svg>`;
}
