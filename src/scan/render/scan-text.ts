// Renders a ScanResult as the terminal report: totals, one block per group, then the findings.
import pc from 'picocolors';
import type { ScanErrnoSummary, ScanGroup, ScanHistogram, ScanResult } from '../scan-result.js';
import { fold, sparkline } from './sparkline.js';
import { fitText } from '../../shared/wrap-text.js';
import { terminalSafe } from '../../shared/terminal-safe.js';

/** How the text report is drawn. */
export interface ScanTextOptions {
  readonly color: boolean;
  /** Groups shown in full; the rest are summarised in one line each (default 20). */
  readonly maxGroups?: number;
  /** Columns to fit: the histograms narrow to fit, long lines wrap; single long tokens stay whole. Without it, nothing wraps. */
  readonly width?: number;
}

/** Room a histogram's legend `  (1 column = 10min, peak 1234)` takes. */
const LEGEND = 32;

const when = (iso: string | null): string => (iso === null ? '?' : iso.replace('T', ' ').slice(0, 19));

/** The histogram in the `width` columns left after `prefix` columns: at most 60 bars, at least 8. */
function histogramLine(h: ScanHistogram, width: number, prefix: number): string {
  const bars = Math.max(8, Math.min(60, width - prefix - LEGEND));
  const line = sparkline(h.counts, bars);
  if (line === '' || h.start === null) return '';
  const perColumn = Math.ceil(h.counts.length / Math.min(bars, h.counts.length)) * h.bucketSeconds;
  const unit = perColumn % 3600 === 0 ? `${perColumn / 3600}h` : `${perColumn / 60}min`;
  return `${line}  (1 column = ${unit}, peak ${Math.max(...fold(h.counts, bars))})`;
}

/** What a group or row is called: its errno, else its kind; a code a library made up is named with who made it. */
function label(g: Pick<ScanGroup, 'errno' | 'kind'> & Partial<Pick<ScanGroup, 'origin'>>): string {
  if (g.errno !== null) return g.errno;
  const invented = g.origin !== undefined && g.origin.source !== 'kernel' && g.origin.code !== null ? `, ${g.origin.by} says ${g.origin.code}` : '';
  return `(${g.kind ?? 'no cause named'}${invented})`;
}

function summaryLine(row: ScanErrnoSummary): string {
  const phases = Object.entries(row.phases).map(([phase, n]) => `${phase} ${n}`).join(', ');
  const top = row.topPeers[0];
  const peers = top === undefined ? '' : `  peer ${top.peer} x${top.count}${row.peers > 1 ? ` (of ${row.peers} peers)` : ''}`;
  const ecosystems = row.ecosystems.length > 3 ? `${row.ecosystems.length} ecosystems` : row.ecosystems.join(', ');
  return `  ${label(row).padEnd(16)} ${String(row.count).padStart(6)}  ${row.groups} group${row.groups === 1 ? '' : 's'}, ${ecosystems}${phases === '' ? '' : `; ${phases}`}${peers}`;
}

function groupBlock(g: ScanGroup, paint: ReturnType<typeof pc.createColors>, width: number): string[] {
  const title = terminalSafe([label(g), g.ecosystem, g.phase ?? '-', g.peer ?? '-'].join('  '));
  const lines = [`${paint.bold(title)}  ${paint.cyan(`x${g.count}`)}`];
  lines.push(`  seen   ${when(g.firstSeen)} .. ${when(g.lastSeen)}${g.undated > 0 ? `  (${g.undated} without timestamp)` : ''}`);
  const histogram = histogramLine(g.histogram, width, 9);
  if (histogram !== '') lines.push(`  rate   ${paint.yellow(histogram)}`);
  for (const s of g.samples) lines.push(`  ${paint.dim(`${terminalSafe(s.source)}:${s.line}`)}  ${terminalSafe(s.text)}`);
  if (g.explanation !== null) lines.push(`  why    ${g.explanation}`);
  if (g.remedy !== null) lines.push(`  fix    ${g.remedy}`);
  return lines;
}

/** The full text report, ending with a newline. */
export function renderScanText(result: ScanResult, options: ScanTextOptions): string {
  const paint = pc.createColors(options.color);
  const width = options.width ?? Infinity;
  const t = result.totals;
  const out = [`Scanned ${result.sources.length} source${result.sources.length === 1 ? '' : 's'}: ${t.lines} lines, ${(t.bytes / 1e6).toFixed(1)} MB; ${t.hits} socket errors in ${t.matchedLines} lines, ${result.groups.length} groups.`];
  if (t.longLines > 0) out.push(paint.dim(`${t.longLines} line${t.longLines === 1 ? ' was' : 's were'} longer than the per-line cap and examined only in part.`));
  if (result.window !== null) {
    const range = `${result.window.since === null ? 'the start' : when(result.window.since)} .. ${result.window.until === null ? 'the end' : when(result.window.until)}`;
    out.push(`Counted only errors from ${range}; ${t.outsideWindow} outside that window or without a timestamp were left out.`);
  }
  const timeline = histogramLine(result.timeline, width, 32);
  if (timeline !== '') out.push(`All errors ${when(result.timeline.start)}  ${paint.yellow(timeline)}`);
  if (result.byErrno.length > 0) out.push('', paint.bold('By errno'), ...result.byErrno.map(summaryLine));
  const max = options.maxGroups ?? 20;
  for (const g of result.groups.slice(0, max)) out.push('', ...groupBlock(g, paint, width));
  const rest = result.groups.slice(max);
  if (rest.length > 0) out.push('', `${rest.length} more groups (${rest.reduce((n, g) => n + g.count, 0)} errors); use --json for all.`);
  if (result.findings.length > 0) {
    out.push('', paint.bold('Findings'));
    result.findings.forEach((f, i) => out.push(`  ${i + 1}. ${terminalSafe(f.text)}`));
  } else if (t.hits === 0) out.push('', 'No socket errors found.');
  return `${options.width === undefined ? out.join('\n') : fitText(out.join('\n'), width)}\n`;
}
