// The marks of one timeline event in the SVG sequence diagram: a packet arrow, a call, a state, or a note.
import { html, type SafeHtml } from '../../shared/html.js';
import type { PredictionCheck } from '../verdict.js';
import type { CallEvent, NoteEvent, PacketEvent, PacketHost, StateEvent, TimelineEvent } from '../timeline.js';
import type { Extent, Lane } from './diagram-layout.js';
import { markErrnos } from './mark-errnos.js';
import { packetDetails, packetLabel } from './packet-details.js';
import { lostAt } from './packet-row.js';
import { clipPx, textPx, wrapPx } from './svg-text.js';

/** Font sizes and line heights of the diagram, in px. */
const FONT = 12;
const SMALL = 11;
const LINE = 14;
const SMALL_LINE = 13;
/** How far an arrow drops between its ends: the slant of Stevens' figures (it shows direction, not transit time). */
const SLANT = 12;
/** Errnos that say "not yet" rather than "failed": their mark on the lifeline is amber, not red. */
const PENDING = new Set(['EINPROGRESS', 'EAGAIN', 'EWOULDBLOCK', 'EALREADY']);
/** Room between a lifeline and the text beside it. */
const GAP = 10;

/** What drawing an event needs: the lanes, the width of the text beside the outer lifelines, the verdict's checks. */
export interface DrawContext {
  readonly lanes: readonly Lane[];
  readonly sideWidth: number;
  readonly checks: readonly PredictionCheck[];
}

const laneOf = (ctx: DrawContext, host: PacketHost): Lane => ctx.lanes.find((l) => l.host === host) ?? ctx.lanes[0]!;
const isLeft = (ctx: DrawContext, host: PacketHost): boolean => laneOf(ctx, host).x === ctx.lanes[0]!.x;

/** Whether the verdict checked this call, and whether it held. */
function checkOf(ctx: DrawContext, call: CallEvent): PredictionCheck | undefined {
  return ctx.checks.find(({ observed: o }) => o !== null && o.t === call.t && o.endpoint === call.endpoint && o.call === call.call && o.result === call.result);
}

function callLines(ctx: DrawContext, event: CallEvent): { main: string[]; small: string[] } {
  const check = checkOf(ctx, event);
  const verdict = check === undefined ? [] : [check.holds ? '✓ as the catalog predicts' : `✗ the catalog predicts ${check.prediction.result}`];
  const width = ctx.sideWidth - GAP - 4;
  return {
    main: wrapPx(`${event.call} → ${event.result}`, width, FONT),
    small: [...(event.detail === undefined ? [] : wrapPx(event.detail, width, SMALL)), ...verdict],
  };
}

function noteLines(ctx: DrawContext, event: NoteEvent): string[] {
  const first = ctx.lanes[0]!.x;
  const last = ctx.lanes[ctx.lanes.length - 1]!.x;
  return wrapPx(`${noteKind(event.text) ?? 'note'}: ${event.text}`, last - first - 2 * GAP - 12, SMALL);
}

/** Timers and sysctls get their own mark: they are what the lab changes to be fast. */
function noteKind(text: string): 'sysctl' | 'timer' | undefined {
  if (/\bsysctl\b|\btcp_[a-z0-9_]+\s*=|\bnet\.(ipv4|core)\.|\bsomaxconn\b/.test(text)) return 'sysctl';
  if (/timer|timeout|keepalive|heartbeat|retransmi|\bRTO\b|\brto\b|backoff|budget/i.test(text)) return 'timer';
  return undefined;
}

/** The room an event needs above and below the line where it happens. */
export function eventExtent(ctx: DrawContext, event: TimelineEvent): Extent {
  switch (event.kind) {
    case 'packet': return { above: 15, below: SLANT + 5 };
    case 'state': return { above: 10, below: 9 };
    case 'call': {
      const { main, small } = callLines(ctx, event);
      return { above: 10, below: 6 + (main.length - 1) * LINE + small.length * SMALL_LINE };
    }
    case 'note': return { above: 10, below: noteLines(ctx, event).length * SMALL_LINE + 2 };
  }
}

function packetKind(event: PacketEvent): string {
  if (event.protocol !== 'tcp') return 'icmp';
  const { flags } = event.tcp;
  return flags.includes('RST') ? 'rst' : flags.includes('FIN') ? 'fin' : flags.includes('SYN') ? 'syn' : event.tcp.payload > 0 ? 'data' : 'ack';
}

/** Where an arrow ends: at its receiver, or, for a packet lost on the way, a little past the last host that saw it. */
function arrowEnd(ctx: DrawContext, event: PacketEvent, x2: number): { x: number; lost: boolean } {
  const lost = lostAt(event);
  const last = lost === undefined ? undefined : ctx.lanes.find((l) => l.host === lost.namespace);
  return last === undefined ? { x: x2, lost: false } : { x: last.x + 0.35 * (x2 - last.x), lost: true };
}

