// The --long view of `socklab clients`: per fault, what each client did, with timings and the whole cause chain.
import pc from 'picocolors';
import { chainedErrorText, chainRole } from '../../net/render/chain-text.js';
import { classificationText } from '../../net/render/classification-text.js';
import { retryAllowed } from '../../net/should-retry.js';
import { wrap } from '../../shared/wrap-text.js';
import type { ClientCase, ClientsResult } from '../clients-result.js';
import { cellTone, outcomeWord } from './case-cell.js';
import type { MatrixView } from './clients-matrix.js';

const seconds = (ms: number): string => (ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`);

/** The case's error chain, each error wrapped to `width` and indented by its depth under the case's line. */
function chainLines(c: ClientCase, width: number): string[] {
  if (c.outcome.kind !== 'error') return [];
  return c.outcome.chain.flatMap((link) => {
    const indent = ' '.repeat(6 + 2 * link.depth);
    return wrap(`${chainRole(link)}${chainedErrorText(link, true)}`, width - indent.length).map((l) => `${indent}${l}`);
  });
}

/** socklab/net's reading of the case's error, and whether this request may be sent again: `classify: ...; retry this GET: yes`. */
function verdictLines(c: ClientCase): string[] {
  if (c.classification === undefined) return [];
  return [`classify: ${classificationText(c.classification)}; retry this ${c.method}: ${retryAllowed(c.classification.retry, { method: c.method }) ? 'yes' : 'no'}`];
}

/** The first line of a case: what the application saw, when, after how many attempts, and what the server got. */
export function caseSummary(c: ClientCase, maxWaitMs: number): string {
  const o = c.outcome;
  if (o.kind === 'setup-failed') return `not measured: ${o.reason}`;
  const what = o.kind === 'response' ? `status ${o.status}, ${o.bytes} bytes, after ${seconds(c.ms)}`
    : o.kind === 'error' ? `${outcomeWord(c)} after ${seconds(c.ms)}`
      : `still waiting at ${seconds(maxWaitMs)}`;
  const attempts = c.attempts > 1 ? `; ${c.attempts} attempts, at ${c.attemptsAtMs.map(seconds).join(', ')}` : '';
  const notes = Object.entries(c.notes).map(([k, v]) => `; ${k} ${String(v)}`).join('');
  return `${what}${attempts}; the server received it ${c.received} time${c.received === 1 ? '' : 's'}${notes}`;
}

/** Every case in detail, grouped by fault, fitted to `view.width`. */
export function renderClientsLong(result: ClientsResult, view: MatrixView): string {
  const p = pc.createColors(view.color);
  const tone = { ok: p.green, error: p.red, waiting: p.yellow, failed: p.dim } as const;
  const lines: string[] = [];
  for (const fault of result.faults) {
    const about = wrap(`${fault.id}: ${fault.how}`, view.width);
    lines.push(p.bold(about[0]!), ...about.slice(1), '');
    for (const c of result.cases.filter((x) => x.fault === fault.id)) {
      const head = wrap(`${c.client} ${c.method}: ${caseSummary(c, result.maxWaitMs)}`, view.width - 4);
      lines.push(...head.map((l, i) => `${i === 0 ? '  ' : '    '}${i === 0 ? tone[cellTone(c)](l) : l}`));
      lines.push(...chainLines(c, view.width), ...verdictLines(c).flatMap((l) => wrap(l, view.width - 6).map((w) => `      ${w}`)));
    }
    lines.push('');
  }
  return lines.join('\n');
}
