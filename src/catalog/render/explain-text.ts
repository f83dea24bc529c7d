// The text view of an ExplainResult: what was recognised, then each errno's numbers, explanation, remedy and repro.
import type { ErrnoExplanation, ExplainRecognition, ExplainResult } from '../explain.js';
import { callEffectsAt } from '../advice.js';
import type { Recognition } from '../pattern.js';
import { KIND_OF_ERRNO } from '../data/kinds.js';
import { LIBUV_WINDOWS_CODES, NSPR_CODES } from '../data/errno-aliases.js';
import { PLATFORMS, type ErrnoName, type Kind } from '../types.js';
import { fitText, wrapHanging } from '../../shared/wrap-text.js';
import { paint, type Paint } from '../../shared/paint.js';
import { terminalSafe } from '../../shared/terminal-safe.js';

/** Options of the text view. */
export interface ExplainTextOptions {
  readonly color: boolean;
  /** Columns to fit; words wider than that, such as URLs, stay whole. Without it, prose wraps at 100 and nothing else. */
  readonly width?: number;
}

/** The compact numbers row: `linux 103 · alpha 53 · ... · windows 10053` (`-` where a platform lacks it). */
export function numbersRow(e: ErrnoExplanation): string {
  return PLATFORMS.map((p) => `${p} ${e.numbers[p] ?? '-'}`).join(' · ');
}

const KIND_TITLES: Readonly<Record<Kind, string>> = {
  errno: 'A socket call failed',
  'peer-closed': 'The peer closed the connection',
  timer: 'A timer expired',
  resolution: 'Name resolution failed',
  'resource-limit': 'A resource ran out',
  tls: 'TLS failed',
};

// Who produced it: the kernel's errno (with its number), or a library's, proxy's or resolver's own code.
function origin(r: Recognition, p: Paint): string {
  if (r.origin.source === 'kernel') {
    if (r.errno === null) return 'a kernel errno the line does not name';
    return `kernel errno ${p.bold(r.errno)}${r.number === null ? '' : ` (${r.number} on ${r.platform})`}`;
  }
  if (r.origin.code === null) return `reported by ${r.origin.by}, no errno`;
  const code = p.bold(`${r.origin.code}${r.number === null ? '' : ` (${r.number})`}`);
  return r.origin.source === 'resolver' ? `resolver code ${code} from ${r.origin.by}` : `reported by ${r.origin.by} as ${code}, not a kernel errno`;
}

/** One sentence saying what a recognition is: its kind, and whether the kernel or a library produced its code. */
export function headline(r: Recognition, p: Paint = paint(false)): string {
  const title = r.kind === null ? `A socket failure that ${r.ecosystem} reports without its cause` : KIND_TITLES[r.kind];
  return r.kind === null ? `${title} (see the note)` : `${title}: ${origin(r, p)}`;
}

function recognitionLine(r: ExplainRecognition, p: Paint, width: number): string {
  const call = r.call === null || r.call === r.phase ? '' : ` (${r.call})`;
  const peer = r.peer === null ? '' : ` · peer ${terminalSafe(r.peer)}`;
  const what = r.kind === null ? 'cause not named' : `${r.kind} · ${origin(r, p)}`;
  const head = `  line ${r.line}: ${what} · ${r.phase}${call}${peer} · ${p.dim(`${r.ecosystem} ${r.patternId}`)}`;
  return `${head}\n${wrapHanging(p.dim(`"${terminalSafe(r.matched)}"`), width, '    ')}\n${wrapHanging(r.note, width, '    ')}`;
}

// A bare number: what it is on each platform where it is a catalog code (names sharing platforms together).
function numberLine(result: ExplainResult): string {
  const names = new Map<string, ErrnoName[]>();
  for (const e of result.errnos) names.set(e.platforms.join(', '), [...(names.get(e.platforms.join(', ')) ?? []), e.name]);
  const meanings = [...names].map(([platforms, list]) => `${list.map((n) => (KIND_OF_ERRNO[n] === 'resolution' ? `${n} (a getaddrinfo() code)` : n)).join(' and ')} on ${platforms}`);
  // libuv's and NSPR's negative codes are their own numbering, not a negated errno: say whose code it is.
  const whose = LIBUV_WINDOWS_CODES[result.input.query] !== undefined ? "libuv's code for " : NSPR_CODES[result.input.query] !== undefined ? "NSPR's code for " : '';
  return `${result.input.query} is ${whose}${meanings.join('; ')}.`;
}

function errnoSection(e: ErrnoExplanation, p: Paint, width: number): string {
  const wrap = (text: string, indent: string, hang = indent): string => wrapHanging(text, width, indent, hang);
  const out: string[] = [];
  const number = e.number === null ? `not on ${e.platform}` : `${e.number} on ${e.platform}`;
  out.push(`${p.bold(p.red(e.name))} ${p.dim('—')} ${e.entry.message} (${number})`);
  out.push(`  ${numbersRow(e)}`);
  if (e.entry.aliasOf !== undefined) out.push(`  Another name for ${e.entry.aliasOf}.`);
  if (e.phases.length > 0) out.push(`  Seen on ${e.platforms.join(', ')} in ${e.phases.join(', ')}${e.calls.length > 0 ? ` (call: ${e.calls.join(', ')})` : ''}`);
  out.push(wrap(e.entry.summary, '  '));
  // For text input, the rows of the phases seen; for a bare name, or when none match, every row.
  for (const c of callEffectsAt(e.entry, e.phases.map((phase) => ({ phase })))) {
    out.push('', `  ${p.cyan(`${c.call}()`)} ${p.dim(`retry: ${c.retry}`)}`);
    out.push(wrap(`Cause: ${c.cause}`, '    ', '      '), wrap(`App sees: ${c.appSees}`, '    ', '      '), wrap(`${p.green('Remedy:')} ${c.remedy}`, '    ', '      '));
  }
  if (e.entry.linuxNotes.length > 0) {
    out.push('', `  ${p.bold('Linux notes')}`);
    for (const n of e.entry.linuxNotes) out.push(wrap(`- ${n.claim}`, '    ', '      '), wrap(p.dim(`source: ${n.source}`), '      '));
  }
  if (e.reproduce.length > 0) out.push('', ...e.reproduce.map((cmd) => `  Reproduce: ${p.cyan(cmd)}`));
  return out.join('\n');
}

/** Renders an ExplainResult as text for a terminal (colour only when asked). */
export function renderExplainText(result: ExplainResult, options: ExplainTextOptions): string {
  const p = paint(options.color);
  const width = options.width ?? 100;
  const parts: string[] = [];
  const recs = result.recognitions;
  if (result.primary !== null) parts.push(p.bold(headline(result.primary, p)));
  if (recs.length > 0) {
    const lines = new Set(recs.map((r) => r.line)).size;
    parts.push(`Recognised ${recs.length} socket error${recs.length === 1 ? '' : 's'} on ${lines} line${lines === 1 ? '' : 's'}:\n${recs.map((r) => recognitionLine(r, p, width)).join('\n')}`);
  }
  if (result.input.truncated) parts.push(p.yellow('Input truncated: only the first 64 KiB of each line and the first 1000 recognitions are shown.'));
  for (const e of result.errnos) parts.push(errnoSection(e, p, width));
  if (result.input.kind === 'number') parts.unshift(numberLine(result));
  return `${options.width === undefined ? parts.join('\n\n') : fitText(parts.join('\n\n'), options.width)}\n`;
}