function drawPacket(ctx: DrawContext, event: PacketEvent, y: number): SafeHtml {
  const x1 = laneOf(ctx, event.from).x;
  let x2 = laneOf(ctx, event.to).x;
  if (x2 === x1) x2 = x1 + (isLeft(ctx, event.from) ? 40 : -40);
  const slope = SLANT / (x2 - x1);
  const end = arrowEnd(ctx, event, x2);
  const [xe, ye] = [end.x, y + slope * (end.x - x1)];
  const length = Math.hypot(xe - x1, ye - y);
  const [ux, uy] = [(xe - x1) / length, (ye - y) / length];
  const tip = end.lost
    ? html`<path class="lost-mark" d="M${xe - 5} ${ye - 5}L${xe + 5} ${ye + 5}M${xe - 5} ${ye + 5}L${xe + 5} ${ye - 5}"/>`
    : html`<polygon class="head" points="${[[xe, ye], [xe - 9 * ux - 4 * uy, ye - 9 * uy + 4 * ux], [xe - 9 * ux + 4 * uy, ye - 9 * uy - 4 * ux]]
      .map(([x, yy]) => `${x!.toFixed(1)},${yy!.toFixed(1)}`).join(' ')}"/>`;
  const label = clipPx(packetLabel(event), Math.abs(x2 - x1) - 16, SMALL);
  // A packet the router forwarded crosses the router's lifeline: a dot marks where.
  const router = ctx.lanes.find((l) => l.host === 'router');
  const forwarded = router !== undefined && event.from !== 'router' && event.to !== 'router'
    && event.seen.some((s) => s.namespace === 'router') && (router.x - x1) * (router.x - xe) < 0;
  const dot = forwarded ? html`<circle class="forwarded" cx="${router.x}" cy="${(y + slope * (router.x - x1)).toFixed(1)}" r="2.5"/>` : '';
  return html`<g class="packet pkt-${packetKind(event)}${end.lost ? ' lost' : ''}" data-tip="" data-from="${event.from}" data-to="${event.to}" data-t="${event.t}">
<title>${packetDetails(event).join('\n')}</title><line class="hit" x1="${x1}" y1="${y}" x2="${xe.toFixed(1)}" y2="${ye.toFixed(1)}"/>\
<line class="wire" x1="${x1}" y1="${y}" x2="${xe.toFixed(1)}" y2="${ye.toFixed(1)}"/>${tip}${dot}\
<text class="pkt-label" x="${(x1 + x2) / 2}" y="${y + SLANT / 2 - 5}" text-anchor="middle">${label}</text></g>`;
}

function drawCall(ctx: DrawContext, event: CallEvent, y: number): SafeHtml {
  const lane = laneOf(ctx, event.endpoint);
  const left = isLeft(ctx, event.endpoint);
  const x = left ? lane.x - GAP : lane.x + GAP;
  const anchor = left ? 'end' : 'start';
  const { main, small } = callLines(ctx, event);
  const check = checkOf(ctx, event);
  const result = PENDING.has(event.result) ? 'pending' : event.result === 'ok' ? 'ok' : event.result === 'EOF' ? 'eof' : /^E|^SIG/.test(event.result) ? 'failed' : 'other';
  const lines = [
    ...main.map((text, i) => html`<text class="call-text" x="${x}" y="${y + 4 + i * LINE}" text-anchor="${anchor}">${markErrnos(text, 'tspan')}</text>`),
    ...small.map((text, i) => html`<text class="call-detail" x="${x}" y="${y + 4 + (main.length - 1) * LINE + (i + 1) * SMALL_LINE}" text-anchor="${anchor}">${markErrnos(text, 'tspan')}</text>`),
  ];
  const checked = check === undefined ? '' : check.holds ? ' holds' : ' fails';
  return html`<g class="call result-${result}${checked}" data-endpoint="${event.endpoint}" data-t="${event.t}">\
<rect class="activation" x="${lane.x - 3}" y="${y - 5}" width="6" height="10"/>${lines}</g>`;
}

function drawState(ctx: DrawContext, event: StateEvent, y: number): SafeHtml {
  const lane = laneOf(ctx, event.endpoint);
  const width = textPx(event.state, SMALL) + 10;
  const x = isLeft(ctx, event.endpoint) ? lane.x - GAP - width : lane.x + GAP;
  return html`<g class="state" data-endpoint="${event.endpoint}" data-t="${event.t}">\
<rect x="${x}" y="${y - 8}" width="${width}" height="16" rx="3"/><text x="${x + width / 2}" y="${y + 4}" text-anchor="middle">${event.state}</text></g>`;
}

function drawNote(ctx: DrawContext, event: NoteEvent, y: number): SafeHtml {
  const first = ctx.lanes[0]!.x + GAP;
  const last = ctx.lanes[ctx.lanes.length - 1]!.x - GAP;
  const lines = noteLines(ctx, event);
  const kind = noteKind(event.text) ?? 'plain';
  const texts = lines.map((text, i) => html`<text x="${first + 6}" y="${y + 3 + i * SMALL_LINE}">${markErrnos(text, 'tspan')}</text>`);
  return html`<g class="note note-${kind}" data-t="${event.t}">\
<rect x="${first}" y="${y - 8}" width="${last - first}" height="${lines.length * SMALL_LINE + 6}" rx="2"/>${texts}</g>`;
}

/** The SVG of one event whose line is at `y`. */
export function drawEvent(ctx: DrawContext, event: TimelineEvent, y: number): SafeHtml {
  switch (event.kind) {
    case 'packet': return drawPacket(ctx, event, y);
    case 'call': return drawCall(ctx, event, y);
    case 'state': return drawState(ctx, event, y);
    case 'note': return drawNote(ctx, event, y);
  }
}
