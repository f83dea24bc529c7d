// The text view of `socklab repro`: a two-column sequence diagram (client | server, time running down), then the verdict.
import { fitText, wrap } from '../../shared/wrap-text.js';
import type { ScenarioRun } from '../runner.js';
import type { TimelineEvent } from '../timeline.js';
import { diagramColumns, TIME_COLUMN, type DiagramColumns } from './diagram-columns.js';
import { formatMs, observedText } from './lab-table.js';
import { packetRow } from './packet-row.js';
import { paint, type Paint } from '../../shared/paint.js';
import { highlightErrnos } from './mark-errnos.js';
import { verdictText } from './verdict-text.js';

function fit(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text.padEnd(width);
}

function row(event: TimelineEvent, columns: DiagramColumns, p: Paint): string {
  const { side, wire: wireWidth } = columns;
  const time = formatMs(event.t).padStart(9);
  // The server's side takes what the time, the client's side and the wire leave of the width; its calls wrap there.
  const serverAt = TIME_COLUMN + side + wireWidth + 2;
  switch (event.kind) {
    case 'call': {
      const text = `${event.call} → ${event.result}${event.detail === undefined ? '' : ` (${event.detail})`}`;
      if (event.endpoint === 'server') {
        const [first = '', ...rest] = wrap(text, Math.max(12, columns.width - serverAt));
        return highlight([`${p.dim(time)}  ${' '.repeat(side + wireWidth + 2)}${first}`, ...rest.map((line) => `${' '.repeat(serverAt)}${line}`)].join('\n'), p);
      }
      // A client call has the wire column free beside it: use it, and wrap what still does not fit.
      const [first = '', ...rest] = wrap(text, side + wireWidth);
      return highlight([`${p.dim(time)}  ${first}`, ...rest.map((line) => `${' '.repeat(11)}  ${line}`)].join('\n'), p);
    }
    case 'state': {
      const text = p.cyan(`[${event.state}]`);
      return event.endpoint === 'client' ? `${p.dim(time)}  ${text}` : `${p.dim(time)}  ${' '.repeat(side + wireWidth)}  ${text}`;
    }
    case 'packet':
      return packetRow(event, `${p.dim(time)}  `, columns, p);
    case 'note': {
      const [first = '', ...rest] = wrap(`· ${event.text}`, columns.width - TIME_COLUMN - 2, false);
      return [`${p.dim(time)}  ${p.italic(p.dim(first))}`, ...rest.map((line) => `${' '.repeat(TIME_COLUMN + 2)}${p.italic(p.dim(line))}`)].join('\n');
    }
  }
}

function highlight(text: string, p: Paint): string {
  return highlightErrnos(text, p);
}

/** Renders one scenario run: header, diagram, then the article's claim, the catalog's prediction and the verdict. */
export function renderSequenceDiagram(run: ScenarioRun, options: { color: boolean; width?: number }): string {
  const p = paint(options.color);
  const columns = diagramColumns(options.width);
  const { side, wire } = columns;
  const head = `${p.bold(run.id)}: ${run.title}`;
  const via = run.hosts.router === undefined ? '' : fit(`  via router ${run.hosts.router}`, wire + 2);
  const titles = `${' '.repeat(11)}${p.bold(fit(`client ${run.hosts.client}`, side))}${p.dim(via.padEnd(wire + 2))}${p.bold(`server ${run.hosts.server}`)}`;
  const rule = `${' '.repeat(11)}${'─'.repeat(side - 2)}${' '.repeat(wire + 4)}${'─'.repeat(side - 2)}`;
  const body = run.events.length === 0 ? [`  (no events: ${run.reason ?? run.status})`] : run.events.map((e) => row(e, columns, p));
  const predicted = run.predicts.map((x) => `${x.endpoint} ${x.call} → ${x.result}`).join('; ');
  const packets = run.captured ? '' : `\n${p.dim('(no packet capture in this run)')}`;
  return fitText([
    head, '', titles, rule, ...body, packets, '',
    `${p.bold('The article says:')}  ${run.articleSays}`,
    `${p.bold('The catalog predicts:')} ${predicted}`,
    `${p.bold('This kernel did:')}  ${highlight(observedText(run).replaceAll('\n', '; '), p)}`,
    `${p.bold('With default settings:')} ${run.withDefaults}`,
    `${p.bold('Verdict:')} ${verdictText(run.verdict.status, p)}`,
    '',
  ].join('\n'), columns.width);
}
